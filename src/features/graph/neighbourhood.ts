import {
  edgeOf,
  farTypeOf,
  keyOf,
  nearTypeOf,
  nodeKey,
  type GraphNodeRef,
  type HopRow,
  type WalkedEdge,
  type WalkHops,
} from "./graph-walk";
import { type NodeTypeName } from "../../catalogue/node-types";
import { GRAPH_RELATIONS } from "./graph-edges";

export interface NeighbourhoodResult {
  nodes: Array<GraphNodeRef & { depth: number }>;
  edges: WalkedEdge[];
  truncated: boolean;
}

/** The edges found so far, each once: an edge shows up from both its ends, and once per role it has. */
class EdgeSet {
  private readonly targetsBySource = new Map<number, Set<number>>();

  /** False when the edge of this row was found already. */
  add(row: HopRow, nearKey: number, farKey: number): boolean {
    const [sourceKey, targetKey] = row.forward ? [nearKey, farKey] : [farKey, nearKey];
    // a node key is below 2^35, so target and relation make one exact number
    const targetAndRelation = targetKey * GRAPH_RELATIONS.length + row.relation;
    let targets = this.targetsBySource.get(sourceKey);
    if (!targets) this.targetsBySource.set(sourceKey, (targets = new Set()));
    if (targets.has(targetAndRelation)) return false;
    targets.add(targetAndRelation);
    return true;
  }
}

/**
 * Breadth-first walk from `start` up to `depth` hops through nodes of the `allowed` types, one statement
 * per hop plus one for the edges among the outermost nodes. Stops adding nodes at `maxNodes` and says so.
 */
export async function neighbourhood(
  hops: WalkHops,
  start: GraphNodeRef,
  depth: number,
  allowed: ReadonlySet<NodeTypeName>,
  maxNodes: number,
): Promise<NeighbourhoodResult> {
  const centre = { ...start, depth: 0 };
  // one object per node, which every edge at it shares
  const known = new Map<number, GraphNodeRef & { depth: number }>([[keyOf(start), centre]]);
  const nodes: NeighbourhoodResult["nodes"] = [centre];
  const found = new EdgeSet();
  const edges: WalkedEdge[] = [];
  let frontier: GraphNodeRef[] = [start];
  let truncated = false;
  const addEdge = (row: HopRow) => {
    const nearKey = nodeKey(nearTypeOf(row), row.near);
    const farKey = nodeKey(farTypeOf(row), row.far);
    if (found.add(row, nearKey, farKey)) edges.push(edgeOf(row, known.get(nearKey)!, known.get(farKey)!));
  };

  // a hub in the frontier (a specialty, a region) can have tens of thousands of edges; past this many
  // rows a hop is cut off and the result marked truncated, like a neighbourhood over maxNodes
  const rowLimit = maxNodes * 20;
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: GraphNodeRef[] = [];
    const walked = await hops(frontier, allowed, { limit: rowLimit + 1 });
    if (walked.length > rowLimit) {
      truncated = true;
      walked.length = rowLimit;
    }
    for (const row of walked) {
      const type = farTypeOf(row);
      const key = nodeKey(type, row.far);
      if (!known.has(key)) {
        if (nodes.length >= maxNodes) {
          truncated = true;
          continue;
        }
        const node = { type, pk: row.far, depth: hop };
        known.set(key, node);
        nodes.push(node);
        next.push(node);
      }
      addEdge(row);
    }
    frontier = next;
  }
  // edges among the outermost nodes (both ends at the last hop) were not walked yet
  if (frontier.length > 0) {
    for (const row of await hops(frontier, allowed, { within: true })) addEdge(row);
  }
  return { nodes, edges, truncated };
}
