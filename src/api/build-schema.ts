import "reflect-metadata";
import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, isAbstractType, parse, printSchema } from "graphql";
import { buildSchema, createResolversMap, Directive } from "type-graphql";
import type { AppContext } from "../request/context";
import { nodeEntities, type NodeTypeName } from "../catalogue/node-types";
import { userError } from "../platform/errors";
import { NODE_TYPE_NAMES } from "../catalogue/node-types";
import { decodeGlobalId, toGlobalId } from "../catalogue/global-id";
import { edgeWriteSpecs } from "../features/mutations/edge-write-specs";
import { nodeWriteSpecs } from "../features/mutations/node-write-specs";
import { resolvers } from "./resolvers";
import { relationReads } from "../sql/relation-reads";
import { edgeMutationsResolver } from "./resolvers/edge-mutations.resolver";
import { nodeMutationsResolver } from "./resolvers/node-mutations.resolver";
import { nodeReferenceReads } from "../sql/node-references";
import { aggregateReads } from "./aggregates/aggregate.resolvers";
import { graphWalkReads } from "./resolvers/graph-walk.resolver";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@listSize", "@cost"])`;

// Every node type is a federation entity keyed by its global id; applied here so no node type can miss it.
for (const entity of Object.values(nodeEntities)) Directive(`@key(fields: "id")`)(entity);

/** Resolves `_entities` representations through the same per-request loaders as every other read. */
function referenceResolvers(): ResolverMap {
  const map: ResolverMap = {};
  for (const [type, entity] of Object.entries(nodeEntities) as Array<[NodeTypeName, (typeof nodeEntities)[NodeTypeName]]>) {
    map[type] = {
      __resolveReference: (reference: { id?: unknown }, ctx: AppContext) => {
        if (typeof reference.id !== "string")
          throw userError(`A ${type} representation needs its \`id\`.`, { argumentName: "representations" });
        return ctx.loaders.node(entity).load(decodeGlobalId(reference.id, type, "representations").pk);
      },
    };
  }
  return map;
}

type ResolverMap = Record<string, Record<string, unknown>>;

let typeGraphqlBuilt: Promise<GraphQLSchema> | undefined;
let cached: Promise<GraphQLSchema> | undefined;

/**
 * TypeGraphQL wants a PubSub once there are subscriptions, but ours have `subscribe` functions over the
 * change feed (src/changes) and no topics: publishing or subscribing by topic is a mistake.
 */
const NO_TOPICS = {
  publish(): void {
    throw new Error("Subscriptions are fed by PostgreSQL notifications (src/changes), not published by topic.");
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error("Subscriptions here use `subscribe` functions over the change feed, not topics.");
  },
};

/** The schema as TypeGraphQL builds it from the resolvers and the catalogue: the API without federation's additions. */
function buildTypeGraphqlSchema(): Promise<GraphQLSchema> {
  typeGraphqlBuilt ??= (async () => {
    const writeResolvers = [...[...nodeWriteSpecs().values()].map(nodeMutationsResolver), ...edgeWriteSpecs().map(edgeMutationsResolver)];
    return buildSchema({
      resolvers: [...resolvers, ...writeResolvers] as unknown as [Function, ...Function[]],
      orphanedTypes: Object.values(nodeEntities),
      emitSchemaFile: false,
      validate: false,
      pubSub: NO_TOPICS,
    });
  })();
  return typeGraphqlBuilt;
}

/**
 * The schema clients see: every type, field and description, without federation's `_service`,
 * `_entities`, `_Any`, `link__*`/`federation__*` and directives, which client tools (relay-compiler,
 * graphql-inspector, codegen with strict scalars) cannot read. Introspection answers from it.
 */
export function buildClientSchema(): Promise<GraphQLSchema> {
  return buildTypeGraphqlSchema();
}

/** The Apollo Federation 2 subgraph schema: TypeGraphQL types and resolvers, plus `_service` and `_entities`. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= (async () => {
    const typeGraphqlSchema = await buildTypeGraphqlSchema();
    const resolverMap = createResolversMap(typeGraphqlSchema) as ResolverMap;
    for (const [type, value] of Object.entries(referenceResolvers())) resolverMap[type] = { ...resolverMap[type], ...value };
    for (const [type, fields] of Object.entries(relationReads())) resolverMap[type] = { ...resolverMap[type], ...fields };
    for (const [type, fields] of Object.entries(nodeReferenceReads())) resolverMap[type] = { ...resolverMap[type], ...fields };
    for (const [type, fields] of Object.entries(aggregateReads())) resolverMap[type] = { ...resolverMap[type], ...fields };
    for (const [type, fields] of Object.entries(graphWalkReads())) resolverMap[type] = { ...resolverMap[type], ...fields };
    // a node's global id is made when asked for, not for every row read
    for (const type of NODE_TYPE_NAMES) resolverMap[type] = { ...resolverMap[type], id: (row: { pk: number }) => toGlobalId(type, row.pk) };
    // every row names its type; answered synchronously (graphql-jit cannot wait for a type resolver)
    for (const type of Object.values(typeGraphqlSchema.getTypeMap())) {
      if (isAbstractType(type) && !type.name.startsWith("__"))
        resolverMap[type.name] = { ...resolverMap[type.name], __resolveType: (value: { __typename?: string }) => value.__typename };
    }
    return buildSubgraphSchema({
      typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`),
      resolvers: resolverMap as never,
    });
  })();
  return cached;
}

/** The client SDL committed as `src/schema.client.graphql`. */
export async function printClientSchema(): Promise<string> {
  return `${printSchema(await buildClientSchema()).trim()}\n`;
}

/** The subgraph SDL committed as `src/schema.graphql`. */
export async function printAppSchema(): Promise<string> {
  return `${printSubgraphSchema(await buildAppSchema()).trim()}\n`;
}
