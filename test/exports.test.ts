import { XMLParser, XMLValidator } from "fast-xml-parser";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Parser } from "n3";
import { parse } from "csv-parse/sync";
import yauzl from "yauzl";
import { viewedEntities } from "../src/catalogue/entities";
import { Role } from "../src/model/viewer";
import { NODE_CATALOGUE, NODE_TYPE_NAMES, nodeTypeOf } from "../src/catalogue/node-types";
import { EDGES } from "../src/catalogue/relations";
import { relationFields } from "../src/catalogue/relation-fields";
import http from "node:http";
import { runCommand } from "./support/run-command";
import { addSyntheticNetwork } from "./support/synthetic";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";

/** The files of a zip, by name, as text (yauzl reads the archive the export wrote). */
function unzip(buffer: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const files: Record<string, string> = {};
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on("entry", (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            files[entry.fileName] = Buffer.concat(chunks).toString("utf8");
            zip.readEntry();
          });
        }),
      );
      zip.on("end", () => resolve(files));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe("exports", () => {
  let app: TestApp;
  let base: string;
  let work: string;
  beforeAll(async () => {
    app = await startTestApp();
    base = new URL(app.url).origin;
    work = await mkdtemp(path.join(tmpdir(), "ipo-exports-"));
    // a submitted initiative: editors see it, readers do not
    const submitted = await app.query(`mutation($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id } }`, {
      input: { title: "Exportproef", summary: "Alleen voor redacteuren.", submitter: { name: "T", email: "t@example.nl" } },
    });
    expect(submitted.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await app.close();
  });

  const download = async (name: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}/export/${name}`, { headers });
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      disposition: response.headers.get("content-disposition"),
      text: await response.text(),
    };
  };

  /** How many nodes of every type the caller sees, by GraphQL. */
  const visibleNodes = async (as?: Role) => {
    const query = `{ ${NODE_TYPE_NAMES.map((type) => `${type}: ${NODE_CATALOGUE[type].list.name}(first: 0) { totalCount }`).join(" ")} }`;
    const { body } = await app.query(query, undefined, as ? { as } : {});
    return Object.values(body.data as Record<string, { totalCount: number }>).reduce((sum, list) => sum + list.totalCount, 0);
  };

  it("lists what can be exported", async () => {
    const { exports } = (await (await fetch(`${base}/export`)).json()) as any;
    expect(exports.map((entry: any) => entry.url)).toEqual(
      ["graph.ndjsonld", "graph.nq", "graph.ttl", "graph.csv.zip", "collaboration.gexf", "collaboration.graphml"].map(
        (name) => `${base}/export/${name}`,
      ),
    );
  });

  /** How many edges of every type the caller sees, by GraphQL: each edge type's connection, counted from its first end. */
  const visibleEdges = async (as?: Role) => {
    const lists = EDGES.map((edge, index) => {
      const field = relationFields().find(
        (candidate) =>
          candidate.kind === "many" &&
          candidate.path.kind === "edges" &&
          candidate.path.edge === edge.edge &&
          candidate.path.from === edge.ends[0].key,
      )!;
      const list = NODE_CATALOGUE[nodeTypeOf(field.owner as new () => object)!].list.name;
      return `e${index}: ${list}(first: 100) { totalCount nodes { ${field.name}Connection(first: 0) { totalCount } } }`;
    });
    const { body } = await app.query(`{ ${lists.join(" ")} }`, undefined, as ? { as } : {});
    return Object.values(body.data as Record<string, { totalCount: number; nodes: Array<Record<string, { totalCount: number }>> }>).reduce(
      (sum, list) => {
        expect(list.totalCount).toBeLessThanOrEqual(100);
        return sum + list.nodes.reduce((count, node) => count + Object.values(node)[0]!.totalCount, 0);
      },
      0,
    );
  };
  const isNode = (document: any) => (NODE_TYPE_NAMES as readonly string[]).includes(document["@type"][0]);

  it("NDJSON-LD: one document per visible node and per visible edge, the caller's role deciding what is visible", async () => {
    const anonymous = await download("graph.ndjsonld");
    expect(anonymous.type).toMatch(/^application\/x-ndjson/);
    expect(anonymous.disposition).toBe(`attachment; filename="ipo-graph-graph.ndjsonld"`);
    const documents = anonymous.text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(documents.filter(isNode).length).toBe(await visibleNodes());
    expect(documents.filter((document) => !isNode(document)).length).toBe(await visibleEdges());
    expect(new Set(documents.map((document) => document["@id"])).size).toBe(documents.length);
    // a node links its edges by IRI; the edge, a document of its own, has both ends and its facts
    const lumc = documents.find((document) => document["@id"] === `${base}/id/institution/lumc`);
    const part = documents.find((document) => document["@id"] === lumc.experiments[0]["@id"]);
    expect(part).toMatchObject({ "@type": ["ExperimentInstitution", "org:Membership"], institution: `${base}/id/institution/lumc` });
    expect(part.experiment).toMatch(new RegExp(`^${base}/id/experiment/`));
    expect(part.role).toBeDefined();
    expect(documents.find((document) => document["@id"] === `${base}/id/institution/lumc`)).toMatchObject({
      name: "Leids Universitair Medisch Centrum",
    });
    expect(documents.some((document) => document.title === "Exportproef")).toBe(false);
    expect(documents.some((document) => "email" in document)).toBe(false);
    const editor = (await download("graph.ndjsonld", { authorization: `Bearer ${await tokenFor(Role.EDITOR)}` })).text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(editor.filter(isNode).length).toBe(await visibleNodes(Role.EDITOR));
    expect(editor.filter((document) => !isNode(document)).length).toBe(await visibleEdges(Role.EDITOR));
    expect(editor.some((document) => document.title === "Exportproef")).toBe(true);
  });

  it("N-Quads and Turtle: the same triples, every edge once with an IRI of its own", async () => {
    const nquads = new Parser({ format: "N-Quads" }).parse((await download("graph.nq")).text);
    const turtle = await download("graph.ttl");
    expect(turtle.type).toMatch(/^text\/turtle/);
    const triples = new Parser({ format: "Turtle" }).parse(turtle.text);
    expect(triples.length).toBe(nquads.length);
    expect(nquads.length).toBeGreaterThan(1000);
    expect(
      nquads.some(
        (q) =>
          q.subject.value === `${base}/id/institution/lumc` &&
          q.predicate.value === "https://schema.org/name" &&
          q.object.value === "Leids Universitair Medisch Centrum",
      ),
    ).toBe(true);
    // every membership (an edge) is a resource with an IRI of its own, written once, with exactly one member and one organization
    const memberships = nquads
      .filter((q) => q.predicate.value.endsWith("22-rdf-syntax-ns#type") && q.object.value === "http://www.w3.org/ns/org#Membership")
      .map((q) => q.subject);
    expect(memberships.length).toBeGreaterThan(50);
    expect(memberships.every((subject) => subject.termType === "NamedNode" && subject.value.startsWith(`${base}/id/`))).toBe(true);
    expect(new Set(memberships.map((subject) => subject.value)).size).toBe(memberships.length);
    for (const membership of memberships)
      for (const end of ["member", "organization"])
        expect(
          nquads.filter((q) => q.subject.value === membership.value && q.predicate.value === `http://www.w3.org/ns/org#${end}`).length,
        ).toBe(1);
  });

  it("CSV: a file per node type and edge type in one zip, references as IRIs, personal data for members only", async () => {
    const files = async (headers: Record<string, string> = {}) => {
      const response = await fetch(`${base}/export/graph.csv.zip`, { headers });
      expect(response.headers.get("content-type")).toBe("application/zip");
      return unzip(Buffer.from(await response.arrayBuffer()));
    };
    const anonymous = await files();
    expect(Object.keys(anonymous).sort()).toEqual(
      viewedEntities.map((entity) => `${entity.name.replace(/(?<!^)([A-Z])/g, "-$1").toLowerCase()}.csv`).sort(),
    );
    const institutions = parse(anonymous["institution.csv"]!, { columns: true }) as Array<Record<string, string>>;
    const { body } = await app.query(`{ institutions(first: 0) { totalCount } }`);
    expect(institutions.length).toBe(body.data.institutions.totalCount);
    const lumc = institutions.find((row) => row.iri === `${base}/id/institution/lumc`)!;
    expect(lumc).toMatchObject({
      name: "Leids Universitair Medisch Centrum",
      region: `${base}/id/region/oor-leiden`,
      partOf: "",
      provenance: "INFERRED",
      statedIn: "OPLEIDEN_2025_EXPERIMENTS",
    });
    const affiliations = parse(anonymous["affiliation.csv"]!, { columns: true }) as Array<Record<string, string>>;
    expect(affiliations.find((row) => row.person === `${base}/id/person/klaas-nauta`)).toMatchObject({
      institution: `${base}/id/institution/amsterdam-umc`,
      position: "psychiater",
    });
    expect(Object.keys((parse(anonymous["person.csv"]!, { columns: true }) as Array<Record<string, string>>)[0]!)).not.toContain("email");
    const member = await files({ authorization: `Bearer ${await tokenFor(Role.MEMBER)}` });
    expect(
      (parse(member["person.csv"]!, { columns: true }) as Array<Record<string, string>>).find((row) => row.slug === "klaas-nauta")!.email,
    ).toBe("k.nauta@amsterdamumc.nl");
  });

  it("GEXF and GraphML: the collaboration network's edges and weights, as collaborationNetwork gives them, filtered the same way", async () => {
    const region = (await app.query(`{ region(slug: "oor-leiden") { id } }`)).body.data.region.id;
    for (const [filter, query] of [
      ["", ""],
      [`?regionId=${encodeURIComponent(region)}`, `filter: { regionId: "${region}" }, `],
    ] as const) {
      const network = (
        await app.query(
          `{ collaborationNetwork(${query}maxEdges: 5000) { nodes { slug } edges { weight source { slug } target { slug } } } }`,
        )
      ).body.data.collaborationNetwork;
      const expected = network.edges.map((edge: any) => `${edge.source.slug} ${edge.target.slug} ${edge.weight}`).sort();
      const slug = (iri: string) => iri.replace(`${base}/id/institution/`, "");

      const gexf = await download(`collaboration.gexf${filter}`);
      expect(gexf.type).toMatch(/^application\/gexf\+xml/);
      expect(XMLValidator.validate(gexf.text)).toBe(true);
      const graph = xml.parse(gexf.text).gexf.graph;
      const gexfEdges = asList(graph.edges?.edge)
        .map((edge: any) => `${slug(edge.source)} ${slug(edge.target)} ${edge.weight}`)
        .sort();
      expect(gexfEdges).toEqual(expected);
      const gexfNodes = asList(graph.nodes?.node).map((node: any) => slug(node.id));
      expect(gexfNodes).toEqual(expect.arrayContaining(network.nodes.map((node: any) => node.slug)));
      expect(asList(graph.attributes.attribute).map((attribute: any) => attribute.title)).toEqual([
        "name",
        "shortName",
        "type",
        "region",
        "city",
        "experiments",
        "degree",
      ]);

      const graphml = await download(`collaboration.graphml${filter}`);
      expect(XMLValidator.validate(graphml.text)).toBe(true);
      const ml = xml.parse(graphml.text).graphml.graph;
      const weightOf = (edge: any) => asList(edge.data).find((data: any) => data.key === "weight")["#text"];
      expect(
        asList(ml.edge)
          .map((edge: any) => `${slug(edge.source)} ${slug(edge.target)} ${weightOf(edge)}`)
          .sort(),
      ).toEqual(expected);
      expect(asList(ml.node).length).toBe(gexfNodes.length);
    }
    // LUMC's degree and experiments as attributes
    const lumc = asList(xml.parse((await download("collaboration.gexf")).text).gexf.graph.nodes.node).find(
      (node: any) => node.id === `${base}/id/institution/lumc`,
    );
    expect(lumc.label).toBe("LUMC");
  });

  it("with a filter, the graph exports hold the part it selects: its experiments and institutions, what they reach, edges between selected ends", async () => {
    const region = (await app.query(`{ region(slug: "oor-leiden") { id } }`)).body.data.region.id;
    const filter = `?regionId=${encodeURIComponent(region)}&domain=TRANSMURAL`;
    const documents = (await download(`graph.ndjsonld${filter}`)).text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const iris = new Set(documents.map((document) => document["@id"]));
    const ofType = (type: string) => documents.filter((document) => document["@type"][0] === type);
    const experiments = (
      await app.query(`query($r: ID!) { experiments(first: 100, regionId: $r, domain: TRANSMURAL) { nodes { slug } } }`, { r: region })
    ).body.data.experiments.nodes.map((node: any) => `${base}/id/experiment/${node.slug}`);
    expect(experiments.length).toBeGreaterThan(0);
    expect(
      ofType("Experiment")
        .map((document) => document["@id"])
        .sort(),
    ).toEqual(experiments.sort());
    // institutions: those taking part in them within the region, as in the filtered network's GEXF
    const gexf = xml.parse((await download(`collaboration.gexf${filter}`)).text).gexf.graph;
    expect(
      ofType("Institution")
        .map((document) => document["@id"])
        .sort(),
    ).toEqual(
      asList(gexf.nodes?.node)
        .map((node: any) => node.id)
        .sort(),
    );
    // a region one relation away is in, one without a selected institution is not
    expect(iris.has(`${base}/id/region/oor-leiden`)).toBe(true);
    expect(iris.has(`${base}/id/region/oor-utrecht`)).toBe(false);
    // every person in it is linked to a selected experiment or institution, through an edge in the dump
    const byIri = new Map(documents.map((document) => [document["@id"], document]));
    for (const person of ofType("Person")) {
      const links = [
        ...(person.experiments ?? []).map((edge: any) => byIri.get(edge["@id"])?.experiment),
        ...(person.affiliations ?? []).map((edge: any) => byIri.get(edge["@id"])?.institution),
      ];
      expect({ person: person["@id"], linked: links.some((iri: string) => iris.has(iri)) }).toEqual({
        person: person["@id"],
        linked: true,
      });
    }
    expect(documents.filter(isNode).length).toBeLessThan(await visibleNodes());
    // an edge is in it when both its ends are
    for (const edge of documents.filter((document) => !isNode(document))) {
      const ends = Object.entries(edge).filter(
        ([key, value]) => !key.startsWith("@") && typeof value === "string" && value.startsWith(`${base}/id/`),
      );
      expect(ends.length).toBe(2);
      for (const [, iri] of ends) expect(iris.has(iri)).toBe(true);
    }
    // the CSV of an edge type holds the edges between selected ends only
    const files = await unzip(Buffer.from(await (await fetch(`${base}/export/graph.csv.zip${filter}`)).arrayBuffer()));
    const participations = parse(files["experiment-institution.csv"]!, { columns: true }) as Array<Record<string, string>>;
    expect(participations.length).toBeGreaterThan(0);
    for (const row of participations) expect(iris.has(row.experiment!) && iris.has(row.institution!)).toBe(true);
  });

  it("a filter it cannot read is 400 before anything is sent; a name it does not know is 404", async () => {
    for (const [name, query] of [
      ["collaboration.gexf", "?domain=NOPE"],
      ["collaboration.gexf", "?startYearFrom=last"],
      ["collaboration.gexf", "?regionId=garbage"],
      ["collaboration.gexf", "?minWeight=0"],
      ["graph.ndjsonld", "?regionId=garbage"],
      ["graph.csv.zip", "?kind=NOPE"],
    ]) {
      const answer = await download(`${name}${query}`);
      expect({ query, status: answer.status, disposition: answer.disposition }).toEqual({ query, status: 400, disposition: null });
      expect(JSON.parse(answer.text).code).toBe("BAD_USER_INPUT");
    }
    expect((await download("graph.xlsx")).status).toBe(404);
  });

  it("npm run export writes the same file as the HTTP export", async () => {
    const out = path.join(work, "network.gexf");
    const result = await runCommand(
      process.execPath,
      [
        path.join(__dirname, "..", "dist", "src", "app", "cli", "export.cli.js"),
        "--format",
        "gexf",
        "--out",
        out,
        "--domain",
        "TRANSMURAL",
      ],
      {
        env: { ...process.env, DATABASE_URL: app.databaseUrl, PUBLIC_BASE_URL: base },
      },
    );
    expect(result).toMatchObject({ code: 0 });
    expect(await readFile(out, "utf8")).toBe((await download("collaboration.gexf?domain=TRANSMURAL")).text);
  });
});

describe("exports at once", () => {
  it("EXPORTS_AT_ONCE bounds the exports one process streams; the next one is 429 until one ends", async () => {
    const app = await startTestApp({ rateLimits: { exportsAtOnce: 1 } });
    try {
      await addSyntheticNetwork(app.databaseUrl, 0.5);
      const base = new URL(app.url).origin;
      // a reader that does not read: the server waits for it (backpressure), the export stays open
      const slow = await new Promise<http.IncomingMessage>((resolve) =>
        http.get(`${base}/export/graph.nq`, (response) => {
          response.pause();
          resolve(response);
        }),
      );
      expect(slow.statusCode).toBe(200);
      const second = await fetch(`${base}/export/graph.ndjsonld`);
      expect({ status: second.status, retryAfter: second.headers.get("retry-after"), code: ((await second.json()) as any).code }).toEqual({
        status: 429,
        retryAfter: "10",
        code: "RATE_LIMITED",
      });
      slow.resume();
      await new Promise((resolve) => slow.on("end", resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await fetch(`${base}/export/collaboration.graphml`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
