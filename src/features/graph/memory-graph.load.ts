import type { Knex } from "@mikro-orm/knex";
import type { NodeTypeName } from "../../catalogue/node-types";
import type { ReadPools } from "../../database/read-pools";
import { checkOut } from "../../database/checked-out";
import { VISIBILITIES, visibilityThreshold, type Visibility } from "../../database/visibility";
import { GRAPH_NODE_TYPES, GRAPH_RELATIONS, graphNodeTable } from "./graph-edges";
import { type Adjacency, MemoryGraph, placeOf, type RelationAdjacency } from "./memory-graph";
import { keyStatements, NEARS_PER_ROW, relationStatements } from "./memory-graph.sql";
import { itemsIn, readDigits, readIntegers } from "./number-lists";

/** Thrown when the graph holds more edges than a replica may keep (GRAPH_MEMORY_MAX_EDGES); walks stay in SQL. */
export class GraphTooLarge extends Error {}

/** A row of `relationStatements`: sources, their numbers of edges, their targets and the targets' levels. */
interface SourceRow {
  nears: string;
  degrees: string;
  fars: string;
  levels: string;
}

/** How many edges a relation has, and how many distinct sources. */
interface RelationSize {
  edges: number;
  sources: number;
}

const changed = () => new Error("the graph changed while it was read in one snapshot");

/**
 * One block of memory for the whole graph, handed out as arrays in turn (integers first, then bytes). One allocation
 * that large is its own mapping, given back whole when the graph is replaced; arrays of their own, with the
 * temporary ones of their building, pinned the process's heap: 27 MB more resident under load at scale 100, for
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
}

/** Arrays reused from relation to relation while the graph is read, as large as the largest needs. */
interface Scratch {
  /** A row's sources, then their numbers of edges. */
  sources: Int32Array;
  /** Each edge's target, by its place among its type's keys. */
  targetOf: Int32Array;
  /** Where each target's next edge goes. */
  next: Int32Array;
}

/** A relation's edges, source to target, from the rows of `relationStatements`, into `block`; `keys` are the sources' type's. */
function forwardOf(rows: readonly SourceRow[], size: RelationSize, keys: Int32Array, block: Block, scratch: Scratch): Adjacency {
  const starts = block.integers(keys.length + 1);
  const fars = block.integers(size.edges);
  const levels = block.bytes(size.edges);
  const { sources } = scratch;
  let source = 0;
  let edge = 0;
  // sources come ascending, as the keys are: each is found by walking on
  let place = 0;
  for (const row of rows) {
    const read = itemsIn(row.nears);
    const farsRead = itemsIn(row.fars);
    if (read > NEARS_PER_ROW || source + read > size.sources || edge + farsRead > size.edges) throw changed();
    readIntegers(row.nears, sources, 0);
    if (readIntegers(row.degrees, sources, read) !== read) throw changed();
    for (let index = 0; index < read; index++) {
      while (place < keys.length && keys[place]! < sources[index]!) place++;
      if (keys[place] !== sources[index]) throw changed();
      starts[place + 1] = sources[read + index]!;
    }
    readIntegers(row.fars, fars, edge);
    if (readDigits(row.levels, levels, edge) !== farsRead) throw changed();
    source += read;
    edge += farsRead;
  }
  if (source !== size.sources || edge !== size.edges) throw changed();
  for (let index = 0; index < keys.length; index++) starts[index + 1]! += starts[index]!;
  return { starts, fars, levels };
}

/**
 * The same edges target to source, each target's sources ascending: a counting sort by target, stable by source.
 * `sourceKeys` and `targetKeys` are the two ends' types' keys.
 */
function backOf(forward: Adjacency, sourceKeys: Int32Array, targetKeys: Int32Array, block: Block, scratch: Scratch): Adjacency {
  const count = forward.fars.length;
  const starts = block.integers(targetKeys.length + 1);
  const { targetOf, next } = scratch;
  for (let edge = 0; edge < count; edge++) {
    const place = placeOf(targetKeys, forward.fars[edge]!);
    if (place < 0) throw changed();
    targetOf[edge] = place;
    starts[place + 1]!++;
  }
  for (let index = 0; index < targetKeys.length; index++) starts[index + 1]! += starts[index]!;
  next.set(starts.subarray(0, targetKeys.length));
  const fars = block.integers(count);
  const levels = block.bytes(count);
  for (let source = 0; source < sourceKeys.length; source++) {
    for (let edge = forward.starts[source]!; edge < forward.starts[source + 1]!; edge++) {
      const at = next[targetOf[edge]!]!++;
      fars[at] = sourceKeys[source]!;
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
 * The whole graph as one snapshot (a repeatable-read transaction on a connection of the widest visibility's pool):
 * each node type's keys and each relation's edges counted, then read (two statements each). Gives up with
 * `GraphTooLarge` past `maxEdges` edge rows, before reading any.
 */
export async function loadMemoryGraph(pools: ReadPools, knex: Knex, maxEdges: number): Promise<MemoryGraph> {
  // a connection lost during the load fails the load, not the process (test/faults.system.test.ts stopped PostgreSQL
  // during one before checkOut listened for it)
  const { client, release } = await checkOut(pools.of(WIDEST));
  let failed = false;
  const query = async <Row>(statement: Knex.SqlNative) =>
    (await client.query(statement.sql, statement.bindings as unknown[])).rows as Row[];
  try {
    await client.query("begin transaction isolation level repeatable read read only");
    const relationSql = GRAPH_RELATIONS.map((relation) => relationStatements(knex, relation));
    const sizes: RelationSize[] = [];
    for (const { count } of relationSql) sizes.push((await query<RelationSize>(count))[0]!);
    const edges = sizes.reduce((sum, size) => sum + size.edges, 0);
    if (edges > maxEdges) throw new GraphTooLarge(`the graph has ${edges} edges, more than ${maxEdges} (GRAPH_MEMORY_MAX_EDGES)`);
    const keySql = GRAPH_NODE_TYPES.map((type) => keyStatements(knex, graphNodeTable(type)));
    const keyCounts: number[] = [];
    for (const { count } of keySql) keyCounts.push((await query<{ keys: number }>(count))[0]!.keys);
    const keysOf = (type: NodeTypeName) => keyCounts[GRAPH_NODE_TYPES.indexOf(type)]!;
    const block = new Block(
      keyCounts.reduce((sum, count) => sum + count, 0) +
        GRAPH_RELATIONS.reduce(
          (sum, relation, index) => sum + keysOf(relation.source.type) + keysOf(relation.target.type) + 2 + 2 * sizes[index]!.edges,
          0,
        ),
      2 * edges,
    );
    const keys = new Map<NodeTypeName, Int32Array>();
    for (const [index, type] of GRAPH_NODE_TYPES.entries()) {
      const array = block.integers(keyCounts[index]!);
      let read = 0;
      for (const row of await query<{ keys: string }>(keySql[index]!.rows)) {
        if (read + itemsIn(row.keys) > array.length) throw changed();
        read += readIntegers(row.keys, array, read);
      }
      if (read !== array.length) throw changed();
      keys.set(type, array);
    }
    const scratch: Scratch = {
      sources: new Int32Array(2 * NEARS_PER_ROW),
      targetOf: new Int32Array(Math.max(0, ...sizes.map((size) => size.edges))),
      next: new Int32Array(Math.max(0, ...keyCounts)),
    };
    const relations: RelationAdjacency[] = [];
    for (const [index, relation] of GRAPH_RELATIONS.entries()) {
      const [sourceKeys, targetKeys] = [keys.get(relation.source.type)!, keys.get(relation.target.type)!];
      const forward = forwardOf(await query<SourceRow>(relationSql[index]!.rows), sizes[index]!, sourceKeys, block, scratch);
      relations.push({ forward, back: backOf(forward, sourceKeys, targetKeys, block, scratch) });
    }
    await client.query("commit");
    return new MemoryGraph(keys, relations, edges);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // a connection left inside a transaction (a statement failed or timed out) is not given back to the pool
    release(failed);
  }
}
