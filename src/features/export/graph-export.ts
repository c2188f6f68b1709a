import { Parser, Writer } from "n3";
import jsonld from "jsonld";
import type { Writable } from "node:stream";
import { createYielder, drained, writeWithBackpressure } from "../../platform/write-with-backpressure";
import type { Viewer } from "../../model/viewer";
import { nodeEntities, NODE_TYPE_NAMES } from "../../catalogue/node-types";
import type { ContextFactoryDeps } from "../../request/context";
import { contextUrl, vocabularyNamespace } from "../linked-data/iri";
import { linkFieldNames, nodeDocument, type JsonLd } from "../linked-data/node-document";
import { edgeEnds } from "../linked-data/edge-ends";
import { edgeDocument } from "../linked-data/edge-document";
import { edgeIdentities } from "../../catalogue/edge-identity";
import { jsonLdContext, PREFIXES } from "../linked-data/vocabulary";
import { visibleRowBatches } from "./visible-rows";
import { selectionOf } from "./export-selection";
import type { NetworkFilter } from "../graph/network-filter.input";

export type GraphFormat = "ndjsonld" | "nquads" | "turtle";

export const GRAPH_MEDIA_TYPES: Record<GraphFormat, string> = {
  ndjsonld: "application/x-ndjson",
  nquads: "application/n-quads",
  turtle: "text/turtle",
};

/**
 * Every node document the viewer may see (of the part a filter selects), type by type, one batch at a time,
 * each linking its edges by IRI; then every edge the viewer may see as a resource of its own, both its ends
 * and its facts, so that each edge is in the dump exactly once.
 */
async function* documentBatches(deps: ContextFactoryDeps, viewer: Viewer, filter: NetworkFilter | null): AsyncGenerator<JsonLd[]> {
  const baseUrl = deps.links.baseUrl;
  for (const type of NODE_TYPE_NAMES) {
    const where = filter ? selectionOf(nodeEntities[type], filter, deps.tables) : undefined;
    if (where === null) continue;
    for await (const { ctx, rows } of visibleRowBatches(deps, viewer, nodeEntities[type], where)) {
      yield await Promise.all(rows.map((row) => nodeDocument(ctx, baseUrl, type, row, "link")));
    }
  }
  for (const identity of edgeIdentities()) {
    const where = filter ? selectionOf(identity.declaration.edge, filter, deps.tables) : undefined;
    if (where === null) continue;
    for await (const { ctx, rows } of visibleRowBatches(deps, viewer, identity.declaration.edge, where)) {
      const documents = await Promise.all(
        rows.map(async (row) => edgeDocument(ctx, baseUrl, identity, row, await edgeEnds(ctx, identity, row))),
      );
      yield documents.filter((document) => document !== null);
    }
  }
}

/**
 * The whole graph the viewer may see (or the part a collaboration-network filter selects, see
 * export-selection): NDJSON-LD (one node document per line, each with the context's address), N-Quads or
 * Turtle. Documents are read a batch at a time and converted and written one at a time; blank nodes
 * (embedded rows without an IRI of their own) are relabelled per document so that they stay apart in one file.
 */
export async function writeGraph(
  out: Writable,
  format: GraphFormat,
  deps: ContextFactoryDeps,
  viewer: Viewer,
  filter: NetworkFilter | null = null,
): Promise<number> {
  const baseUrl = deps.links.baseUrl;
  const context = jsonLdContext(baseUrl, linkFieldNames());
  const documentLoader = async (url: string) => {
    if (url !== contextUrl(baseUrl)) throw new Error(`Only IPO Graph's own context is loaded, not ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
  // Turtle: N3's writer writes each quad to `out` as it comes (the prefixes once, at the start)
  const turtle =
    format === "turtle" ? new Writer(out, { end: false, prefixes: { ...PREFIXES, ipo: vocabularyNamespace(baseUrl) } }) : undefined;
  let count = 0;
  const yieldToOthers = createYielder();
  for await (const documents of documentBatches(deps, viewer, filter)) {
    for (const document of documents) {
      count += 1;
      await yieldToOthers();
      if (format === "ndjsonld") {
        await writeWithBackpressure(out, `${JSON.stringify(document)}\n`);
        continue;
      }
      // one document at a time: its quads are written (and dropped) before the next is converted
      const nquads = (await jsonld.toRDF(document as never, {
        format: "application/n-quads",
        documentLoader: documentLoader as never,
      })) as unknown as string;
      const quads = new Parser({ format: "N-Quads", blankNodePrefix: `d${count}_` }).parse(nquads);
      if (turtle) {
        turtle.addQuads(quads);
        if (out.writableNeedDrain) await drained(out);
      } else {
        await writeWithBackpressure(out, new Writer({ format: "N-Quads" }).quadsToString(quads));
      }
    }
  }
  if (turtle) await new Promise<void>((resolve, reject) => turtle.end((error) => (error ? reject(error) : resolve())));
  return count;
}
