// The programs whose bundles the bench measures: ours (measured the same way by package-checks'
// budgets) beside bare fetch, openapi-fetch and the published Composio clients.
import { ARGS, OWN_PROGRAMS, type Program } from "@composio-client/package-checks/bundle-size";

export const PROGRAMS: Program[] = [
  {
    name: "bare fetch",
    job: "tools.execute",
    source: `const r = await fetch("https://backend.composio.dev/api/v3/tools/execute/X", { method: "POST", headers: { "content-type": "application/json", "x-api-key": "k" }, body: JSON.stringify({ arguments: ${ARGS} }) });
      console.log(await r.json());`,
  },
  {
    name: "openapi-fetch alone",
    job: "tools.execute",
    source: `import createClient from "openapi-fetch";
      const client = createClient({ baseUrl: "https://backend.composio.dev", headers: { "x-api-key": "k" } });
      console.log(await client.POST("/api/v3/tools/execute/{tool_slug}", { params: { path: { tool_slug: "X" } }, body: { arguments: ${ARGS} } }));`,
  },
  ...OWN_PROGRAMS,
  ...(["stainless", "heyapi"] as const).flatMap((flavour): Program[] => {
    const name =
      flavour === "stainless"
        ? "@composio/client 0.1.0-alpha.76 (Stainless)"
        : "@composio/client 2.0.0-rc.6 (hey-api)";
    const load = `import Composio from "composio-client-${flavour}";
      const client = new Composio({ apiKey: "k" });`;
    return [
      {
        name,
        job: "tools.execute",
        source: `${load} console.log(await client.tools.execute("X", { arguments: ${ARGS} }));`,
      },
      {
        name,
        job: "session calls",
        source: `${load}
          console.log(await client.toolRouter.session.execute("trs_1", { tool_slug: "X", arguments: ${ARGS} }));
          console.log(await client.toolRouter.session.executeMeta("trs_1", { slug: "COMPOSIO_SEARCH_TOOLS", arguments: {} }));
          console.log(await client.toolRouter.session.proxyExecute("trs_1", { toolkit_slug: "gmail", endpoint: "/m", method: "GET" }));`,
      },
    ];
  }),
];
