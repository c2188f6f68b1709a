import { declarationOf, NODE_TYPE_NAMES, type NodeTypeName } from "../src/catalogue/node-types";
import { sortableFields } from "../src/catalogue/filterable-fields";
import { entityMetadata } from "../src/catalogue/entity-metadata";
import { decodeGlobalId } from "../src/catalogue/global-id";
import { Random } from "../src/app/synthetic/prng";
import { startTestApp, type TestApp } from "./support/test-app";

type Key = { field: string; direction: "ASC" | "DESC"; nulls: "FIRST" | "LAST" };

const TYPES = NODE_TYPE_NAMES.map((type) => {
  const entity = declarationOf(type).entity as never;
  return {
    type,
    list: declarationOf(type).list.name,
    fields: sortableFields(entity),
    meta: entityMetadata().get((entity as Function).name),
  };
}).filter(({ fields }) => fields.length > 0);

/**
 * `sort` on every root list: each sortable field, both directions, nulls first and last, one and two keys,
 * read page by page through the cursors and compared with the same ORDER BY in plain SQL over the anonymous
 * reader's views.
 */
describe("sorting every root list by any of its fields, with stable cursors", () => {
  let app: TestApp;
  let sorts = 0;
  let pages = 0;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    console.log(`sorts checked ${sorts}, pages read ${pages}`);
    await app.close();
  });

  /** The pks in the order plain SQL gives, over the view anonymous readers read. */
  async function expectedPks(meta: (typeof TYPES)[number]["meta"], keys: Key[]): Promise<number[]> {
    const column = (field: string) => (meta.properties as Record<string, { fieldNames: string[] }>)[field]!.fieldNames[0]!;
    const orderBy = keys.map(
      (key) => `"${column(key.field)}" ${key.direction === "DESC" ? "desc" : "asc"} nulls ${key.nulls === "FIRST" ? "first" : "last"}`,
    );
    const rows = await app.orm.em
      .getConnection()
      .execute(`select "pk" from "ipo_published"."${meta.tableName}" order by ${[...orderBy, `"pk" asc`].join(", ")}`);
    return rows.map((row) => Number(row.pk));
  }

  /** Every page of the list in that sort, `first` items at a time, by `endCursor`. */
  async function pagedPks(list: string, type: NodeTypeName, keys: Key[], first: number): Promise<number[]> {
    const pks: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 200; page++) {
      const { body } = await app.query(
        `query ($sort: [${type}Sort!], $after: String) { ${list}(first: ${first}, after: $after, sort: $sort) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { sort: keys, after },
      );
      expect({ keys, errors: body.errors }).toEqual({ keys, errors: undefined });
      pages += 1;
      pks.push(...body.data[list].nodes.map((node: { id: string }) => Number(decodeGlobalId(node.id).pk)));
      if (!body.data[list].pageInfo.hasNextPage) return pks;
      after = body.data[list].pageInfo.endCursor;
    }
    throw new Error("more than 200 pages");
  }

  it.each(TYPES.map(({ type }) => [type]))(
    "%s: every sortable field, both directions and both places of nulls, page by page",
    async (type) => {
      const { list, fields, meta } = TYPES.find((entry) => entry.type === type)!;
      for (const field of fields)
        for (const direction of ["ASC", "DESC"] as const)
          for (const nulls of ["FIRST", "LAST"] as const) {
            const keys = [{ field: field.name, direction, nulls }];
            expect({ keys, pks: await pagedPks(list, type as NodeTypeName, keys, 4) }).toEqual({
              keys,
              pks: await expectedPks(meta, keys),
            });
            sorts += 1;
          }
    },
  );

  it("experiments: 40 random sorts of two and three keys, page by page", async () => {
    const random = new Random(5);
    const { list, fields, meta } = TYPES.find((entry) => entry.type === "Experiment")!;
    for (let i = 0; i < 40; i++) {
      const keys: Key[] = Array.from({ length: 2 + random.int(2) }, () => ({
        field: random.pick(fields).name,
        direction: random.pick(["ASC", "DESC"] as const),
        nulls: random.pick(["FIRST", "LAST"] as const),
      }));
      expect({ keys, pks: await pagedPks(list, "Experiment", keys, 3) }).toEqual({ keys, pks: await expectedPks(meta, keys) });
      sorts += 1;
    }
  });

  it("a sorted list costs the statements an unsorted one does", async () => {
    const list = (sort: string) => `{ experiments(first: 5${sort}) { totalCount nodes { title } pageInfo { endCursor } } }`;
    const plain = await app.countStatements(() => app.query(list("")));
    const sorted = await app.countStatements(() => app.query(list(`, sort: [{ field: startYear, direction: DESC }, { field: title }]`)));
    expect(sorted.result.body.errors).toBeUndefined();
    expect(sorted.statements).toBe(plain.statements);
  });

  it("refuses sort with orderBy, more than 5 keys, and a cursor of another sort", async () => {
    const codeOf = async (query: string, variables?: Record<string, unknown>) =>
      (await app.query(query, variables)).body.errors?.[0]?.extensions?.code;
    expect(await codeOf(`{ experiments(sort: [{ field: title }], orderBy: TITLE) { totalCount } }`)).toBe("BAD_USER_INPUT");
    const six = Array.from({ length: 6 }, () => "{ field: title }").join(", ");
    expect(await codeOf(`{ experiments(sort: [${six}]) { totalCount } }`)).toBe("BAD_USER_INPUT");
    const { body } = await app.query(`{ experiments(first: 2, sort: [{ field: title }]) { pageInfo { endCursor } } }`);
    const cursor = body.data.experiments.pageInfo.endCursor;
    expect(
      await codeOf(
        `query ($after: String) { experiments(first: 2, after: $after, sort: [{ field: title, direction: DESC }]) { totalCount } }`,
        { after: cursor },
      ),
    ).toBe("BAD_USER_INPUT");
    expect(await codeOf(`query ($after: String) { experiments(first: 2, after: $after) { totalCount } }`, { after: cursor })).toBe(
      "BAD_USER_INPUT",
    );
  });
});
