import type { OrderDeclaration } from "../catalogue/catalogue.types";
import { userError } from "../platform/errors";

/** The most keys one sort may have. */
export const MAX_SORT_KEYS = 5;

/** One key of a client's sort: a field, `ASC` or `DESC`, nulls `FIRST` or `LAST`. */
export interface SortKey {
  field: string;
  direction?: string | null;
  nulls?: string | null;
}

/** A list's order made from a client's sort, named by its keys (a cursor belongs to the sort it was made in). */
export interface SortOrder {
  name: string;
  by: OrderDeclaration;
}

/** A client's sort as an order of the list; null when none is given. */
export function sortOrder(sort: readonly SortKey[] | null | undefined, orderBy?: unknown): SortOrder | null {
  if (!sort?.length) return null;
  if (orderBy) throw userError("Give `sort` or `orderBy`, not both.", { argumentName: "sort" });
  if (sort.length > MAX_SORT_KEYS)
    throw userError(`\`sort\` takes at most ${MAX_SORT_KEYS} keys.`, { argumentName: "sort", maximum: MAX_SORT_KEYS });
  const by = sort.map((key) => ({ property: key.field, descending: key.direction === "DESC", nullsLast: key.nulls !== "FIRST" }));
  const name = `sort:${by.map((key) => `${key.property}${key.descending ? "-" : "+"}${key.nullsLast ? "" : "0"}`).join(",")}`;
  return { name, by };
}
