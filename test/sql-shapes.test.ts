import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The SQL a dozen representative operations become, kept as snapshots (`__snapshots__/sql-shapes.test.ts.snap`)
 * so that a change in its shape shows up in review. Statements are normalised: literals become `?`, whitespace
 * is collapsed, the ORM's log decorations are dropped; placeholders (`$1`) and identifiers stay.
 * After an intended change: `npx jest test/sql-shapes.test.ts -u`, and read the diff.
 */
function normalised(statement: string): string {
  return statement
    .replace(/\x1b\[[0-9;]*m/g, "")
    .replace(/^\[query\]\s*/, "")
    .replace(/\s*\[took [^\]]*\]\s*$/, "")
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\b\d+(\.\d+)?\b/g, "?")
    .replace(/\s+/g, " ")
    .trim();
}

const OPERATIONS: Array<{ name: string; query: string; variables?: (app: TestApp) => Promise<Record<string, unknown>>; as?: "EDITOR" }> = [
  {
    name: "a nested list, four levels",
    query: `{ experiments(first: 3) { nodes { title institutions { role institution { name experiments(first: 10) { experiment { title specialties(first: 10) { specialty { name } } } } } } } } }`,
  },
  {
    name: "a root connection with filters, an order and the total",
    query: `{ experiments(first: 5, kind: EXPERIMENT, domain: TRANSMURAL, orderBy: START_YEAR) { totalCount edges { cursor node { title startYear } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "a nested connection with a filter on the edge",
    query: `{ institutions(first: 5) { nodes { name experimentsConnection(first: 2, role: LEAD) { totalCount edges { cursor node { role experiment { title } } } } } } }`,
  },
  {
    name: "an institution page",
    query: `{ institution(slug: "lumc") { name shortName type city region { name } partOf { name } parts { name } sites { name }
        affiliations { position person { name } } experiments { role experiment { title } } partners(first: 5) { weight institution { name } } } }`,
  },
  {
    name: "a lookup by slug with edge facts",
    query: `{ experiment(slug: "cobra") { title institutions { role institution { name } } people { role person { name } } specialties { level specialty { name } } careTransitions { careTransition { kind } } } }`,
  },
  { name: "nodes by id", query: `{ experiments(first: 3) { nodes { id } } }` },
  {
    name: "a filter with relation conditions, sorted by a relation's count",
    query: `{ experiments(first: 5, filter: { startYear: { gt: 2015 }, institutions: { some: { role: { eq: LEAD }, institution: { region: { name: { contains: "oor" } } } } }, specialties: { count: { gte: 3 } } }, sort: [{ count: { institutions: {} }, direction: DESC }]) { nodes { title } } }`,
  },
  {
    name: "a nested connection filtered and sorted by its other end",
    query: `{ experiments(first: 5) { nodes { institutionsConnection(first: 3, filter: { institution: { type: { in: [UMC, GENERAL_HOSPITAL] } } }, sort: [{ field: name, direction: DESC }]) { totalCount nodes { role institution { name } } } } } }`,
  },
  {
    name: "figures and groups of a root list and of a nested connection",
    query: `{ experiments(filter: { kind: { eq: EXPERIMENT } }) { aggregate { count clinic: count(filter: { domains: { hasAny: [CLINIC] } }) min { startYear } } groups(by: [institutionsRegion, status], having: [{ function: count, gte: 1 }], sort: [{ function: count, direction: DESC }]) { key { status institutionsRegion { name } } aggregate { count } } }
      institutions(first: 3) { nodes { experimentsConnection { groups(by: [role]) { key { role } aggregate { count } } } } } }`,
  },
  {
    name: "search",
    query: `{ search(query: "palliatieve zorg", first: 5) { totalCount nodes { rank snippet node { ... on Experiment { title } ... on Person { name } } } } }`,
  },
  {
    name: "search with a typo (trigram fallback)",
    query: `{ search(query: "ziekenhuys", first: 5) { totalCount nodes { node { ... on Institution { name } } } } }`,
  },
  {
    name: "a walk: the neighbourhood of an institution",
    query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2, types: [INSTITUTION, EXPERIMENT]) { nodes { depth node { id } } edges { kind } } }`,
    variables: async (app) => ({ id: await idOf(app, "lumc") }),
  },
  {
    name: "a walk: the shortest path between two institutions",
    query: `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 4) { length nodes { id } } }`,
    variables: async (app) => ({ from: await idOf(app, "lumc"), to: await idOf(app, "radboudumc") }),
  },
  {
    name: "the collaboration network",
    query: `{ collaborationNetwork { nodes { name } edges { weight source { name } target { name } } } }`,
  },
  {
    name: "a mutation's answer",
    query: `mutation ($id: ID!, $version: Int!) { updateInstitution(id: $id, expectedVersion: $version, input: { description: "Academisch ziekenhuis in Leiden." }) { description version region { name } experiments { role experiment { title } } } }`,
    variables: async (app) => {
      const { body } = await app.query(`{ institution(slug: "lumc") { id version } }`);
      return { id: body.data.institution.id, version: body.data.institution.version };
    },
    as: "EDITOR",
  },
];

async function idOf(app: TestApp, slug: string): Promise<string> {
  const { body } = await app.query(`query ($slug: String!) { institution(slug: $slug) { id } }`, { slug });
  return body.data.institution.id;
}

describe("the SQL representative operations send (normalised snapshots)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))("%s", async (_name, operation) => {
    const variables = operation.variables ? await operation.variables(app) : undefined;
    const { result, statements } = await app.recordStatements(() =>
      app.query(operation.query, variables, operation.as ? { as: operation.as as never } : {}),
    );
    expect(result.body.errors).toBeUndefined();
    expect(statements.length).toBeGreaterThan(0);
    // sorted: statements of one level sent in different ticks may go in either order, which is no part of their shape
    expect(statements.map(normalised).sort()).toMatchSnapshot();
  });
});
