import { startTestApp, type TestApp } from "./support/test-app";

/** The four-level walk of the issue: experiments -> institutions -> experiments -> specialties (each relation paged, so its cost is under the limit). */
const FOUR_LEVELS = `{
  experiments(first: 100) {
    totalCount
    nodes {
      slug
      institutions(first: 10) { role institution { name experiments(first: 20) { role experiment { slug specialties(first: 10) { level specialty { name } } } } } }
    }
  }
}`;

function countLeaves(data: any): { experiments: number; nestedSpecialties: number } {
  let nestedSpecialties = 0;
  for (const experiment of data.experiments.nodes)
    for (const { institution } of experiment.institutions)
      for (const { experiment: inner } of institution.experiments) nestedSpecialties += inner.specialties.length;
  return { experiments: data.experiments.nodes.length, nestedSpecialties };
}

/** Adds `factor - 1` times the seeded experiments and institutions, linked to each other and to the seeded specialties. */
async function multiplyNetwork(app: TestApp, factor: number) {
  const connection = app.orm.em.getConnection();
  await connection.execute(`
    insert into institution (slug, name, type)
      select 'synthetic-institution-' || n, 'Synthetic institution ' || n, 'GENERAL_HOSPITAL'
      from generate_series(1, (select count(*) * ${factor - 1} from institution)) n`);
  await connection.execute(`
    insert into experiment (slug, kind, title, domains, goals, next_steps, status, reach_approximate)
      select 'synthetic-experiment-' || n, 'INITIATIVE', 'Synthetic experiment ' || n, '{TRANSMURAL}', '{}', '{}', 'RUNNING', false
      from generate_series(1, (select count(*) * ${factor - 1} from experiment)) n`);
  // every experiment gets three institutions and two specialties, chosen deterministically
  await connection.execute(`
    insert into experiment_institution (experiment_pk, institution_pk, role)
      select e.pk, i.pk, 'PARTNER'
      from experiment e
      join lateral (select pk from institution order by (pk * 7919 + e.pk * 104729) % 1000003 limit 3) i on true
      where e.slug like 'synthetic-%'`);
  await connection.execute(`
    insert into experiment_specialty (experiment_pk, specialty_pk, level)
      select e.pk, s.pk, 'RESIDENT'
      from experiment e
      join lateral (select pk from specialty order by (pk * 31 + e.pk * 17) % 101 limit 2) s on true
      where e.slug like 'synthetic-%'`);
}

describe("SQL statements per request", () => {
  let app: TestApp;
  beforeAll(async () => {
    // what the computation costs: the response cache would answer repeated queries with no statement at all
    app = await startTestApp({ responseCache: false });
  });
  afterAll(() => app.close());

  it("costs exactly 4 statements for a 4-level query on the seed data, and reports them in extensions", async () => {
    const { result, statements } = await app.countStatements(() => app.query(FOUR_LEVELS));
    expect(result.body.errors).toBeUndefined();
    expect(countLeaves(result.body.data).nestedSpecialties).toBeGreaterThan(20);
    expect(statements).toBe(4);
    expect(result.body.extensions?.sqlStatements).toBe(4);
  });

  it("still costs exactly 4 statements with ten times more rows", async () => {
    const before = countLeaves((await app.query(FOUR_LEVELS)).body.data);
    await multiplyNetwork(app, 10);
    const { result, statements } = await app.countStatements(() => app.query(FOUR_LEVELS));
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.experiments.totalCount).toBe(100);
    const after = countLeaves(result.body.data);
    expect(after.experiments).toBe(100);
    expect(after.nestedSpecialties).toBeGreaterThan(before.nestedSpecialties * 5);
    expect(statements).toBe(4);
  });

  it("costs one statement per level for every kind of relation", async () => {
    const query = `{
      institutions(first: 100) {
        nodes {
          partOf { name }
          parts { name }
          region { name }
          affiliations { position person { name profession { name } } }
          learningActivities { name }
          programmes { name }
        }
      }
    }`;
    const { result, statements } = await app.countStatements(() => app.query(query));
    expect(result.body.errors).toBeUndefined();
    // the page; then partOf, parts, region, affiliations (with person), learningActivities and programmes, sent
    // together as one statement; then profession
    expect(statements).toBe(3);
    // the same answer as each relation asked alone
    const alone = await Promise.all(
      [
        "partOf { name }",
        "parts { name }",
        "region { name }",
        "affiliations { position person { name profession { name } } }",
        "learningActivities { name }",
        "programmes { name }",
      ].map((field) => app.query(`{ institutions(first: 100) { nodes { ${field} } } }`)),
    );
    const merged = alone.reduce(
      (nodes: any[], { body }) => nodes.map((node, index) => ({ ...node, ...body.data.institutions.nodes[index] })),
      result.body.data.institutions.nodes.map(() => ({})),
    );
    expect(result.body.data.institutions.nodes).toEqual(merged);
  });

  it("answers node lookups of many types in one statement (one loader per type, sent together)", async () => {
    const page = await app.query(`{ experiments(first: 5) { nodes { id } } institutions(first: 5) { nodes { id } } }`);
    const ids = [...page.body.data.experiments.nodes, ...page.body.data.institutions.nodes].map((n: { id: string }) => n.id);
    const { result, statements } = await app.countStatements(() => app.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }));
    expect(result.body.data.nodes.map((n: { id: string }) => n.id)).toEqual(ids);
    expect(statements).toBe(1);
  });

  it("answers several root lists in one statement, each page in its order, with its total", async () => {
    const alone = await Promise.all(
      [
        `experiments(first: 3, sort: [{ field: title, direction: DESC }])`,
        `institutions(first: 4)`,
        `specialties(first: 2, filter: { name: { contains: "e" } })`,
      ].map(async (list) => (await app.query(`{ list: ${list} { totalCount nodes { slug } } }`)).body.data.list),
    );
    const { result, statements } = await app.countStatements(() =>
      app.query(`{ a: experiments(first: 3, sort: [{ field: title, direction: DESC }]) { totalCount nodes { slug } }
        b: institutions(first: 4) { totalCount nodes { slug } } c: specialties(first: 2, filter: { name: { contains: "e" } }) { totalCount nodes { slug } } }`),
    );
    expect(statements).toBe(1);
    expect([result.body.data.a, result.body.data.b, result.body.data.c]).toEqual(alone);
  });
});
