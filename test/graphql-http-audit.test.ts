import { serverAudits } from "graphql-http";
import { startTestApp, type TestApp } from "./support/test-app";

/** The GraphQL-over-HTTP spec's server audits (graphql-http), run against the real server. */
describe("GraphQL over HTTP compliance", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seeded: false });
  });
  afterAll(() => app.close());

  it("passes every MUST audit", async () => {
    const audits = serverAudits({ url: () => app.url, fetchFn: fetch });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failedMusts = results
      .filter((result) => result.name.startsWith("MUST") && result.status !== "ok")
      .map((result) => `${result.name}: ${"reason" in result ? result.reason : result.status}`);
    expect(results.filter((result) => result.name.startsWith("MUST")).length).toBeGreaterThan(10);
    expect(failedMusts).toEqual([]);
  });
});
