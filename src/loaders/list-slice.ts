import { userError } from "../errors";

export const RELATION_LIST_DEFAULT = 100;
export const RELATION_LIST_MAX = 1000;

/** Which part of a relation list to load per parent: at most `first` rows, where `column = value` for each filter. */
export interface ListSlice {
  first: number;
  /** Property name -> value (enums from GraphQL arguments), applied in SQL before `first`. */
  where?: Record<string, string>;
}

/** A validated slice for a relation list field's `first` argument and optional filters. */
export function listSlice(first: number, where: Record<string, string | null | undefined> = {}): ListSlice {
  if (!Number.isInteger(first) || first < 0 || first > RELATION_LIST_MAX) {
    throw userError(`\`first\` must be between 0 and ${RELATION_LIST_MAX}, got ${first}.`, { argumentName: "first", maximum: RELATION_LIST_MAX });
  }
  const filters = Object.fromEntries(Object.entries(where).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return Object.keys(filters).length > 0 ? { first, where: filters } : { first };
}

/** SQL for the slice's filters on `alias` (resolved through `column`), with their parameters. */
export function sliceConditions(slice: ListSlice, alias: string, column: (property: string) => string): { sql: string; params: unknown[] } {
  const entries = Object.entries(slice.where ?? {});
  return { sql: entries.map(([property]) => ` and ${alias}."${column(property)}" = ?`).join(""), params: entries.map(([, value]) => value) };
}
