import type { NodeTypeName } from "../../catalogue/node-types";
import { GRAPH_RELATIONS } from "./graph-edges";
import { endsOf, type GraphNodeRef, type HopOptions, type HopRow, type WalkHops } from "./graph-walk";

/**
 * The edges of one relation walked one way, indexed by the near end's primary key: the edges of `pk` are
 * `fars[starts[pk]]` to `fars[starts[pk + 1] - 1]`, ascending, each with the visibility level of its rows (the least
 * of the edge row's and, for a reference, its target's). Keys are serial, so the index is about as long as the table.
 */
export interface Adjacency {
  starts: Int32Array;
  fars: Int32Array;
  levels: Uint8Array;
}

/** The adjacency of one relation walked forward (source to target) and back. */
export interface RelationAdjacency {
  forward: Adjacency;
  back: Adjacency;
}

/**
 * The graph's edges in memory (features/graph/graph-memory.ts keeps it fresh): a hop is the SQL hop of
 * graph-walk.ts (`expandFrontier`) answered from arrays, row for row the same and in the same order, for a
 * reader who sees rows of `threshold` and above. Immutable once built: a reload builds a new one.
 */
export class MemoryGraph {
  constructor(
    /** One entry per relation of `GRAPH_RELATIONS`, in its order. */
    private readonly relations: readonly RelationAdjacency[],
    /** Edge rows held (each is walked both ways). */
    readonly edges: number,
  ) {
    if (relations.length !== GRAPH_RELATIONS.length) throw new Error("A memory graph needs the adjacency of every graph relation");
  }

  hop(frontier: readonly GraphNodeRef[], allowed: ReadonlySet<NodeTypeName>, threshold: number, options: HopOptions = {}): HopRow[] {
    const { within = false, towards, limit = Number.POSITIVE_INFINITY } = options;
    const byType = sortedByType(frontier);
    const targets = within ? setsByType(frontier) : towards ? setsByType(towards) : undefined;
    const rows: HopRow[] = [];
    for (let relation = 0; relation < this.relations.length; relation++) {
      for (const forward of within ? [true] : [true, false]) {
        const { near, far } = endsOf(GRAPH_RELATIONS[relation]!, forward);
        const pks = byType.get(near.type);
        const farPks = targets?.get(far.type);
        if (!pks || !allowed.has(far.type) || (targets && !farPks)) continue;
        const adjacency = forward ? this.relations[relation]!.forward : this.relations[relation]!.back;
        // towards few far ends from hubs (an institution's experiments, only some of which are wanted), the edges are
        // fewer seen from the far ends; they are then put in the order of the near ends
        const fromFar = forward ? this.relations[relation]!.back : this.relations[relation]!.forward;
        if (farPks && edgesOf(fromFar, farPks) < edgesOf(adjacency, pks)) {
          const nearPks = new Set(pks);
          const found: HopRow[] = [];
          for (const farPk of farPks) {
            if (farPk >= fromFar.starts.length - 1) continue;
            for (let edge = fromFar.starts[farPk]!, end = fromFar.starts[farPk + 1]!; edge < end; edge++) {
              if (fromFar.levels[edge]! < threshold || !nearPks.has(fromFar.fars[edge]!)) continue;
              found.push({ relation, forward, near: fromFar.fars[edge]!, far: farPk });
            }
          }
          found.sort(byNearThenFar);
          for (const row of found) {
            rows.push(row);
            if (rows.length >= limit) return rows;
          }
          continue;
        }
        const { starts, fars, levels } = adjacency;
        for (const pk of pks) {
          if (pk >= starts.length - 1) continue;
          for (let edge = starts[pk]!, end = starts[pk + 1]!; edge < end; edge++) {
            if (levels[edge]! < threshold) continue;
            const farPk = fars[edge]!;
            if (farPks && !farPks.has(farPk)) continue;
            rows.push({ relation, forward, near: pk, far: farPk });
            if (rows.length >= limit) return rows;
          }
        }
      }
    }
    return rows;
  }
}

/** How many edges these near ends have in an adjacency. */
function edgesOf({ starts }: Adjacency, pks: Iterable<number>): number {
  let edges = 0;
  for (const pk of pks) if (pk < starts.length - 1) edges += starts[pk + 1]! - starts[pk]!;
  return edges;
}

const byNearThenFar = (a: HopRow, b: HopRow) => a.near - b.near || a.far - b.far;

/** Hops from a graph in memory for a reader who sees rows of `threshold` and above; `read` is told of every hop's rows. */
export function memoryHops(graph: MemoryGraph, threshold: number, read?: (rows: HopRow[]) => void): WalkHops {
  return async (frontier, allowed, options) => {
    const rows = graph.hop(frontier, allowed, threshold, options);
    read?.(rows);
    return rows;
  };
}

const ascending = (a: number, b: number) => a - b;

/**
 * Primary keys by node type, ascending (as the SQL hop orders its near ends). Plain arrays: a typed array per hop
 * has its memory outside the JS heap, and at a thousand walks a second their churn kept 10 MB more resident.
 */
function sortedByType(nodes: readonly GraphNodeRef[]): Map<NodeTypeName, number[]> {
  const lists = new Map<NodeTypeName, number[]>();
  for (const node of nodes) {
    const list = lists.get(node.type);
    if (list) list.push(node.pk);
    else lists.set(node.type, [node.pk]);
  }
  for (const list of lists.values()) list.sort(ascending);
  return lists;
}

function setsByType(nodes: readonly GraphNodeRef[]): Map<NodeTypeName, Set<number>> {
  const sets = new Map<NodeTypeName, Set<number>>();
  for (const node of nodes) {
    const set = sets.get(node.type);
    if (set) set.add(node.pk);
    else sets.set(node.type, new Set([node.pk]));
  }
  return sets;
}
