import type { Knex } from "@mikro-orm/knex";
import type { Row } from "../catalogue/table";
import { orderByRaw, type OrderedReference } from "./keyset";

/**
 * Each row's place in its list's order, read as `__rank` (an `int`, so the driver gives a number): a statement
 * sent with others comes back among their rows, and the rows of a batch are put back in their order by it.
 */
export function rankColumn(knex: Knex, references: readonly OrderedReference[]): Knex.Raw {
  return knex.raw("(row_number() over (order by ?))::int as ??", [orderByRaw(knex, references), "__rank"]);
}

/** Rows put in their `__rank` order, in place; rows that arrive in it (nearly always) are only checked. */
export function inRankOrder(rows: Row[]): Row[] {
  for (let index = 1; index < rows.length; index++)
    if (rows[index - 1]!.__rank > rows[index]!.__rank) return rows.sort((a, b) => a.__rank - b.__rank);
  return rows;
}
