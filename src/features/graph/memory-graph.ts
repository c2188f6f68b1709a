import type { NodeTypeName } from "../../catalogue/node-types";
import { GRAPH_RELATIONS } from "./graph-edges";
import { endsOf, type GraphNodeRef, type HopOptions, type HopRow, type WalkHops } from "./graph-walk";

/**
 * The edges of one relation walked one way, by the near end's place among the keys of its type (`MemoryGraph`'s
 * `keys`): the edges of the node at place `i` are `fars[starts[i]]` to `fars[starts[i + 1] - 1]`, the far ends'
 * primary keys ascending, each with the visibility level of its rows (the least of the edge row's and, for a
 * reference, its target's).
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

/** Where `value` is in the ascending `sorted`, or -1. */
export function placeOf(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Nodes of one type, by primary key ascending, each with its place among the keys of its type (-1: no edges held). */
interface Placed {
  pks: number[];
  places: number[];
}

/**
 * The graph's edges in memory (features/graph/graph-memory.ts keeps it fresh): a hop is the SQL hop of
 * graph-walk.ts (`expandFrontier`) answered from arrays, row for row the same and in the same order, for a
 * reader who sees rows of `threshold` and above. Immutable once built: a reload builds a new one. A node is
 * looked up once per hop (its place among its type's keys), whatever the number of relations walked.
 */
export class MemoryGraph {
  constructor(
    /** Per node type, the primary keys of its nodes, ascending: a node's place here indexes every adjacency. */
    private readonly keys: ReadonlyMap<NodeTypeName, Int32Array>,
    /** One entry per relation of `GRAPH_RELATIONS`, in its order. */
    private readonly relations: readonly RelationAdjacency[],
    /** Edge rows held (each is walked both ways). */
    readonly edges: number,
  ) {
    if (relations.length !== GRAPH_RELATIONS.length) throw new Error("A memory graph needs the adjacency of every graph relation");
  }

  hop(frontier: readonly GraphNodeRef[], allowed: ReadonlySet<NodeTypeName>, threshold: number, options: HopOptions = {}): HopRow[] {
    const { within = false, towards, limit = Number.POSITIVE_INFINITY } = options;
    const byType = this.placed(frontier);
    const targets = within ? byType : towards ? this.placed(towards) : undefined;
    const targetSets = new Map<NodeTypeName, Set<number>>();
    const rows: HopRow[] = [];
    for (let relation = 0; relation < this.relations.length; relation++) {
      for (const forward of within ? [true] : [true, false]) {
        const { near, far } = endsOf(GRAPH_RELATIONS[relation]!, forward);
        const nears = byType.get(near.type);
        const fars = targets?.get(far.type);
        if (!nears || !allowed.has(far.type) || (targets && !fars)) continue;
        const adjacency = forward ? this.relations[relation]!.forward : this.relations[relation]!.back;
        const fromFar = forward ? this.relations[relation]!.back : this.relations[relation]!.forward;
        // towards few far ends from hubs (an institution's experiments, only some of which are wanted), the edges are
        // fewer seen from the far ends; they are then put in the order of the near ends
        if (fars && edgesOf(fromFar, fars) < edgesOf(adjacency, nears)) {
          const nearPks = new Set(nears.pks);
          const found: HopRow[] = [];
          fars.places.forEach((place, index) => {
            if (place < 0) return;
            for (let edge = fromFar.starts[place]!, end = fromFar.starts[place + 1]!; edge < end; edge++) {
              if (fromFar.levels[edge]! < threshold || !nearPks.has(fromFar.fars[edge]!)) continue;
              found.push({ relation, forward, near: fromFar.fars[edge]!, far: fars.pks[index]! });
            }
          });
          found.sort(byNearThenFar);
          for (const row of found) {
            rows.push(row);
            if (rows.length >= limit) return rows;
          }
          continue;
        }
        let farPks: Set<number> | undefined;
        if (fars) {
          farPks = targetSets.get(far.type);
          if (!farPks) targetSets.set(far.type, (farPks = new Set(fars.pks)));
        }
        const { starts, fars: farEnds, levels } = adjacency;
        for (let index = 0; index < nears.pks.length; index++) {
          const place = nears.places[index]!;
          if (place < 0) continue;
          const pk = nears.pks[index]!;
          for (let edge = starts[place]!, end = starts[place + 1]!; edge < end; edge++) {
            if (levels[edge]! < threshold) continue;
            const farPk = farEnds[edge]!;
            if (farPks && !farPks.has(farPk)) continue;
            rows.push({ relation, forward, near: pk, far: farPk });
            if (rows.length >= limit) return rows;
          }
        }
      }
    }
    return rows;
  }

  /**
   * Nodes by type, primary keys ascending (as the SQL hop orders its near ends), each with its place. Plain arrays: a
   * typed array per hop has its memory outside the JS heap, and at a thousand walks a second their churn kept 10 MB
   * more resident.
   */
  private placed(nodes: readonly GraphNodeRef[]): Map<NodeTypeName, Placed> {
    const lists = new Map<NodeTypeName, number[]>();
    for (const node of nodes) {
      const list = lists.get(node.type);
      if (list) list.push(node.pk);
      else lists.set(node.type, [node.pk]);
    }
    const placed = new Map<NodeTypeName, Placed>();
    for (const [type, list] of lists) {
      list.sort(ascending);
      // each node once, as `= any(array)` matches it once
      const pks = list.filter((pk, index) => index === 0 || pk !== list[index - 1]);
      const keys = this.keys.get(type);
      placed.set(type, { pks, places: pks.map((pk) => (keys ? placeOf(keys, pk) : -1)) });
    }
    return placed;
  }
}

const ascending = (a: number, b: number) => a - b;

/** How many edges these nodes have in an adjacency. */
function edgesOf({ starts }: Adjacency, { places }: Placed): number {
  let edges = 0;
  for (const place of places) if (place >= 0) edges += starts[place + 1]! - starts[place]!;
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
