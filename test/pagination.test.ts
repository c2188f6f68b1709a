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
    expect(zero).toEqual({ totalCount: 25, edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null } });
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
    const first = await app.query(`{ experiments(kind: EXPERIMENT, orderBy: TITLE, first: 4) { totalCount nodes { title } pageInfo { endCursor } } }`);
    const page1 = first.body.data.experiments;
    const second = await app.query(`query($after: String) { experiments(kind: EXPERIMENT, orderBy: TITLE, first: 4, after: $after) { nodes { title } pageInfo { hasNextPage } } }`, { after: page1.pageInfo.endCursor });
    const titles = [...page1.nodes, ...second.body.data.experiments.nodes].map((n: any) => n.title);
    expect(page1.totalCount).toBe(7);
    expect(titles).toHaveLength(7);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(second.body.data.experiments.pageInfo.hasNextPage).toBe(false);
  });
});
