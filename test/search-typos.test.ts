import { MISSPELLINGS } from "./fixtures/misspellings";
import { startTestApp, type TestApp } from "./support/test-app";

const SEARCH = `query ($query: String!) {
  search(query: $query, first: 5) {
    nodes { matchedBy node { ... on Institution { name } ... on Person { name } ... on Specialty { name } ... on Experiment { title } } }
  }
}`;

/** The share of the hand-written misspellings (test/fixtures/misspellings.ts) whose node is in the first five hits. */
describe("search forgives typos", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it(`finds the node of at least 90% of ${MISSPELLINGS.length} misspellings in the first five hits`, async () => {
    expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(40);
    const missed: string[] = [];
    for (const { query, expected } of MISSPELLINGS) {
      const { body } = await app.query(SEARCH, { query });
      expect(body.errors).toBeUndefined();
      const found = body.data.search.nodes.map((hit: { node: { name?: string; title?: string } }) => hit.node.name ?? hit.node.title);
      if (!found.includes(expected)) missed.push(`${query} -> ${expected} (got ${found.join(" | ") || "nothing"})`);
    }
    const share = (MISSPELLINGS.length - missed.length) / MISSPELLINGS.length;
    console.log(
      `misspellings found in the first five: ${MISSPELLINGS.length - missed.length} of ${MISSPELLINGS.length} (${Math.round(share * 100)}%)\n${missed.join("\n")}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
