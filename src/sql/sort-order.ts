import type { OrderDeclaration } from "../catalogue/catalogue.types";
import { userError } from "../platform/errors";
import type { NodeFilter } from "./node-filter";

/** The most keys one sort may have. */
export const MAX_SORT_KEYS = 5;

/** One key of a client's sort: a field, or how many items of a relation (those a filter keeps); `ASC` or `DESC`, nulls `FIRST` or `LAST`. */
export interface SortKey {
  field?: string | null;
  count?: Record<string, NodeFilter | null | undefined> | null;
  direction?: string | null;
  nulls?: string | null;
}

/** A key of a sort that counts a relation's items: its property in the order (`#count<i>`), the relation and the filter. */
export interface CountKey {
  property: string;
  relation: string;
  filter: NodeFilter;
}

/** A list's order made from a client's sort, named by its keys (a cursor belongs to the sort it was made in). */
export interface SortOrder {
  name: string;
  by: OrderDeclaration;
  /** The keys of `by` that count a relation (root lists only). */
  counts: CountKey[];
}

/** Whether an order property is a relation's count. */
export const isCountKey = (property: string) => property.startsWith("#count");

/** A client's sort as an order of the list; null when none is given. */
export function sortOrder(sort: readonly SortKey[] | null | undefined, orderBy?: unknown): SortOrder | null {
  if (!sort?.length) return null;
  if (orderBy) throw userError("Give `sort` or `orderBy`, not both.", { argumentName: "sort" });
  if (sort.length > MAX_SORT_KEYS)
    throw userError(`\`sort\` takes at most ${MAX_SORT_KEYS} keys.`, { argumentName: "sort", maximum: MAX_SORT_KEYS });
  const counts: CountKey[] = [];
  const by = sort.map((key, index) => {
    const relations = Object.entries(key.count ?? {}).filter(([, filter]) => filter !== null && filter !== undefined);
    if (key.field ? relations.length > 0 || key.count : relations.length !== 1)
      throw userError(`\`sort[${index}]\` takes a \`field\` or a \`count\` of one relation.`, { argumentName: "sort" });
    let property = key.field ?? "";
    if (!key.field) {
      property = `#count${counts.length}`;
      counts.push({ property, relation: relations[0]![0], filter: relations[0]![1]! });
    }
    return { property, descending: key.direction === "DESC", nullsLast: key.nulls !== "FIRST" };
  });
  const described = (property: string) => {
    const counted = counts.find((entry) => entry.property === property);
    return counted ? `count(${counted.relation}${JSON.stringify(counted.filter)})` : property;
  };
  const name = `sort:${by.map((key) => `${described(key.property)}${key.descending ? "-" : "+"}${key.nullsLast ? "" : "0"}`).join(",")}`;
  return { name, by, counts };
}
