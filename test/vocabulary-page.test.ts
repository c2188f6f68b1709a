import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { entityMetadata } from "../src/catalogue/entity-metadata";
import { Tables } from "../src/catalogue/tables";
import { buildAppSchema } from "../src/api/build-schema";
import { vocabularyTerms } from "../src/features/linked-data/vocabulary-terms";
import { artifactPath, writeArtifact } from "./support/artifacts";
import { launchChromium } from "./support/browser";
import { startTestApp, type TestApp } from "./support/test-app";

/** The vocabulary's page for people, in a real Chromium: every class and term, its mapping, its meaning in Dutch and English. */
describe("the vocabulary for people (/ns/vocab and /ns/context.jsonld in a browser)", () => {
  let app: TestApp;
  let base: string;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    base = new URL(app.url).origin;
    browser = await launchChromium();
    // the descriptions of fields that resolvers add (Person.email) are known once the schema's resolvers are loaded
    await buildAppSchema();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("every class and term has a meaning in English and in Dutch", () => {
    const terms = vocabularyTerms(base, new Tables(entityMetadata()));
    const entries = [...terms.classes, ...terms.properties];
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((entry) => !entry.nl).map((entry) => entry.name)).toEqual([]);
    expect(
      entries.filter((entry) => entry.en.length === 0 || entry.en.some((description) => !description.text)).map((entry) => entry.name),
    ).toEqual([]);
  });

  it("a browser gets a readable page, Dutch first, English on request; curl and JSON-LD processors still get JSON-LD", async () => {
    const terms = vocabularyTerms(base, new Tables(entityMetadata()));
    const axe = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    const violations: Record<string, Array<{ id: string; impact: string }>> = {};
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
    const page = await context.newPage();
    for (const [path, language] of [
      ["/ns/vocab", "nl"],
      ["/ns/vocab?lang=en", "en"],
      ["/ns/context.jsonld", "nl"],
    ] as const) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-type"]).toMatch(/^text\/html/);
      expect(await page.getAttribute("html", "lang")).toBe(language);
      await expect(page.title()).resolves.toBe(language === "nl" ? "IPO Graph-vocabulaire" : "IPO Graph vocabulary");
      // every class and term is a row, under its own anchor, with its address and both meanings
      const rows = await page.$$eval("tr[id]", (elements) =>
        elements.map((row) => ({
          id: row.id,
          cells: [...row.querySelectorAll("td")].map((cell) => (cell.textContent ?? "").trim()),
          nl: (row.querySelector('[lang="nl"]')?.textContent ?? "").trim(),
          en: (row.querySelector('[lang="en"]')?.textContent ?? "").trim(),
        })),
      );
      for (const entry of [...terms.classes, ...terms.properties]) {
        const row = rows.find((candidate) => candidate.id === entry.name);
        expect({ name: entry.name, found: Boolean(row), nl: Boolean(row?.nl), en: Boolean(row?.en) }).toEqual({
          name: entry.name,
          found: true,
          nl: true,
          en: true,
        });
      }
      const institution = rows.find((row) => row.id === "Institution")!;
      expect(institution.cells[0]).toContain("schema:Organization");
      expect(institution.cells[0]).toContain("org:Organization");
      expect(rows.find((row) => row.id === "partOf")!.cells[0]).toBe("org:subOrganizationOf");
      expect(rows.find((row) => row.id === "acronym")!.cells[0]).toMatch(/^ipo:acronym/);
      // the page's own words are in its language
      const headings = await page.$$eval("h2", (elements) => elements.map((element) => element.textContent ?? ""));
      expect(headings.some((heading) => heading.startsWith(language === "nl" ? "Klassen" : "Classes"))).toBe(true);
      const name = `vocabulary-${path.includes("context") ? "context" : "vocab"}-${language}`;
      await page.screenshot({ path: artifactPath("linked-data", `${name}.png`) });
      await page.evaluate(axe);
      violations[name] = await page.evaluate(async () => {
        const run = await (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ["violations"] });
        return run.violations.map((violation: any) => ({ id: violation.id, impact: violation.impact }));
      });
    }
    // the English page from the browser's own preference
    const english = await browser.newContext({ locale: "en-GB" });
    const englishPage = await english.newPage();
    await englishPage.goto(`${base}/ns/vocab`);
    expect(await englishPage.getAttribute("html", "lang")).toBe("en");
    await english.close();
    await context.close();
    writeArtifact("linked-data", "vocabulary-axe.json", violations);
    expect(
      Object.values(violations)
        .flat()
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical"),
    ).toEqual([]);

    for (const path of ["/ns/vocab", "/ns/context.jsonld"]) {
      for (const accept of ["*/*", "application/ld+json", "application/json"]) {
        const response = await fetch(`${base}${path}`, { headers: { accept } });
        expect({ path, accept, type: response.headers.get("content-type") }).toEqual({
          path,
          accept,
          type: expect.stringMatching(/^application\/ld\+json/),
        });
      }
    }
  }, 60_000);
});
