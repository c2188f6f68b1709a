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
