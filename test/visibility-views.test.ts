import { Client } from "pg";
import { VISIBILITIES, visibilityViewsSql, type Visibility } from "../src/database/visibility";
import { createTestDatabase } from "./support/test-database";
import { connectDatabase } from "../src/database/connect";
import { readConfig } from "../src/config";

/** Every view of a schema with its definition as PostgreSQL prints it when that schema comes first on the path. */
async function definitions(client: Client, schema: string): Promise<Record<string, string>> {
  await client.query(`set local search_path = ${client.escapeIdentifier(schema)}, public`);
  const { rows } = await client.query<{ name: string; definition: string }>(`select c.relname as name, pg_get_viewdef(c.oid, true) as definition from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'v' order by 1`, [schema]);
  return Object.fromEntries(rows.map((row) => [row.name, row.definition]));
}

describe("the visibility views in the database are exactly what the rules in src/database/visibility.ts generate", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    const database = await connectDatabase({ ...readConfig({}), databaseUrl: db.url });
    await database.close();
  });
  afterAll(() => db.drop());

  it("per schema, view by view (a change of the rules needs `npm run migration:create`)", async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query("begin");
      const check: Record<Visibility, string> = { published: "ipo_check_published", editor: "ipo_check_editor" };
      for (const statement of visibilityViewsSql(check)) await client.query(statement);
      for (const visibility of Object.keys(VISIBILITIES) as Visibility[]) {
        const actual = await definitions(client, VISIBILITIES[visibility].schema);
        const generated = await definitions(client, check[visibility]);
        expect(Object.keys(actual).length).toBeGreaterThan(18);
        expect(actual).toEqual(generated);
      }
    } finally {
      await client.query("rollback");
      await client.end();
    }
  });
});
