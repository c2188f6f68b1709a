import { Index } from "@mikro-orm/core";
import type { NodeTypeName } from "../relay/global-id";

/**
 * What full-text search indexes per type: a weighted Dutch tsvector, accents removed (A: names and
 * titles, B: secondary names, C: descriptions), and the unaccented text fuzzy matching compares with. The same
 * expressions define the GIN indexes (on the entities, created by the migrations) and the queries,
 * so PostgreSQL can use the indexes.
 */
export interface SearchDocument {
  type: NodeTypeName;
  table: string;
  /** tsvector expression over the table alias `t`. */
  vector: string;
  /** Plain text for the highlighted snippet. */
  snippetText: string;
  /** Lower-cased, unaccented name for trigram matching, or null when the type has none. */
  fuzzyText: string | null;
}

/** Text search configuration: PostgreSQL's `dutch` with unaccent before stemming (created by a migration). */
export const SEARCH_CONFIG = "ipo_dutch";

const weighted = (weight: "A" | "B" | "C", column: string) => `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, coalesce(${column}, '')), '${weight}')`;

export const SEARCH_DOCUMENTS: SearchDocument[] = [
  {
    type: "Experiment",
    table: "experiment",
    vector: `(${weighted("A", `t."title"`)} || ${weighted("A", `t."acronym"`)} || ${weighted("B", `t."subtitle"`)} || ${weighted("C", `t."summary"`)} || ${weighted("C", `t."care_theme"`)})`,
    snippetText: `concat_ws(' — ', t."title", t."subtitle", t."summary")`,
    fuzzyText: `ipo_unaccent(lower(t."title"))`,
  },
  {
    type: "Institution",
    table: "institution",
    vector: `(${weighted("A", `t."name"`)} || ${weighted("A", `t."short_name"`)} || ${weighted("B", `t."city"`)})`,
    snippetText: `concat_ws(' — ', t."name", t."city")`,
    fuzzyText: `ipo_unaccent(lower(t."name"))`,
  },
  {
    type: "Person",
    table: "person",
    vector: `(${weighted("A", `t."name"`)} || ${weighted("B", `t."profession_title"`)})`,
    snippetText: `concat_ws(' — ', t."name", t."profession_title")`,
    fuzzyText: `ipo_unaccent(lower(t."name"))`,
  },
  {
    type: "Specialty",
    table: "specialty",
    vector: `(${weighted("A", `t."name"`)} || ${weighted("A", `t."practitioner_name"`)} || ${weighted("B", `t."name_en"`)})`,
    snippetText: `concat_ws(' — ', t."name", t."practitioner_name")`,
    fuzzyText: `ipo_unaccent(lower(t."name"))`,
  },
  {
    type: "Quote",
    table: "quote",
    vector: `(${weighted("B", `t."text"`)} || ${weighted("C", `t."topic"`)})`,
    snippetText: `t."text"`,
    fuzzyText: null,
  },
];

/** `create index` statements for the search (used by the entities' @Index, so migrations and schema agree). */
export function searchIndexes(table: string): Array<{ name: string; expression: string }> {
  const document = SEARCH_DOCUMENTS.find((d) => d.table === table)!;
  const unaliased = (sql: string) => sql.replaceAll(`t."`, `"`);
  const indexes = [{ name: `${table}_search_vector_index`, expression: `create index "${table}_search_vector_index" on "${table}" using gin (${unaliased(document.vector)})` }];
  if (document.fuzzyText) indexes.push({ name: `${table}_search_trigram_index`, expression: `create index "${table}_search_trigram_index" on "${table}" using gin (${unaliased(document.fuzzyText)} gin_trgm_ops)` });
  return indexes;
}

/** Class decorator: declares a table's search indexes to MikroORM. */
export function SearchIndexed(table: string): ClassDecorator {
  return (target) => {
    for (const index of searchIndexes(table)) Index(index)(target);
  };
}
