import { NODE_TYPE_NAMES, type NodeTypeName } from "../../catalogue/node-types";
import { edgeIdentities, type EdgeIdentity } from "../../catalogue/edge-identity";

/** The path segment of a node or edge type in its IRIs: `Institution` -> `institution`, `CareTransition` -> `care-transition`. */
export function typeSegment(type: string): string {
  return type.replace(/(?<!^)([A-Z])/g, "-$1").toLowerCase();
}

const TYPES_BY_SEGMENT = new Map(NODE_TYPE_NAMES.map((type) => [typeSegment(type), type]));

export function typeOfSegment(segment: string): NodeTypeName | undefined {
  return TYPES_BY_SEGMENT.get(segment);
}

let edgesBySegment: Map<string, EdgeIdentity> | undefined;

export function edgeOfSegment(segment: string): EdgeIdentity | undefined {
  edgesBySegment ??= new Map(edgeIdentities().map((identity) => [typeSegment(identity.name), identity]));
  return edgesBySegment.get(segment);
}

/**
 * An edge's IRI: `{base}/id/{edge type}/{part}/{part}...`, the parts of its key in the order of its unique
 * constraint (ends by slug, facts by value), e.g. `/id/affiliation/{person}/{institution}/{position}`.
 */
export function edgeIriOf(baseUrl: string, identity: EdgeIdentity, parts: readonly string[]): string {
  return `${baseUrl}/id/${typeSegment(identity.name)}/${parts.map((part) => encodeURIComponent(part)).join("/")}`;
}

/** A node's IRI: `{base}/id/{type}/{slug}`. Old slugs keep redirecting to the node (see linked-data.routes). */
export function iriOf(baseUrl: string, type: NodeTypeName, slug: string): string {
  return `${baseUrl}/id/${typeSegment(type)}/${encodeURIComponent(slug)}`;
}

/** Where the JSON-LD context and the vocabulary live. */
export function contextUrl(baseUrl: string): string {
  return `${baseUrl}/ns/context.jsonld`;
}

export function vocabularyNamespace(baseUrl: string): string {
  return `${baseUrl}/ns/vocab#`;
}

/** A source text's IRI, described in the vocabulary. */
export function sourceIri(baseUrl: string, key: string): string {
  return `${baseUrl}/ns/sources#${key}`;
}
