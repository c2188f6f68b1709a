import type { Knex } from "@mikro-orm/knex";
import type DataLoader from "dataloader";
import { RELATION_LIST_MAX, sliceKey, type ListSlice } from "./list-slice";
import { createNodeLoader, createSlugLoader } from "./node.loader";
import type { LoaderOptions } from "./loader-options";
import { createRelationLoader, type RelationPath, type RelationSlice } from "./relation.loader";
import type { SqlRunner } from "./sql-runner";
import { type Row } from "../catalogue/table";
import type { Tables } from "../catalogue/tables";
import { type EntityClass } from "../catalogue/catalogue.types";

/**
 * The DataLoaders of one request, one per access path, created on first use. Every path costs one
 * statement per batch, so a list field costs one statement per nesting level whatever its length.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<any, any>>();
  private readonly listLoaders = new Map<string, Map<number, DataLoader<number, RelationSlice>>>();

  constructor(
    private readonly sql: SqlRunner,
    private readonly tables: Tables,
    private readonly options: LoaderOptions = { batch: true },
  ) {}

  private get knex(): Knex {
    return this.sql.knex;
  }

  /** Rows by primary key. */
  node(entity: EntityClass): DataLoader<number, Row | null> {
    return this.memo(`node:${entity.name}`, () => createNodeLoader(this.sql, this.knex, this.tables.of(entity), this.options));
  }

  /** Rows by slug. */
  slug(entity: EntityClass): DataLoader<string, Row | null> {
    return this.memo(`slug:${entity.name}`, () => createSlugLoader(this.sql, this.knex, this.tables.of(entity), this.options));
  }

  /** Rows of a relation per parent (children by foreign key, or edges with their other end), sliced. One loader per path and slice. */
  relation(path: RelationPath, slice: ListSlice): DataLoader<number, RelationSlice> {
    const where =
      path.kind === "children"
        ? `children:${path.table.name}.${path.key}`
        : `edges:${path.source ?? path.edges.name}.${path.from}->${path.to}`;
    return this.memo(`${where}:${sliceKey(slice)}`, () => createRelationLoader(this.sql, this.knex, path, slice, this.options));
  }

  /** Rows of `entity` pointing at a parent through `key`, sliced per parent. */
  children(entity: EntityClass, key: string, slice: ListSlice = { first: RELATION_LIST_MAX }): DataLoader<number, RelationSlice> {
    return this.relation({ kind: "children", table: this.tables.of(entity), key }, slice);
  }

  /**
   * Edge rows of `edgeEntity` from one side, each with its `to` node joined in, sliced per parent. `source`
   * names another view of the same edges (editors' view of what was submitted with an initiative).
   */
  edges(
    edgeEntity: EntityClass,
    from: string,
    to: string,
    target: EntityClass,
    slice: ListSlice = { first: RELATION_LIST_MAX },
    source?: string,
  ): DataLoader<number, RelationSlice> {
    return this.relation({ kind: "edges", edges: this.tables.of(edgeEntity), from, to, target: this.tables.of(target), source }, slice);
  }

  /** Puts rows another statement already fetched into the by-id loader, so asking for them again is free. */
  prime(entity: EntityClass, rows: Iterable<Row>): void {
    const loader = this.node(entity);
    for (const row of rows) loader.prime(row.pk, row);
  }

  /** A loader under a key of the caller's (a field and its arguments), so repeated calls skip building the slice. */
  memoized<T extends DataLoader<any, any>>(key: string, create: () => T): T {
    return this.memo(`field:${key}`, create);
  }

  /** The loader kept for a list field asked with only `first` (found without a key made per parent: see `keepListLoader`). */
  keptListLoader(field: string, first: number): DataLoader<number, RelationSlice> | undefined {
    return this.listLoaders.get(field)?.get(first);
  }

  /** Keeps the loader of a list field asked with only `first`, under the field's own key and `first`. */
  keepListLoader(field: string, first: number, loader: DataLoader<number, RelationSlice>): DataLoader<number, RelationSlice> {
    let byFirst = this.listLoaders.get(field);
    if (!byFirst) this.listLoaders.set(field, (byFirst = new Map()));
    byFirst.set(first, loader);
    return loader;
  }

  private memo<T extends DataLoader<any, any>>(key: string, create: () => T): T {
    let loader = this.cache.get(key) as T | undefined;
    if (!loader) {
      loader = create();
      this.cache.set(key, loader);
    }
    return loader;
  }
}
