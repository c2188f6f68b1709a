import { composeServices } from "@apollo/composition";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { buildASTSchema, type DocumentNode, isInterfaceType, parse } from "graphql";
import { printAppSchema } from "../src/api/build-schema";
import { startTestApp, type TestApp } from "./support/test-app";

const IPO_SUBGRAPH = "ipo-graph";

/**
 * A partner team's Relay-style subgraph, written the way the README's federation section asks: its own
 * Node types, PageInfo and connections, a field on Institution, and, being the supergraph's node owner,
 * `Query.node`/`nodes` taken over from IPO Graph with `@override`, a `Node` entity interface listing every
 * Node type of the supergraph (IPO Graph's read from its published SDL), and ids that name their type.
 */
function partnerSubgraph(ipoSdl: string, institutionIds: string[]) {
  const ipoSchema = buildASTSchema(parse(ipoSdl), { assumeValidSDL: true });
  const ipoNode = ipoSchema.getType("Node");
  if (!isInterfaceType(ipoNode)) throw new Error("IPO Graph publishes no Node interface");
  const ipoNodeTypes = ipoSchema
    .getPossibleTypes(ipoNode)
    .map((type) => type.name)
    .filter((name) => name !== "Institution");
  const programmes = institutionIds.flatMap((institutionId, i) => [
    { id: globalId("TrainingProgramme", `${i}a`), title: `Opleidingsplan ${i}a`, institutionId },
    { id: globalId("TrainingProgramme", `${i}b`), title: `Opleidingsplan ${i}b`, institutionId },
  ]);
  const typeDefs: DocumentNode = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@override"])
    interface Node @key(fields: "id") { id: ID! }
    type PageInfo @shareable { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
    type TrainingProgramme implements Node @key(fields: "id") { id: ID! title: String! institution: Institution! }
    type TrainingProgrammeEdge { cursor: String! node: TrainingProgramme! }
    type TrainingProgrammeConnection { edges: [TrainingProgrammeEdge!]! pageInfo: PageInfo! totalCount: Int! }
    type Institution implements Node @key(fields: "id") { id: ID! trainingProgrammes(first: Int = 10, after: String): TrainingProgrammeConnection! }
    ${ipoNodeTypes.map((name) => `type ${name} implements Node @key(fields: "id") { id: ID! }`).join("\n")}
    type Query {
      trainingProgrammes(first: Int = 10, after: String): TrainingProgrammeConnection!
      node(id: ID!): Node @override(from: "${IPO_SUBGRAPH}")
      nodes(ids: [ID!]!): [Node]! @override(from: "${IPO_SUBGRAPH}")
    }
  `);
  const nodeTypes = new Set([...ipoNodeTypes, "Institution"]);
  const byId = (id: string) => {
    const [type] = Buffer.from(id, "base64url").toString("utf8").split(":");
    if (type === "TrainingProgramme") return programmes.find((programme) => programme.id === id) ?? null;
    return nodeTypes.has(type) ? { __typename: type, id } : null;
  };
  const page = (items: typeof programmes, first: number, after?: string) => {
    const start = after ? items.findIndex((item) => item.id === after) + 1 : 0;
    const slice = items.slice(start, start + first);
    return {
      edges: slice.map((node) => ({ cursor: node.id, node })),
      pageInfo: {
        hasNextPage: start + first < items.length,
        hasPreviousPage: start > 0,
        startCursor: slice[0]?.id ?? null,
        endCursor: slice.at(-1)?.id ?? null,
      },
      totalCount: items.length,
    };
  };
  const resolvers = {
    Query: {
      trainingProgrammes: (_: unknown, args: { first: number; after?: string }) => page(programmes, args.first, args.after),
      node: (_: unknown, args: { id: string }) => byId(args.id),
      nodes: (_: unknown, args: { ids: string[] }) => args.ids.map(byId),
    },
    Node: { __resolveType: (value: { __typename?: string }) => value.__typename ?? "TrainingProgramme" },
    TrainingProgramme: {
      __resolveReference: (reference: { id: string }) => programmes.find((programme) => programme.id === reference.id) ?? null,
      institution: (programme: { institutionId: string }) => ({ __typename: "Institution", id: programme.institutionId }),
    },
    Institution: {
      trainingProgrammes: (institution: { id: string }, args: { first: number; after?: string }) =>
        page(
          programmes.filter((p) => p.institutionId === institution.id),
          args.first,
          args.after,
        ),
    },
  };
  return { typeDefs, resolvers, programmes };
}

function globalId(type: string, key: string) {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

describe("IPO Graph next to another Relay-style subgraph", () => {
  let app: TestApp;
  let ask: (query: string, variables?: Record<string, unknown>) => Promise<any>;
  let programmes: Array<{ id: string; title: string; institutionId: string }>;
  let lumc: string;
  const stops: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    app = await startTestApp();
    lumc = (await app.query(`{ institution(slug: "lumc") { id } }`)).body.data.institution.id;
    const haga = (await app.query(`{ institution(slug: "hagaziekenhuis") { id } }`)).body.data.institution.id;
    const ipoSdl = await printAppSchema();
    const partner = partnerSubgraph(ipoSdl, [lumc, haga]);
    programmes = partner.programmes;
    const partnerServer = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: partner.typeDefs, resolvers: partner.resolvers as never }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const partnerUrl = (await startStandaloneServer(partnerServer, { listen: { port: 0, host: "127.0.0.1" } })).url;
    stops.push(() => partnerServer.stop());

    const composition = composeServices([
      { name: IPO_SUBGRAPH, typeDefs: parse(ipoSdl), url: app.url },
      { name: "curricula", typeDefs: partner.typeDefs, url: partnerUrl },
    ]);
    expect(composition.errors).toBeUndefined();
    const gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl! }) });
    const { url } = await startStandaloneServer(gateway, { listen: { port: 0, host: "127.0.0.1" } });
    stops.push(() => gateway.stop());
    ask = async (query, variables) =>
      (await (
        await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })
      ).json()) as any;
  });
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    await app.close();
  });

  it("composes: PageInfo is shared, Node merges both sides' types", async () => {
    const { data, errors } = await ask(`{ __type(name: "Node") { possibleTypes { name } } }`);
    expect(errors).toBeUndefined();
    const names = data.__type.possibleTypes.map((type: { name: string }) => type.name);
    expect(names).toEqual(expect.arrayContaining(["Institution", "Experiment", "Person", "TrainingProgramme"]));
  });

  it("node(id:) answers an IPO Graph id, with a partner field on it", async () => {
    const { data, errors } = await ask(
      `query($id: ID!) { node(id: $id) { __typename id ... on Institution { shortName trainingProgrammes(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } } } }`,
      { id: lumc },
    );
    expect(errors).toBeUndefined();
    expect(data.node).toEqual({
      __typename: "Institution",
      id: lumc,
      shortName: "LUMC",
      trainingProgrammes: {
        totalCount: 2,
        pageInfo: { hasNextPage: true, endCursor: programmes[0].id },
        edges: [{ node: { title: "Opleidingsplan 0a" } }],
      },
    });
  });

  it("node(id:) answers a partner id, with IPO Graph's fields on its institution", async () => {
    const fields = `shortName experimentsConnection(first: 1) { totalCount pageInfo { hasNextPage } }`;
    const { data, errors } = await ask(
      `query($id: ID!) { node(id: $id) { __typename ... on TrainingProgramme { title institution { ${fields} } } } }`,
      { id: programmes[2].id },
    );
    expect(errors).toBeUndefined();
    const direct = (await app.query(`{ institution(slug: "hagaziekenhuis") { ${fields} } }`)).body.data.institution;
    expect(direct.experimentsConnection.totalCount).toBeGreaterThan(0);
    expect(data.node).toEqual({ __typename: "TrainingProgramme", title: "Opleidingsplan 1a", institution: direct });
  });

  it("nodes(ids:) mixes both sides in the order asked, null for an id nobody issued", async () => {
    const experiment = (await app.query(`{ experiment(slug: "cobra") { id title } }`)).body.data.experiment;
    const { data, errors } = await ask(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Experiment { title } ... on TrainingProgramme { title } } }`,
      { ids: [programmes[1].id, experiment.id, globalId("Spaceship", "1")] },
    );
    expect(errors).toBeUndefined();
    expect(data.nodes).toEqual([
      { __typename: "TrainingProgramme", title: "Opleidingsplan 0b" },
      { __typename: "Experiment", title: experiment.title },
      null,
    ]);
  });

  it("connections of both subgraphs page with the one shared PageInfo", async () => {
    const first = await ask(
      `{ institutions(first: 2) { pageInfo { hasNextPage endCursor } nodes { shortName } } trainingProgrammes(first: 3) { pageInfo { hasNextPage endCursor } edges { node { title } } } }`,
    );
    expect(first.errors).toBeUndefined();
    const direct = (await app.query(`{ institutions(first: 2) { pageInfo { hasNextPage endCursor } nodes { shortName } } }`)).body.data;
    expect(first.data.institutions).toEqual(direct.institutions);
    expect(first.data.trainingProgrammes.pageInfo).toEqual({ hasNextPage: true, endCursor: programmes[2].id });
    const next = await ask(
      `query($after: String) { trainingProgrammes(first: 3, after: $after) { pageInfo { hasNextPage } edges { node { title } } } }`,
      { after: first.data.trainingProgrammes.pageInfo.endCursor },
    );
    expect(next.data.trainingProgrammes).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { title: "Opleidingsplan 1b" } }] });
  });
});

describe("composition without the node owner", () => {
  it("names the collision a second Relay subgraph meets if neither takes node over", async () => {
    const other = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
      interface Node { id: ID! }
      type PageInfo @shareable { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
      type Thing implements Node @key(fields: "id") { id: ID! }
      type Query { node(id: ID!): Node }
    `);
    const composition = composeServices([
      { name: IPO_SUBGRAPH, typeDefs: parse(await printAppSchema()), url: "http://ipo.invalid" },
      { name: "other", typeDefs: other, url: "http://other.invalid" },
    ]);
    // PageInfo composes (it is shareable on both sides); only the node field is left to settle
    const codes = (composition.errors ?? []).map((error) => `${error.extensions?.code}: ${error.message.split("\n")[0]}`);
    expect(codes).toEqual([expect.stringMatching(/^INVALID_FIELD_SHARING: Non-shareable field "Query.node"/)]);
  });
});
