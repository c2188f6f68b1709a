// Export of the current view: the picture as PNG (sigma's image export), the graph as GEXF (graphology's writer).
import { write } from "graphology-gexf/browser";
import { download } from "./dom";
import type { ExplorerGraph } from "./graph-model";
import type { NetworkView } from "./network-view";

export async function exportPng(view: NetworkView, name: string): Promise<void> {
  download(await view.png(), `${name}.png`);
}

export function gexfOf(graph: ExplorerGraph): string {
  return write(graph, {
    // GEXF 1.3, like the API's own collaboration.gexf
    version: "1.3",
    formatNode: (key, attributes) => ({
      label: attributes.fullLabel,
      attributes: {
        type: attributes.typename,
        institutionType: attributes.institutionType ?? "",
        region: attributes.regionId ?? "",
        id: key,
      },
      viz: { color: attributes.color, size: attributes.size, x: attributes.x, y: attributes.y },
    }),
    formatEdge: (_key, attributes) => ({ weight: attributes.weight, attributes: { kind: attributes.kind } }),
  });
}

export function exportGexf(graph: ExplorerGraph, name: string): void {
  download(new Blob([gexfOf(graph)], { type: "application/gexf+xml" }), `${name}.gexf`);
}
