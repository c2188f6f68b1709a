import { Index, Property } from "@mikro-orm/core";
import type { NodeTypeName } from "../catalogue/global-id";

/**
 * What full-text search indexes per type: a weighted Dutch tsvector, accents removed (A: names and
 * titles, B: secondary names, C: descriptions), and the unaccented text fuzzy matching compares with. The same
 * expressions define the GIN indexes (on the entities, created by the migrations) and the queries,
 * so PostgreSQL can use the indexes.
 */
export interface SearchDocument {
  type: NodeTypeName;
  /** What `search(types:)` says of this type: what it finds, in which fields. */
  description: string;
  table: string;
  /** tsvector expression over the table's columns, stored in the generated column `search_vector`. */
  vector: string;
  /** Plain text for the highlighted snippet. */
  snippetText: string;
  /** Lower-cased, unaccented name for trigram matching, or null when the type has none. */
  fuzzyText: string | null;
}

/** Text search configuration: PostgreSQL's `dutch` with unaccent before stemming (created by a migration). */
export const SEARCH_CONFIG = "ipo_dutch";

/**
 * One weighted part of a search vector, written exactly as PostgreSQL prints a generated column back
 * (information_schema.columns.generation_expression): the schema comparison then sees no difference.
 */
const weighted = (weight: "A" | "B" | "C", column: string, type: "varchar" | "text" = "varchar") =>
  `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, ${type === "text" ? `COALESCE(${column}, ''::text)` : `(COALESCE(${column}, ''::character varying))::text`}), '${weight}'::"char")`;
const concatenated = (...parts: string[]) => parts.reduce((left, right) => `(${left} || ${right})`);

export const SEARCH_DOCUMENTS: SearchDocument[] = [
  {
    type: "Experiment",
    description: "Experiments and initiatives (title, acronym, subtitle, summary, care theme).",
    table: "experiment",
    vector: concatenated(weighted("A", "title"), weighted("A", "acronym"), weighted("B", "subtitle"), weighted("C", "summary", "text"), weighted("C", "care_theme", "text")),
    snippetText: `concat_ws(' — ', t."title", t."subtitle", t."summary")`,
    fuzzyText: `ipo_unaccent(lower(t."title"))`,
  },
  {
    type: "Institution",
    description: "Institutions (name, short name, city).",
    table: "institution",
    vector: concatenated(weighted("A", "name"), weighted("A", "short_name"), weighted("B", "city")),
    snippetText: `concat_ws(' — ', t."name", t."city")`,
    fuzzyText: `ipo_unaccent(lower(t."name"))`,
  },
  {
    type: "Person",
    description: "People (name, profession).",
    table: "person",
    vector: concatenated(weighted("A", "name"), weighted("B", "profession_title")),
    snippetText: `concat_ws(' — ', t."name", t."profession_title")`,
    fuzzyText: `ipo_unaccent(lower(t."name"))`,
  },
  {
    type: "Specialty",
    description: "Specialties and professions (name, practitioner name, English name).",
    table: "specialty",
    vector: concatenated(weighted("A", "name"), weighted("A", "practitioner_name"), weighted("B", "name_en")),
    snippetText: `concat_ws(' — ', t."name", t."practitioner_name")`,
    fuzzyText: `ipo_unaccent(lower(t."name"))`,
  },
  {
    type: "Quote",
    description: "Quotes (text, topic).",
    table: "quote",
    vector: concatenated(weighted("B", "text", "text"), weighted("C", "topic")),
    snippetText: `t."text"`,
    fuzzyText: null,
  },
];

export function searchDocument(table: string): SearchDocument {
  return SEARCH_DOCUMENTS.find((d) => d.table === table)!;
}

/**
 * Class decorator for searchable entities: the stored, generated `search_vector` column (so ranking reads a
 * stored vector instead of stemming every match again) with its GIN index, and the trigram index for typos.
 */
export function SearchIndexed(table: string): ClassDecorator {
  const document = searchDocument(table);
  return (target) => {
    Property({ type: "string", columnType: "tsvector", generated: `${document.vector} stored`, nullable: true, lazy: true, hidden: true })(target.prototype, "searchVector");
    // fastupdate off: without it, rows inserted in bulk wait in a pending list that every search scans linearly
    // (10 ms for 100,000 people) until the next vacuum; writes here are rare, reads are what matter
    Index({ name: `${table}_search_vector_index`, expression: `create index "${table}_search_vector_index" on "${table}" using gin ("search_vector") with (fastupdate = off)` })(target);
    if (document.fuzzyText) {
      const unaliased = document.fuzzyText.replaceAll(`t."`, `"`);
      Index({ name: `${table}_search_trigram_index`, expression: `create index "${table}_search_trigram_index" on "${table}" using gin (${unaliased} gin_trgm_ops) with (fastupdate = off)` })(target);
    }
  };
}
