import { mayRead } from "../../model/personal-data";
import { DERIVED_FIELDS } from "../../catalogue/derived-fields";
import { nodeTypeOf } from "../../catalogue/node-types";
import type { CodingValue } from "../../model/codes/code-systems";
import type { AppContext } from "../../request/context";
import { type Row } from "../../catalogue/table";
import { iriOf, sourceIri } from "./iri";
import { PROVENANCE_PROPERTIES } from "../../model/provenance/provenance-columns";
import { type EntityClass } from "../../catalogue/catalogue.types";

export type JsonLd = Record<string, unknown>;

/** Properties of a row that are bookkeeping, not facts: the key, the version, the type name. */
export const NOT_FACTS: ReadonlySet<string> = new Set(["pk", "version", "__typename"]);
const PROVENANCE_COLUMNS = new Set<string>(Object.values(PROVENANCE_PROPERTIES));

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
export function facts(ctx: AppContext, entity: EntityClass, row: Row): JsonLd {
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

export function nodeIri(baseUrl: string, row: Row | null | undefined, entity: EntityClass): string | null {
  const type = nodeTypeOf(entity as new () => object);
  return row && type ? iriOf(baseUrl, type, String(row.slug)) : null;
}
