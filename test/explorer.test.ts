import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import type { Browser, Page } from "playwright-core";
import { Role } from "../src/model/viewer";
import { launchChromium } from "./support/browser";
import { artifactPath } from "./support/artifacts";
import {
  clickNode,
  labelOverlaps,
  loneliestNode,
  offlineContext,
  paintedAt,
  screenshot,
  waitForNetwork,
  writeArtifact,
  type ExplorerWindow,
} from "./support/explorer-page";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";

/**
 * The network explorer (/explore) in a real Chromium against the seeded server, offline: what a person
 * sees and does, checked against what the API answers to the same questions.
 */
describe("the network explorer", () => {
  let app: TestApp;
  let browser: Browser;
  let origin: string;
  const timings: Record<string, number[]> = { seedNetworkPaintMs: [] };

  beforeAll(async () => {
    app = await startTestApp();
    origin = new URL(app.url).origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    writeArtifact("seed-timings.json", timings);
    await browser?.close();
    await app?.close();
  });

  async function api(query: string, variables?: Record<string, unknown>, as?: Role) {
    const { body } = await app.query(query, variables, { as });
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  async function idOf(type: "institution" | "region", slug: string): Promise<string> {
    return (await api(`query ($slug: String!) { ${type}(slug: $slug) { id } }`, { slug }))[type].id;
  }

  async function networkCount(filter: Record<string, unknown> | null): Promise<number> {
    const data = await api(`query ($filter: NetworkFilter) { collaborationNetwork(filter: $filter, maxEdges: 5000) { nodes { id } } }`, {
      filter,
    });
    return data.collaborationNetwork.nodes.length;
  }

  async function withPage<T>(
    run: (page: Page, elsewhere: string[]) => Promise<T>,
    options: { acceptDownloads?: boolean } = {},
  ): Promise<T> {
    const { context, elsewhere } = await offlineContext(browser, origin, options);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      const result = await run(page, elsewhere);
      expect(errors).toEqual([]);
      expect(elsewhere).toEqual([]);
      return result;
    } finally {
      await context.close();
    }
  }

  async function search(page: Page, text: string, pick: RegExp) {
    await page.getByRole("combobox", { name: "Zoeken" }).fill(text);
    await page.getByRole("option", { name: pick }).first().waitFor();
    await page.getByRole("option", { name: pick }).first().click();
  }

  async function panelTitle(page: Page, title: string) {
    await page.locator("#details-title", { hasText: title }).waitFor();
    await page.waitForFunction(() => (globalThis as any).document.getElementById("details").getAttribute("aria-busy") === null);
  }

  it("shows the seed's collaboration network, as many institutions as collaborationNetwork has, without the internet", async () => {
    const expected = await networkCount(null);
    expect(expected).toBeGreaterThan(10);
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      expect(await waitForNetwork(page, expected, "collaboration")).toBe(expected);
      timings.seedNetworkPaintMs.push(await paintedAt(page));
      expect(await page.locator("#node-list li").count()).toBe(expected);
      expect(await page.locator("#legend li").count()).toBeGreaterThan(1);
      expect(await page.locator("html").getAttribute("lang")).toBe("nl");
      const labels = await labelOverlaps(page);
      expect(labels.drawn).toBeGreaterThan(5);
      expect(labels.overlapping).toEqual([]);
      await screenshot(page, "01-collaboration-network");
    });
  });

  it("a first paint is measured on fresh pages (cold browser cache, warm server): reported, not asserted", async () => {
    for (let round = 0; round < 5; round++) {
      await withPage(async (page) => {
        await page.goto(`${origin}/explore`);
        timings.seedNetworkPaintMs.push(await paintedAt(page));
      });
    }
    expect(timings.seedNetworkPaintMs.length).toBe(6);
  });

  it("a region filter changes the network as the API says, and the URL keeps it", async () => {
    const leiden = await idOf("region", "oor-leiden");
    const expected = await networkCount({ regionId: leiden });
    expect(expected).toBeLessThan(await networkCount(null));
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      await waitForNetwork(page);
      await page.getByLabel("Regio (OOR)").selectOption({ label: "OOR Leiden" });
      expect(await waitForNetwork(page, expected)).toBe(expected);
      expect(new URL(page.url()).searchParams.get("region")).toBe(leiden);
      // a second filter on top: the API decides again
      await page.getByLabel("Samenwerkingsdomein").selectOption("TRANSMURAL");
      const both = await networkCount({ regionId: leiden, domain: "TRANSMURAL" });
      expect(await waitForNetwork(page, both)).toBe(both);
      await screenshot(page, "02-region-filter");
    });
  });

  it("search for LUMC focuses it; the side panel lists HagaZiekenhuis, HMC and Florence as partners, with experiments and codes", async () => {
    const lumc = await idOf("institution", "lumc");
    const { institution } = await api(`query ($id: ID!) { institution(id: $id) { partners(first: 50) { institution { name } } } }`, {
      id: lumc,
    });
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      await waitForNetwork(page);
      await search(page, "LUMC", /Leids Universitair Medisch Centrum/);
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      expect(new URL(page.url()).searchParams.get("select")).toBe(lumc);
      expect(await page.locator(`#node-list button[data-id="${lumc}"]`).getAttribute("aria-current")).toBe("true");
      const partners = await page.locator('[data-section="partners"] li button').allTextContents();
      expect(partners).toEqual(institution.partners.map((partner: { institution: { name: string } }) => partner.institution.name));
      expect(partners).toEqual(expect.arrayContaining(["HagaZiekenhuis", "Haaglanden Medisch Centrum", "Florence"]));
      expect(await page.locator('[data-section="experiments"] li').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-section="specialties"] li code').count()).toBeGreaterThan(0);
      expect(await page.locator(".iri a").getAttribute("href")).toMatch(/\/id\/institution\/lumc$/);
      // LUMC selected: its label drawn, and no label over another (VUmc/AMC, HagaAcademie/Huisartsenopleiding LUMC)
      const labels = await labelOverlaps(page);
      expect(labels.overlapping).toEqual([]);
      expect(await page.evaluate(() => (globalThis as unknown as ExplorerWindow).ipoExplorer.labelBoxes().map((box) => box.id))).toContain(
        lumc,
      );
      writeArtifact("labels-lumc-selected.json", labels);
      await screenshot(page, "03-search-lumc-panel");
    });
  });

  it("the graph around a node: a click on a node expands its neighbourhood, old nodes stay where they were", async () => {
    const lumc = await idOf("institution", "lumc");
    const around = async (id: string) =>
      (
        await api(`query ($id: ID!) { neighbourhood(id: $id, depth: 1, maxNodes: 150) { nodes { node { __typename id } } } }`, { id })
      ).neighbourhood.nodes.map((entry: { node: { __typename: string; id: string } }) => entry.node);
    const first: Array<{ __typename: string; id: string }> = await around(lumc);
    await withPage(async (page) => {
      await page.goto(`${origin}/explore?select=${encodeURIComponent(lumc)}`);
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      await page.getByRole("button", { name: "Toon omgeving in het netwerk" }).click();
      expect(await waitForNetwork(page, first.length, "graph")).toBe(first.length);
      await screenshot(page, "04-neighbourhood-lumc");
      const experiment = await loneliestNode(
        page,
        first.filter((node) => node.__typename === "Experiment").map((node) => node.id),
      );
      const positions = (kind: "graphPosition" | "viewportPosition") =>
        page.evaluate(([ids, which]) => ids.map((id) => (globalThis as unknown as ExplorerWindow).ipoExplorer[which](id)!), [
          first.map((node) => node.id),
          kind,
        ] as const);
      const [laidOut, onScreen] = [await positions("graphPosition"), await positions("viewportPosition")];
      const expected = new Set([...first.map((node) => node.id), ...(await around(experiment)).map((node: { id: string }) => node.id)]);
      expect(expected.size).toBeGreaterThan(first.length);
      await clickNode(page, experiment);
      await page.waitForFunction(
        (id) => new URL((globalThis as any).location.href).searchParams.get("expand")?.split(",").includes(id),
        experiment,
      );
      await waitForNetwork(page, expected.size, "graph");
      expect(new Set(await page.evaluate(() => (globalThis as unknown as ExplorerWindow).ipoExplorer.nodeIds()))).toEqual(expected);
      // the nodes that were there keep their places while the new ones are laid out (fixed in ForceAtlas2);
      // on screen they shift only as far as the camera reframes the larger picture
      expect(await positions("graphPosition")).toEqual(laidOut);
      await page.waitForTimeout(400); // the camera's zoom to fit
      const shifted = (await positions("viewportPosition"))
        .map((point, index) => Math.hypot(point.x - onScreen[index].x, point.y - onScreen[index].y))
        .sort((a, b) => a - b);
      writeArtifact("expand-screen-shift.json", {
        nodesKept: shifted.length,
        medianPixels: shifted[Math.floor(shifted.length / 2)],
        maxPixels: shifted[shifted.length - 1],
      });
      await screenshot(page, "05-expanded-by-click");
    });
  });

  it("a shortest path between two hospitals is found and highlighted, as shortestPath answers", async () => {
    const [lumc, radboud] = [await idOf("institution", "lumc"), await idOf("institution", "radboudumc")];
    const { shortestPath } = await api(
      `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 6) { length nodes { id } } }`,
      { from: lumc, to: radboud },
    );
    expect(shortestPath.length).toBeGreaterThan(1);
    await withPage(async (page) => {
      await page.goto(`${origin}/explore?select=${encodeURIComponent(lumc)}`);
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      await page.getByRole("button", { name: "Pad vanaf hier" }).click();
      await search(page, "Radboudumc", /^Instelling\s+Radboudumc(?! Health)/);
      await panelTitle(page, "Radboudumc");
      await page.getByRole("button", { name: "Pad hierheen" }).click();
      await page.locator(`#path-status[data-length="${shortestPath.length}"]`).waitFor();
      await waitForNetwork(page, undefined, "graph");
      const highlighted = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).ipoExplorer.highlightedPath());
      expect(highlighted?.nodes).toEqual(shortestPath.nodes.map((node: { id: string }) => node.id));
      expect(highlighted?.edges).toBe(shortestPath.length);
      expect(new URL(page.url()).searchParams.get("path")).toBe(`${lumc},${radboud}`);
      await screenshot(page, "06-shortest-path");
    });
  });

  it("exports the view as a PNG and as GEXF that are valid files of what is shown", async () => {
    await withPage(
      async (page) => {
        await page.goto(`${origin}/explore`);
        const nodes = await waitForNetwork(page);
        const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Afbeelding (PNG)" }).click()]);
        const pngBytes = readFileSync(await png.path());
        expect(png.suggestedFilename()).toBe("ipo-graph-samenwerking.png");
        expect(pngBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(pngBytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
        expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(100);
        expect(pngBytes.readUInt32BE(20)).toBeGreaterThan(100);
        const [gexf] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Netwerk (GEXF)" }).click()]);
        const document = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "node" || name === "edge" }).parse(
          readFileSync(await gexf.path(), "utf8"),
        );
        expect(document.gexf["@_version"]).toBe("1.3");
        expect(document.gexf.graph.nodes.node).toHaveLength(nodes);
        expect(document.gexf.graph.nodes.node.map((node: Record<string, string>) => node["@_label"])).toContain(
          "Leids Universitair Medisch Centrum",
        );
        expect(Number(await page.locator("#graph-status").getAttribute("data-edges"))).toBe(document.gexf.graph.edges.edge.length);
      },
      { acceptDownloads: true },
    );
  });

  it("a shared URL restores filters, selection and tab", async () => {
    const lumc = await idOf("institution", "lumc");
    const shared = await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      await waitForNetwork(page);
      await page.getByLabel("Soort").selectOption("EXPERIMENT");
      await page.locator("#node-list button", { hasText: "Leids Universitair Medisch Centrum" }).click();
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      await page.getByRole("tab", { name: "Cijfers" }).click();
      return page.url();
    });
    await withPage(async (page) => {
      await page.goto(shared);
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      expect(await page.getByLabel("Soort").inputValue()).toBe("EXPERIMENT");
      expect(await page.getByRole("tab", { name: "Cijfers" }).getAttribute("aria-selected")).toBe("true");
      expect(new URL(shared).searchParams.get("select")).toBe(lumc);
    });
  });

  it("signing in with a pasted token shows what the role may see; the token stays in session storage only", async () => {
    const { experiment } = await api(`{ experiment(slug: "cobra") { id people(first: 50) { person { email } } } }`, undefined, Role.MEMBER);
    const emails = experiment.people.map((entry: { person: { email: string | null } }) => entry.person.email).filter(Boolean);
    expect(emails.length).toBeGreaterThan(0);
    await withPage(async (page) => {
      await page.goto(`${origin}/explore?select=${encodeURIComponent(experiment.id)}`);
      await page.locator('[data-section="people"]').waitFor();
      expect(await page.locator("#details").textContent()).not.toContain(emails[0]);
      expect(await page.locator("#viewer-role").getAttribute("data-role")).toBe("READER");
      await page.getByRole("button", { name: "Inloggen" }).click();
      await page.getByLabel("Plak je token (bearer)").fill(await tokenFor(Role.MEMBER));
      await page.getByRole("dialog").getByRole("button", { name: "Inloggen" }).click();
      await page.locator('#viewer-role[data-role="MEMBER"]').waitFor();
      await page.locator("#details", { hasText: emails[0] }).waitFor();
      expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem("ipo-graph:token"))).toMatch(/^ey/);
      expect(page.url()).not.toMatch(/ey[A-Za-z0-9_-]{10,}/);
      await screenshot(page, "07-signed-in-member");
      // a token the API does not accept is said so, and not kept
      await page.getByRole("button", { name: "Uitloggen" }).click();
      await page.locator('#viewer-role[data-role="READER"]').waitFor();
      await page.getByRole("button", { name: "Inloggen" }).click();
      await page.getByLabel("Plak je token (bearer)").fill("not-a-token");
      await page.getByRole("dialog").getByRole("button", { name: "Inloggen" }).click();
      await page.getByText("Dit token werd niet geaccepteerd.").waitFor();
      expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem("ipo-graph:token"))).toBeNull();
    });
  });

  it("the transition matrix is a heat map of transitionMatrix, and the figures show networkStats with its gaps", async () => {
    const { transitionMatrix, networkStats } = await api(
      `{ transitionMatrix { cells { experimentCount } } networkStats { experimentCount regionsWithoutExperiments { name } } }`,
    );
    await withPage(async (page) => {
      await page.goto(`${origin}/explore?tab=matrix`);
      await page.locator("table.heatmap").waitFor();
      const cells = (await page.locator("table.heatmap td button.cell").allTextContents()).map(Number);
      expect(cells.sort()).toEqual(transitionMatrix.cells.map((cell: { experimentCount: number }) => cell.experimentCount).sort());
      // the whole matrix: nothing clipped at 1400x900
      const fits = await page.evaluate(() => {
        const box = (globalThis as any).document.querySelector(".table-scroll");
        return { scroll: box.scrollHeight, client: box.clientHeight, scrollWidth: box.scrollWidth, clientWidth: box.clientWidth };
      });
      expect(fits.scroll).toBeLessThanOrEqual(fits.client + 1);
      expect(fits.scrollWidth).toBeLessThanOrEqual(fits.clientWidth + 1);
      await page.locator("table.heatmap td button.cell").first().click();
      expect(await page.locator("#matrix-cell li").count()).toBeGreaterThan(0);
      await screenshot(page, "08-transition-matrix");
      await page.getByRole("tab", { name: "Cijfers" }).click();
      await page.getByText(`${networkStats.experimentCount} experimenten en initiatieven binnen de filters`).waitFor();
      const gaps = await page.locator(".gaps").textContent();
      for (const region of networkStats.regionsWithoutExperiments) expect(gaps).toContain(region.name);
      expect(await page.locator("figure.chart").count()).toBe(5);
      await screenshot(page, "09-figures");
    });
  });

  it("works in English too", async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      await waitForNetwork(page);
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("tab", { name: "Network" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
      expect(await page.getByLabel("Collaboration domain").locator("option").allTextContents()).toEqual([
        "All",
        "Clinic",
        "Transmural",
        "Public health",
        "Mental health",
      ]);
      await screenshot(page, "10-english");
    });
  });

  it("every string in one language: switched to English no Dutch word of the page is left, and back in Dutch no English one", async () => {
    const lumc = await idOf("institution", "lumc");
    const domain = "TRANSMURAL";
    await withPage(async (page) => {
      await page.goto(`${origin}/explore?select=${encodeURIComponent(lumc)}&domain=${domain}`);
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      await waitForNetwork(page);
      const words = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).ipoExplorer.words());
      /** The text a person meets on every view (network with the panel, matrix, figures, the sign-in box), attributes included. */
      const everything = async () => {
        const texts: string[] = [];
        const collect = () =>
          page.evaluate(() => {
            const document = (globalThis as any).document;
            const attributes = [...document.querySelectorAll("[aria-label],[placeholder],[title]")].flatMap((element: any) =>
              ["aria-label", "placeholder", "title"].map((name) => element.getAttribute(name) ?? ""),
            );
            // commands and identifiers (`code`) are the same in every language
            // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not what hidden elements hold (textContent has both)
            let text: string = document.body.innerText;
            // biome-ignore lint/performance/useDomNodeTextContent: the same rendering as the page's text above
            for (const code of document.querySelectorAll("code")) text = text.split(code.innerText).join(" ");
            return [document.title, text, ...attributes].join("\n");
          });
        texts.push(await collect());
        for (const tab of ["matrix", "stats"]) {
          await page.locator(`#tab-${tab}`).click();
          await page.locator(tab === "matrix" ? "table.heatmap" : "#gaps-scope").waitFor();
          texts.push(await collect());
        }
        await page.locator("#tab-network").click();
        await page.locator("#sign-in-open").click();
        await page.locator("#token-what").waitFor();
        texts.push(await collect());
        await page.keyboard.press("Escape");
        return texts.join("\n");
      };
      // the data the page shows is in the sources' language whatever the page's (`Antonius Academie`): a word of the
      // other language that is part of the data is no untranslated string
      const data = JSON.stringify(
        await api(`{
          institutions(first: 100) { nodes { name shortName } }
          experiments(first: 100) { nodes { title acronym quotes { text topic } people { note } } }
          people(first: 100) { nodes { name professionTitle } }
          specialties(first: 100) { nodes { name } }
          careTransitions(first: 100) { nodes { name } }
          regions(first: 100) { nodes { name } }
        }`),
      );
      const foundIn = (text: string, probe: string) =>
        new RegExp(`(^|[^\\p{L}])${probe.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(text);
      /** Strings of the other language found in the page: whole words, the literal parts of strings with placeholders. */
      const leftovers = (text: string, other: 0 | 1) => {
        const found = new Set<string>();
        for (const pair of words) {
          if (pair[0] === pair[1]) continue;
          const probes = pair[other]
            .split(/\{\w+\}/)
            .map((part) => part.trim())
            .filter((part) => part.length >= 4 && part !== pair[1 - other]);
          for (const probe of probes) if (foundIn(text, probe) && !foundIn(data, probe)) found.add(probe);
        }
        return [...found];
      };
      const dutch = await everything();
      expect(dutch).toContain("Rol: anoniem");
      expect(dutch).toMatch(/Binnen de filters \(Samenwerkingsdomein: Transmuraal\)/);
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("tab", { name: "Network" }).waitFor();
      // the switch loads the network again and then draws the panel in the new language; its title reads the same
      await waitForNetwork(page);
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      const english = await everything();
      expect(english).toContain("Role: anonymous");
      expect(english).toContain("A token is a signed key");
      expect(leftovers(english, 0)).toEqual([]);
      await page.getByRole("button", { name: "Nederlands" }).click();
      await page.getByRole("tab", { name: "Netwerk" }).waitFor();
      await waitForNetwork(page);
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      expect(leftovers(await everything(), 1)).toEqual([]);
      writeArtifact("language-check.json", { pairs: words.length, dutchCharacters: dutch.length, englishCharacters: english.length });
    });
  });

  it("a node chosen elsewhere clears the search term that named another", async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      await waitForNetwork(page);
      await search(page, "LUMC", /Leids Universitair Medisch Centrum/);
      await panelTitle(page, "Leids Universitair Medisch Centrum");
      expect(await page.getByRole("combobox", { name: "Zoeken" }).inputValue()).toBe("LUMC");
      await page.locator('[data-section="partners"] li button', { hasText: "Florence" }).click();
      await panelTitle(page, "Florence");
      expect(await page.getByRole("combobox", { name: "Zoeken" }).inputValue()).toBe("");
    });
  });

  it("initiatief aanmelden: the API's field problems beside their fields in Dutch, institutions and specialties picked from the graph, typed markup shown as text, a receipt; editors find it", async () => {
    const hostile = `<img src=x onerror="document.title='pwned'">Samen leren <b>op de SEH</b>`;
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      await waitForNetwork(page);
      await page.getByRole("button", { name: "Initiatief aanmelden" }).click();
      const form = page.locator("#initiative-form");
      await form.waitFor();
      // sent empty: the API's problems, each beside its field, in the page's language
      await form.getByRole("button", { name: "Aanmelden" }).click();
      await page.locator("#initiative-summary", { hasText: "nog niet aangemeld" }).waitFor();
      for (const id of ["si-title", "si-summary", "si-submitter-name", "si-submitter-email"])
        expect({ id, invalid: await page.locator(`#${id}`).getAttribute("aria-invalid") }).toEqual({ id, invalid: "true" });
      expect(await page.locator("#si-title-problem").textContent()).toBe("Vul dit in.");
      expect(await page.locator("#si-submitter-email-problem").textContent()).toBe("Vul een e-mailadres in, zoals naam@lumc.nl.");
      await screenshot(page, "24-initiative-problems");
      // filled in, with an institution and a specialty picked from the graph, and an e-mail address that is none
      await page.locator("#si-title").fill(hostile);
      await page.getByLabel("Samenvatting").fill("Aios van verschillende specialismen leren samen bij de overdracht op de SEH.");
      await page.getByLabel("Doelen").fill("Samen leren\nBetere overdracht");
      await page.getByRole("checkbox", { name: "Transmuraal" }).check();
      await page.locator("#si-institutions").fill("Leids");
      await page.locator("#si-institutions-results button", { hasText: "Leids Universitair Medisch Centrum" }).click();
      await page.getByLabel("Rol: Leids Universitair Medisch Centrum").selectOption("LEAD");
      await page.locator("#si-specialties").fill("Huisarts");
      await page.locator("#si-specialties-results button", { hasText: "Huisartsgeneeskunde" }).first().click();
      await page.getByLabel("Je naam").fill("Sanne de Vries");
      await page.getByLabel("Je e-mailadres").fill("sanne@");
      await form.getByRole("button", { name: "Aanmelden" }).click();
      // the e-mail's problem reads as it did after the first answer, so the second is known by the title's going
      await page.waitForFunction(() => (globalThis as any).document.getElementById("si-title-problem").textContent === "");
      expect(await page.locator("#si-submitter-email-problem").textContent()).toBe("Vul een e-mailadres in, zoals naam@lumc.nl.");
      await page.getByLabel("Je e-mailadres").fill("sanne@example.nl");
      await form.getByRole("button", { name: "Aanmelden" }).click();
      const receipt = page.locator("#initiative-receipt");
      await receipt.waitFor();
      expect(await receipt.textContent()).toContain(`Je initiatief “${hostile}” is ontvangen`);
      expect(await receipt.locator("img, b").count()).toBe(0);
      expect(await page.title()).not.toBe("pwned");
      await screenshot(page, "25-initiative-receipt");
    });
    const { submissions } = await api(
      `{ submissions(first: 100) { nodes { title goals domains institutions { role institution { slug } } specialties { specialty { slug } } } } }`,
      undefined,
      Role.EDITOR,
    );
    const submitted = submissions.nodes.find((node: { title: string }) => node.title === hostile);
    expect(submitted).toMatchObject({
      goals: ["Samen leren", "Betere overdracht"],
      domains: ["TRANSMURAL"],
      institutions: [{ role: "LEAD", institution: { slug: "lumc" } }],
      specialties: [{ specialty: { slug: "huisartsgeneeskunde" } }],
    });
  });

  it("initiatief aanmelden past the anonymous write limit: the answer is a sentence with the wait, and what was typed stays", async () => {
    const limited = await startTestApp({ rateLimits: { anonymousWrites: 1 } });
    const limitedOrigin = new URL(limited.url).origin;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(`${limitedOrigin}/explore#initiatief-aanmelden`);
      await page.locator("#initiative-form").waitFor();
      const fill = async (title: string) => {
        await page.locator("#si-title").fill(title);
        await page.getByLabel("Samenvatting").fill("Een korte samenvatting.");
        await page.getByLabel("Je naam").fill("Sanne");
        await page.getByLabel("Je e-mailadres").fill("sanne@example.nl");
        await page.locator("#initiative-form").getByRole("button", { name: "Aanmelden" }).click();
      };
      await fill("Eerste aanmelding");
      await page.locator("#initiative-receipt").waitFor();
      await page.getByRole("button", { name: "Nog een initiatief aanmelden" }).click();
      await fill("Tweede aanmelding");
      const summary = page.locator("#initiative-summary", { hasText: "Probeer het over" });
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(/Probeer het over \d+ (seconden|minuten) opnieuw; wat je hebt ingevuld blijft staan\./);
      expect(await page.locator("#si-title").inputValue()).toBe("Tweede aanmelding");
      await page.screenshot({ path: artifactPath("explorer", "26-phone-initiative-rate-limited.png") });
    } finally {
      await context.close();
      await limited.close();
    }
  });

  /** A page signed in with a token of `role` (the token is in session storage before the explorer starts). */
  async function signedInPage(role: Role, size = { width: 1440, height: 900 }) {
    const token = await tokenFor(role);
    const context = await browser.newContext({ viewport: size });
    await context.route("**/*", (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
    await context.addInitScript((value) => (globalThis as any).sessionStorage.setItem("ipo-graph:token", value), token);
    return { context, page: await context.newPage() };
  }

  const SUBMIT = `mutation($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id version } }`;
  async function submitted(title: string, institutionSlugs: string[] = []) {
    const institutions = [];
    for (const slug of institutionSlugs) institutions.push({ institutionId: await idOf("institution", slug), role: "PARTNER" });
    const { body } = await app.query(SUBMIT, {
      input: { title, summary: `Samenvatting van ${title}.`, institutions, submitter: { name: "Indiener", email: "indiener@example.nl" } },
    });
    expect(body.errors).toBeUndefined();
    return body.data.submitInitiative as { id: string; version: number };
  }

  it("end to end: an anonymous person submits an initiative through the form on a phone, it arrives in an editor's open queue by itself with what it adds, the editor publishes it with the keyboard, and an anonymous reader finds it by search and in the network", async () => {
    const title = "Samen leren bij de overdracht van de SEH naar huis";
    const { context, page } = await signedInPage(Role.EDITOR);
    let id = "";
    try {
      await page.goto(`${origin}/explore?tab=review`);
      await page.locator("#review h2").waitFor();
      expect(await page.locator("#tab-review").isVisible()).toBe(true);
      const before = Number(await page.locator("#review").getAttribute("data-count"));
      // submitted through the form by an anonymous person on a phone while the queue is open: it appears by itself (submissionReceived)
      await page.waitForTimeout(300);
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      try {
        const form = await phone.newPage();
        await form.goto(`${origin}/explore#initiatief-aanmelden`);
        await form.locator("#si-title").fill(title);
        await form.getByLabel("Samenvatting").fill("Aios leren samen bij de overdracht van de SEH naar huis.");
        for (const [name, pick] of [
          ["Leids", "Leids Universitair Medisch Centrum"],
          ["Haaglanden", "Haaglanden Medisch Centrum"],
        ]) {
          await form.locator("#si-institutions").fill(name);
          await form.locator("#si-institutions-results button", { hasText: pick }).click();
        }
        await form.getByLabel("Je naam").fill("Indiener");
        await form.getByLabel("Je e-mailadres").fill("indiener@example.nl");
        await form.locator("#initiative-form").getByRole("button", { name: "Aanmelden" }).click();
        await form.locator("#initiative-receipt").waitFor();
        id = (await form.locator("#initiative-receipt code").textContent())!;
      } finally {
        await phone.close();
      }
      const item = page.locator(`.review-item[data-id="${id}"]`);
      await item.waitFor({ timeout: 10_000 });
      expect(Number(await page.locator("#review").getAttribute("data-count"))).toBe(before + 1);
      expect(await item.locator(".review-links").textContent()).toContain("Leids Universitair Medisch Centrum");
      expect(await item.textContent()).toContain("indiener@example.nl");
      await screenshot(page, "27-review-queue");
      // keyboard only: to the publish button with Tab, Enter publishes
      await item.locator("h3").click();
      const publish = item.locator('button[data-action="publish"]');
      for (
        let step = 0;
        step < 10 && !(await publish.evaluate((element) => element === (globalThis as any).document.activeElement));
        step++
      )
        await page.keyboard.press("Tab");
      expect(await publish.evaluate((element) => element === (globalThis as any).document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      await page.locator("#review-status", { hasText: "is gepubliceerd" }).waitFor();
      expect(await page.locator(`.review-item[data-id="${id}"]`).count()).toBe(0);
    } finally {
      await context.close();
    }
    // an anonymous reader: found by search, its panel, and in the network next to LUMC
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      await waitForNetwork(page);
      await search(page, "overdracht SEH naar huis", /Samen leren bij de overdracht/);
      await panelTitle(page, title);
      await page.getByRole("button", { name: "Toon omgeving in het netwerk" }).click();
      await waitForNetwork(page, undefined, "graph");
      const ids = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).ipoExplorer.nodeIds());
      expect(ids).toEqual(expect.arrayContaining([id, await idOf("institution", "lumc"), await idOf("institution", "hmc")]));
      await screenshot(page, "28-published-initiative-anonymous");
    });
  });

  it("review queue: two editors edit one submission; the second sees both versions, chooses per field, and nothing is lost", async () => {
    const { id, version } = await submitted("Leren in de wijk");
    const { context, page } = await signedInPage(Role.EDITOR, { width: 390, height: 844 });
    try {
      await page.goto(`${origin}/explore?tab=review`);
      const item = page.locator(`.review-item[data-id="${id}"]`);
      await item.waitFor();
      await item.locator('button[data-action="edit"]').click();
      await page.locator(`#edit-title-${id.replace(/[^A-Za-z0-9_-]/g, "\\$&")}`).waitFor();
      await item.getByLabel("Titel", { exact: true }).fill("Leren in de wijk, met de huisarts");
      await item.getByLabel("Samenvatting").fill("Mijn nieuwe samenvatting.");
      // a new submission arrives meanwhile: it joins the queue, and what this editor typed stays
      const arrived = await submitted("Nieuw tijdens het bewerken");
      await page.locator(`.review-item[data-id="${arrived.id}"]`).waitFor();
      expect(await item.getByLabel("Titel", { exact: true }).inputValue()).toBe("Leren in de wijk, met de huisarts");
      // meanwhile another editor changes the title and the care theme
      const other = await app.query(
        `mutation($id: ID!, $v: Int!) { updateExperiment(id: $id, expectedVersion: $v, input: { title: "Leren in de wijk (concept)", careTheme: "Ouderen thuis" }) { version } }`,
        { id, v: version },
        { as: Role.EDITOR },
      );
      expect(other.body.errors).toBeUndefined();
      await item.locator('button[data-action="save"]').click();
      await item.getByText("Iemand anders was je voor").waitFor();
      // only the title differs both ways; the summary (only mine) and the care theme (only theirs) need no choice
      expect(
        await item.locator(".conflict-field").evaluateAll((fields) => fields.map((field) => field.getAttribute("data-field"))),
      ).toEqual(["title"]);
      expect(await item.locator(".conflict-field").textContent()).toContain("Leren in de wijk (concept)");
      await page.screenshot({ path: artifactPath("explorer", "29-phone-edit-conflict.png") });
      await item.getByRole("radio", { name: /Jouw tekst/ }).check();
      await item.getByRole("button", { name: "Opslaan met deze keuzes" }).click();
      await page.locator("#review-status", { hasText: "is opgeslagen" }).waitFor();
    } finally {
      await context.close();
    }
    const { node } = await api(
      `query($id: ID!) { node(id: $id) { ... on Experiment { version title summary careTheme } } }`,
      { id },
      Role.EDITOR,
    );
    expect(node).toEqual({
      version: version + 2,
      title: "Leren in de wijk, met de huisarts",
      summary: "Mijn nieuwe samenvatting.",
      careTheme: "Ouderen thuis",
    });
  });

  it("review queue: rejecting needs a reason; a rejected submission leaves the queue; readers and members have no queue", async () => {
    const { id } = await submitted("Niet passend voorstel");
    const { context, page } = await signedInPage(Role.EDITOR);
    try {
      await page.goto(`${origin}/explore?tab=review`);
      const item = page.locator(`.review-item[data-id="${id}"]`);
      await item.waitFor();
      await item.locator('button[data-action="reject"]').click();
      await item.getByRole("button", { name: "Afwijzen met deze reden" }).click();
      expect(await item.getByLabel(/Reden van afwijzing/).getAttribute("aria-invalid")).toBe("true");
      await item.getByLabel(/Reden van afwijzing/).fill("Valt buiten interprofessioneel opleiden.");
      await item.getByRole("button", { name: "Afwijzen met deze reden" }).click();
      await page.locator("#review-status", { hasText: "is afgewezen" }).waitFor();
    } finally {
      await context.close();
    }
    const { submissions } = await api(
      `{ submissions(state: REJECTED, first: 100) { nodes { id submission { rejectionReason } } } }`,
      undefined,
      Role.EDITOR,
    );
    expect(submissions.nodes.find((node: { id: string }) => node.id === id)?.submission.rejectionReason).toBe(
      "Valt buiten interprofessioneel opleiden.",
    );
    const member = await signedInPage(Role.MEMBER);
    try {
      await member.page.goto(`${origin}/explore?tab=review`);
      await waitForNetwork(member.page);
      expect(await member.page.locator("#tab-review").isVisible()).toBe(false);
      expect(await member.page.locator("#panel-network").isVisible()).toBe(true);
    } finally {
      await member.context.close();
    }
  });

  it("keyboard only: search with the arrows, pick a node from the list with Enter", async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      await waitForNetwork(page);
      await page.getByRole("combobox", { name: "Zoeken" }).focus();
      await page.keyboard.type("Florence");
      await page
        .getByRole("option", { name: /Florence/ })
        .first()
        .waitFor();
      await page.keyboard.press("ArrowDown");
      expect(await page.getByRole("combobox", { name: "Zoeken" }).getAttribute("aria-activedescendant")).toBe("search-hit-0");
      await page.keyboard.press("Enter");
      await panelTitle(page, "Florence");
      const hmc = page.locator("#node-list button", { hasText: "Haaglanden Medisch Centrum" });
      await hmc.focus();
      await page.keyboard.press("Enter");
      await panelTitle(page, "Haaglanden Medisch Centrum");
    });
  });

  it("every screen: at 390x844 (touch) the picture comes first, search and sign-in fit, filters open as a drawer, a tap selects, a pinch zooms; at 1440x900 all side by side", async () => {
    const axe = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    const leiden = await idOf("region", "oor-leiden");
    const inLeiden = await networkCount({ regionId: leiden });
    const report: Record<string, unknown> = {};
    for (const size of [
      { name: "phone", width: 390, height: 844, touch: true },
      { name: "wide", width: 1440, height: 900, touch: false },
    ]) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        hasTouch: size.touch,
        isMobile: size.touch,
        deviceScaleFactor: 1,
      });
      await context.route("**/*", (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      try {
        await page.goto(`${origin}/explore`);
        const nodes = await waitForNetwork(page);
        const paintMs = Math.round(await paintedAt(page));
        const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
        const inside = (b: { x: number; y: number; width: number; height: number }) => b.x >= 0 && b.x + b.width <= size.width + 0.5;
        const [search, signIn, language, graph] = [
          await box("#search-input"),
          await box("#sign-in-open"),
          await box("#language"),
          await box("#graph"),
        ];
        report[size.name] = { paintMs, nodes, search, signIn, language, graph };
        expect(search.width).toBeGreaterThanOrEqual(Math.min(300, size.width - 40));
        for (const control of [search, signIn, language]) expect(inside(control)).toBe(true);
        // the picture is on the first screen, as wide as the screen allows
        expect(graph.y).toBeLessThan(size.height * 0.5);
        expect(graph.y + graph.height).toBeLessThanOrEqual(size.height);
        expect(graph.width).toBeGreaterThan(size.width * (size.touch ? 0.85 : 0.5));
        expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        expect((await labelOverlaps(page)).overlapping).toEqual([]);
        await page.screenshot({ path: artifactPath("explorer", `20-${size.name}-${size.width}.png`) });
        if (size.touch) {
          // filters: hidden behind a button, opened as a drawer over the picture, closed with Escape
          expect(await page.locator("#filter-region").isVisible()).toBe(false);
          await page.getByRole("button", { name: "Filters" }).first().tap();
          const drawer = await box("#filters");
          expect(inside(drawer)).toBe(true);
          await page.screenshot({ path: artifactPath("explorer", `21-${size.name}-filters.png`) });
          await page.getByLabel("Regio (OOR)").selectOption({ label: "OOR Leiden" });
          expect(await waitForNetwork(page, inLeiden)).toBe(inLeiden);
          await page.keyboard.press("Escape");
          expect(await page.locator("#filter-region").isVisible()).toBe(false);
          // a tap on a node selects it
          const lumc = await idOf("institution", "lumc");
          const at = await page.evaluate((id) => (globalThis as unknown as ExplorerWindow).ipoExplorer.viewportPosition(id), lumc);
          const frame = await box("#graph");
          await page.touchscreen.tap(frame.x + at!.x, frame.y + at!.y);
          await panelTitle(page, "Leids Universitair Medisch Centrum");
          // a pinch (two fingers apart) zooms in: two nodes end up farther apart on the screen
          const [first, second] = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).ipoExplorer.nodeIds().slice(0, 2));
          const distance = () =>
            page.evaluate(
              ([a, b]) => {
                const explorer = (globalThis as unknown as ExplorerWindow).ipoExplorer;
                const [p, q] = [explorer.viewportPosition(a)!, explorer.viewportPosition(b)!];
                return Math.hypot(p.x - q.x, p.y - q.y);
              },
              [first, second] as const,
            );
          const before = await distance();
          const cdp = await context.newCDPSession(page);
          const centre = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
          const fingers = (spread: number) => [
            { x: centre.x - spread, y: centre.y, id: 1 },
            { x: centre.x + spread, y: centre.y, id: 2 },
          ];
          await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(20) });
          for (let spread = 30; spread <= 120; spread += 10)
            await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(spread) });
          await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
          await page.waitForTimeout(400);
          const after = await distance();
          report.pinch = { before: Math.round(before), after: Math.round(after) };
          expect(after).toBeGreaterThan(before * 1.5);
          await page.screenshot({ path: artifactPath("explorer", `22-${size.name}-selected.png`) });
        }
        await page.evaluate(axe);
        const violations = await page.evaluate(async () => {
          const run = await (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ["violations"] });
          return run.violations.map((violation: any) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
        });
        report[`${size.name}Axe`] = violations;
        expect(violations.filter((violation: any) => violation.impact === "serious" || violation.impact === "critical")).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
    writeArtifact("screens.json", report);
  }, 90_000);

  it("the matrix on a phone: it scrolls inside its box with its headers in view, and its last row and column can be read whole", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await context.route("**/*", (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/explore?tab=matrix`);
      await page.locator("table.heatmap").waitFor();
      await page.evaluate(() => {
        const box = (globalThis as any).document.querySelector(".table-scroll");
        // a short screen (landscape phone): far more matrix than box
        box.style.maxHeight = "360px";
        box.scrollTop = box.scrollHeight;
        box.scrollLeft = box.scrollWidth;
      });
      const geometry = await page.evaluate(() => {
        const document = (globalThis as any).document;
        const box = document.querySelector(".table-scroll");
        const frame = box.getBoundingClientRect();
        const inner = { top: frame.top, left: frame.left, bottom: frame.top + box.clientHeight, right: frame.left + box.clientWidth };
        const rect = (element: any) => {
          const r = element.getBoundingClientRect();
          return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
        };
        const rows = document.querySelectorAll("table.heatmap tbody tr");
        const lastRow = rows[rows.length - 1];
        const cells = lastRow.querySelectorAll("td");
        return {
          inner,
          scrolled: box.scrollTop > 0,
          lastRowHeader: rect(lastRow.querySelector("th")),
          lastCell: rect(cells[cells.length - 1]),
          columnHeader: rect(document.querySelector("table.heatmap thead th")),
        };
      });
      await page.screenshot({ path: artifactPath("explorer", "23-phone-matrix-scrolled.png") });
      expect(geometry.scrolled).toBe(true);
      // the last row and its last cell lie whole within the box's visible part (above the scrollbar)
      expect(geometry.lastCell.bottom).toBeLessThanOrEqual(geometry.inner.bottom + 1);
      expect(geometry.lastCell.right).toBeLessThanOrEqual(geometry.inner.right + 1);
      expect(geometry.lastRowHeader.left).toBeGreaterThanOrEqual(geometry.inner.left - 1);
      // scrolled to the end, the column headers are still in the box (they stick to its top) and so are the row headers
      expect(geometry.columnHeader.top).toBeGreaterThanOrEqual(geometry.inner.top - 1);
      expect(geometry.columnHeader.bottom).toBeLessThanOrEqual(geometry.lastRowHeader.top + 1);
      await page.screenshot({ path: artifactPath("explorer", "23-phone-matrix-scrolled.png") });
    } finally {
      await context.close();
    }
  });

  it("axe-core finds no serious or critical violations on the network, matrix, figures, the initiative form and the review queue", async () => {
    const axe = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    const lumc = await idOf("institution", "lumc");
    const results: Record<string, Array<{ id: string; impact: string; nodes: number }>> = {};
    await withPage(async (page) => {
      for (const tab of ["network", "matrix", "stats"]) {
        await page.goto(`${origin}/explore?select=${encodeURIComponent(lumc)}&tab=${tab}`);
        await panelTitle(page, "Leids Universitair Medisch Centrum");
        if (tab === "network") await waitForNetwork(page);
        else await page.locator(tab === "matrix" ? "table.heatmap" : ".gaps").waitFor();
        await page.evaluate(axe);
        const found = await page.evaluate(async () => {
          const run = await (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ["violations"] });
          return run.violations.map((violation: any) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
        });
        results[tab] = found;
      }
    });
    // the form (anonymous) and the review queue (an editor)
    await withPage(async (page) => {
      await page.goto(`${origin}/explore#initiatief-aanmelden`);
      await page.locator("#initiative-form").waitFor();
      await page.locator("#initiative-form").getByRole("button", { name: "Aanmelden" }).click();
      await page.locator("#initiative-summary", { hasText: "nog niet aangemeld" }).waitFor();
      await page.evaluate(axe);
      results.form = await page.evaluate(async () => {
        const run = await (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ["violations"] });
        return run.violations.map((violation: any) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
      });
    });
    await submitted("Voor de toegankelijkheidstoets");
    const editor = await signedInPage(Role.EDITOR);
    try {
      await editor.page.goto(`${origin}/explore?tab=review`);
      await editor.page.locator(".review-item").first().waitFor();
      await editor.page.evaluate(axe);
      results.review = await editor.page.evaluate(async () => {
        const run = await (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ["violations"] });
        return run.violations.map((violation: any) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
      });
    } finally {
      await editor.context.close();
    }
    writeArtifact("axe.json", results);
    const serious = Object.values(results)
      .flat()
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious).toEqual([]);
  });

  // last: it changes the data the tests above read
  it("updates live: a write through the API redraws the collaboration network, and what was drawn keeps its place", async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}/explore`);
      const before = await waitForNetwork(page, await networkCount(null), "collaboration");
      await page.locator('#live-status[data-live="true"]').waitFor();
      const lumc = await idOf("institution", "lumc");
      const kept = await page.evaluate((id) => (globalThis as unknown as ExplorerWindow).ipoExplorer.graphPosition(id), lumc);
      const { experiment } = await api(`{ experiment(slug: "cobra") { id } }`);
      const { errors } = (
        await app.query(
          `mutation ($input: LinkExperimentInstitutionInput!) { linkExperimentInstitution(input: $input) { role } }`,
          { input: { experimentId: experiment.id, institutionId: lumc, role: "PARTNER" } },
          { as: Role.EDITOR },
        )
      ).body;
      expect(errors).toBeUndefined();
      const network = (await api(`{ collaborationNetwork(maxEdges: 5000) { nodes { id } edges { weight } } }`)).collaborationNetwork;
      await page.locator(`#graph-status[data-edges="${network.edges.length}"]`).waitFor({ timeout: 15_000 });
      expect(await waitForNetwork(page, network.nodes.length)).toBe(network.nodes.length);
      expect(network.nodes.length).toBeGreaterThanOrEqual(before);
      expect(await page.locator("#live-status").getAttribute("data-updates")).toBe("1");
      expect(await page.evaluate((id) => (globalThis as unknown as ExplorerWindow).ipoExplorer.graphPosition(id), lumc)).toEqual(kept);
      await screenshot(page, "11-live-update");
    });
  });
});

describe("the network explorer in production with TRUSTED_DOCUMENTS=only", () => {
  it("works: its own operations (checked against the schema when built) are trusted at start, other documents are not", async () => {
    const app = await startTestApp({ production: true, trustedDocuments: "only" });
    const browser = await launchChromium();
    try {
      const origin = new URL(app.url).origin;
      const refused = await app.query(`{ collaborationNetwork { nodes { id } } }`);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_TRUSTED");
      const { context, elsewhere } = await offlineContext(browser, origin);
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/explore?tab=stats`);
        expect(await waitForNetwork(page)).toBeGreaterThan(10);
        await page.locator(".gaps").waitFor();
        expect(elsewhere).toEqual([]);
      } finally {
        await context.close();
      }
    } finally {
      await browser.close();
      await app.close();
    }
  });
});
