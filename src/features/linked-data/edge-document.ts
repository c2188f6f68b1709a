import type { EdgeIdentity } from "../../catalogue/edge-identity";
import type { AppContext } from "../../request/context";
import { type Row } from "../../catalogue/table";
import { contextUrl, edgeIriOf } from "./iri";
import { facts, nodeIri, type JsonLd } from "./row-facts";
import { ROW_CLASSES } from "./vocabulary";

/** An edge's ends, by the edge's property for each: the node rows it links (null or absent where the caller cannot see one). */
export type EdgeEnds = Record<string, Row | null | undefined>;

/** An edge's IRI from its row and its ends' rows; null when an end is not visible (then neither is the edge). */
export function edgeIri(baseUrl: string, identity: EdgeIdentity, edge: Row, ends: EdgeEnds): string | null {
  const parts: string[] = [];
  for (const part of identity.parts) {
    if (part.kind === "end") {
      const end = ends[part.key];
      if (!end) return null;
      parts.push(String(end.slug));
    } else {
      parts.push(String(edge[part.property]));
    }
  }
  return edgeIriOf(baseUrl, identity, parts);
}

/**
 * An edge as one resource: its IRI, its classes (`org:Membership` where it is one), both its ends as IRIs
 * and its own facts. The same resource whichever end's document holds it; null when an end is not visible.
 */
export function edgeResource(ctx: AppContext, baseUrl: string, identity: EdgeIdentity, edge: Row, ends: EdgeEnds): JsonLd | null {
  const iri = edgeIri(baseUrl, identity, edge, ends);
  if (!iri) return null;
  const resource: JsonLd = { "@id": iri, "@type": [identity.name, ...(ROW_CLASSES[identity.name] ?? [])] };
  for (const end of identity.declaration.ends) resource[end.key] = nodeIri(baseUrl, ends[end.key], endTarget(identity, end.key));
  return { ...resource, ...facts(ctx, identity.declaration.edge, edge) };
}

/** An edge as a document of its own (its IRI dereferenced, a line of a dump, `jsonLd`): the resource with the context's address. */
export function edgeDocument(ctx: AppContext, baseUrl: string, identity: EdgeIdentity, edge: Row, ends: EdgeEnds): JsonLd | null {
  const resource = edgeResource(ctx, baseUrl, identity, edge, ends);
  return resource && { "@context": contextUrl(baseUrl), ...resource };
}

function endTarget(identity: EdgeIdentity, key: string) {
  const part = identity.parts.find((candidate) => candidate.kind === "end" && candidate.key === key);
  if (part?.kind !== "end") throw new Error(`${identity.name}.${key} is no end of the edge`);
  return part.target;
}
