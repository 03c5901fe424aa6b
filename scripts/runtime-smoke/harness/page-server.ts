import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import { BUILDS } from "./bundle";

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>runtime smoke</title>
<script type="module" src="/${BUILDS.browser}"></script>
`;

/**
 * Serves the page that runs the browser build of the smoke program, on its own loopback origin:
 * calls to the mock server (another port) are cross-origin, as they would be from a real site.
 */
export async function startPageServer(project: string): Promise<TestHttpServer> {
  const script = await readFile(join(project, "dist", BUILDS.browser));
  return startHttpServer((request, res) => {
    const path = new URL(request.url, "http://page.test").pathname;
    if (path === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    } else if (path === `/${BUILDS.browser}`) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
    } else {
      res.writeHead(404).end();
    }
  });
}
