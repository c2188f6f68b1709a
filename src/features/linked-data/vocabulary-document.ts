import type { Tables } from "../../catalogue/tables";
import { SOURCES } from "../../model/provenance/sources";
import { contextUrl, sourceIri } from "./iri";
import type { JsonLd } from "./row-facts";
import { type Description, vocabularyTerms } from "./vocabulary-terms";

/** A description as RDF comments: the English (per class where classes differ) and the Dutch, language-tagged. */
function comments(en: Description[], nl: string | undefined): JsonLd[] {
  return [
    ...en.map((description) => ({
      "@value": description.classes.length ? `${description.classes.join(", ")}: ${description.text}` : description.text,
      "@language": "en",
    })),
    ...(nl ? [{ "@value": nl, "@language": "nl" }] : []),
  ];
}

/**
 * Our own vocabulary (`{base}/ns/vocab#`), as JSON-LD: a class per node type and edge type, each a
 * subclass of the public classes it also is, and a property for every field that has no public term, each
 * with its descriptions in English and Dutch; and the source texts (`{base}/ns/sources#<key>`) the data is
 * derived from. Made from the same terms as the page for people (vocabulary-terms), so it names exactly the
 * terms the documents use.
 */
export function vocabularyDocument(baseUrl: string, tables: Tables): JsonLd {
  const terms = vocabularyTerms(baseUrl, tables);
  const classes = terms.classes.map((entry) => ({
    "@id": entry.iri,
    "@type": "rdfs:Class",
    "rdfs:label": entry.name,
    ...(entry.maps.length ? { "rdfs:subClassOf": entry.maps.map((superClass) => ({ "@id": superClass })) } : {}),
    "rdfs:comment": comments(entry.en, entry.nl),
  }));
  const properties = terms.properties
    .filter((entry) => entry.maps.length === 0)
    .map((entry) => ({
      "@id": entry.iri,
      "@type": "rdf:Property",
      "rdfs:label": entry.name,
      "rdfs:comment": comments(entry.en, entry.nl),
    }));
  const sources = Object.entries(SOURCES).map(([key, source]) => ({
    "@id": sourceIri(baseUrl, key),
    "@type": "prov:Entity",
    "schema:name": source.title,
    "schema:publisher": source.publisher,
    "rdfs:comment": `Seed text ${source.file}`,
  }));
  return {
    "@context": [contextUrl(baseUrl), { rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#" }],
    "@graph": [...classes, ...properties, ...sources],
  };
}
