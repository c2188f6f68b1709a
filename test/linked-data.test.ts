import { readFileSync } from "node:fs";
import path from "node:path";
import jsonld from "jsonld";
import { edgeIdentities } from "../src/catalogue/edge-identity";
import { typeSegment } from "../src/features/linked-data/iri";
import { Parser } from "n3";
import { Role } from "../src/model/viewer";
import { addSyntheticNetwork } from "./support/synthetic";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";

const SCHEMA = "https://schema.org/";
const ORG = "http://www.w3.org/ns/org#";

describe("linked data: IRIs, content negotiation, the JSON-LD context", () => {
  let app: TestApp;
  let base: string;
  beforeAll(async () => {
    app = await startTestApp();
    base = new URL(app.url).origin;
  });
  afterAll(() => app.close());

  const get = (path: string, accept: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers: { accept, ...headers }, redirect: "manual" });

  /** jsonld.js loading only our own context, from the server. */
  const documentLoader = async (url: string) => {
    if (!url.startsWith(base)) throw new Error(`not ours: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: await (await fetch(url)).json() };
  };

  it("GET an IRI as JSON-LD: the node's facts and links, a Link header to the context, and it expands to schema.org and ORG terms", async () => {
    const response = await get("/id/institution/lumc", "application/ld+json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(response.headers.get("link")).toBe(
      `<${base}/ns/context.jsonld>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
    );
    const document = (await response.json()) as any;
    expect(document).toMatchObject({
      "@id": `${base}/id/institution/lumc`,
      "@type": ["Institution", "schema:Organization", "org:Organization"],
      name: "Leids Universitair Medisch Centrum",
      region: `${base}/id/region/oor-leiden`,
    });
    const [expanded] = (await jsonld.expand(document, { documentLoader: documentLoader as never })) as any[];
    expect(expanded["@type"]).toEqual(expect.arrayContaining([`${SCHEMA}Organization`, `${ORG}Organization`]));
    expect(expanded[`${SCHEMA}name`]).toEqual([{ "@value": "Leids Universitair Medisch Centrum" }]);
    expect(expanded[`${SCHEMA}addressLocality`]).toEqual([{ "@value": "Leiden" }]);
    // its part says so in ORG's words; an affiliation is an org:Membership with its member
    const part = (await (await get("/id/institution/huisartsenopleiding-lumc", "application/ld+json")).json()) as any;
    const [expandedPart] = (await jsonld.expand(part, { documentLoader: documentLoader as never })) as any[];
    expect(expandedPart[`${ORG}subOrganizationOf`]).toEqual([{ "@id": `${base}/id/institution/lumc` }]);
    const membership = expanded[`${base}/ns/vocab#affiliations`][0];
    expect(membership["@type"]).toContain(`${ORG}Membership`);
    expect(membership[`${ORG}member`]).toEqual([{ "@id": `${base}/id/person/annemarie-moll` }]);
  });

  it("our vocabulary dereferences: every term of ours a document uses is defined there, with its public superclasses, and the source texts", async () => {
    const vocabulary = (await (await get("/ns/vocab", "application/ld+json")).json()) as any;
    const expandedVocabulary = (await jsonld.expand(vocabulary, { documentLoader: documentLoader as never })) as any[];
    const defined = new Set(expandedVocabulary.map((entry) => entry["@id"]));
    const institution = expandedVocabulary.find((entry) => entry["@id"] === `${base}/ns/vocab#Institution`);
    expect(institution["http://www.w3.org/2000/01/rdf-schema#subClassOf"]).toEqual(
      expect.arrayContaining([{ "@id": `${SCHEMA}Organization` }, { "@id": `${ORG}Organization` }]),
    );
    expect(defined.has(`${base}/ns/sources#DUO_PROJECT`)).toBe(true);
    // every IRI in our namespace that the documents of a few nodes use, as a property or a class
    const used = new Set<string>();
    const collect = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key.startsWith(`${base}/ns/vocab#`)) used.add(key);
        if (key === "@type") for (const type of [value].flat() as string[]) if (type.startsWith(`${base}/ns/vocab#`)) used.add(type);
        collect(value);
      }
    };
    for (const path of [
      "/id/institution/lumc",
      "/id/experiment/duo-project",
      "/id/specialty/klinische-geriatrie",
      "/id/person/klaas-nauta",
      "/id/care-transition/referral-home-hospital",
    ]) {
      collect(
        await jsonld.expand((await (await get(path, "application/ld+json")).json()) as any, { documentLoader: documentLoader as never }),
      );
    }
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((iri) => !defined.has(iri))).toEqual([]);
    const turtle = new Parser({ format: "Turtle" }).parse(await (await get("/ns/sources", "text/turtle")).text());
    expect(
      turtle.some((q) => q.subject.value === `${base}/ns/sources#OPLEIDEN_2025_EXPERIMENTS` && q.predicate.value === `${SCHEMA}name`),
    ).toBe(true);
  });

  it("the same IRI as Turtle and as a page; a format nobody serves is 406", async () => {
    const turtle = await get("/id/experiment/cobra", "text/turtle");
    expect(turtle.headers.get("content-type")).toMatch(/^text\/turtle/);
    const quads = new Parser({ format: "Turtle" }).parse(await turtle.text());
    const cobra = `${base}/id/experiment/cobra`;
    expect(
      quads.some((q) => q.subject.value === cobra && q.predicate.value === `${SCHEMA}name` && q.object.value.startsWith("COBRA")),
    ).toBe(true);
    expect(
      quads.some(
        (q) =>
          q.subject.value === cobra &&
          q.predicate.value === "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" &&
          q.object.value === `${SCHEMA}ResearchProject`,
      ),
    ).toBe(true);

    const page = await get("/id/experiment/cobra", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("<h1>COBRA: COmplexe zorg");
    expect(html).toContain(`<a href="${base}/id/institution/amsterdam-umc-vumc">`);
    expect((await get("/id/experiment/cobra?format=turtle", "text/html")).headers.get("content-type")).toMatch(/^text\/turtle/);
    expect((await get("/id/experiment/cobra", "image/png")).status).toBe(406);
    expect((await get("/id/spaceship/cobra", "text/html")).status).toBe(404);
    expect((await get("/id/experiment/no-such-thing", "text/html")).status).toBe(404);
  });

  it("the GraphQL `iri` and `jsonLd` fields give what the IRI serves to the same caller", async () => {
    const { body } = await app.query(`{ person(slug: "klaas-nauta") { iri jsonLd } }`);
    expect(body.data.person.iri).toBe(`${base}/id/person/klaas-nauta`);
    expect(body.data.person.jsonLd).toEqual(await (await get("/id/person/klaas-nauta", "application/ld+json")).json());
    // personal data: no e-mail address for anonymous readers, in either
    expect(body.data.person.jsonLd.email).toBeUndefined();
    const member = { authorization: `Bearer ${await tokenFor(Role.MEMBER)}` };
    expect(((await (await get("/id/person/klaas-nauta", "application/ld+json", member)).json()) as any).email).toBe(
      "k.nauta@amsterdamumc.nl",
    );
    expect(
      (await app.query(`{ person(slug: "klaas-nauta") { jsonLd } }`, undefined, { as: Role.MEMBER })).body.data.person.jsonLd.email,
    ).toBe("k.nauta@amsterdamumc.nl");
  });

  it("an edge has an IRI of its own, made of its ends and its key facts, and dereferences like a node; GraphQL's `iri` gives it", async () => {
    const { body } = await app.query(`{
      institution(slug: "lumc") {
        experiments(first: 5) { iri role experiment { slug } }
        affiliations(first: 5) { iri position person { slug } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const [part] = body.data.institution.experiments;
    const partIri = `${base}/id/experiment-institution/${part.experiment.slug}/lumc/${part.role}`;
    expect(part.iri).toBe(partIri);
    const [affiliation] = body.data.institution.affiliations;
    expect(affiliation.iri).toBe(`${base}/id/affiliation/${affiliation.person.slug}/lumc/${encodeURIComponent(affiliation.position)}`);
    // JSON-LD: both ends and its facts; the same resource LUMC's own document holds
    const response = await get(new URL(partIri).pathname, "application/ld+json");
    expect(response.status).toBe(200);
    expect(response.headers.get("link")).toContain("/ns/context.jsonld");
    const document = (await response.json()) as any;
    expect(document).toMatchObject({
      "@id": partIri,
      "@type": ["ExperimentInstitution", "org:Membership"],
      experiment: `${base}/id/experiment/${part.experiment.slug}`,
      institution: `${base}/id/institution/lumc`,
      role: part.role,
    });
    // GraphQL's jsonLd of the edge is the same document
    const viaGraphql = await app.query(`{ institution(slug: "lumc") { experiments(first: 5) { iri jsonLd } } }`);
    expect(viaGraphql.body.data.institution.experiments.find((edge: any) => edge.iri === partIri).jsonLd).toEqual(document);
    const lumc = (await (await get("/id/institution/lumc", "application/ld+json")).json()) as any;
    const { "@context": _context, ...resource } = document;
    expect(lumc.experiments.find((item: any) => item["@id"] === partIri)).toEqual(resource);
    const [expanded] = (await jsonld.expand(document, { documentLoader: documentLoader as never })) as any[];
    expect(expanded[`${ORG}member`]).toEqual([{ "@id": `${base}/id/institution/lumc` }]);
    expect(expanded[`${ORG}organization`]).toEqual([{ "@id": `${base}/id/experiment/${part.experiment.slug}` }]);
    // Turtle and a page; a position with spaces round-trips through its IRI
    const turtle = new Parser({ format: "Turtle" }).parse(await (await get(new URL(partIri).pathname, "text/turtle")).text());
    expect(
      turtle.some(
        (q) => q.subject.value === partIri && q.predicate.value === `${ORG}member` && q.object.value === `${base}/id/institution/lumc`,
      ),
    ).toBe(true);
    const page = await get(new URL(affiliation.iri).pathname, "text/html");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`href="${base}/id/person/${affiliation.person.slug}"`);
    // no such edge: another fact, another end, too few or too many parts, no such edge type
    for (const path of [
      `/id/experiment-institution/${part.experiment.slug}/lumc/NO_ROLE`,
      `/id/experiment-institution/${part.experiment.slug}/umcu/${part.role}`,
      `/id/experiment-institution/${part.experiment.slug}/lumc`,
      `/id/experiment-institution/${part.experiment.slug}/lumc/${part.role}/more`,
      `/id/friendship/a/b/c`,
    ])
      expect({ path, status: (await get(path, "application/ld+json")).status }).toEqual({ path, status: 404 });
  });

  it("docs/linked-data.md lists every edge type's IRI form as the catalogue derives it", () => {
    const documented = [
      ...readFileSync(path.join(__dirname, "..", "docs", "linked-data.md"), "utf8").matchAll(/^\| `(\w+)` \| `(\/id\/[^`]+)` \|$/gm),
    ].map((match) => `${match[1]} ${match[2]}`);
    const derived = edgeIdentities().map(
      (identity) =>
        `${identity.name} /id/${typeSegment(identity.name)}/${identity.parts.map((part) => `{${part.kind === "end" ? part.key : part.property}}`).join("/")}`,
    );
    expect(documented.sort()).toEqual(derived.sort());
  });

  it("an edge to a node the caller may not see is not there for that caller", async () => {
    const { id: lumcId } = (await app.query(`{ institution(slug: "lumc") { id } }`)).body.data.institution;
    const submitted = await app.query(`mutation($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id } }`, {
      input: {
        title: "Leren bij de overdracht",
        summary: "Een initiatief om te testen.",
        institutions: [{ institutionId: lumcId, role: "LEAD" }],
        submitter: { name: "Test", email: "test@example.nl" },
      },
    });
    expect(submitted.body.errors).toBeUndefined();
    const editor = { authorization: `Bearer ${await tokenFor(Role.EDITOR)}` };
    const { experiment } = (
      await app.query(
        `query($id: ID!) { experiment(id: $id) { slug institutions { iri } } }`,
        { id: submitted.body.data.submitInitiative.id },
        { as: Role.EDITOR },
      )
    ).body.data;
    const path = new URL(experiment.institutions[0].iri).pathname;
    expect(path).toBe(`/id/experiment-institution/${experiment.slug}/lumc/LEAD`);
    expect((await get(path, "application/ld+json", editor)).status).toBe(200);
    expect((await get(path, "application/ld+json")).status).toBe(404);
  });

  it("jsonLd of 5 or of 25 institutions costs the same statements: one per level", async () => {
    const count = async (first: number) =>
      (await app.countStatements(() => app.query(`{ institutions(first: ${first}) { nodes { jsonLd } } }`))).statements;
    const few = await count(5);
    expect(await count(25)).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });

  it("an old slug redirects (301) to the node's IRI of today; a submitted node is not there for anonymous readers", async () => {
    const { institution } = (await app.query(`{ institution(slug: "hmc") { id version } }`)).body.data;
    const renamed = await app.query(
      `mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, input: { slug: "haaglanden-mc" }) { slug } }`,
      { id: institution.id, v: institution.version },
      { as: Role.EDITOR },
    );
    expect(renamed.body.errors).toBeUndefined();
    const old = await get("/id/institution/hmc?format=jsonld", "text/html");
    expect(old.status).toBe(301);
    expect(old.headers.get("location")).toBe(`${base}/id/institution/haaglanden-mc?format=jsonld`);
    expect(((await (await get("/id/institution/haaglanden-mc", "application/ld+json")).json()) as any).shortName).toBe("HMC");

    const submitted = await app.query(`mutation($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id } }`, {
      input: {
        title: "Samen leren op de huisartsenpost",
        summary: "Een initiatief om te testen.",
        submitter: { name: "Test", email: "test@example.nl" },
      },
    });
    expect(submitted.body.errors).toBeUndefined();
    const slug = (
      await app.query(
        `query($id: ID!) { experiment(id: $id) { slug } }`,
        { id: submitted.body.data.submitInitiative.id },
        { as: Role.EDITOR },
      )
    ).body.data.experiment.slug;
    expect((await get(`/id/experiment/${slug}`, "application/ld+json")).status).toBe(404);
    expect(
      (await get(`/id/experiment/${slug}`, "application/ld+json", { authorization: `Bearer ${await tokenFor(Role.EDITOR)}` })).status,
    ).toBe(200);
  });

  it("a page shows hostile text as text", async () => {
    const created = await app.query(
      `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { slug } }`,
      { input: { slug: "hostile-page", name: `<script>alert("x")</script><img src=x onerror=alert(1)>`, type: "COMPANY" } },
      { as: Role.EDITOR },
    );
    expect(created.body.errors).toBeUndefined();
    const html = await (await get("/id/institution/hostile-page", "text/html")).text();
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});

describe("what a jsonLd field costs", () => {
  it("counts a document as the relation lists it reads: many documents in one query run into QUERY_MAX_COST", async () => {
    const app = await startTestApp({ limits: { maxCost: 10_000 } });
    try {
      const few = await app.query(`{ institutions(first: 5) { nodes { jsonLd } } }`);
      expect(few.body.errors).toBeUndefined();
      const many = await app.query(`{ institutions(first: 25) { nodes { jsonLd } } }`);
      expect(many.body.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX" });
      // the same 25 without their documents cost little
      expect((await app.query(`{ institutions(first: 25) { nodes { iri } } }`)).body.errors).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it("a document whose list reaches the limit says which lists may have more", async () => {
    const app = await startTestApp();
    try {
      await addSyntheticNetwork(app.databaseUrl, 1);
      const hub = (
        await app.query(
          `{ institution(slug: "syn-institution-0") { experimentsConnection(first: 0) { totalCount } affiliationsConnection(first: 0) { totalCount } jsonLd } }`,
        )
      ).body.data.institution;
      expect(hub.experimentsConnection.totalCount).toBeGreaterThan(100);
      expect(hub.jsonLd.experiments).toHaveLength(100);
      // every list that reached the limit, and only those
      const reached = ["experiments", "affiliations"].filter((list) => hub[`${list}Connection`].totalCount >= 100);
      expect(hub.jsonLd.listsCutAt).toEqual({ limit: 100, lists: expect.arrayContaining(reached) });
      expect(hub.jsonLd.listsCutAt.lists).toHaveLength(reached.length);
      const small = (await app.query(`{ institution(slug: "lumc") { jsonLd } }`)).body.data.institution.jsonLd;
      expect(small.listsCutAt).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
