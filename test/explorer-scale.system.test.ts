import type { Browser } from "playwright-core";
import { launchChromium } from "./support/browser";
import { labelOverlaps, offlineContext, paintedAt, screenshot, waitForNetwork, writeArtifact } from "./support/explorer-page";
import { addSyntheticNetwork } from "./support/synthetic";
import { startTestApp, type TestApp } from "./support/test-app";

const ROUNDS = 5;

/**
 * The explorer on a scale-10 synthetic network (1,000 institutions, 3,000 experiments): the largest region
 * and the whole collaboration network drawn as the API answers. Load times are measured and written to
 * test-artifacts/explorer/scale-10-timings.json for the benchmark notes; they are not asserted.
 */
describe("the network explorer on a scale-10 network", () => {
  let app: TestApp;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    app = await startTestApp();
    await addSyntheticNetwork(app.databaseUrl, 10);
    origin = new URL(app.url).origin;
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("draws the largest region and the whole network with as many institutions as collaborationNetwork has", async () => {
    const { body } = await app.query(`{ regions(first: 100) { nodes { id name institutions(first: 1000) { id } } } }`);
    const largest = body.data.regions.nodes.sort((a: any, b: any) => b.institutions.length - a.institutions.length)[0];
    const views: Array<{ name: string; query: string; filter: Record<string, string> | null }> = [
      { name: `region ${largest.name}`, query: `?region=${encodeURIComponent(largest.id)}`, filter: { regionId: largest.id } },
      { name: "whole network", query: "", filter: null },
    ];
    const report: Record<string, { nodes: number; edges: number; paintMs: number[] }> = {};
    const labelReport: Record<string, { drawn: number; overlapping: Array<[string, string]> }> = {};
    for (const view of views) {
      const network = (
        await app.query(
          `query ($filter: NetworkFilter) { collaborationNetwork(filter: $filter, maxEdges: 5000) { nodes { id } edges { weight } } }`,
          { filter: view.filter },
        )
      ).body.data.collaborationNetwork;
      expect(network.nodes.length).toBeGreaterThan(view.filter ? 50 : 500);
      const paintMs: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const { context, elsewhere } = await offlineContext(browser, origin);
        try {
          const page = await context.newPage();
          await page.goto(`${origin}/explore${view.query}`);
          paintMs.push(Math.round(await paintedAt(page)));
          expect(await waitForNetwork(page, network.nodes.length)).toBe(network.nodes.length);
          if (round === 0) {
            const labels = await labelOverlaps(page);
            labelReport[view.name] = labels;
            expect(labels.drawn).toBeGreaterThan(5);
            expect(labels.overlapping).toEqual([]);
            await screenshot(page, `scale-10-${view.filter ? "region" : "network"}`);
          }
          expect(elsewhere).toEqual([]);
        } finally {
          await context.close();
        }
      }
      report[view.name] = { nodes: network.nodes.length, edges: network.edges.length, paintMs };
    }
    writeArtifact("scale-10-timings.json", report);
    writeArtifact("scale-10-labels.json", labelReport);
  }, 180_000);
});
