import { entityMetadata } from "../src/catalogue/entity-metadata";
import { declarationOf, NODE_TYPE_NAMES, nodeEntities } from "../src/catalogue/node-types";

/**
 * A list order the database reads from an index (`<table>_list_order_index`, frozen into a migration) restates the
 * catalogue's default order in SQL: this keeps the two the same fact. Change the order and this fails until the
 * index (and a migration) follow.
 */
describe("list order indexes follow the catalogue's default orders", () => {
  const metadata = entityMetadata();
  const indexed = NODE_TYPE_NAMES.flatMap((type) => {
    const meta = metadata.get(nodeEntities[type].name);
    const index = meta.indexes.find((candidate) => candidate.name === `${meta.tableName}_list_order_index`);
    return index ? [[type, meta, index] as const] : [];
  });

  it("at least one list is read from such an index", () => {
    expect(indexed.length).toBeGreaterThan(0);
  });

  it.each(indexed.map(([type, meta, index]) => [type, meta, index]))("%s", (type, meta, index) => {
    const [defaultOrder] = Object.values(declarationOf(type).orders);
    const columns = [...defaultOrder!.by, { property: "pk", nullsLast: false, descending: false }].map((column) => {
      const name = meta.properties[column.property as never] as unknown as { fieldNames: string[] };
      return `"${name.fieldNames[0]}" ${column.descending ? "desc" : "asc"}${column.nullsLast ? " nulls last" : ""}`;
    });
    expect(index.expression).toBe(`create index "${meta.tableName}_list_order_index" on "${meta.tableName}" (${columns.join(", ")})`);
  });
});
