import { Client } from "pg";
import { VISIBILITIES, visibilityFunctions, visibilityTriggersSql, visibilityViewsSql, type Visibility } from "../src/database/visibility";
import { createTestDatabase } from "./support/test-database";
import { connectDatabase } from "../src/database/connect";
import { readConfig } from "../src/app/config";

/** Every view of a schema with its definition as PostgreSQL prints it when that schema comes first on the path. */
async function definitions(client: Client, schema: string): Promise<Record<string, string>> {
  await client.query(`set local search_path = ${client.escapeIdentifier(schema)}, public`);
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select c.relname as name, pg_get_viewdef(c.oid, true) as definition from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'v' order by 1`,
    [schema],
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.definition]));
}

/** The visibility functions of the public schema with their bodies. */
async function functionBodies(client: Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ name: string; body: string }>(
    `select p.proname as name, p.prosrc as body from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and p.proname like 'ipo\\_visibility\\_%' order by 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.body]));
}

/** The visibility triggers of the public tables as PostgreSQL prints them. */
async function triggers(client: Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select c.relname || '.' || t.tgname as name, pg_get_triggerdef(t.oid) as definition from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and t.tgname like 'ipo\\_visibility%' and not t.tgisinternal order by 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.definition]));
}

describe("the visibility views, functions and triggers in the database are exactly what the rules in src/database/visibility.ts generate", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    const database = await connectDatabase({ ...readConfig({}), databaseUrl: db.url });
    await database.close();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });
  beforeEach(() => client.query("begin"));
  afterEach(() => client.query("rollback"));

  it("per schema, view by view (a change of the rules needs `npm run migration:create`)", async () => {
    const check: Record<Visibility, string> = { published: "ipo_check_published", editor: "ipo_check_editor" };
    for (const statement of visibilityViewsSql(check)) await client.query(statement);
    for (const visibility of Object.keys(VISIBILITIES) as Visibility[]) {
      const actual = await definitions(client, VISIBILITIES[visibility].schema);
      const generated = await definitions(client, check[visibility]);
      expect(Object.keys(actual).length).toBeGreaterThan(18);
      expect(actual).toEqual(generated);
    }
  });

  it("function by function, body by body", async () => {
    const generated = Object.fromEntries(visibilityFunctions().map(({ name, body }) => [name, body]));
    expect(Object.keys(generated).length).toBeGreaterThan(20);
    expect(await functionBodies(client)).toEqual(generated);
  });

  it("trigger by trigger: the same set, unchanged when the generated DDL is run again", async () => {
    const before = await triggers(client);
    const generated = visibilityTriggersSql();
    expect(Object.keys(before)).toHaveLength(generated.length);
    for (const statement of generated) await client.query(statement);
    expect(await triggers(client)).toEqual(before);
  });
});
