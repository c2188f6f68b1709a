import type { Table } from "../catalogue/table";
import type { ListSlice } from "./list-slice";
import type { RelationPath } from "./relation.loader";
import type { Where } from "./where";

/** How many items a top-level connection (and a relation connection per parent) returns at most. */
export const MAX_PAGE_SIZE = 100;
/** How many items a connection returns when `first` is omitted. */
export const DEFAULT_PAGE_SIZE = 20;

/** Which page to read: `first` items after the cursor `after`. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Where a page sits in its list (the shape of Relay's `PageInfo`). */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** One page of a list as a Relay connection serves it. */
export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
  /** The items behind the page, for the connection's aggregates: a list's table and conditions, or a relation and its parent. */
  items?: ConnectionItems;
}

/** Which items a connection pages through (all pages), as its aggregates read them. */
export type ConnectionItems =
  | { kind: "list"; table: Table; from: string; where: Where }
  | { kind: "relation"; path: RelationPath; slice: ListSlice; parent: number };
