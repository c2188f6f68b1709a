import type { Browser, BrowserContext, Page } from "playwright-core";
import { artifactPath, writeArtifact as write } from "./artifacts";

/** Screenshots and measurements of the browser tests go to test-artifacts/explorer. */
const FOLDER = "explorer";

/** What the explorer page exposes to scripts (`window.ipoExplorer`), typed here without the DOM library. */
export interface ExplorerHandles {
  viewportPosition(id: string): { x: number; y: number } | null;
  /** Where the layout put a node (graph coordinates; the camera maps them to the screen). */
  graphPosition(id: string): { x: number; y: number } | null;
  nodeIds(): string[];
  highlightedPath(): { nodes: string[]; edges: number } | null;
  /** The label boxes drawn in the last frame, in viewport pixels. */
  labelBoxes(): Array<{ id: string; x: number; y: number; width: number; height: number }>;
  /** Every word of the page as [Dutch, English]. */
  words(): Array<[string, string]>;
}
export type ExplorerWindow = {
  ipoExplorer: ExplorerHandles;
  performance: { getEntriesByName(name: string): Array<{ startTime: number }> };
};
export const PAINTED_MARK = "ipo-explore:network-painted";

/**
 * A browser context in which only the API's origin answers: every other request is aborted and recorded,
 * so a test also shows the explorer needs nothing from the internet.
 */
export async function offlineContext(
  browser: Browser,
  origin: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; elsewhere: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: options.acceptDownloads ?? false });
  const elsewhere: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    elsewhere.push(url);
    return route.abort("internetdisconnected");
  });
  return { context, elsewhere };
}

/** Waits until the network shows `nodes` nodes (or any, when not given) and the layout has settled. */
export async function waitForNetwork(page: Page, nodes?: number, mode?: "collaboration" | "graph"): Promise<number> {
  const status = page.locator("#graph-status");
  await page.waitForFunction(
    ([expected, expectedMode]) => {
      const element = (globalThis as any).document.getElementById("graph-status");
      const graph = (globalThis as any).document.getElementById("graph");
      if (!element?.dataset.nodes || element.getAttribute("aria-busy") === "true" || graph?.dataset.layout !== "idle") return false;
      if (expectedMode && element.dataset.mode !== expectedMode) return false;
      return expected === null || Number(element.dataset.nodes) === expected;
    },
    [nodes ?? null, mode ?? null] as const,
    { timeout: 20_000 },
  );
  return Number(await status.getAttribute("data-nodes"));
}

/**
 * The labels drawn on the picture (after one more frame), and every pair of them whose boxes intersect: the
 * test expects none. The boxes are the ones the explorer placed and drew, with their margins.
 */
export async function labelOverlaps(page: Page): Promise<{ drawn: number; overlapping: Array<[string, string]> }> {
  // a frame after the layout settled, so the boxes are those of the picture on screen
  await page.evaluate(
    () => new Promise((resolve) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(resolve))),
  );
  const boxes = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).ipoExplorer.labelBoxes());
  const overlapping: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlapping.push([a.id, b.id]);
    }
  return { drawn: boxes.length, overlapping };
}

export async function paintedAt(page: Page): Promise<number> {
  await page.waitForFunction(
    (mark) => (globalThis as unknown as ExplorerWindow).performance.getEntriesByName(mark).length > 0,
    PAINTED_MARK,
    { timeout: 20_000 },
  );
  return page.evaluate((mark) => (globalThis as unknown as ExplorerWindow).performance.getEntriesByName(mark)[0].startTime, PAINTED_MARK);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = artifactPath(FOLDER, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export function writeArtifact(name: string, content: unknown): void {
  write(FOLDER, name, content);
}

/** Clicks a drawn node where sigma draws it, with the mouse, as a person does. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const position = await page.evaluate((node) => (globalThis as unknown as ExplorerWindow).ipoExplorer.viewportPosition(node), id);
  if (!position) throw new Error(`node ${id} is not drawn`);
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("the graph is not on screen");
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

/** Of some drawn nodes, the one farthest from any other drawn node (so a click cannot hit a neighbour). */
export async function loneliestNode(page: Page, candidates: string[]): Promise<string> {
  return page.evaluate((ids) => {
    const explorer = (globalThis as unknown as ExplorerWindow).ipoExplorer;
    const all = explorer.nodeIds().map((id) => ({ id, at: explorer.viewportPosition(id)! }));
    let best = { id: ids[0], distance: -1 };
    for (const id of ids) {
      const at = explorer.viewportPosition(id);
      if (!at) continue;
      const nearest = Math.min(...all.filter((other) => other.id !== id).map((other) => Math.hypot(other.at.x - at.x, other.at.y - at.y)));
      if (nearest > best.distance) best = { id, distance: nearest };
    }
    return best.id;
  }, candidates);
}
