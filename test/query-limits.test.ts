import { MikroORM } from "@mikro-orm/postgresql";
import { createOrmConfig, DEFAULT_STATEMENT_TIMEOUT_MS } from "../src/mikro-orm.config";
import { QUERY_LIMITS } from "../src/server/query-limits.plugin";
import { createTestDatabase } from "./support/test-database";
import { startTestApp, type TestApp } from "./support/test-app";

/** `levels` nested relation walks: experiments -> institutions -> experiments -> ... */
function nested(levels: number): string {
  let inner = "slug";
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `institutions { institution { ${inner} } }` : `experiments { experiment { ${inner} } }`;
  return `{ experiment(slug: "cobra") { ${inner} } }`;
}

describe("bounds on what one operation may ask for, just under and just over each", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it(`depth: ${QUERY_LIMITS.maxDepth} levels pass, one more is QUERY_TOO_DEEP`, async () => {
    // experiment(1) + 2 per walk + slug(1): 5 walks = 12 levels, 6 walks = 14
    const under = await app.query(nested(5));
    expect(under.body.errors).toBeUndefined();
    const over = await app.query(`{ experiment(slug: "cobra") { institutions { institution { experiments { experiment { institutions { institution { experiments { experiment { institutions { institution { parts { name } } } } } } } } } } } } }`);
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_DEEP", depth: 13, maximum: 12 });
  });

  it(`aliases: ${QUERY_LIMITS.maxAliases} pass, ${QUERY_LIMITS.maxAliases + 1} are TOO_MANY_ALIASES`, async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: experiment(slug: "cobra") { slug }`).join(" ")} }`;
    const under = await app.query(aliased(QUERY_LIMITS.maxAliases));
    expect(under.body.errors).toBeUndefined();
    const over = await app.query(aliased(QUERY_LIMITS.maxAliases + 1));
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ALIASES", aliases: 31, maximum: 30 });
  });

  it(`cost: the 4-level walk of 100 experiments (344,401) passes, a page of 100 with one more nested list does not`, async () => {
    const walk = `{ experiments(first: 100) { totalCount nodes { slug institutions { role institution { name experiments { role experiment { slug specialties { level specialty { name } } } } } } } } }`;
    const under = await app.query(walk);
    expect(under.body.errors).toBeUndefined();
    const deeper = `query($first: Int) { experiments(first: $first) { totalCount nodes { slug institutions { role institution { name experiments { role experiment { slug specialties { level specialty { name experiments { experiment { slug } } } } } } } } } } }`;
    const over = await app.query(deeper, { first: 100 });
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(over.body.errors?.[0]?.extensions?.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    // the same shape with a small page is fine: the variable counts
    const smallPage = await app.query(deeper, { first: 2 });
    expect(smallPage.body.errors).toBeUndefined();
  });

  it("exempts introspection, so Sandbox can load the schema", async () => {
    const { body } = await app.query(`{ __schema { types { name fields { name args { name type { name ofType { name ofType { name ofType { name } } } } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
  });

  it("answers a batch of operations in one request with 400, not with many results", async () => {
    const response = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ query: "{ viewer { role } }" }, { query: "{ viewer { role } }" }]) });
    expect(response.status).toBe(400);
  });
});

describe("PostgreSQL statement timeout", () => {
  it("lets a statement just under the timeout finish and cancels one just over it", async () => {
    expect(DEFAULT_STATEMENT_TIMEOUT_MS).toBe(5000);
    const db = await createTestDatabase();
    const orm = await MikroORM.init(createOrmConfig(db.url, { statementTimeoutMs: 300 }));
    try {
      const connection = orm.em.getConnection();
      expect(await connection.execute(`show statement_timeout`)).toEqual([{ statement_timeout: "300ms" }]);
      await expect(connection.execute(`select pg_sleep(0.2)`)).resolves.toBeDefined();
      await expect(connection.execute(`select pg_sleep(0.5)`)).rejects.toThrow(/statement timeout/);
    } finally {
      await orm.close(true);
      await db.drop();
    }
  });
});
