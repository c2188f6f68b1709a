import DataLoader from "dataloader";
import type { ListSlice } from "./list-slice";
import { sliceConditions } from "./list-slice";
import type { LoaderOptions } from "./loaders";
import type { Table } from "./table";
import { intArray, type Row, type SqlRunner } from "./sql-runner";

/**
 * The rows of `table` whose foreign key `foreignKey` points at each parent, at most `slice.first` per
 * parent (a window function keeps it to one statement per batch, however many parents).
 */
export function createChildrenLoader(sql: SqlRunner, table: Table, foreignKey: string, slice: ListSlice, options: LoaderOptions): DataLoader<number, Row[]> {
  const column = table.column(foreignKey);
  const filters = sliceConditions(slice, "t", (property) => table.column(property));
  return new DataLoader(async (parentPks) => {
    const results = await sql(
      `select * from (
         select ${table.select("t", "", options.projection?.fieldsOf(table.typename))},
                row_number() over (partition by t."${column}" order by ${table.defaultOrder("t")}) as "__rank"
           from "${table.name}" t where t."${column}" = any(?::int[])${filters.sql}
       ) ranked where "__rank" <= ? order by "__rank"`,
      [intArray(parentPks), ...filters.params, slice.first],
    );
    const byParent = new Map<number, Row[]>(parentPks.map((pk) => [pk, []]));
    for (const result of results) byParent.get(Number(result[`${foreignKey}Pk`]))?.push(table.toRow(result));
    return parentPks.map((pk) => byParent.get(pk) ?? []);
  }, options);
}
