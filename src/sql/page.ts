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
}
