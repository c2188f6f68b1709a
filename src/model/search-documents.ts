import { Index, MetadataStorage, Property } from "@mikro-orm/core";

/**
 * What full-text search indexes for one searchable entity: a weighted Dutch tsvector, accents removed (A: names
 * and titles, B: secondary names, C: descriptions), and the unaccented text fuzzy matching compares with. The
 * same expressions define the GIN indexes (created by the migrations) and the queries, so PostgreSQL can use the
 * indexes. Declared on the entity with `@SearchIndexed`; the table is the entity's own.
 */
export interface SearchDocument {
  /** What `search(types:)` says of this type: what it finds, in which fields. */
  description: string;
  /** tsvector expression over the table's columns, stored in the generated column `search_vector`. */
  vector: string;
  /** Plain text for the highlighted snippet. */
  snippetText: string;
  /** Lower-cased, unaccented name for trigram matching, or null when the type has none. */
  fuzzyText: string | null;
}

/** A search document with the table it reads (the entity's `tableName`). */
export interface TableSearchDocument extends SearchDocument {
  table: string;
}

/** Text search configuration: PostgreSQL's `dutch` with unaccent before stemming (created by a migration). */
export const SEARCH_CONFIG = "ipo_dutch";

/**
 * How alike a query and a name must be for fuzzy search (pg_trgm's `word_similarity`, the `<%` operator the
 * trigram indexes answer). pg_trgm's default, 0.6, missed a letter swapped or changed in short names ("kobra"
 * is 0.5 from COBRA, "raboud" 0.4 from Radboudumc); hits are ranked by similarity, so the best stay first.
 */
export const FUZZY_WORD_SIMILARITY = 0.4;

/**
 * One weighted part of a search vector, written exactly as PostgreSQL prints a generated column back
 * (information_schema.columns.generation_expression): the schema comparison then sees no difference.
 */
export const weighted = (weight: "A" | "B" | "C", column: string, type: "varchar" | "text" = "varchar") =>
  `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, ${type === "text" ? `COALESCE(${column}, ''::text)` : `(COALESCE(${column}, ''::character varying))::text`}), '${weight}'::"char")`;
export const concatenated = (...parts: string[]) => parts.reduce((left, right) => `(${left} || ${right})`);

const documents = new Map<Function, TableSearchDocument>();

/** The search document an entity declares, or undefined when it is not searchable. */
export function searchDocumentOf(entity: Function): TableSearchDocument | undefined {
  return documents.get(entity);
}

/**
 * Class decorator for searchable entities, written above `@Entity` (whose table it indexes): the stored, generated
 * `search_vector` column (so ranking reads a stored vector instead of stemming every match again) with its GIN
 * index, and the trigram index for typos.
 */
export function SearchIndexed(document: SearchDocument): ClassDecorator {
  return (target) => {
    const table = MetadataStorage.getMetadataFromDecorator(target).tableName;
    if (!table) throw new Error(`@SearchIndexed on ${target.name} must be written above its @Entity({ tableName })`);
    documents.set(target, { ...document, table });
    Property({ type: "string", columnType: "tsvector", generated: `${document.vector} stored`, nullable: true, lazy: true, hidden: true })(
      target.prototype,
      "searchVector",
    );
    // fastupdate off: without it, rows inserted in bulk wait in a pending list that every search scans linearly
    // (10 ms for 100,000 people) until the next vacuum; writes here are rare, reads are what matter
    Index({
      name: `${table}_search_vector_index`,
      expression: `create index "${table}_search_vector_index" on "${table}" using gin ("search_vector") with (fastupdate = off)`,
    })(target);
    if (document.fuzzyText) {
      const unaliased = document.fuzzyText.replaceAll(`t."`, `"`);
      Index({
        name: `${table}_search_trigram_index`,
        expression: `create index "${table}_search_trigram_index" on "${table}" using gin (${unaliased} gin_trgm_ops) with (fastupdate = off)`,
      })(target);
    }
  };
}
