// openapi-fetch over a third-party spec (./petstore), unchanged, through createProxyFetch.
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createProxyFetch, ProxyInputRequiredError } from "../src/index";
import type { paths } from "./petstore/schema";
import {
  binaryReply,
  completed,
  credentialsOf,
  proxyAgainst,
  storageServing,
} from "./proxy-fetch-helpers";

const BASE = "https://pets.example.com/v1";
const pet = { id: "p1", name: "Rex", tag: "dog" };

async function petsAgainst(reply: unknown) {
  const { session, sent } = await proxyAgainst(reply);
  const pets = createClient<paths>({ baseUrl: BASE, fetch: createProxyFetch(session, "petstore") });
  return { pets, sent };
}

describe("openapi-fetch through proxyFetch", () => {
  it("reads JSON, with array query parameters exploded in order", async () => {
    const { pets, sent } = await petsAgainst(completed([pet]));
    const { data, error, response } = await pets.GET("/pets", {
      params: { query: { tag: ["dog", "cat"], limit: 5 } },
    });
    expect(sent()).toEqual({
      toolkit_slug: "petstore",
      endpoint: "https://pets.example.com/v1/pets",
      method: "GET",
      parameters: [
        { name: "tag", value: "dog", type: "query" },
        { name: "tag", value: "cat", type: "query" },
        { name: "limit", value: "5", type: "query" },
      ],
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual([pet]);
  });

  it("sends a JSON body", async () => {
    const { pets, sent } = await petsAgainst(completed(pet, undefined, 201));
    const { data } = await pets.POST("/pets", { body: { name: "Rex", tag: "dog" } });
    expect(sent()).toEqual({
      toolkit_slug: "petstore",
      endpoint: "https://pets.example.com/v1/pets",
      method: "POST",
      body: { name: "Rex", tag: "dog" },
      parameters: [{ name: "content-type", value: "application/json", type: "header" }],
    });
    expect(data).toEqual(pet);
  });

  it("reads text", async () => {
    const { pets } = await petsAgainst(completed("Good dog.\n", { "content-type": "text/plain" }));
    const { data } = await pets.GET("/pets/{petId}/notes", {
      params: { path: { petId: "p1" } },
      parseAs: "text",
    });
    expect(data).toBe("Good dog.\n");
  });

  it("downloads a binary body from the signed URL, which gets no credentials", async () => {
    const photo = new Uint8Array([137, 80, 78, 71, 0, 1, 2]);
    const storage = await storageServing(photo, "image/png");
    const { pets } = await petsAgainst(binaryReply(`${storage.url}/p.png?sig=1`, photo.length));
    const { data, response } = await pets.GET("/pets/{petId}/photo", {
      params: { path: { petId: "p1" } },
      parseAs: "arrayBuffer",
    });
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(data as ArrayBuffer)).toEqual(photo);
    expect(credentialsOf(storage.requests[0])).toEqual({
      authorization: undefined,
      cookie: undefined,
      "x-api-key": undefined,
      "x-user-api-key": undefined,
    });
  });

  it("gives an upstream 404 as openapi-fetch's error, not a throw", async () => {
    const { pets, sent } = await petsAgainst(completed({ message: "No such pet" }, undefined, 404));
    const { data, error, response } = await pets.GET("/pets/{petId}", {
      params: { path: { petId: "a b/c" } },
    });
    // openapi-fetch percent-encodes the path parameter; the endpoint keeps it encoded.
    expect(sent()).toMatchObject({ endpoint: "https://pets.example.com/v1/pets/a%20b%2Fc" });
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "No such pet" });
    expect(response.status).toBe(404);
  });

  it("rejects on a pause with ProxyInputRequiredError", async () => {
    const { pets } = await petsAgainst({ result_type: "input_required", input_requests: {} });
    const error = await pets.POST("/pets", { body: { name: "Rex" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyInputRequiredError);
  });
});
