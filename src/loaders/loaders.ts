import type DataLoader from "dataloader";
import { createChildrenLoader } from "./children.loader";
import { RELATION_LIST_MAX, type ListSlice } from "./list-slice";
import { createEdgeLoader } from "./edge.loader";
import { createNodeLoader, createSlugLoader } from "./node.loader";
import type { Row, SqlRunner } from "./sql-runner";
import type { EntityClass } from "./table";
import type { Projection } from "./projection";
import type { Tables } from "./tables";

export interface LoaderOptions {
  /** false sends one statement per load: only for measuring what batching buys. */
  batch: boolean;
  /** Which columns of each table the request needs; every column when absent. */
  projection?: Projection;
}

/**
 * The DataLoaders of one request, one per access path, created on first use. Every path costs one
 * statement per batch, so a list field costs one statement per nesting level whatever its length.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<any, any>>();

  constructor(
    private readonly sql: SqlRunner,
    private readonly tables: Tables,
    private readonly options: LoaderOptions = { batch: true },
  ) {}

  /** Rows by primary key. */
  node(entity: EntityClass): DataLoader<number, Row | null> {
    return this.memo(`node:${entity.name}`, () => createNodeLoader(this.sql, this.tables.of(entity), this.options));
  }

  /** Rows by slug. */
  slug(entity: EntityClass): DataLoader<string, Row | null> {
    return this.memo(`slug:${entity.name}`, () => createSlugLoader(this.sql, this.tables.of(entity), this.options));
  }

  /** Rows of `entity` pointing at a parent through `foreignKey`, sliced per parent. One loader per path and slice. */
  children(entity: EntityClass, foreignKey: string, slice: ListSlice = { first: RELATION_LIST_MAX }): DataLoader<number, Row[]> {
    return this.memo(`children:${entity.name}.${foreignKey}:${JSON.stringify(slice)}`, () => createChildrenLoader(this.sql, this.tables.of(entity), foreignKey, slice, this.options));
  }

  /**
   * Edge rows of `edgeEntity` from one side, each with its `to` node joined in, sliced per parent. `source`
   * names another view of the same edges (editors' view of what was submitted with an initiative).
   */
  edges(edgeEntity: EntityClass, from: string, to: string, target: EntityClass, slice: ListSlice = { first: RELATION_LIST_MAX }, source?: string): DataLoader<number, Row[]> {
    return this.memo(`edges:${source ?? edgeEntity.name}.${from}->${to}:${JSON.stringify(slice)}`, () => {
      const edges = this.tables.of(edgeEntity);
      return createEdgeLoader(this.sql, source ? { ...edges, name: source } : edges, from, to, this.tables.of(target), slice, this.options);
    });
  }

  /** Puts rows another statement already fetched into the by-id loader, so asking for them again is free. */
  prime(entity: EntityClass, rows: Iterable<Row>): void {
    const loader = this.node(entity);
    for (const row of rows) loader.prime(row.pk, row);
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
