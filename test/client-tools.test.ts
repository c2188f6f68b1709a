import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCommand } from "./support/run-command";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The client tools a dashboard developer brings, run for real on the committed client schema and on the
 * server's introspection: relay-compiler compiles the dashboard operations in test/clients/dashboard,
 * graphql-inspector validates what it compiled, graphql-codegen types it with strict scalars, and the
 * compiled operations run against the server.
 */
const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "node_modules", ".bin");
const CLIENT_SCHEMA = path.join(ROOT, "src", "schema.client.graphql");
const SUBGRAPH_SCHEMA = path.join(ROOT, "src", "schema.graphql");

function run(command: string, args: string[], cwd: string) {
  return runCommand(path.join(BIN, command), args, { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
}

async function relayProject(dir: string, sources: string, schema = CLIENT_SCHEMA) {
  await cp(sources, path.join(dir, "src"), { recursive: true });
  await writeFile(path.join(dir, "persisted.json"), "{}");
  await writeFile(
    path.join(dir, "relay.config.json"),
    JSON.stringify({ src: "./src", schema, language: "typescript", persistConfig: { file: "./persisted.json", algorithm: "SHA256" } }),
  );
}

describe("client tools on the client schema", () => {
  let app: TestApp;
  let work: string;
  let operations: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    work = await mkdtemp(path.join(tmpdir(), "ipo-clients-"));
    await relayProject(path.join(work, "relay"), path.join(__dirname, "clients", "dashboard"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await app.close();
  });

  it("relay-compiler compiles the dashboard's @connection list, @refetchable node fragment and edge-with-facts fragment", async () => {
    const result = await run("relay-compiler", [], path.join(work, "relay"));
    expect(result).toMatchObject({ code: 0 });
    const artifacts = (await readdir(path.join(work, "relay", "src", "__generated__"))).sort();
    expect(artifacts).toEqual([
      "ExperimentPartner_link.graphql.ts",
      "ExperimentPartnersQuery.graphql.ts",
      "InstitutionCardRefetchQuery.graphql.ts",
      "InstitutionCard_institution.graphql.ts",
      "InstitutionListPaginationQuery.graphql.ts",
      "InstitutionListQuery.graphql.ts",
      "InstitutionList_query.graphql.ts",
    ]);
    const persisted: Record<string, string> = JSON.parse(await readFile(path.join(work, "relay", "persisted.json"), "utf8"));
    operations = Object.fromEntries(Object.values(persisted).map((text) => [/query (\w+)/.exec(text)![1], text]));
    expect(Object.keys(operations).sort()).toEqual([
      "ExperimentPartnersQuery",
      "InstitutionCardRefetchQuery",
      "InstitutionListPaginationQuery",
      "InstitutionListQuery",
    ]);
    // the refetch query goes through Query.node, the pagination query through the connection's cursor
    expect(operations.InstitutionCardRefetchQuery).toMatch(/node\(id: \$id\)/);
    expect(operations.InstitutionListPaginationQuery).toMatch(/institutions\(first: \$count, after: \$cursor\)/);
  });

  it("the operations relay-compiler wrote run against the server: a page, the next page, a refetch by id, an edge's facts", async () => {
    const first = await app.query(operations.InstitutionListQuery);
    expect(first.body.errors).toBeUndefined();
    const page = first.body.data.institutions;
    expect(page.edges).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await app.query(operations.InstitutionListPaginationQuery, { count: 3, cursor: page.pageInfo.endCursor });
    expect(next.body.errors).toBeUndefined();
    const firstIds = page.edges.map((edge: any) => edge.node.id);
    const nextIds = next.body.data.institutions.edges.map((edge: any) => edge.node.id);
    expect(nextIds).toHaveLength(3);
    expect(nextIds.filter((id: string) => firstIds.includes(id))).toEqual([]);

    const lumc = (await app.query(`{ institution(slug: "lumc") { id } }`)).body.data.institution.id;
    const refetched = await app.query(operations.InstitutionCardRefetchQuery, { id: lumc });
    expect(refetched.body.errors).toBeUndefined();
    expect(refetched.body.data.node).toMatchObject({
      __typename: "Institution",
      id: lumc,
      shortName: "LUMC",
      region: { name: "OOR Leiden" },
    });

    const partners = await app.query(operations.ExperimentPartnersQuery, { slug: "cobra" });
    expect(partners.body.errors).toBeUndefined();
    const edges = partners.body.data.experiment.institutionsConnection.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.length).toBe(partners.body.data.experiment.institutionsConnection.totalCount);
    const direct = (await app.query(`{ experiment(slug: "cobra") { institutions { role note institution { id shortName } } } }`)).body.data
      .experiment.institutions;
    expect(edges.map(({ node: { __typename, ...facts } }: any) => facts)).toEqual(direct);
  });

  it("relay-compiler refuses an operation that asks for a field the schema lacks", async () => {
    const dir = path.join(work, "relay-bad");
    await relayProject(dir, path.join(__dirname, "clients", "dashboard"));
    await writeFile(
      path.join(dir, "src", "Broken.js"),
      "graphql`\n  query BrokenQuery {\n    institutions(first: 1) { edges { node { id trainingPlaces } } }\n  }\n`;\n",
    );
    const result = await run("relay-compiler", [], dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/trainingPlaces/);
  });

  it("relay-compiler cannot read the subgraph SDL (why the client schema exists)", async () => {
    const dir = path.join(work, "relay-subgraph");
    await relayProject(dir, path.join(__dirname, "clients", "dashboard"), SUBGRAPH_SCHEMA);
    const result = await run("relay-compiler", [], dir);
    expect(result.code).not.toBe(0);
  });

  it("graphql-inspector validates the compiled operations against the client schema, and refuses a broken one", async () => {
    const documents = path.join(work, "documents");
    await mkdir(documents, { recursive: true });
    for (const [name, text] of Object.entries(operations)) await writeFile(path.join(documents, `${name}.graphql`), text);
    const valid = await run("graphql-inspector", ["validate", `${documents}/*.graphql`, CLIENT_SCHEMA, "--noStrictFragments"], work);
    expect(valid).toMatchObject({ code: 0 });
    expect(valid.output).toMatch(/All documents are valid/);
    // the federation SDL is not for clients: inspector does not know its directives
    const subgraph = await run("graphql-inspector", ["validate", `${documents}/*.graphql`, SUBGRAPH_SCHEMA, "--noStrictFragments"], work);
    expect(subgraph.code).not.toBe(0);
    expect(subgraph.output).toMatch(/Unknown directive "@link"/);

    await writeFile(path.join(documents, "Broken.graphql"), "query Broken { institutions(first: 1) { nodes { trainingPlaces } } }\n");
    const broken = await run("graphql-inspector", ["validate", `${documents}/*.graphql`, CLIENT_SCHEMA, "--noStrictFragments"], work);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toMatch(/Cannot query field "?trainingPlaces"? on type "?Institution"?/);
  });

  it("graphql-codegen types the operations from the server's introspection with strict scalars, and the types compile", async () => {
    const documents = path.join(work, "codegen-documents");
    await mkdir(documents, { recursive: true });
    for (const [name, text] of Object.entries(operations)) await writeFile(path.join(documents, `${name}.graphql`), text);
    const output = path.join(work, "operations.ts");
    const config = {
      schema: app.url,
      documents: `${documents}/*.graphql`,
      generates: { [output]: { plugins: ["typescript-operations"], config: { strictScalars: true, scalars: { JSON: "unknown" } } } },
    };
    await writeFile(path.join(work, "codegen.json"), JSON.stringify(config));
    // run from the repository so codegen finds its plugins
    const generated = await run("graphql-codegen", ["--config", path.join(work, "codegen.json")], ROOT);
    expect(generated).toMatchObject({ code: 0 });
    const types = await readFile(output, "utf8");
    expect(types).toMatch(/export type InstitutionCardRefetchQueryQuery = /);
    expect(types).toMatch(/export type ExperimentPartnersQueryQueryVariables = /);
    const compiled = await run("tsc", ["--noEmit", "--strict", "--skipLibCheck", "--target", "ES2022", output], ROOT);
    expect(compiled).toMatchObject({ code: 0 });
  });
});
