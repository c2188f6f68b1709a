import type { Browser, BrowserContext, Page } from "playwright-core";
import { Role } from "../src/model/viewer";
import { SANDBOX_SCRIPT } from "../src/server/landing-page.plugin";
import { launchChromium } from "./support/browser";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";

/**
 * The explorers in a real Chromium. "No network" is made by the browser itself: every request that does
 * not go to the API is aborted, and recorded, so a test also shows that nothing tried to leave.
 */
/** What the page scripts see, typed here without the DOM library. */
interface BrowserGlobals {
  localStorage: { getItem(key: string): string | null };
  sandboxStartedWith: Record<string, unknown>;
}

const QUERY_EDITOR = ".graphiql-query-editor";

describe("exploring without the internet", () => {
  let app: TestApp;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    app = await startTestApp();
    origin = new URL(app.url).origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function offlineContext(): Promise<{ context: BrowserContext; elsewhere: string[] }> {
    const context = await browser.newContext();
    const elsewhere: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      elsewhere.push(url);
      return route.abort("internetdisconnected");
    });
    return { context, elsewhere };
  }

  /** Replaces the text of a GraphiQL editor (Monaco) the way a person does: click, select all, type. */
  async function typeInto(page: Page, editor: string, text: string) {
    const area = page.locator(`${editor} .monaco-editor`).first();
    await area.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(text);
    if (editor === QUERY_EDITOR) {
      // GraphiQL takes the operation's name from the text a moment after typing (as a person would wait)
      await page.waitForFunction(
        (typed) => (globalThis as unknown as BrowserGlobals).localStorage.getItem("graphiql:query") === typed,
        text,
      );
    }
  }

  async function runAndRead(page: Page): Promise<unknown> {
    const response = page.waitForResponse(
      (r) => r.url() === app.url && r.request().method() === "POST" && (r.request().postData() ?? "").includes('"query"'),
    );
    await page.getByRole("button", { name: /execute query/i }).click();
    const answered = await response;
    return answered.json();
  }

  it("/graphiql loads only from the API, runs a query and shows the answer", async () => {
    const { context, elsewhere } = await offlineContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/graphiql`);
      await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 30_000 });
      await typeInto(page, QUERY_EDITOR, `query Offline { institution(slug: "lumc") { shortName } }`);
      const answer = await runAndRead(page);
      expect(answer).toMatchObject({ data: { institution: { shortName: "LUMC" } } });
      await page.locator(".graphiql-response").getByText("LUMC").first().waitFor();
      expect(elsewhere).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("GraphiQL's header editor carries a token: the viewer is who the token says", async () => {
    const { context, elsewhere } = await offlineContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/graphiql`);
      await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 30_000 });
      await typeInto(page, QUERY_EDITOR, `query Who { viewer { role } }`);
      await page.getByRole("button", { name: "Headers", exact: true }).click();
      await typeInto(
        page,
        `section[aria-label="Headers"] .graphiql-editor:not(.hidden)`,
        JSON.stringify({ Authorization: `Bearer ${await tokenFor(Role.MEMBER)}` }),
      );
      expect(await runAndRead(page)).toMatchObject({ data: { viewer: { role: "MEMBER" } } });
      expect(elsewhere).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the landing page at /graphql opens GraphiQL when the Sandbox CDN cannot be reached", async () => {
    const { context, elsewhere } = await offlineContext();
    try {
      const page = await context.newPage();
      await page.goto(app.url);
      await page.waitForURL(`${origin}/graphiql?sandbox=unavailable`, { timeout: 15_000 });
      await page.getByText("Apollo Sandbox could not be loaded").waitFor();
      await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 30_000 });
      expect(elsewhere).toEqual([SANDBOX_SCRIPT]);
    } finally {
      await context.close();
    }
  });

  it("where Sandbox loads it stays the default, with telemetry off and a link to GraphiQL", async () => {
    const context = await browser.newContext();
    try {
      // Sandbox's CDN answered by a stand-in that records how the page starts it
      await context.route(SANDBOX_SCRIPT, (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: "window.EmbeddedSandbox = function (options) { window.sandboxStartedWith = options; };",
        }),
      );
      const page = await context.newPage();
      await page.goto(app.url);
      await page.waitForFunction(() => "sandboxStartedWith" in globalThis);
      const options = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).sandboxStartedWith);
      expect(options).toMatchObject({ target: "#sandbox", runTelemetry: false, initialEndpoint: app.url });
      expect(page.url()).toBe(app.url);
      expect(await page.getByRole("link", { name: /GraphiQL/ }).getAttribute("href")).toBe("/graphiql");
    } finally {
      await context.close();
    }
  });
});
