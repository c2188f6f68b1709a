import DataLoader from "dataloader";
import type { LoaderOptions } from "./loaders";
import type { Table } from "./table";
import { intArray, type Row, type SqlRunner } from "./sql-runner";

/** All rows of `table` whose foreign key `foreignKey` points at each parent: one statement per batch. */
export function createChildrenLoader(sql: SqlRunner, table: Table, foreignKey: string, options: LoaderOptions): DataLoader<number, Row[]> {
  const column = table.column(foreignKey);
  return new DataLoader(async (parentPks) => {
    const results = await sql(
      `select ${table.select("t", "", options.projection?.fieldsOf(table.typename))} from "${table.name}" t where t."${column}" = any(?::int[]) order by ${table.defaultOrder("t")}`,
      [intArray(parentPks)],
    );
    const byParent = new Map<number, Row[]>(parentPks.map((pk) => [pk, []]));
    for (const result of results) byParent.get(Number(result[`${foreignKey}Pk`]))?.push(table.toRow(result));
    return parentPks.map((pk) => byParent.get(pk) ?? []);
  }, options);
}
