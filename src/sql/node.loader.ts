import type { Knex } from "@mikro-orm/knex";
import DataLoader from "dataloader";
import { StatementSlots } from "./compiled-statement";
import { intArray, textArray, type SqlRunner } from "./sql-runner";
import { StatementCache } from "./statement-cache";
import { type Table, type Row } from "../catalogue/table";
import { type LoaderOptions } from "./loader-options";

const statements = new StatementCache();

/** Rows of one table by a unique column (`pk` or `slug`): one statement per batch. */
function createUniqueLoader<K extends number | string>(
  sql: SqlRunner,
  knex: Knex,
  table: Table,
  property: "pk" | "slug",
  options: LoaderOptions,
): DataLoader<K, Row | null> {
  const fields = options.projection?.fieldsOf(table.typename);
  const statement = statements.get(JSON.stringify([table.name, property, [...(fields ?? ["*"])].sort()]), () => {
    const slots = new StatementSlots();
    const cast = property === "pk" ? "int" : "text";
    return slots.compile(
      knex
        .select(table.select(knex, "t", "", fields))
        .from({ t: table.name })
        .whereRaw(`?? = any(?::${cast}[])`, [`t.${table.column(property)}`, slots.value("keys")]),
    );
  });
  return new DataLoader<K, Row | null>(async (keys) => {
    const results = await sql.run(statement, {
      keys: property === "pk" ? intArray(keys as readonly number[]) : textArray(keys as readonly string[]),
    });
    const byKey = new Map(results.map((result) => [property === "pk" ? Number(result.pk) : String(result.slug), table.toRow(result)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, options);
}

/** Rows of one table by primary key. */
export function createNodeLoader(sql: SqlRunner, knex: Knex, table: Table, options: LoaderOptions): DataLoader<number, Row | null> {
  return createUniqueLoader<number>(sql, knex, table, "pk", options);
}

/** Rows of one table by slug. */
export function createSlugLoader(sql: SqlRunner, knex: Knex, table: Table, options: LoaderOptions): DataLoader<string, Row | null> {
  return createUniqueLoader<string>(sql, knex, table, "slug", options);
}
