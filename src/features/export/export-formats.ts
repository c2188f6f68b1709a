import type { Writable } from "node:stream";
import type { Viewer } from "../../model/viewer";
import type { ContextFactoryDeps } from "../../request/context";
import { exportFilter, type ExportParameters } from "./export-filter";
import { GRAPH_MEDIA_TYPES, writeGraph } from "./graph-export";
import { NETWORK_MEDIA_TYPES, writeCollaborationNetwork } from "./network-export";
import { writeCsvZip } from "./csv-export";
import type { NetworkFilter } from "../graph/network-filter.input";
import { inSnapshot } from "./snapshot";

/** Every export, by the name its file and its URL (`/export/<name>`) carry: what it is, its media type, how it is written. */
export const EXPORTS = {
  "graph.ndjsonld": {
    description: "every node and every edge as a JSON-LD document, one per line",
    mediaType: GRAPH_MEDIA_TYPES.ndjsonld,
    write: (out: Writable, deps: ContextFactoryDeps, viewer: Viewer, filter: NetworkFilter | null) =>
      writeGraph(out, "ndjsonld", deps, viewer, filter),
  },
  "graph.nq": {
    description: "the whole graph as N-Quads",
    mediaType: GRAPH_MEDIA_TYPES.nquads,
    write: (out: Writable, deps: ContextFactoryDeps, viewer: Viewer, filter: NetworkFilter | null) =>
      writeGraph(out, "nquads", deps, viewer, filter),
  },
  "graph.ttl": {
    description: "the whole graph as Turtle",
    mediaType: GRAPH_MEDIA_TYPES.turtle,
    write: (out: Writable, deps: ContextFactoryDeps, viewer: Viewer, filter: NetworkFilter | null) =>
      writeGraph(out, "turtle", deps, viewer, filter),
  },
  "graph.csv.zip": {
    description: "every node type and edge type as a CSV file (references as IRIs, with provenance), in one zip",
    mediaType: "application/zip",
    write: (out: Writable, deps: ContextFactoryDeps, viewer: Viewer, filter: NetworkFilter | null) =>
      writeCsvZip(out, deps, viewer, filter),
  },
  "collaboration.gexf": {
    description: "the collaboration network as GEXF 1.3 (Gephi), filtered",
    mediaType: NETWORK_MEDIA_TYPES.gexf,
    network: true,
  },
  "collaboration.graphml": {
    description: "the collaboration network as GraphML, filtered",
    mediaType: NETWORK_MEDIA_TYPES.graphml,
    network: true,
  },
} as const;

export type ExportName = keyof typeof EXPORTS;

export function isExportName(name: string): name is ExportName {
  return Object.hasOwn(EXPORTS, name);
}

/**
 * Writes one export to `out` for the viewer (only what its role may see), of the part of the graph the
 * filter selects, from one snapshot of the database, within `maxSeconds`.
 */
export async function writeExport(
  out: Writable,
  name: ExportName,
  deps: ContextFactoryDeps,
  viewer: Viewer,
  parameters: ExportParameters = {},
  { maxSeconds = 900 }: { maxSeconds?: number } = {},
): Promise<void> {
  const format = EXPORTS[name];
  const { filter, minWeight } = exportFilter(parameters);
  await inSnapshot(deps, viewer, maxSeconds, async (snapshot) => {
    if ("write" in format) await format.write(out, snapshot, viewer, filter);
    else
      await writeCollaborationNetwork(
        out,
        name === "collaboration.gexf" ? "gexf" : "graphml",
        snapshot,
        viewer,
        filter,
        minWeight,
        maxSeconds,
      );
  });
}
