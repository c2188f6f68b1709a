import jsonld from "jsonld";
import { Role } from "../src/model/viewer";
import { viewedEntities } from "../src/catalogue/entities";
import { SOURCE_KEYS } from "../src/model/provenance/sources";
import { SYNTHETIC_PROVENANCE } from "../src/app/synthetic/synthetic-network";
import { addSyntheticNetwork } from "./support/synthetic";
import { SAYS_INFERRED, unexplainedInference } from "../src/app/seed/inferred-notes";
import { careTransitions } from "../src/app/seed/data/care-transitions.seed";
import { experiments } from "../src/app/seed/data/experiments.seed";
import { institutions } from "../src/app/seed/data/institutions.seed";
import { people } from "../src/app/seed/data/people.seed";
import { programmes } from "../src/app/seed/data/programme.seed";
import { regions } from "../src/app/seed/data/regions.seed";
import { specialties } from "../src/app/seed/data/specialties.seed";
import { startTestApp, type TestApp } from "./support/test-app";

const PROVENANCE = `provenance { kind statedIn { key title file } inferredBecause }`;

describe("provenance of the seed data", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("every seeded row of every table readers see says where it comes from: a source text, or why it is inferred", async () => {
    const connection = app.orm.em.getConnection();
    let rows = 0;
    const missing: string[] = [];
    const unknownSources: string[] = [];
    for (const entity of viewedEntities) {
      const table = app.orm.getMetadata().get(entity.name).tableName;
      const found = await connection.execute<Array<{ pk: number; provenance_source: string | null; provenance_inference: string | null }>>(
        `select pk, provenance_source, provenance_inference from "${table}"`,
      );
      rows += found.length;
      for (const row of found) {
        if (!row.provenance_source && !row.provenance_inference) missing.push(`${table} ${row.pk}`);
        if (row.provenance_source && !(SOURCE_KEYS as string[]).includes(row.provenance_source))
          unknownSources.push(`${table} ${row.pk}: ${row.provenance_source}`);
      }
    }
    expect(rows).toBeGreaterThan(250);
    expect(missing).toEqual([]);
    expect(unknownSources).toEqual([]);
  });

  it("names the inferences the sources do not state: full names, cities, regions, a start year, participation levels, a referral", async () => {
    const { body } = await app.query(`{
      lumc: institution(slug: "lumc") { ${PROVENANCE} }
      umcg: institution(slug: "umcg") { ${PROVENANCE} }
      utrecht: region(slug: "oor-utrecht") { ${PROVENANCE} }
      duo: experiment(slug: "duo-project") { startYear ${PROVENANCE} specialties { specialty { slug } ${PROVENANCE} } }
      seven: experiment(slug: "van-huis-naar-thuis") { specialties { specialty { slug } ${PROVENANCE} } careTransitions { careTransition { slug } ${PROVENANCE} } }
      cobra: experiment(slug: "cobra") { ${PROVENANCE} institutions { institution { slug } ${PROVENANCE} } }
      klaas: person(slug: "klaas-nauta") { ${PROVENANCE} affiliations { ${PROVENANCE} } }
    }`);
    expect(body.errors).toBeUndefined();
    const d = body.data;
    expect(d.lumc.provenance).toMatchObject({
      kind: "INFERRED",
      statedIn: { key: "OPLEIDEN_2025_EXPERIMENTS", file: "experimenten-interprofessioneel-opleiden.txt" },
      inferredBecause: expect.stringMatching(/Volledige naam.*OOR Leiden/),
    });
    expect(d.umcg.provenance.inferredBecause).toMatch(/Volledige naam \(de bron zegt UMCG\)/);
    expect(d.utrecht.provenance).toEqual({
      kind: "INFERRED",
      statedIn: null,
      inferredBecause: expect.stringMatching(/Niet in de bronnen genoemd/),
    });
    expect(d.duo.startYear).toBe(2017);
    expect(d.duo.provenance).toMatchObject({
      kind: "INFERRED",
      statedIn: { key: "DUO_PROJECT" },
      inferredBecause: expect.stringMatching(/sinds 2017/),
    });
    const level = (experiment: any, slug: string) => experiment.specialties.find((s: any) => s.specialty.slug === slug).provenance;
    expect(level(d.duo, "onderwijskunde")).toMatchObject({ kind: "INFERRED", statedIn: { key: "DUO_PROJECT" } });
    expect(level(d.seven, "obstetrie-en-gynaecologie")).toMatchObject({
      kind: "INFERRED",
      inferredBecause: expect.stringMatching(/niveau/),
    });
    expect(d.seven.careTransitions.find((c: any) => c.careTransition.slug === "referral-home-hospital").provenance.kind).toBe("INFERRED");
    // what the text says outright is STATED
    expect(d.cobra.provenance).toEqual({
      kind: "STATED",
      statedIn: {
        key: "OPLEIDEN_2025_EXPERIMENTS",
        title: "Experimenten interprofessioneel opleiden (Opleiden 2025)",
        file: "experimenten-interprofessioneel-opleiden.txt",
      },
      inferredBecause: null,
    });
    expect(d.cobra.institutions.map((i: any) => i.provenance.kind)).toEqual(d.cobra.institutions.map(() => "STATED"));
    expect(d.klaas.provenance.kind).toBe("STATED");
    expect(d.klaas.affiliations[0].provenance).toMatchObject({ kind: "INFERRED", inferredBecause: expect.stringMatching(/e-maildomein/) });
  });

  it("no seeded record whose own note says something in it is a choice, an assumption or derived is served as STATED", async () => {
    // the rule, over every record of the seed data, nested ones too
    const records: Array<{ path: string; record: Record<string, unknown> }> = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
      else if (value && typeof value === "object") {
        records.push({ path, record: value as Record<string, unknown> });
        for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
      }
    };
    const seed = { careTransitions, experiments, institutions, people, programmes, regions, specialties };
    for (const [name, list] of Object.entries(seed)) walk(list, name);
    const saying = records.filter(({ record }) =>
      [record.note, record.sourceNotes].some((text) => typeof text === "string" && SAYS_INFERRED.test(text)),
    );
    console.log(`seed notes: ${records.length} records read, ${saying.length} whose note says something is inferred`);
    expect(saying.length).toBeGreaterThanOrEqual(3);
    expect(records.filter(({ record }) => unexplainedInference(record)).map(({ path }) => path)).toEqual([]);
    // and as served: the three records corrected on 2026-12-05
    const { body } = await app.query(`{
      cobra: experiment(slug: "cobra") { specialties { level specialty { slug } ${PROVENANCE} } }
      home: experiment(slug: "van-huis-naar-thuis") { ${PROVENANCE} }
      jules: person(slug: "jules-schagen-van-leeuwen") { affiliations { institution { slug } ${PROVENANCE} } }
    }`);
    expect(body.errors).toBeUndefined();
    const resident = body.data.cobra.specialties.find((s: any) => s.level === "RESIDENT" && s.specialty.slug === "psychiatrie");
    expect(resident.provenance).toMatchObject({
      kind: "INFERRED",
      inferredBecause: expect.stringMatching(/keuze op grond van het zorgthema/),
    });
    expect(body.data.home.provenance).toMatchObject({
      kind: "INFERRED",
      inferredBecause: expect.stringMatching(/PUBLIC_HEALTH is een keuze/),
    });
    const hospital = body.data.jules.affiliations.find((a: any) => a.institution.slug === "st-antonius-ziekenhuis");
    expect(hospital.provenance).toMatchObject({ kind: "INFERRED", inferredBecause: expect.stringMatching(/^Afgeleid/) });
  });

  it("what an editor enters is ENTERED, and editors cannot write provenance", async () => {
    const created = await app.query(`mutation { createRegion(input: { name: "Regio Test" }) { ${PROVENANCE} } }`, undefined, {
      as: Role.EDITOR,
    });
    expect(created.body.data.createRegion.provenance).toEqual({ kind: "ENTERED", statedIn: null, inferredBecause: null });
    const writing = await app.query(
      `mutation { createRegion(input: { name: "Regio Test 2", provenanceSource: "DUO_PROJECT" }) { id } }`,
      undefined,
      { as: Role.EDITOR },
    );
    expect(writing.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("the JSON-LD says it in PROV-O: prov:wasDerivedFrom the source text, and what is inferred", async () => {
    const base = new URL(app.url).origin;
    const document = (await (await fetch(`${base}/id/institution/lumc`, { headers: { accept: "application/ld+json" } })).json()) as any;
    expect(document).toMatchObject({
      provenance: "INFERRED",
      wasDerivedFrom: `${base}/ns/sources#OPLEIDEN_2025_EXPERIMENTS`,
      inferredBecause: expect.stringMatching(/Volledige naam/),
    });
    const documentLoader = async (url: string) => ({ contextUrl: undefined, documentUrl: url, document: await (await fetch(url)).json() });
    const [expanded] = (await jsonld.expand(document, { documentLoader: documentLoader as never })) as any[];
    expect(expanded["http://www.w3.org/ns/prov#wasDerivedFrom"]).toEqual([{ "@id": `${base}/ns/sources#OPLEIDEN_2025_EXPERIMENTS` }]);
    expect(document.provenanceSource).toBeUndefined();
  });

  it("synthetic rows say they are synthetic", async () => {
    await addSyntheticNetwork(app.databaseUrl, 0.2);
    const { body } = await app.query(`{ institutions(first: 100) { nodes { slug ${PROVENANCE} } } }`);
    const synthetic = body.data.institutions.nodes.filter((node: any) => node.slug.startsWith("syn-"));
    expect(synthetic.length).toBeGreaterThan(0);
    for (const node of synthetic)
      expect(node.provenance).toEqual({ kind: "INFERRED", statedIn: null, inferredBecause: SYNTHETIC_PROVENANCE });
  });
});
