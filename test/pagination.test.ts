import { startTestApp, type TestApp } from "./support/test-app";

const PAGE = `query($first: Int, $after: String) {
  institutions(first: $first, after: $after) {
    totalCount
    edges { cursor node { slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe("cursor pagination", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("walks every institution exactly once, page by page, in name order", async () => {
    const all = (await app.query(PAGE, { first: 100 })).body.data.institutions;
    expect(all.totalCount).toBe(25);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body }: { body: any } = await app.query(PAGE, { first: 7, after });
      const page = body.data.institutions;
      expect(page.totalCount).toBe(25);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e: any) => e.node.slug));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(all.edges.map((e: any) => e.node.slug));
    expect(new Set(seen).size).toBe(25);
  });

  it("returns an empty page with the total for first: 0 and after the last item", async () => {
    const zero = (await app.query(PAGE, { first: 0 })).body.data.institutions;
    expect(zero).toEqual({
      totalCount: 25,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    const last = (await app.query(PAGE, { first: 100 })).body.data.institutions.pageInfo.endCursor;
    const beyond = (await app.query(PAGE, { first: 10, after: last })).body.data.institutions;
    expect(beyond.totalCount).toBe(25);
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo.hasNextPage).toBe(false);
  });

  it("uses 20 items when first is omitted and 100 at most", async () => {
    const { body } = await app.query(`{ experiments { edges { cursor } } institutions(first: 100) { edges { cursor } } }`);
    expect(body.data.experiments.edges).toHaveLength(10);
    expect(body.data.institutions.edges).toHaveLength(25);
    const defaultPage = await app.query(`{ institutions { edges { cursor } pageInfo { hasNextPage } } }`);
    expect(defaultPage.body.data.institutions.edges).toHaveLength(20);
    expect(defaultPage.body.data.institutions.pageInfo.hasNextPage).toBe(true);
  });

  it("keeps filters and order across pages", async () => {
    const first = await app.query(
      `{ experiments(kind: EXPERIMENT, orderBy: TITLE, first: 4) { totalCount nodes { title } pageInfo { endCursor } } }`,
    );
    const page1 = first.body.data.experiments;
    const second = await app.query(
      `query($after: String) { experiments(kind: EXPERIMENT, orderBy: TITLE, first: 4, after: $after) { nodes { title } pageInfo { hasNextPage } } }`,
      { after: page1.pageInfo.endCursor },
    );
    const titles = [...page1.nodes, ...second.body.data.experiments.nodes].map((n: any) => n.title);
    expect(page1.totalCount).toBe(7);
    expect(titles).toHaveLength(7);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(second.body.data.experiments.pageInfo.hasNextPage).toBe(false);
  });

  it("caps every relation list per parent with `first` (100 when omitted), filters before the cap, in one statement per level", async () => {
    const { result, statements } = await app.countStatements(() =>
      app.query(`{
        experiments(first: 100) { nodes { slug
          two: specialties(first: 2) { specialty { slug } }
          professionals: specialties(level: PROFESSIONAL, first: 1) { level }
          none: institutions(first: 0) { role }
        } }
      }`),
    );
    expect(result.body.errors).toBeUndefined();
    const isa = result.body.data.experiments.nodes.find((e: any) => e.slug === "isa");
    expect(isa.two).toHaveLength(2);
    expect(isa.professionals).toEqual([{ level: "PROFESSIONAL" }]);
    expect(result.body.data.experiments.nodes.every((e: any) => e.none.length === 0 && e.two.length <= 2)).toBe(true);
    // the page, and the three aliased relation lists (each its own slice and loader) sent together as one statement
    expect(statements).toBe(2);
    const all = await app.query(`{ experiment(slug: "isa") { specialties { level } } }`);
    expect(all.body.data.experiment.specialties).toHaveLength(9);
    for (const first of [-1, 1001]) {
      const { body } = await app.query(`{ experiment(slug: "isa") { specialties(first: ${first}) { level } } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
