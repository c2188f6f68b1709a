import { nodeEntities, type NodeTypeName } from "../../catalogue/node-types";
import { relationFields, type ManyField } from "../../catalogue/relation-fields";
import { edgeIdentityOf } from "../../catalogue/edge-identity";
import type { AppContext } from "../../request/context";
import { type Row } from "../../catalogue/table";
import { RELATION_LIST_DEFAULT } from "../../sql/list-slice";
import { relationReads } from "../../sql/relation-reads";
import { contextUrl, iriOf } from "./iri";
import { facts, nodeIri, type JsonLd } from "./row-facts";
import { edgeIri, edgeResource, type EdgeEnds } from "./edge-document";
import { NODE_CLASSES, ROW_CLASSES } from "./vocabulary";

export type { JsonLd } from "./row-facts";

/** The names of every field whose value in a document is an IRI: the relations' one-sides and lists. */
export function linkFieldNames(): Set<string> {
  return new Set(relationFields().map((field) => field.name));
}

/**
 * How a node's document holds its edges: `embed` (each whole, with its IRI, both ends and its facts: a node's
 * own page) or `link` (each by its IRI only: in a dump, where every edge is a resource of its own, written once).
 */
export type EdgesIn = "embed" | "link";

/** A listed row in its parent's document: a link to a node, an edge (whole or by IRI), or an embedded child row. */
function listedItem(ctx: AppContext, baseUrl: string, field: ManyField, parent: Row, item: Row, edges: EdgesIn): JsonLd | null {
  if (field.path.kind === "edges") {
    const identity = edgeIdentityOf(field.path.edge);
    const ends: EdgeEnds = { [field.path.from]: parent, [field.path.to]: item[field.path.to] as Row | undefined };
    if (edges === "embed") return edgeResource(ctx, baseUrl, identity, item, ends);
    const iri = edgeIri(baseUrl, identity, item, ends);
    return iri ? { "@id": iri } : null;
  }
  const iri = nodeIri(baseUrl, item, field.item);
  if (iri) return { "@id": iri };
  return { "@type": [field.item.name, ...(ROW_CLASSES[field.item.name] ?? [])], ...facts(ctx, field.item, item) };
}

/**
 * The JSON-LD document of a node: its facts under our field names (the context maps them to schema.org,
 * ORG, our vocabulary), its references as IRIs, and its relation lists (edges embedded with their facts).
 * Everything is read through the loaders of `ctx`, so the caller sees what its role may see, in one
 * statement per level whatever the number of documents.
 */
export async function nodeDocument(
  ctx: AppContext,
  baseUrl: string,
  type: NodeTypeName,
  row: Row,
  edges: EdgesIn = "embed",
): Promise<JsonLd> {
  const functions = relationReads();
  const entity = nodeEntities[type];
  const document: JsonLd = {
    "@context": contextUrl(baseUrl),
    "@id": iriOf(baseUrl, type, String(row.slug)),
    "@type": [type, ...NODE_CLASSES[type]],
    ...facts(ctx, entity, row),
  };
  const own = relationFields().filter((field) => field.owner === entity);
  // relation lists as a GraphQL list field gives them: the first RELATION_LIST_DEFAULT in the list's order
  const values = await Promise.all(own.map((field) => functions[type]![field.name]!(row, { first: RELATION_LIST_DEFAULT }, ctx)));
  const cut: string[] = [];
  own.forEach((field, index) => {
    const value = values[index];
    if (field.kind === "one") {
      const iri = nodeIri(baseUrl, value as Row | null, field.target);
      if (iri) document[field.name] = iri;
      return;
    }
    const items = (value as Row[]).map((item) => listedItem(ctx, baseUrl, field, row, item, edges)).filter((item) => item !== null);
    if (items.length > 0) document[field.name] = items;
    // a list as long as a document's lists go may have more: say which, so nobody takes it for all
    if (items.length >= RELATION_LIST_DEFAULT) cut.push(field.name);
  });
  if (cut.length > 0) document.listsCutAt = { limit: RELATION_LIST_DEFAULT, lists: cut };
  return document;
}
