import { edgeOf, farTypeOf, keyOf, nearTypeOf, nodeKey, type GraphNodeRef, type WalkedEdge, type WalkHops } from "./graph-walk";
import { type NodeTypeName } from "../../catalogue/node-types";

export interface PathResult {
  nodes: GraphNodeRef[];
  edges: WalkedEdge[];
}

interface Visit {
  node: GraphNodeRef;
  /** The edge this node was reached through, and the node on the side of the search's origin. */
  via?: { edge: WalkedEdge; previous: number };
}

/**
 * A shortest path between two nodes, at most `maxDepth` edges long, whose intermediate nodes are of the
 * `via` types; null when there is none. Bidirectional breadth-first search: each step expands the
 * smaller frontier with one statement, so a path of length L costs at most L statements.
 */
export async function shortestPath(
  hops: WalkHops,
  from: GraphNodeRef,
  to: GraphNodeRef,
  maxDepth: number,
  via: ReadonlySet<NodeTypeName>,
): Promise<PathResult | null> {
  if (keyOf(from) === keyOf(to)) return { nodes: [from], edges: [] };
  const sides = [
    { visited: new Map<number, Visit>([[keyOf(from), { node: from }]]), frontier: [from] },
    { visited: new Map<number, Visit>([[keyOf(to), { node: to }]]), frontier: [to] },
  ];
  // the far end must be reachable even when its type is not an allowed intermediate
  const allowedFor = (side: number) => new Set<NodeTypeName>([...via, (side === 0 ? to : from).type]);

  for (let length = 1; length <= maxDepth; length++) {
    const side = sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;
    const mine = sides[side];
    const theirs = sides[1 - side];
    if (mine.frontier.length === 0) return null;
    const next: GraphNodeRef[] = [];
    // the last hop can only end the search: only its edges into the other side's nodes are read
    const towards = length === maxDepth ? [...theirs.visited.values()].map((visit) => visit.node) : undefined;
    for (const row of await hops(mine.frontier, allowedFor(side), { towards })) {
      const type = farTypeOf(row);
      const key = nodeKey(type, row.far);
      if (mine.visited.has(key)) continue;
      const isEnd = key === keyOf(side === 0 ? to : from);
      if (!isEnd && !via.has(type) && !theirs.visited.has(key)) continue;
      const previous = nodeKey(nearTypeOf(row), row.near);
      const node = { type, pk: row.far };
      mine.visited.set(key, { node, via: { edge: edgeOf(row, mine.visited.get(previous)!.node, node), previous } });
      if (theirs.visited.has(key)) return joinPath(sides[0].visited, sides[1].visited, key);
      next.push(node);
    }
    mine.frontier = next;
  }
  return null;
}

function joinPath(fromSide: Map<number, Visit>, toSide: Map<number, Visit>, meeting: number): PathResult {
  const head: Visit[] = [];
  for (let key: number | undefined = meeting; key !== undefined; key = fromSide.get(key)!.via?.previous) head.unshift(fromSide.get(key)!);
  const tail: Visit[] = [];
  for (let key: number | undefined = toSide.get(meeting)!.via?.previous; key !== undefined; key = toSide.get(key)!.via?.previous)
    tail.push(toSide.get(key)!);
  const nodes = [...head.map((v) => v.node), ...tail.map((v) => v.node)];
  const edges = [
    ...head.slice(1).map((v) => v.via!.edge),
    toSide.get(meeting)!.via?.edge,
    ...tail.slice(0, -1).map((v) => v.via!.edge),
  ].filter((e): e is WalkedEdge => e !== undefined);
  return { nodes, edges };
}
