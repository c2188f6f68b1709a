import type { SqlRunner } from "../../sql/sql-runner";
import { expandFrontier, keyOf, type GraphNodeRef, type WalkedEdge } from "./graph-walk";
import { type NodeTypeName } from "../../catalogue/node-types";

export interface NeighbourhoodResult {
  nodes: Array<GraphNodeRef & { depth: number }>;
  edges: WalkedEdge[];
  truncated: boolean;
}

/**
 * Breadth-first walk from `start` up to `depth` hops through nodes of the `allowed` types, one statement
 * per hop plus one for the edges among the outermost nodes. Stops adding nodes at `maxNodes` and says so.
 */
export async function neighbourhood(
  sql: SqlRunner,
  start: GraphNodeRef,
  depth: number,
  allowed: ReadonlySet<NodeTypeName>,
  maxNodes: number,
): Promise<NeighbourhoodResult> {
  const depthOf = new Map<string, number>([[keyOf(start), 0]]);
  const nodes: NeighbourhoodResult["nodes"] = [{ ...start, depth: 0 }];
  const edges = new Map<string, WalkedEdge>();
  let frontier: GraphNodeRef[] = [start];
  let truncated = false;
  const addEdge = (edge: WalkedEdge) => edges.set(`${edge.kind}|${keyOf(edge.source)}|${keyOf(edge.target)}`, edge);

  // a hub in the frontier (a specialty, a region) can have tens of thousands of edges; past this many
  // rows a hop is cut off and the result marked truncated, like a neighbourhood over maxNodes
  const rowLimit = maxNodes * 20;
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: GraphNodeRef[] = [];
    const walked = await expandFrontier(sql, frontier, allowed, { limit: rowLimit + 1 });
    if (walked.length > rowLimit) {
      truncated = true;
      walked.length = rowLimit;
    }
    for (const edge of walked) {
      const key = keyOf(edge.to);
      if (!depthOf.has(key)) {
        if (nodes.length >= maxNodes) {
          truncated = true;
          continue;
        }
        depthOf.set(key, hop);
        nodes.push({ ...edge.to, depth: hop });
        next.push(edge.to);
      }
      addEdge(edge);
    }
    frontier = next;
  }
  // edges among the outermost nodes (both ends at the last hop) were not walked yet
  if (frontier.length > 0) {
    for (const edge of await expandFrontier(sql, frontier, allowed, { within: true })) addEdge(edge);
  }
  return { nodes, edges: [...edges.values()], truncated };
}
