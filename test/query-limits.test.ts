import { MikroORM } from "@mikro-orm/postgresql";
import { createOrmConfig, DEFAULT_STATEMENT_TIMEOUT_MS } from "../src/database/mikro-orm.config";
import { DEFAULT_REQUEST_LIMITS as LIMITS } from "../src/features/limits/request-limits";
import { createTestDatabase } from "./support/test-database";
import { startTestApp, type TestApp } from "./support/test-app";

/** `levels` nested relation walks: experiments -> institutions -> experiments -> ... */
function nested(levels: number): string {
  let inner = "slug";
  for (let i = 0; i < levels; i++)
    inner = i % 2 === 0 ? `institutions(first: 2) { institution { ${inner} } }` : `experiments(first: 2) { experiment { ${inner} } }`;
  return `{ experiment(slug: "cobra") { ${inner} } }`;
}

/** Fragments that each spread the next one twice: 2^levels selections from about 1 KB of text. */
function doublingFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Experiment { ...F${i + 1} ...F${i + 1} }`);
  return `query { experiments { nodes { ...F0 } } }\n${fragments.join("\n")}\nfragment F${levels} on Experiment { title }`;
}

/** CPU time this process spends (the server runs in it) while `run` runs, in ms. */
async function cpuMsOf<T>(run: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

describe("bounds on what one operation may ask for, just under and just over each", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it(`depth: ${LIMITS.maxDepth} levels pass, one more is QUERY_TOO_DEEP`, async () => {
    // experiment(1) + 2 per walk + slug(1): 5 walks = 12 levels, 6 walks = 14
    const under = await app.query(nested(5));
    expect(under.body.errors).toBeUndefined();
    const over = await app.query(
      `{ experiment(slug: "cobra") { institutions { institution { experiments { experiment { institutions { institution { experiments { experiment { institutions { institution { parts { name } } } } } } } } } } } } }`,
    );
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_DEEP", depth: 13, maximum: 12 });
  });

  it("depth counts through fragments", async () => {
    const over = await app.query(
      `{ experiment(slug: "cobra") { ...A } } fragment A on Experiment { institutions { institution { experiments { experiment { institutions { institution { experiments { experiment { institutions { institution { parts { name } } } } } } } } } } } }`,
    );
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_DEEP", depth: 13 });
  });

  it(`aliases: ${LIMITS.maxAliases} pass, ${LIMITS.maxAliases + 1} are TOO_MANY_ALIASES`, async () => {
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: experiment(slug: "cobra") { slug }`).join(" ")} }`;
    const under = await app.query(aliased(LIMITS.maxAliases));
    expect(under.body.errors).toBeUndefined();
    const over = await app.query(aliased(LIMITS.maxAliases + 1));
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ALIASES", aliases: 31, maximum: 30 });
  });

  it(`directives: ${LIMITS.maxDirectives} pass, one more is TOO_MANY_DIRECTIVES`, async () => {
    const directed = (count: number) => `{ experiment(slug: "cobra") { ${"slug @include(if: true) ".repeat(count)} } }`;
    expect((await app.query(directed(LIMITS.maxDirectives))).body.errors).toBeUndefined();
    const over = await app.query(directed(LIMITS.maxDirectives + 1));
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_DIRECTIVES", directives: LIMITS.maxDirectives + 1 });
  });

  it("cost: a relation list counts as the most items one parent has in it (at most its `first`): the 4-level walk of 100 experiments runs without `first`", async () => {
    const walk = (first: string) =>
      `{ experiments(first: 100) { totalCount nodes { slug institutions${first} { role institution { name experiments${first} { role experiment { slug specialties${first} { level specialty { name } } } } } } } } }`;
    const defaults = await app.query(walk(""));
    expect(defaults.body.errors).toBeUndefined();
    expect(defaults.body.data.experiments.nodes.length).toBeGreaterThan(5);
    // the estimate, computed another way: the fan-outs by plain SQL, the rule (1 + items x children) by hand
    const fanOut = async (table: string, column: string) =>
      (
        await app.orm.em
          .getConnection()
          .execute(`select coalesce(max(n), 0)::int as n from (select count(*) as n from "${table}" group by "${column}") t`)
      )[0].n as number;
    const institutionsPerExperiment = await fanOut("experiment_institution", "experiment_pk");
    const experimentsPerInstitution = await fanOut("experiment_institution", "institution_pk");
    const specialtiesPerExperiment = await fanOut("experiment_specialty", "experiment_pk");
    expect(Math.min(institutionsPerExperiment, experimentsPerInstitution, specialtiesPerExperiment)).toBeGreaterThan(1);
    const expected = (first: number) => {
      const specialties = 1 + Math.min(first, specialtiesPerExperiment) * (1 + 2);
      const experiment = 1 + 1 + specialties;
      const experiments = 1 + Math.min(first, experimentsPerInstitution) * (1 + experiment);
      const institution = 1 + 1 + experiments;
      const institutions = 1 + Math.min(first, institutionsPerExperiment) * (1 + institution);
      return 1 + 100 * (1 + (1 + 1 * (1 + institutions)));
    };
    const measure = await startTestApp({ limits: { maxCost: 1 } });
    try {
      const costOf = async (query: string) => (await measure.query(query)).body.errors?.[0]?.extensions?.cost;
      expect(await costOf(walk(""))).toBe(expected(100));
      expect(await costOf(walk("(first: 100)"))).toBe(expected(100));
      // a smaller `first` than the data holds counts as itself
      expect(await costOf(walk("(first: 1)"))).toBe(expected(1));
      expect(expected(1)).toBeLessThan(expected(100));
      // every relation list at 100 would be 40 million: the walk was refused before the fan-outs
      expect(1 + 100 * (3 + 100 * (3 + 100 * (4 + 100 * 3)))).toBeGreaterThan(LIMITS.maxCost);
    } finally {
      await measure.close();
    }
  });

  it("cost: the fan-outs follow the data (read every COST_FAN_OUT_REFRESH_SECONDS)", async () => {
    const followed = await startTestApp({ limits: { maxCost: 1 }, work: { costFanOutRefreshSeconds: 1 } });
    try {
      const query = `{ institution(slug: "lumc") { experiments { role } } }`;
      const costOf = async () => (await followed.query(query)).body.errors?.[0]?.extensions?.cost as number;
      const connection = followed.orm.em.getConnection();
      const largest = async () =>
        (
          await connection.execute(
            `select max(n)::int as n from (select count(*) as n from "experiment_institution" group by "institution_pk") t`,
          )
        )[0].n as number;
      const before = await largest();
      expect(await costOf()).toBe(2 + before);
      // LUMC takes part in every experiment: its list is now the longest
      await connection.execute(
        `insert into "experiment_institution" ("experiment_pk", "institution_pk", "role")
         select e."pk", i."pk", 'PARTNER' from "experiment" e, "institution" i
         where i."slug" = 'lumc' and not exists (select 1 from "experiment_institution" x where x."experiment_pk" = e."pk" and x."institution_pk" = i."pk")`,
      );
      const after = await largest();
      expect(after).toBeGreaterThan(before);
      const deadline = Date.now() + 5_000;
      while ((await costOf()) !== 2 + after && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await costOf()).toBe(2 + after);
    } finally {
      await followed.close();
    }
  });

  it(`the 24-level doubling-fragment document is refused within 100 ms of server CPU, and a plain query sent meanwhile is answered`, async () => {
    const document = doublingFragments(24);
    expect(document.length).toBeLessThan(1300);
    const plain = app.query(`{ experiment(slug: "cobra") { title } }`);
    const { result: refused, cpuMs } = await cpuMsOf(() => app.query(document));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(cpuMs).toBeLessThan(100);
    expect((await plain).body.data.experiment.title).toMatch(/^COBRA/);
    console.log(`doubling fragments, 24 levels: refused in ${cpuMs.toFixed(1)} ms of CPU`);
  });

  it(`tokens: a document of ${LIMITS.maxTokens} tokens is parsed, one with more is refused while parsing`, async () => {
    // "{ nodes(ids: [" is 6 tokens, "]) { id } }" 6, each id 1
    const withTokens = (n: number) => `{ nodes(ids: [${'"x" '.repeat(n - 12)}]) { id } }`;
    const under = await app.query(withTokens(LIMITS.maxTokens));
    expect(under.body.errors?.[0]?.extensions?.code).not.toBe("GRAPHQL_PARSE_FAILED");
    const over = await app.query(withTokens(LIMITS.maxTokens + 1));
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(over.body.errors?.[0]?.message).toMatch(/5000 tokens/);
  });

  it("exempts introspection, so Sandbox can load the schema", async () => {
    const { body } = await app.query(
      `{ __schema { types { name fields { name args { name type { name ofType { name ofType { name ofType { name } } } } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
  });

  it("answers a batch of operations in one request with 400, not with many results", async () => {
    const response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ viewer { role } }" }, { query: "{ viewer { role } }" }]),
    });
    expect(response.status).toBe(400);
  });
});

describe("the three requests that used to exhaust the heap", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function stillAnswers() {
    const { body } = await app.query(`{ experiment(slug: "cobra") { title } }`);
    expect(body.data.experiment.title).toMatch(/^COBRA/);
  }

  it("170 bytes of nested relation lists without `first` are estimated by what the data holds, and answered within the row bound", async () => {
    const query = `{ experiments { nodes { institutions { institution { experiments { experiment { people { person { affiliations { institution { name } } } } } } } } } } }`;
    expect(query.length).toBeLessThan(180);
    // it was refused when every list counted as 100 (an estimate of 10^12); on the seed it holds a few thousand fields
    const response = await app.query(query);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.experiments.nodes.length).toBeGreaterThan(0);
    await stillAnswers();
  });

  it(`5,000 \`_entities\` representations of one experiment are refused; ${LIMITS.maxRepresentations} with a small selection are answered`, async () => {
    const { body } = await app.query(`{ experiment(slug: "cobra") { id } }`);
    const representation = { __typename: "Experiment", id: body.data.experiment.id };
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Experiment { title people { person { name affiliations { institution { name } } } } } } }`;
    const refused = await app.query(query, { representations: Array(5000).fill(representation) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_REPRESENTATIONS", representations: 5000 });
    const answered = await app.query(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Experiment { title } } }`,
      { representations: Array(LIMITS.maxRepresentations).fill(representation) },
    );
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data._entities).toHaveLength(LIMITS.maxRepresentations);
    await stillAnswers();
  });

  it("a document of 10,000 fields (60 KB) is refused while parsing; a 938 KB one before it is parsed", async () => {
    const query = `{ experiment(slug: "cobra") { ${"title ".repeat(10_000)}} }`;
    expect(query.length).toBeLessThan(LIMITS.maxDocumentBytes);
    const tokens = await app.query(query);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const padded = `{ experiment(slug: "cobra") { ${"title               ".repeat(47_000)}} }`; // about 940 KB, under the 1 MB body limit
    const large = await app.query(padded);
    expect(large.status).toBe(413);
    expect(large.body.errors?.[0]?.extensions).toMatchObject({ code: "DOCUMENT_TOO_LARGE", maximum: LIMITS.maxDocumentBytes });
    await stillAnswers();
  });
});

describe("limits set through the environment, just under and just over", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ limits: { maxRowsPerRequest: 10, maxCost: 1_000 } });
  });
  afterAll(() => app.close());

  it("cost: variables count", async () => {
    const query = `query($a: Int, $b: Int) { institutions(first: $a) { nodes { experiments(first: $b) { experiment { slug title } } } } }`;
    // the connection, then per institution: nodes 1 + experiments 1 + per experiment (edge 1 + slug 1 + title 1);
    // a relation list counts as at most the most experiments an institution has (2 is below it on the seed)
    const cost = (a: number, b: number) => 1 + a * (1 + 1 + b * 3);
    expect(cost(124, 2)).toBeLessThanOrEqual(1_000);
    expect(cost(125, 2)).toBeGreaterThan(1_000);
    const under = await app.query(query, { a: 124, b: 2 });
    expect((under.body.errors ?? []).map((e) => e.extensions?.code)).not.toContain("QUERY_TOO_COMPLEX");
    const over = await app.query(query, { a: 125, b: 2 });
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", cost: cost(125, 2), maximum: 1_000 });
  });

  it("a request that reads more rows than RESULT_MAX_ROWS is stopped with RESULT_TOO_LARGE; just under is answered", async () => {
    {
      const count = (await app.query(`{ people(first: 0) { totalCount } }`)).body.data.people.totalCount as number;
      expect(count).toBeGreaterThan(10);
      // one statement, which reads one row more than the page to tell whether a next page exists
      const under = await app.query(`{ people(first: 9) { nodes { name } } }`);
      expect(under.body.errors).toBeUndefined();
      const over = await app.query(`{ people(first: 10) { nodes { name } } }`);
      expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "RESULT_TOO_LARGE", maximumRows: 10 });
    }
  });
});

describe("RESULT_MAX_BYTES and RESPONSE_MAX_BYTES: bytes of row data and of the answer per request", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ limits: { maxBytesPerRequest: 4_000, maxResponseBytes: 3_000 } });
  });
  afterAll(() => app.close());

  it("a request that reads more text than the budget is stopped with RESULT_TOO_LARGE; a small one is answered", async () => {
    const [{ total }] = await app.orm.em.getConnection().execute(`select sum(length("summary"))::int as total from "experiment"`);
    expect(total).toBeGreaterThan(4_000);
    const under = await app.query(`{ experiment(slug: "cobra") { title } }`);
    expect(under.body.errors).toBeUndefined();
    const over = await app.query(`{ experiments(first: 50) { nodes { summary } } }`);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: "RESULT_TOO_LARGE", maximumBytes: 4_000 });
  });

  it("an answer that repeats one row past RESPONSE_MAX_BYTES is replaced by RESULT_TOO_LARGE; the row once is answered", async () => {
    const [{ length }] = await app.orm.em
      .getConnection()
      .execute(`select length("summary")::int as length from "experiment" where "slug" = 'cobra'`);
    const copies = Math.ceil(3_000 / length) + 1;
    expect(copies).toBeLessThanOrEqual(30);
    const once = await app.query(`{ experiment(slug: "cobra") { summary } }`);
    expect(once.body.errors).toBeUndefined();
    // one row read (the loader asks once), the answer holds it `copies` times
    const repeated = await app.query(
      `{ ${Array.from({ length: copies }, (_, index) => `c${index}: experiment(slug: "cobra") { summary }`).join(" ")} }`,
    );
    expect(repeated.body.data).toBeNull();
    expect(repeated.body.errors?.[0]?.extensions).toMatchObject({ code: "RESULT_TOO_LARGE", maximumBytes: 3_000 });
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
