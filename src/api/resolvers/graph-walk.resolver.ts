import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../request/context";
import { nodeEntities, type NodeTypeName } from "../../catalogue/node-types";
import { userError } from "../../platform/errors";
import { GraphEdge, toGraphEdges } from "../../features/graph/graph-edge.type";
import { GRAPH_NODE_TYPES as ALL_GRAPH_NODE_TYPES, GraphNodeType } from "../../features/graph/graph-edges";
import type { GraphNodeRef } from "../../features/graph/graph-walk";
import { neighbourhood } from "../../features/graph/neighbourhood";
import { GraphPath, Neighbourhood, NeighbourhoodNode } from "../../features/graph/neighbourhood.type";
import { shortestPath } from "../../features/graph/shortest-path";
import { walkHopsFor } from "../../features/graph/walk-hops";
import { decodeGlobalId } from "../../catalogue/global-id";
import { asksOnlyIdentity } from "../selected-fields";

export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_PATH_DEPTH = 6;
export const MAX_NEIGHBOURHOOD_NODES = 2000;

function loadNode(ctx: AppContext, ref: GraphNodeRef) {
  return ctx.loaders.node(nodeEntities[ref.type]).load(ref.pk);
}

/**
 * A node a walk reached. The walk only reaches nodes the reader sees (graph-walk.ts), so when nothing but its
 * `id` and `__typename` is asked, they are answered from the walk without reading the node's row.
 */
function walkedNode(ctx: AppContext, ref: GraphNodeRef, info: GraphQLResolveInfo) {
  return asksOnlyIdentity(info) ? { __typename: ref.type, pk: ref.pk } : loadNode(ctx, ref);
}

/** Decodes an id the graph can start from; an id of a type the graph does not walk is bad input. */
async function graphNode(ctx: AppContext, id: string, argumentName: string): Promise<GraphNodeRef | null> {
  const { type, pk } = decodeGlobalId(id, ALL_GRAPH_NODE_TYPES, argumentName);
  return (await loadNode(ctx, { type, pk })) ? { type, pk } : null;
}

function typeSet(types: GraphNodeType[] | null | undefined, argumentName: string): Set<NodeTypeName> {
  if (types && types.length === 0)
    throw userError(`\`${argumentName}\` needs at least one type; leave it out to allow every type.`, { argumentName });
  return new Set((types ?? ALL_GRAPH_NODE_TYPES) as NodeTypeName[]);
}

function bounded(value: number, min: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw userError(`\`${argumentName}\` must be between ${min} and ${max}, got ${value}.`, { argumentName, minimum: min, maximum: max });
  return value;
}

@Resolver()
export class GraphWalkResolver {
  @Query(() => Neighbourhood, {
    nullable: true,
    description: `Every node within \`depth\` hops (1 to ${MAX_NEIGHBOURHOOD_DEPTH}) of a node, with the edges between them, for a force-directed drawing. Null when the node does not exist. Walked in the graph each replica keeps in memory while no write has come since it was read (no SQL statement per hop), else one SQL statement per hop; the answer is the same.

Example: \`neighbourhood(id: "<LUMC's id>", depth: 2, types: [INSTITUTION, EXPERIMENT]) { nodes { depth node { ... on Institution { name } ... on Experiment { title } } } edges { sourceId targetId kind } }\``,
  })
  async neighbourhood(
    @Arg("id", () => ID, {
      description: "The centre node (a programme, experiment, institution, region, specialty, person or care transition).",
    })
    id: string,
    @Arg("depth", () => Int, { defaultValue: 1, description: `Hops from the centre, 1 to ${MAX_NEIGHBOURHOOD_DEPTH}.` }) depth: number,
    @Arg("types", () => [GraphNodeType], {
      nullable: true,
      description: "Only walk through and return nodes of these types (the centre is always included). All types when omitted.",
    })
    types: GraphNodeType[] | null,
    @Arg("maxNodes", () => Int, {
      defaultValue: 500,
      description: `Stop adding nodes after this many (1 to ${MAX_NEIGHBOURHOOD_NODES}); \`truncated\` tells when that happened.`,
    })
    maxNodes: number,
    @Ctx() ctx: AppContext,
  ): Promise<Neighbourhood | null> {
    bounded(depth, 1, MAX_NEIGHBOURHOOD_DEPTH, "depth");
    bounded(maxNodes, 1, MAX_NEIGHBOURHOOD_NODES, "maxNodes");
    const allowed = typeSet(types, "types");
    const start = await graphNode(ctx, id, "id");
    if (!start) return null;
    const result = await neighbourhood(walkHopsFor(ctx), start, depth, allowed, maxNodes);
    return {
      nodes: result.nodes.map((node) => ({ depth: node.depth, ref: node })),
      edges: toGraphEdges(result.edges),
      truncated: result.truncated,
    };
  }

  @Query(() => GraphPath, {
    nullable: true,
    description: `A shortest path between two nodes through experiments, people, affiliations, specialties and the other relations of the graph, at most \`maxDepth\` edges (1 to ${MAX_PATH_DEPTH}); null when there is none that short, or when a node does not exist. Bidirectional breadth-first search: in the graph kept in memory (no SQL statement per hop) while no write has come since it was read, else at most one SQL statement per edge of the path; the answer is the same.

Example: \`shortestPath(from: "<LUMC's id>", to: "<Radboudumc's id>", maxDepth: 4) { length nodes { id ... on Institution { name } ... on Person { name } } }\``,
  })
  async shortestPath(
    @Arg("from", () => ID, { description: "Where the path starts." }) from: string,
    @Arg("to", () => ID, { description: "Where the path ends." }) to: string,
    @Arg("maxDepth", () => Int, { defaultValue: 4, description: `Longest path to look for, in edges (1 to ${MAX_PATH_DEPTH}).` })
    maxDepth: number,
    @Arg("via", () => [GraphNodeType], {
      nullable: true,
      description: "Node types the path may pass through (the ends may be of any type). All types when omitted.",
    })
    via: GraphNodeType[] | null,
    @Ctx() ctx: AppContext,
  ): Promise<GraphPath | null> {
    bounded(maxDepth, 1, MAX_PATH_DEPTH, "maxDepth");
    const allowed = typeSet(via, "via");
    const [start, end] = await Promise.all([graphNode(ctx, from, "from"), graphNode(ctx, to, "to")]);
    if (!start || !end) return null;
    const path = await shortestPath(walkHopsFor(ctx), start, end, maxDepth, allowed);
    return path && { length: path.edges.length, refs: path.nodes, edges: toGraphEdges(path.edges) };
  }
}

type WalkRead = (source: any, args: unknown, ctx: AppContext, info: GraphQLResolveInfo) => unknown;

/**
 * How the nodes a walk reached are read, by type and field (graphql-js resolvers: a neighbourhood has hundreds
 * of nodes, and TypeGraphQL's handling of a field resolver's parameters cost more per node than reading it).
 */
export function graphWalkReads(): Record<string, Record<string, WalkRead>> {
  return {
    [NeighbourhoodNode.name]: { node: (entry: NeighbourhoodNode, _args, ctx, info) => walkedNode(ctx, entry.ref, info) },
    [GraphPath.name]: { nodes: (path: GraphPath, _args, ctx, info) => Promise.all(path.refs.map((ref) => walkedNode(ctx, ref, info))) },
    [GraphEdge.name]: {
      source: (edge: GraphEdge, _args, ctx, info) => walkedNode(ctx, edge.sourceRef, info),
      target: (edge: GraphEdge, _args, ctx, info) => walkedNode(ctx, edge.targetRef, info),
    },
  };
}
