import { userError } from "../platform/errors";
import type { KeysetValues } from "./keyset-cursor";

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
  return JSON.stringify([slice.first, slice.where ?? null, slice.after ?? null, slice.page ?? null]);
}
