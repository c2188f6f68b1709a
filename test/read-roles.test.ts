import { Client } from "pg";
import { ensureReadRoles, READ_ROLES } from "../src/database/read-roles";
import type { Visibility } from "../src/database/read-pools";
import { startTestApp, type TestApp } from "./support/test-app";

/** Statements a read connection must not be able to run, whatever the SQL a resolver sends. */
const FORBIDDEN = [
  `select count(*) from public.experiment`,
  `select count(*) from "public"."person"`,
  `select count(*) from public.submission`,
  `select count(*) from public.audit_event`,
  `select count(*) from public.mikro_orm_migrations`,
  `select count(*) from ipo_limits.rate_limit`,
  `update experiment set title = 'x'`,
  `delete from person`,
  `insert into region (slug, name) values ('x', 'x')`,
  `set role postgres`,
  `create table public.sneaky (x int)`,
];

describe("reads run as database roles that can only read their views", () => {
  let app: TestApp;
  let urls: Record<Visibility, string>;
  beforeAll(async () => {
    app = await startTestApp();
    urls = await ensureReadRoles(app.databaseUrl);
    // something only editors may see, and something nobody reads
    const submitted = await app.query(
      `mutation { submitInitiative(input: { title: "Alleen voor redacteuren", summary: "x", submitter: { name: "A", email: "a@example.nl" } }) { id } }`,
    );
    expect(submitted.body.errors).toBeUndefined();
  });
  afterAll(() => app.close());

  async function asRole<T>(visibility: Visibility, run: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: urls[visibility] });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  }

  for (const visibility of Object.keys(READ_ROLES) as Visibility[]) {
    it(`${READ_ROLES[visibility].role}: the tables, the counters and writes are refused; its views answer`, async () => {
      await asRole(visibility, async (client) => {
        expect((await client.query(`select current_user as role`)).rows[0].role).toBe(READ_ROLES[visibility].role);
        for (const statement of FORBIDDEN) {
          await expect(client.query(statement)).rejects.toThrow(/permission denied|must be owner|not allowed|cannot|does not exist/);
        }
        const { rows } = await client.query(`select count(*)::int as n from ${READ_ROLES[visibility].schema}.experiment`);
        expect(rows[0].n).toBeGreaterThan(0);
      });
    });
  }

  it("the published role cannot read the editors' views, and sees no submitted experiment through its own", async () => {
    await asRole("published", async (client) => {
      await expect(client.query(`select count(*) from ipo_editor.experiment`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`select count(*) from ipo_editor.submission`)).rejects.toThrow(/permission denied/);
      const { rows } = await client.query(`select count(*)::int as n from ipo_published.experiment where state <> 'PUBLISHED'`);
      expect(rows[0].n).toBe(0);
      expect((await client.query(`select count(*)::int as n from ipo_published.submission`)).rows[0].n).toBe(0);
    });
    await asRole("editor", async (client) => {
      const { rows } = await client.query(`select count(*)::int as n from ipo_editor.experiment where state = 'SUBMITTED'`);
      expect(rows[0].n).toBe(1);
    });
  });

  it("running again (a second replica starting) changes nothing and keeps the same credentials", async () => {
    expect(await ensureReadRoles(app.databaseUrl)).toEqual(urls);
  });
});
