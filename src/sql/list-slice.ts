import { userError } from "../platform/errors";
import type { KeysetValues } from "./keyset-cursor";
import { filterShape, filterValues, type FilterCondition } from "./node-filter";
import type { SortOrder } from "./sort-order";

export const RELATION_LIST_DEFAULT = 100;
export const RELATION_LIST_MAX = 1000;

/** Which part of a relation list to load per parent. */
export interface ListSlice {
  /** At most this many rows per parent. */
  first: number;
  /** Property name -> value (enums from GraphQL arguments), applied in SQL before `first`. */
  where?: Record<string, string>;
  /** Only rows after this position in the list's order (a decoded cursor). */
  after?: KeysetValues;
  /** A connection: one row more tells whether a next page exists; `count` adds each parent's total. */
  page?: { count: boolean };
  /** A client's filter on the items (on alias `t` for children, `e` for edges), its values bound per run. */
  filter?: FilterCondition;
  /** A client's sort: the children's own fields, or an edge list's other end's fields. */
  order?: SortOrder;
}

/** A validated slice for a relation list field's `first` argument and optional filters. */
export function listSlice(first: number, where: Record<string, string | null | undefined> = {}, maximum = RELATION_LIST_MAX): ListSlice {
  if (!Number.isInteger(first) || first < 0 || first > maximum) {
    throw userError(`\`first\` must be between 0 and ${maximum}, got ${first}.`, { argumentName: "first", maximum });
  }
  const filters = Object.fromEntries(Object.entries(where).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return Object.keys(filters).length > 0 ? { first, where: filters } : { first };
}

/** A stable key of a slice, for the loader cache: loaders are shared by fields asking for the same slice. */
export function sliceKey(slice: ListSlice): string {
  return JSON.stringify([
    slice.first,
    slice.where ?? null,
    slice.after ?? null,
    slice.page ?? null,
    slice.filter ? [filterShape(slice.filter), filterValues(slice.filter)] : null,
    slice.order?.name ?? null,
  ]);
}
