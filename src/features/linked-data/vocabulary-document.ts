import { DERIVED_FIELDS } from "../../catalogue/derived-fields";
import { NODE_TYPE_NAMES } from "../../catalogue/node-types";
import { relationFields } from "../../catalogue/relation-fields";
import { viewedEntities } from "../../catalogue/entities";
import type { Tables } from "../../catalogue/tables";
import { PROVENANCE_PROPERTIES } from "../../model/provenance/provenance-columns";
import { SOURCES } from "../../model/provenance/sources";
import { contextUrl, sourceIri, vocabularyNamespace } from "./iri";
import type { JsonLd } from "./node-document";
import { isPublicTerm, NODE_CLASSES, ROW_CLASSES } from "./vocabulary";

const NOT_TERMS = new Set(["pk", "version", ...Object.values(PROVENANCE_PROPERTIES)]);

/**
 * Our own vocabulary (`{base}/ns/vocab#`), as JSON-LD: a class per node type and edge type, each a
 * subclass of the public classes it also is, and a property for every field that has no public term;
 * and the source texts (`{base}/ns/sources#<key>`) the data is derived from. Derived from the same
 * declarations the documents are built from, so it names exactly the terms they use.
 */
export function vocabularyDocument(baseUrl: string, tables: Tables): JsonLd {
  const vocab = vocabularyNamespace(baseUrl);
  const nodeTypes = new Set<string>(NODE_TYPE_NAMES);
  const rows = viewedEntities
    .filter((entity) => !nodeTypes.has(entity.name))
    .map((entity) => [entity.name, ROW_CLASSES[entity.name] ?? []] as const);
  const classes = [...NODE_TYPE_NAMES.map((type) => [type, NODE_CLASSES[type]] as const), ...rows].map(([name, superClasses]) => ({
    "@id": `${vocab}${name}`,
    "@type": "rdfs:Class",
    "rdfs:label": name,
    ...(superClasses.length ? { "rdfs:subClassOf": superClasses.map((superClass) => ({ "@id": superClass })) } : {}),
  }));
  const names = new Set<string>();
  for (const entity of viewedEntities)
    for (const column of tables.of(entity).columns)
      if (column.alias === column.property && !NOT_TERMS.has(column.property)) names.add(column.property);
  for (const field of relationFields()) names.add(field.name);
  for (const field of DERIVED_FIELDS) names.add(field.name);
  for (const extra of ["provenance", "inferredBecause", "verified", "listsCutAt", "limit", "lists"]) names.add(extra);
  const properties = [...names]
    .filter((name) => !isPublicTerm(name))
    .sort()
    .map((name) => ({ "@id": `${vocab}${name}`, "@type": "rdf:Property", "rdfs:label": name }));
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
