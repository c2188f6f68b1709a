import jsonld from "jsonld";
import { Role } from "../src/model/viewer";
import { viewedEntities } from "../src/catalogue/entities";
import { SOURCE_KEYS } from "../src/model/provenance/sources";
import { SYNTHETIC_PROVENANCE } from "../src/app/synthetic/synthetic-network";
import { addSyntheticNetwork } from "./support/synthetic";
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
