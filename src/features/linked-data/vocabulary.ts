import { declarationOf, NODE_TYPE_NAMES, type NodeTypeName } from "../../catalogue/node-types";
import { vocabularyNamespace } from "./iri";

/** The public vocabularies the documents use, by prefix. */
export const PREFIXES = {
  schema: "https://schema.org/",
  org: "http://www.w3.org/ns/org#",
  prov: "http://www.w3.org/ns/prov#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

/** The public classes each node type is, besides its own (the catalogue's `publicClasses`). */
export const NODE_CLASSES = Object.fromEntries(NODE_TYPE_NAMES.map((type) => [type, declarationOf(type).publicClasses])) as Record<
  NodeTypeName,
  readonly string[]
>;
/** Classes of the rows that are no nodes (edges with facts, references), embedded in the documents of their ends. */
export const ROW_CLASSES: Record<string, readonly string[]> = {
  Affiliation: ["org:Membership"],
  ExperimentInstitution: ["org:Membership"],
  ExperimentPerson: ["org:Membership"],
  Reference: ["schema:CreativeWork"],
};

/**
 * Our field names that have a public term. Every other field is a term of our own vocabulary (`@vocab`),
 * described at the context's address.
 */
const TERMS: Record<string, string> = {
  name: "schema:name",
  title: "schema:name",
  shortName: "schema:alternateName",
  description: "schema:description",
  summary: "schema:abstract",
  email: "schema:email",
  url: "schema:url",
  text: "schema:text",
  city: "schema:addressLocality",
  termCode: "schema:termCode",
  value: "schema:value",
  publisher: "schema:publisher",
  year: "schema:datePublished",
};

const LINKS: Record<string, string> = {
  partOf: "org:subOrganizationOf",
  owner: "schema:provider",
  inDefinedTermSet: "schema:inDefinedTermSet",
  propertyID: "schema:propertyID",
  identifiers: "schema:identifier",
  wasDerivedFrom: "prov:wasDerivedFrom",
};

/** Within an edge's own type: its ends and facts in ORG's terms. */
const SCOPED: Record<string, Record<string, string | { "@id": string; "@type": "@id" }>> = {
  Affiliation: {
    person: { "@id": "org:member", "@type": "@id" },
    institution: { "@id": "org:organization", "@type": "@id" },
    position: "org:role",
  },
  ExperimentInstitution: {
    institution: { "@id": "org:member", "@type": "@id" },
    experiment: { "@id": "org:organization", "@type": "@id" },
  },
  ExperimentPerson: { person: { "@id": "org:member", "@type": "@id" }, experiment: { "@id": "org:organization", "@type": "@id" } },
};

/** The JSON-LD context served at /ns/context.jsonld, for a base URL; `linkNames` are the fields whose values are IRIs. */
export function jsonLdContext(baseUrl: string, linkNames: Iterable<string>): Record<string, unknown> {
  const vocab = vocabularyNamespace(baseUrl);
  const context: Record<string, unknown> = { "@version": 1.1, "@vocab": vocab, ipo: vocab, ...PREFIXES, ...TERMS };
  for (const name of linkNames) context[name] = { "@id": LINKS[name] ?? `${vocab}${name}`, "@type": "@id" };
  for (const [name, iri] of Object.entries(LINKS)) context[name] = { "@id": iri, "@type": "@id" };
  for (const [type, scoped] of Object.entries(SCOPED)) context[type] = { "@id": `${vocab}${type}`, "@context": scoped };
  return { "@context": context };
}

/** True when a field name maps to a public term (schema.org, ORG, PROV), not to our own vocabulary. */
export function isPublicTerm(name: string): boolean {
  return name in TERMS || name in LINKS;
}

/** True when a field name maps to a public term whose values are addresses (`partOf`, `wasDerivedFrom`). */
export function isPublicLink(name: string): boolean {
  return name in LINKS;
}

/** The public term a field name maps to (`schema:name`), if any. */
export function publicTermOf(name: string): string | undefined {
  return TERMS[name] ?? LINKS[name];
}

/** Within an edge type, the public terms its ends and facts map to (`person` -> `org:member` in an Affiliation). */
export function scopedTermsOf(type: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SCOPED[type] ?? {}).map(([name, term]) => [name, typeof term === "string" ? term : term["@id"]]),
  );
}

/** Every field name with a public term, links and values. */
export const PUBLIC_TERM_NAMES: readonly string[] = [...Object.keys(TERMS), ...Object.keys(LINKS)];

/** Terms a document uses that are no field of a GraphQL type, with what they mean. */
export const DOCUMENT_TERMS: Record<string, string> = {
  provenance:
    "Whether a fact is stated in a source text (STATED), inferred (INFERRED, with the reason) or was entered through the API (ENTERED).",
  inferredBecause: "Why an inferred fact was inferred, in the words of whoever inferred it.",
  wasDerivedFrom: "The source text a stated fact comes from.",
  verified: "Whether a code was checked against its code system's own list.",
  listsCutAt: "Present when a list in this document reached the length documents give lists: it may have more (ask GraphQL for all).",
  limit: "How many items a document gives a list at most.",
  lists: "The lists of this document that reached the limit.",
  termCode: "A code within its code system (of a specialty, an organisation type, a practitioner role).",
  inDefinedTermSet: "The code system a code belongs to, by its OID (`urn:oid:...`).",
  propertyID: "The register an identifier belongs to (URA, AGB), by its OID.",
  url: "Where a work can be read or found.",
};
