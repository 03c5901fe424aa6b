import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ComposioApiError,
  ComposioError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
} from "../src/index";
import { clientOf, EXECUTE, rejectionOf, serve } from "./helpers";

const init = { path: { tool_slug: "GITHUB_CREATE_AN_ISSUE" }, body: {} };

function errorBody(status: number, extra: Record<string, unknown> = {}) {
  return {
    error: {
      message: `failure ${status}`,
      code: 10000 + status,
      slug: `Slug_${status}`,
      status,
      ...extra,
    },
  };
}

async function failWith(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<ComposioApiError> {
  const server = await serve((_req, res) => sendJson(res, status, body, headers));
  const error = await rejectionOf(clientOf(server, { maxRetries: 0 }).post(EXECUTE, init));
  expect(error).toBeInstanceOf(ComposioApiError);
  return error as ComposioApiError;
}

describe("error mapping against a real server", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [402, PaymentRequiredError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [413, PayloadTooLargeError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
  ])("maps %i to %o", async (status, ErrorClass) => {
    const error = await failWith(status, errorBody(status));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ComposioError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
  });

  it.each([408, 410, 422, 501])(
    "uses ComposioApiError itself for %i (or the 5xx class)",
    async (status) => {
      const error = await failWith(status, errorBody(status));
      expect(error.constructor).toBe(status >= 500 ? InternalServerError : ComposioApiError);
    },
  );

  it.each([
    [402, false],
    [409, true],
  ])("says whether a %i may have run the tool: %s", async (status, mayHaveRun) => {
    const error = await failWith(status, errorBody(status));
    expect(error.mayHaveExecuted).toBe(mayHaveRun);
    expect(error.message.includes("may have run")).toBe(mayHaveRun);
  });

  it("carries every field of Composio's error envelope", async () => {
    const error = await failWith(
      400,
      errorBody(400, {
        request_id: "req_body",
        suggested_fix: "Please check the payload.",
        errors: ["arguments.owner: Required", "arguments.repo: Required"],
      }),
      { "x-request-id": "req_header" },
    );
    expect(error).toMatchObject({
      status: 400,
      code: 10400,
      slug: "Slug_400",
      requestId: "req_body",
      suggestedFix: "Please check the payload.",
      errors: ["arguments.owner: Required", "arguments.repo: Required"],
    });
    expect(error.headers.get("x-request-id")).toBe("req_header");
    expect(error.body).toEqual(
      errorBody(400, {
        request_id: "req_body",
        suggested_fix: "Please check the payload.",
        errors: ["arguments.owner: Required", "arguments.repo: Required"],
      }),
    );
    expect(error.message).toContain("400 Slug_400: failure 400");
    expect(error.message).toContain("arguments.repo: Required");
    expect(error.message).toContain("Suggested fix: Please check the payload.");
  });

  it("falls back to the x-request-id header for requestId", async () => {
    const error = await failWith(404, errorBody(404), { "x-request-id": "req_header" });
    expect(error.requestId).toBe("req_header");
    expect(error.errors).toEqual([]);
  });

  it("turns an HTML 502 from a proxy into InternalServerError with a snippet", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
    });
    const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toContain("502 Bad Gateway (text/html)");
    expect((error as InternalServerError).body).toContain("<h1>502 Bad Gateway</h1>");
  });

  it("bounds the message and body of a 5 MB error page to 1 kB of it", async () => {
    const page = "x".repeat(5 * 1024 * 1024);
    const server = await serve((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(page);
    });
    const error = (await rejectionOf(clientOf(server).post(EXECUTE, init))) as ComposioApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(new TextEncoder().encode(error.body as string).length).toBeLessThanOrEqual(1024);
    expect(error.message.length).toBeLessThan(1200);
  });

  it("keeps a JSON error body that is not Composio's envelope", async () => {
    const error = await failWith(422, { type: "about:blank", title: "Unprocessable" });
    expect(error.body).toEqual({ type: "about:blank", title: "Unprocessable" });
    expect(error.message).toContain("Unprocessable");
    expect(error.code).toBeUndefined();
  });

  it.each([
    ["invalid JSON", "application/json", '{"data": {'],
    ["an HTML page", "text/html", "<html>maintenance</html>"],
    ["an empty body", "application/json", ""],
    ["a JSON array", "application/json", "[1,2]"],
  ])(
    "turns a 200 with %s into a ComposioApiError, never a SyntaxError",
    async (_what, type, text) => {
      const server = await serve((_req, res) => {
        res.writeHead(200, { "content-type": type });
        res.end(text);
      });
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioApiError);
      expect((error as ComposioApiError).status).toBe(200);
      expect((error as ComposioApiError).body).toBe(text);
    },
  );

  it("says which statuses mean the tool may have run", async () => {
    expect((await failWith(400, errorBody(400))).mayHaveExecuted).toBe(false);
    expect(
      (await failWith(429, errorBody(429), { "x-should-retry": "false" })).mayHaveExecuted,
    ).toBe(false);
    expect((await failWith(500, errorBody(500))).mayHaveExecuted).toBe(true);
    expect((await failWith(408, errorBody(408))).mayHaveExecuted).toBe(true);
  });
});
