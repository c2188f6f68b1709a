import { Role } from "../src/model/viewer";
import { encodeCursor } from "../src/sql/keyset-cursor";
import { startTestApp, type TestApp } from "./support/test-app";

const INSTITUTION_EXPERIMENTS = `query($first: Int, $after: String, $role: InstitutionRole) {
  institution(slug: "lumc") {
    experiments(role: $role) { role experiment { slug } }
    experimentsConnection(first: $first, after: $after, role: $role) {
      totalCount
      edges { cursor node { role experiment { slug } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

describe("relation lists as connections, and keyset cursors", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("pages a relation in place: every item of the list once, in its order, with the parent's total", async () => {
    const whole = (await app.query(INSTITUTION_EXPERIMENTS, { first: 0 })).body.data.institution;
    expect(whole.experiments.length).toBeGreaterThanOrEqual(2);
    expect(whole.experimentsConnection).toMatchObject({
      totalCount: whole.experiments.length,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const { body }: { body: any } = await app.query(INSTITUTION_EXPERIMENTS, { first: 1, after });
      const connection = body.data.institution.experimentsConnection;
      expect(connection.totalCount).toBe(whole.experiments.length);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...connection.edges.map((edge: any) => edge.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.experiments);
  });

  it("applies the relation's filters before paging and counting", async () => {
    const { body } = await app.query(INSTITUTION_EXPERIMENTS, { first: 1, role: "LEAD" });
    const institution = body.data.institution;
    expect(institution.experimentsConnection.totalCount).toBe(institution.experiments.length);
    expect(institution.experimentsConnection.edges.map((edge: any) => edge.node)).toEqual(institution.experiments.slice(0, 1));
  });

  it("costs one statement per level however many parents: 50 experiments with a page of people each and their totals", async () => {
    const {
      result: { body },
      statements,
    } = await app.countStatements(() =>
      app.query(`{
        experiments(first: 50) { nodes { slug peopleConnection(first: 2) { totalCount edges { cursor node { role person { name } } } pageInfo { hasNextPage } } } }
      }`),
    );
    expect(body.errors).toBeUndefined();
    const experiments = body.data.experiments.nodes;
    expect(experiments.length).toBe(10);
    // the top-level page (with its total), then the people of every experiment (with theirs)
    expect(statements).toBe(2);
    const full = (await app.query(`{ experiments(first: 50) { nodes { people { role person { name } } } } }`)).body.data.experiments.nodes;
    experiments.forEach((experiment: any, index: number) => {
      expect(experiment.peopleConnection.totalCount).toBe(full[index].people.length);
      expect(experiment.peopleConnection.edges.map((edge: any) => edge.node)).toEqual(full[index].people.slice(0, 2));
      expect(experiment.peopleConnection.pageInfo.hasNextPage).toBe(full[index].people.length > 2);
    });
  });

  it("keeps a page where it was when rows are added before it (keyset, not offset)", async () => {
    const PAGE = `query($after: String) { institutions(first: 3, after: $after) { edges { cursor node { name } } pageInfo { endCursor } } }`;
    const first = (await app.query(PAGE)).body.data.institutions;
    const expectedNext = (await app.query(PAGE, { after: first.pageInfo.endCursor })).body.data.institutions.edges.map(
      (edge: any) => edge.node.name,
    );
    const created = await app.query(
      `mutation { createInstitution(input: { name: "AAA Eerste Instelling", type: GENERAL_HOSPITAL }) { id version } }`,
      undefined,
      { as: Role.EDITOR },
    );
    expect(created.body.errors).toBeUndefined();
    try {
      const next = (await app.query(PAGE, { after: first.pageInfo.endCursor })).body.data.institutions.edges.map(
        (edge: any) => edge.node.name,
      );
      expect(next).toEqual(expectedNext);
      const again = (await app.query(PAGE)).body.data.institutions.edges.map((edge: any) => edge.node.name);
      expect(again[0]).toBe("AAA Eerste Instelling");
    } finally {
      const { id, version } = created.body.data.createInstitution;
      await app.query(
        `mutation($id: ID!, $v: Int!) { archive(id: $id, expectedVersion: $v) { state } }`,
        { id, v: version },
        { as: Role.EDITOR },
      );
    }
  });

  it("pages by a nullable order column (experiment number, nulls last) without losing or repeating an item", async () => {
    const PAGE = `query($after: String) { experiments(first: 3, after: $after) { edges { node { slug number } } pageInfo { hasNextPage endCursor } } }`;
    const all = (await app.query(`{ experiments(first: 100) { nodes { slug number } } }`)).body.data.experiments.nodes;
    expect(all.some((experiment: any) => experiment.number === null)).toBe(true);
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const connection: any = (await app.query(PAGE, { after })).body.data.experiments;
      seen.push(...connection.edges.map((edge: any) => edge.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it.each([
    ["an offset cursor of the earlier API", Buffer.from("offset:3").toString("base64url"), /offset cursor/],
    ["a cursor of another order", encodeCursor("Experiment.TITLE", ["COBRA", 1]), /not a valid cursor for this list/],
    ["a cursor whose values have the wrong types", encodeCursor("Experiment.NUMBER", ["one", 5, "x"]), /not a valid cursor for this list/],
    ["a cursor with too few values", encodeCursor("Experiment.NUMBER", [1]), /not a valid cursor for this list/],
    ["a number beyond PostgreSQL's integers", encodeCursor("Experiment.NUMBER", [1e12, "x", 1]), /not a valid cursor for this list/],
    ["text that is no JSON", Buffer.from("k1:nonsense").toString("base64url"), /not a valid cursor for this list/],
  ])("refuses %s with BAD_USER_INPUT", async (_name, after, message) => {
    const { status, body } = await app.query(`query($after: String) { experiments(after: $after) { totalCount } }`, { after });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});
