import type { Knex } from "@mikro-orm/knex";
import type { PoolClient } from "pg";
import type { ReadPools } from "../../database/read-pools";
import { VISIBILITIES, visibilityThreshold, type Visibility } from "../../database/visibility";
import { VISIBILITY_COLUMN } from "../../model/visibility-level";
import { GRAPH_RELATIONS, type GraphRelation } from "./graph-edges";
import { type Adjacency, MemoryGraph, type RelationAdjacency } from "./memory-graph";

/** Thrown when the graph holds more edges than a replica may keep (GRAPH_MEMORY_MAX_EDGES); walks stay in SQL. */
export class GraphTooLarge extends Error {}

/** Near ends come in rows of this many: small messages, which the driver reads without growing one buffer to the whole. */
const NEARS_PER_ROW = 2048;

/**
 * Every edge row of a relation, source to target, with its visibility level: the edge row's, and for a reference the
 * least of the source's and the target's (the source stays visible when its target is hidden: graph-edges.ts). Read
 * through the widest visibility's views, so rows no reader sees are never read. `count` counts them (and their distinct
sources, and the largest keys at each end); `rows` gives them
 * grouped by source, NEARS_PER_ROW sources a row, as text: the sources and their numbers of edges, the targets
 * (ascending per source) and their levels (a digit each). No JS array, object or string per value: reading each edge as
 * three numbers took a server 20 MB further towards its memory bound at scale 100, in buffers the allocator kept.
 */
function relationStatements(knex: Knex, relation: GraphRelation): Record<"count" | "rows", Knex.SqlNative> {
  const level = relation.targetTable
    ? knex.raw("least(??, ??)", [`r.${VISIBILITY_COLUMN}`, `t.${VISIBILITY_COLUMN}`])
    : knex.raw("??", [`r.${VISIBILITY_COLUMN}`]);
  const edges = knex
    .select({ near: `r.${relation.source.column}`, far: `r.${relation.target.column}`, level })
    .from({ r: relation.table })
    .whereNotNull(`r.${relation.target.column}`);
  if (relation.targetTable) edges.join({ t: relation.targetTable }, "t.pk", `r.${relation.target.column}`);
  const bySource = knex
    .select("near", {
      degree: knex.raw("count(*)"),
      fars: knex.raw("string_agg(far::text, ',' order by far, level)"),
      levels: knex.raw("string_agg(level::text, '' order by far, level)"),
      chunk: knex.raw("(row_number() over (order by near) - 1) / ?", [NEARS_PER_ROW]),
    })
    .from(edges.clone().as("e"))
    .groupBy("near");
  return {
    count: knex
      .select({
        edges: knex.raw("count(*)::int"),
        sources: knex.raw("count(distinct near)::int"),
        lastSource: knex.raw("coalesce(max(near), 0)::int"),
        lastTarget: knex.raw("coalesce(max(far), 0)::int"),
      })
      .from(edges.clone().as("e"))
      .toSQL()
      .toNative(),
    rows: knex
      .select({
        nears: knex.raw("string_agg(near::text, ',' order by near)"),
        degrees: knex.raw("string_agg(degree::text, ',' order by near)"),
        fars: knex.raw("string_agg(fars, ',' order by near)"),
        levels: knex.raw("string_agg(levels, '' order by near)"),
      })
      .from(bySource.as("s"))
      .groupBy("chunk")
      .orderBy("chunk")
      .toSQL()
      .toNative(),
  };
}

interface SourceRow {
  nears: string;
  degrees: string;
  fars: string;
  levels: string;
}

const COMMA = 44;
const ZERO = 48;
const NINE = 57;

/** The non-negative integers of a comma-separated list into `into` from `at`; how many there were. */
function readIntegers(list: string, into: Int32Array, at: number): number {
  let value = 0;
  let read = 0;
  for (let index = 0; index < list.length; index++) {
    const code = list.charCodeAt(index);
    if (code === COMMA) {
      into[at + read++] = value;
      value = 0;
    } else value = value * 10 + (code - ZERO);
  }
  if (list.length > 0) into[at + read++] = value;
  return read;
}

/** How many items a comma-separated list holds. */
function itemsIn(list: string): number {
  if (list.length === 0) return 0;
  let items = 1;
  for (let index = 0; index < list.length; index++) if (list.charCodeAt(index) === COMMA) items++;
  return items;
}

/** A string of digits into `into` from `at`; how many there were. */
function readDigits(digits: string, into: Uint8Array, at: number): number {
  for (let index = 0; index < digits.length; index++) {
    const code = digits.charCodeAt(index);
    if (code < ZERO || code > NINE) throw new Error("a visibility level of the graph is not one digit");
    into[at + index] = code - ZERO;
  }
  return digits.length;
}

/** How many edges a relation has, how many distinct sources, and the largest key at each end. */
interface RelationSize {
  edges: number;
  sources: number;
  lastSource: number;
  lastTarget: number;
}

/**
 * One block of memory for the whole graph, handed out as arrays in turn (integers first, then bytes). One allocation
 * that large is its own mapping, given back whole when the graph is replaced; arrays of their own, with the
 * temporary ones of their building, pinned the process's heap: 27 MB more resident under load at scale 100, against
 * 9 MB of graph.
 */
class Block {
  private readonly buffer: ArrayBuffer;
  private integerAt = 0;
  private byteAt: number;

  constructor(integers: number, bytes: number) {
    this.buffer = new ArrayBuffer(integers * 4 + bytes);
    this.byteAt = integers * 4;
  }

  integers(length: number): Int32Array {
    const array = new Int32Array(this.buffer, this.integerAt * 4, length);
    this.integerAt += length;
    return array;
  }

  bytes(length: number): Uint8Array {
    const array = new Uint8Array(this.buffer, this.byteAt, length);
    this.byteAt += length;
    return array;
  }

  /** The integers and bytes the adjacencies of relations of these sizes take, both ways. */
  static sizeOf(sizes: readonly RelationSize[]): { integers: number; bytes: number } {
    return {
      integers: sizes.reduce((sum, size) => sum + size.lastSource + size.lastTarget + 4 + 2 * size.edges, 0),
      bytes: sizes.reduce((sum, size) => sum + 2 * size.edges, 0),
    };
  }
}

/** A relation's edges, source to target, from the rows of `relationStatements`, into `block`. */
function forwardOf(rows: readonly SourceRow[], size: RelationSize, block: Block, sources: Int32Array): Adjacency {
  const starts = block.integers(size.lastSource + 2);
  const fars = block.integers(size.edges);
  const levels = block.bytes(size.edges);
  let source = 0;
  let edge = 0;
  for (const row of rows) {
    const read = itemsIn(row.nears);
    const farsRead = itemsIn(row.fars);
    if (source + read > size.sources || edge + farsRead > size.edges) break;
    readIntegers(row.nears, sources, 0);
    // each source's number of edges, at the place after its key, then summed into where each key's edges start
    readIntegers(row.degrees, sources, read);
    for (let index = 0; index < read; index++) {
      const key = sources[index]!;
      if (key > size.lastSource) throw new Error("the graph's edges changed while they were read in one snapshot");
      starts[key + 1] = sources[read + index]!;
    }
    readIntegers(row.fars, fars, edge);
    if (readDigits(row.levels, levels, edge) !== farsRead) break;
    source += read;
    edge += farsRead;
  }
  if (source !== size.sources || edge !== size.edges) throw new Error("the graph's edges changed while they were read in one snapshot");
  for (let key = 0; key <= size.lastSource; key++) starts[key + 1]! += starts[key]!;
  return { starts, fars, levels };
}

/** The same edges target to source, each target's sources ascending: a counting sort by target, stable by source. */
function backOf(forward: Adjacency, size: RelationSize, block: Block, next: Int32Array): Adjacency {
  const starts = block.integers(size.lastTarget + 2);
  for (let edge = 0; edge < size.edges; edge++) starts[forward.fars[edge]! + 1]!++;
  for (let key = 0; key <= size.lastTarget; key++) starts[key + 1]! += starts[key]!;
  next.set(starts.subarray(0, size.lastTarget + 1));
  const fars = block.integers(size.edges);
  const levels = block.bytes(size.edges);
  for (let source = 0; source < forward.starts.length - 1; source++) {
    for (let edge = forward.starts[source]!; edge < forward.starts[source + 1]!; edge++) {
      const at = next[forward.fars[edge]!]!++;
      fars[at] = source;
      levels[at] = forward.levels[edge]!;
    }
  }
  return { starts, fars, levels };
}

/** The visibility that sees the most rows (the least level): every edge any reader may walk is in its views. */
const WIDEST = (Object.keys(VISIBILITIES) as Visibility[]).reduce((widest, visibility) =>
  visibilityThreshold(visibility) < visibilityThreshold(widest) ? visibility : widest,
);

/**
 * The whole graph as one snapshot (a repeatable-read transaction on a connection of the widest visibility's pool): each
 * relation's edges counted, then read (two statements per relation). Gives up with `GraphTooLarge` past `maxEdges` edge
 * rows, before reading any.
 */
export async function loadMemoryGraph(pools: ReadPools, knex: Knex, maxEdges: number): Promise<MemoryGraph> {
  const client: PoolClient = await pools.of(WIDEST).connect();
  let failed = false;
  try {
    await client.query("begin transaction isolation level repeatable read read only");
    const statements = GRAPH_RELATIONS.map((relation) => relationStatements(knex, relation));
    const sizes: RelationSize[] = [];
    for (const { count } of statements) sizes.push((await client.query<RelationSize>(count.sql, count.bindings as unknown[])).rows[0]!);
    const edges = sizes.reduce((sum, size) => sum + size.edges, 0);
    if (edges > maxEdges) throw new GraphTooLarge(`the graph has ${edges} edges, more than ${maxEdges} (GRAPH_MEMORY_MAX_EDGES)`);
    // keys are serial: a key far above the edges a graph may have would make its index larger than its edges
    const lastKey = Math.max(0, ...sizes.flatMap((size) => [size.lastSource, size.lastTarget]));
    if (lastKey > maxEdges) throw new GraphTooLarge(`a key of the graph (${lastKey}) is above GRAPH_MEMORY_MAX_EDGES (${maxEdges})`);
    const { integers, bytes } = Block.sizeOf(sizes);
    const block = new Block(integers, bytes);
    // reused from relation to relation: a row's sources and their degrees, and where each target's next edge goes
    const sources = new Int32Array(2 * NEARS_PER_ROW);
    const next = new Int32Array(lastKey + 1);
    const relations: RelationAdjacency[] = [];
    for (const [index, { rows: statement }] of statements.entries()) {
      const { rows } = await client.query<SourceRow>(statement.sql, statement.bindings as unknown[]);
      const forward = forwardOf(rows, sizes[index]!, block, sources);
      relations.push({ forward, back: backOf(forward, sizes[index]!, block, next) });
    }
    await client.query("commit");
    return new MemoryGraph(relations, edges);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // a connection left inside a transaction (a statement failed or timed out) is not given back to the pool
    client.release(failed ? true : undefined);
  }
}
