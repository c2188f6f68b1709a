import DataLoader from "dataloader";
import type { LoaderOptions } from "./loaders";
import type { Table } from "./table";
import { intArray, type Row, type SqlRunner } from "./sql-runner";

/** Rows of one table by primary key: one statement per batch. */
export function createNodeLoader(sql: SqlRunner, table: Table, options: LoaderOptions): DataLoader<number, Row | null> {
  return new DataLoader(async (pks) => {
    const results = await sql(`select ${table.select("t", "", options.projection?.fieldsOf(table.typename))} from "${table.name}" t where t."pk" = any(?::int[])`, [intArray(pks)]);
    const byPk = new Map(results.map((result) => [Number(result.pk), table.toRow(result)]));
    return pks.map((pk) => byPk.get(pk) ?? null);
  }, options);
}

/** Rows of one table by slug: one statement per batch. */
export function createSlugLoader(sql: SqlRunner, table: Table, options: LoaderOptions): DataLoader<string, Row | null> {
  return new DataLoader(async (slugs) => {
    const results = await sql(`select ${table.select("t", "", options.projection?.fieldsOf(table.typename))} from "${table.name}" t where t."slug" = any(?::text[])`, [textArray(slugs)]);
    const bySlug = new Map(results.map((result) => [String(result.slug), table.toRow(result)]));
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  }, options);
}

function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}
