import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, parse, printSchema } from "graphql";
import { nodeEntities } from "../src/catalogue/node-types";
import { printAppSchema, printClientSchema } from "../src/api/build-schema";
import { Role } from "../src/model/viewer";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";

/** A small second subgraph owned by "another team": it adds training places to Institution and features some. */
async function startPlacesSubgraph(featuredIds: string[]) {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Institution @key(fields: "id") {
      id: ID!
      trainingPlaces: Int!
    }
    type Query {
      featuredInstitutions: [Institution!]!
    }
  `);
  const resolvers = {
    Query: { featuredInstitutions: () => featuredIds.map((id) => ({ id })) },
    Institution: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      trainingPlaces: (institution: { id: string }) => institution.id.length * 3,
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { server, url, typeDefs };
}

describe("Apollo Federation 2 subgraph", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("src/schema.graphql is exactly what the code builds (run `npm run schema:print` when this fails)", async () => {
    const committed = await readFile(path.join(__dirname, "..", "src", "schema.graphql"), "utf8");
    expect(committed).toBe(await printAppSchema());
  });

  it("src/schema.client.graphql is exactly the client schema the code builds (run `npm run schema:print` when this fails)", async () => {
    const committed = await readFile(path.join(__dirname, "..", "src", "schema.client.graphql"), "utf8");
    expect(committed).toBe(await printClientSchema());
  });

  it("introspection answers the client schema: no federation additions, the same types and descriptions as the committed file", async () => {
    const { body } = await app.query(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
    expect(body.errors).toBeUndefined();
    const introspected = buildClientSchema(body.data as IntrospectionQuery);
    expect(`${printSchema(introspected).trim()}\n`).toBe(await printClientSchema());
    expect(introspected.getType("_Any")).toBeUndefined();
    expect(Object.keys(introspected.getQueryType()!.getFields())).not.toContain("_entities");
    // a gateway still reaches federation's fields
    expect((await app.query(`{ _service { sdl } }`)).body.data._service.sdl).toContain("@key");
  });

  it("serves _service { sdl } with the federation link and a @key on every node type", async () => {
    const { body } = await app.query(`{ _service { sdl } }`);
    const sdl: string = body.data._service.sdl;
    expect(sdl).toContain(`@link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@listSize", "@cost"])`);
    expect(sdl).toMatch(/type PageInfo\s+@shareable/);
    for (const type of Object.keys(nodeEntities)) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    }
  });

  it("resolves 100 representations of four types in one statement", async () => {
    const ids = await app.query(`{
      experiments(first: 100) { nodes { id } } institutions(first: 100) { nodes { id } }
      people(first: 100) { nodes { id } } specialties(first: 100) { nodes { id } }
    }`);
    const pools: Array<[string, string[]]> = [
      ["Experiment", ids.body.data.experiments.nodes.map((n: any) => n.id)],
      ["Institution", ids.body.data.institutions.nodes.map((n: any) => n.id)],
      ["Person", ids.body.data.people.nodes.map((n: any) => n.id)],
      ["Specialty", ids.body.data.specialties.nodes.map((n: any) => n.id)],
    ];
    const representations = Array.from({ length: 100 }, (_, i) => {
      const [typename, pool] = pools[i % 4];
      return { __typename: typename, id: pool[Math.floor(i / 4) % pool.length] };
    });
    const { result, statements } = await app.countStatements(() =>
      app.query(
        `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Node { id } ... on Institution { name } } }`,
        { representations },
      ),
    );
    expect(result.body.errors).toBeUndefined();
    const entities = result.body.data._entities;
    expect(entities).toHaveLength(100);
    entities.forEach((entity: any, i: number) => expect(entity).toMatchObject(representations[i]));
    // one by-id loader per type, the four sent together as one statement
    expect(statements).toBe(1);
  });

  it("rejects a representation whose id belongs to another type", async () => {
    const ids = await app.query(`{ experiment(slug: "cobra") { id } }`);
    const { body } = await app.query(`query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, {
      r: [{ __typename: "Institution", id: ids.body.data.experiment.id }],
    });
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("composes with another subgraph and answers queries across the boundary through @apollo/gateway", async () => {
    const lumc = (await app.query(`{ institution(slug: "lumc") { id } }`)).body.data.institution.id;
    const places = await startPlacesSubgraph([lumc]);
    const ipoTypeDefs = parse(await printAppSchema());
    const composition = composeServices([
      { name: "ipo-graph", typeDefs: ipoTypeDefs, url: app.url },
      { name: "places", typeDefs: places.typeDefs, url: places.url },
    ]);
    expect(composition.errors).toBeUndefined();
    // the lists' demand-control sizes reach the supergraph, for a router to bound costs with
    expect(composition.supergraphSdl).toContain(`@link(url: "https://specs.apollo.dev/cost/v0.1"`);
    // fields that carry them (not the directives' own definitions in the supergraph): sizes and weights
    const carrying = (sdl: string, directive: string) =>
      sdl.split("\n").filter((line) => line.includes(`${directive}(`) && !line.startsWith("directive")).length;
    for (const directive of ["@listSize", "@cost"])
      expect(carrying(composition.supergraphSdl!, directive)).toBe(carrying(await printAppSchema(), directive));
    expect(carrying(await printAppSchema(), "@listSize")).toBeGreaterThan(60);
    // a JSON-LD document per node type, and the aggregates and groups of every connection
    const connectionsWithFigures = (await printAppSchema()).split("\n").filter((line) => /^\s+aggregate: \w+Aggregate!/.test(line)).length;
    expect(connectionsWithFigures).toBeGreaterThan(12);
    expect(carrying(await printAppSchema(), "@cost")).toBe(Object.keys(nodeEntities).length + 2 * connectionsWithFigures);

    // the gateway passes the caller's Authorization header on to the subgraphs
    const gateway = new ApolloServer<{ authorization?: string }>({
      gateway: new ApolloGateway({
        supergraphSdl: composition.supergraphSdl!,
        buildService: ({ url: serviceUrl }) =>
          new RemoteGraphQLDataSource<{ authorization?: string }>({
            url: serviceUrl,
            willSendRequest: ({ request, context }) => {
              if (context.authorization) request.http?.headers.set("authorization", context.authorization);
            },
          }),
      }),
    });
    const { url } = await startStandaloneServer(gateway, {
      listen: { port: 0, host: "127.0.0.1" },
      context: async ({ req }) => ({ authorization: req.headers.authorization }),
    });
    try {
      const ask = async (query: string, headers: Record<string, string> = {}) =>
        (await (
          await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) })
        ).json()) as any;
      // the same answers through the gateway as directly: personal data only with a member's token
      const contact = `{ person(slug: "klaas-nauta") { name email } }`;
      expect((await ask(contact)).data.person).toEqual({ name: "Klaas Nauta", email: null });
      expect((await ask(contact, { authorization: `Bearer ${await tokenFor(Role.MEMBER)}` })).data.person).toEqual({
        name: "Klaas Nauta",
        email: "k.nauta@amsterdamumc.nl",
      });
      // IPO Graph -> places
      const forward = await ask(`{ institution(slug: "lumc") { name trainingPlaces experiments { experiment { slug } } } }`);
      expect(forward.errors).toBeUndefined();
      expect(forward.data.institution).toEqual({
        name: "Leids Universitair Medisch Centrum",
        trainingPlaces: lumc.length * 3,
        experiments: [{ experiment: { slug: "netwerkstage-ouderengeneeskunde" } }, { experiment: { slug: "duo-project" } }],
      });
      // places -> IPO Graph (through _entities)
      const backward = await ask(`{ featuredInstitutions { shortName region { name } trainingPlaces } }`);
      expect(backward.errors).toBeUndefined();
      expect(backward.data.featuredInstitutions).toEqual([
        { shortName: "LUMC", region: { name: "OOR Leiden" }, trainingPlaces: lumc.length * 3 },
      ]);
    } finally {
      await gateway.stop();
      await places.server.stop();
    }
  });
});
