import { mayRead } from "../../model/personal-data";
import { DERIVED_FIELDS } from "../../catalogue/derived-fields";
import { nodeEntities, nodeTypeOf, type NodeTypeName } from "../../catalogue/node-types";
import { relationFields, type ManyField } from "../../catalogue/relation-fields";
import type { CodingValue } from "../../model/codes/code-systems";
import type { AppContext } from "../../request/context";
import { type Row } from "../../catalogue/table";
import { RELATION_LIST_DEFAULT } from "../../sql/list-slice";
import { relationReads } from "../../sql/relation-reads";
import { contextUrl, iriOf, sourceIri } from "./iri";
import { PROVENANCE_PROPERTIES } from "../../model/provenance/provenance-columns";
import { NODE_CLASSES, ROW_CLASSES } from "./vocabulary";
import { type EntityClass } from "../../catalogue/catalogue.types";

export type JsonLd = Record<string, unknown>;

/** Properties of a row that are bookkeeping, not facts: the key, the version, the type name. */
const NOT_FACTS = new Set(["pk", "version", "__typename"]);
const PROVENANCE_COLUMNS = new Set<string>(Object.values(PROVENANCE_PROPERTIES));

/** The names of every field whose value in a document is an IRI: the relations' one-sides and lists. */
export function linkFieldNames(): Set<string> {
  return new Set(relationFields().map((field) => field.name));
}

function coded(value: CodingValue | null): JsonLd | null {
  return (
    value && {
      "@type": "schema:DefinedTerm",
      termCode: value.code,
      inDefinedTermSet: value.system,
      name: value.display,
      verified: value.verified,
    }
  );
}

/** A row's own facts: its columns (personal data only for members), its codings and identifiers, and where they come from (PROV-O). */
function facts(ctx: AppContext, entity: EntityClass, row: Row): JsonLd {
  const document: JsonLd = {};
  for (const column of ctx.tables.of(entity).columns) {
    if (
      NOT_FACTS.has(column.property) ||
      PROVENANCE_COLUMNS.has(column.property) ||
      column.alias !== column.property ||
      !mayRead(ctx.viewer, entity.name, column.property)
    )
      continue;
    const value = row[column.property];
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) document[column.property] = value;
  }
  for (const field of DERIVED_FIELDS) {
    if (field.owner !== entity) continue;
    const value = field.resolve(row);
    if (field.name === "provenance") {
      const { kind, statedIn, inferredBecause } = value as {
        kind: string;
        statedIn: { key: string } | null;
        inferredBecause: string | null;
      };
      document.provenance = kind;
      if (statedIn) document.wasDerivedFrom = sourceIri(ctx.links.baseUrl, statedIn.key);
      if (inferredBecause) document.inferredBecause = inferredBecause;
    } else if (field.name === "identifiers") {
      const identifiers = value as Array<{ system: string; value: string }>;
      if (identifiers.length > 0)
        document.identifiers = identifiers.map((identifier) => ({
          "@type": "schema:PropertyValue",
          propertyID: identifier.system,
          value: identifier.value,
        }));
    } else if (value) {
      document[field.name] = coded(value as CodingValue);
    }
  }
  return document;
}

function nodeIri(baseUrl: string, row: Row | null | undefined, entity: EntityClass): string | null {
  const type = nodeTypeOf(entity as new () => object);
  return row && type ? iriOf(baseUrl, type, String(row.slug)) : null;
}

/** A listed row in its parent's document: a link to a node, or an embedded edge (its facts and a link to its other end). */
function listedItem(ctx: AppContext, baseUrl: string, field: ManyField, item: Row): JsonLd | string | null {
  if (field.path.kind === "edges") {
    const other = item[field.path.to] as Row | undefined;
    const edgeName = field.item.name;
    return {
      "@type": [edgeName, ...(ROW_CLASSES[edgeName] ?? [])],
      ...facts(ctx, field.item, item),
      [field.path.to]: nodeIri(baseUrl, other, field.path.target),
    };
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
export async function nodeDocument(ctx: AppContext, baseUrl: string, type: NodeTypeName, row: Row): Promise<JsonLd> {
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
    const items = (value as Row[]).map((item) => listedItem(ctx, baseUrl, field, item)).filter((item) => item !== null);
    if (items.length > 0) document[field.name] = items;
    // a list as long as a document's lists go may have more: say which, so nobody takes it for all
    if (items.length >= RELATION_LIST_DEFAULT) cut.push(field.name);
  });
  if (cut.length > 0) document.listsCutAt = { limit: RELATION_LIST_DEFAULT, lists: cut };
  return document;
}
