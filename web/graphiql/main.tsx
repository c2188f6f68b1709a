import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { createRoot } from "react-dom/client";

// Monaco's language services run in workers bundled next to this file (web/build.mjs), never from a CDN.
const WORKERS: Record<string, string> = { graphql: "graphql.worker.js", json: "json.worker.js" };
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => new Worker(new URL(`assets/${WORKERS[label] ?? "editor.worker.js"}`, document.baseURI)),
};

const DEFAULT_QUERY = `# IPO Graph, explored offline. Add a token under Headers:
#   {"Authorization": "Bearer <the output of npm run token -- --role member>"}
query Institutions {
  institutions(first: 5) {
    totalCount
    nodes { shortName name region { name } }
  }
}
`;

if (new URLSearchParams(window.location.search).get("sandbox") === "unavailable")
  document.getElementById("sandbox-unavailable")?.removeAttribute("hidden");

const endpoint = new URL("/graphql", window.location.href).toString();
const root = document.getElementById("graphiql");
if (root) {
  createRoot(root).render(
    <GraphiQL
      fetcher={createGraphiQLFetcher({ url: endpoint })}
      defaultQuery={DEFAULT_QUERY}
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    />,
  );
}
