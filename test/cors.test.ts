import type { Browser } from "playwright-core";
import { Role } from "../src/model/viewer";
import { readCorsPolicy } from "../src/server/cors";
import { launchChromium, servePage } from "./support/browser";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dashboard</title></head><body>A dashboard on another origin.</body></html>`;
const QUERY = `query Lumc { institution(slug: "lumc") { name } viewer { role } }`;

describe("CORS: a dashboard on another origin, in a real Chromium", () => {
  let app: TestApp;
  let browser: Browser;
  let allowed: Awaited<ReturnType<typeof servePage>>;
  let other: Awaited<ReturnType<typeof servePage>>;
  let token: string;

  beforeAll(async () => {
    allowed = await servePage(PAGE);
    other = await servePage(PAGE);
    app = await startTestApp({ corsOrigins: `https://dashboard.example.nl, ${allowed.origin}` });
    browser = await launchChromium();
    token = await tokenFor(Role.EDITOR);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await allowed?.close();
    await other?.close();
  });

  /** What a page's script on `origin` gets when it POSTs the query with `fetch`, as the browser runs it. */
  async function runOn(origin: string) {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/`);
      return await page.evaluate(
        async ({ api, authorization, query }) => {
          try {
            const response = await fetch(api, {
              method: "POST",
              headers: { "content-type": "application/json", authorization },
              body: JSON.stringify({ query }),
            });
            return { status: response.status, body: await response.json() };
          } catch (error) {
            return { error: String(error) };
          }
        },
        { api: app.url, authorization: `Bearer ${token}`, query: QUERY },
      );
    } finally {
      await page.close();
    }
  }

  it("a page on an origin in CORS_ORIGINS queries with fetch (a bearer token too) and gets the data", async () => {
    const result = (await runOn(allowed.origin)) as { status: number; body: any };
    expect(result).toEqual({
      status: 200,
      body: {
        data: { institution: { name: expect.stringContaining("Leids Universitair Medisch Centrum") }, viewer: { role: "EDITOR" } },
        extensions: expect.anything(),
      },
    });
  });

  it("a page on another origin gets nothing: the browser refuses after the preflight", async () => {
    const result = (await runOn(other.origin)) as { error?: string };
    expect(result.error).toMatch(/Failed to fetch/);
  });

  it("preflights: the allowed origin gets its origin back with the headers clients send; another gets 403 and no CORS header", async () => {
    const preflight = (origin: string) =>
      fetch(app.url, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type, authorization, apollo-require-preflight",
        },
      });
    const yes = await preflight(allowed.origin);
    expect(yes.status).toBe(204);
    expect(yes.headers.get("access-control-allow-origin")).toBe(allowed.origin);
    expect(yes.headers.get("access-control-allow-headers")?.split(",")).toEqual(
      expect.arrayContaining(["content-type", "authorization", "apollo-require-preflight"]),
    );
    expect(yes.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
    expect(yes.headers.get("access-control-allow-credentials")).toBeNull();
    expect(yes.headers.get("access-control-max-age")).toBe("600");
    expect(yes.headers.get("vary")).toMatch(/Origin/);

    const no = await preflight(other.origin);
    expect(no.status).toBe(403);
    expect(no.headers.get("access-control-allow-origin")).toBeNull();
    expect(((await no.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
      "CORS_ORIGIN_NOT_ALLOWED",
    );

    // a request without an Origin (curl, a server) is not a browser's: no CORS headers, answered as ever
    const plain = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("CORS_ORIGINS: none in production unless listed, localhost origins in development, `*` for any, malformed entries refused", () => {
    expect(readCorsPolicy(undefined, true)).toEqual({ origins: [], any: false, localhost: false });
    expect(readCorsPolicy(undefined, false)).toEqual({ origins: [], any: false, localhost: true });
    expect(readCorsPolicy("*", true)).toEqual({ origins: [], any: true, localhost: false });
    expect(readCorsPolicy(" https://a.example.nl ,http://localhost:3000", true)).toEqual({
      origins: ["https://a.example.nl", "http://localhost:3000"],
      any: false,
      localhost: false,
    });
    expect(() => readCorsPolicy("https://a.example.nl/dashboard", true)).toThrow(/not an origin/);
    expect(() => readCorsPolicy("dashboard.example.nl", true)).toThrow(/not an origin/);
  });
});
