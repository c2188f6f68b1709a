import type { Knex } from "@mikro-orm/knex";
import { intArray, type SqlRunner } from "../../sql/sql-runner";
import { type CompiledStatement, StatementSlots } from "../../sql/compiled-statement";
import { GRAPH_RELATIONS, type GraphEdgeKind, type GraphRelation } from "./graph-edges";
import { NODE_TYPE_NAMES, type NodeTypeName } from "../../catalogue/node-types";

/** A node of the graph: its type and primary key. */
export interface GraphNodeRef {
  type: NodeTypeName;
  pk: number;
}

export interface WalkedEdge {
  kind: GraphEdgeKind;
  source: GraphNodeRef;
  target: GraphNodeRef;
}

const TYPE_NUMBER = new Map(NODE_TYPE_NAMES.map((type, index) => [type, index]));
const PK_RANGE = 2 ** 31;

/** A number naming a node (its type's place and its primary key): walks keep thousands in maps, per request. */
export const nodeKey = (type: NodeTypeName, pk: number) => TYPE_NUMBER.get(type)! * PK_RANGE + pk;
export const keyOf = (node: GraphNodeRef) => nodeKey(node.type, node.pk);

/**
 * One row of a hop: an edge of `GRAPH_RELATIONS[relation]` between a frontier node (`near`, the relation's
 * source when `forward`) and a neighbour (`far`), both by primary key, as PostgreSQL returned it.
 */
export interface HopRow {
  relation: number;
  forward: boolean;
  near: number;
  far: number;
}

/** A relation's ends as a walk meets them: walked forward it goes from source to target, else back. */
export function endsOf(relation: GraphRelation, forward: boolean): { near: GraphRelation["source"]; far: GraphRelation["target"] } {
  return forward ? { near: relation.source, far: relation.target } : { near: relation.target, far: relation.source };
}

export const nearTypeOf = (row: HopRow) => endsOf(GRAPH_RELATIONS[row.relation]!, row.forward).near.type;
export const farTypeOf = (row: HopRow) => endsOf(GRAPH_RELATIONS[row.relation]!, row.forward).far.type;

/** The edge a hop row stands for, between the nodes its ends are. */
export function edgeOf(row: HopRow, near: GraphNodeRef, far: GraphNodeRef): WalkedEdge {
  return { kind: GRAPH_RELATIONS[row.relation]!.kind, source: row.forward ? near : far, target: row.forward ? far : near };
}

/** What a hop reads besides the frontier's edges: see `expandFrontier`. */
export interface HopOptions {
  within?: boolean;
  towards?: readonly GraphNodeRef[];
  limit?: number;
}

/**
 * A hop of a walk, from SQL (`sqlHops`) or from the graph kept in memory (memory-graph.ts): the same rows in
 * the same order either way.
 */
export type WalkHops = (frontier: readonly GraphNodeRef[], allowed: ReadonlySet<NodeTypeName>, options?: HopOptions) => Promise<HopRow[]>;

/** Hops as SQL statements on the reader's connection (its views hide what the reader may not see). */
export function sqlHops(sql: SqlRunner): WalkHops {
  return (frontier, allowed, options) => expandFrontier(sql, frontier, allowed, options);
}

/**
 * Every edge touching one of `frontier`, in both directions, leading to a node of an `allowed` type:
 * one SQL statement, whatever the size of the frontier. Each row names the frontier node it was reached
 * from (`near`) and the neighbour (`far`), a node the reader sees (the views hide the rest), ordered by
 * relation, direction (forward first), near and far: the same on every run, and rows of one edge in more
 * than one role (an institution both lead and partner) next to each other. With `within`, only the edges
 * between two frontier nodes, each found once (from its source); with `towards`, only those to these nodes.
 */
export async function expandFrontier(
  sql: SqlRunner,
  frontier: readonly GraphNodeRef[],
  allowed: ReadonlySet<NodeTypeName>,
  { within = false, towards, limit }: HopOptions = {},
): Promise<HopRow[]> {
  const byType = groupByType(frontier);
  // when only edges to known nodes are wanted, the far ends are filtered in SQL: hubs (a specialty, a region) stay cheap
  const targets = within ? byType : towards ? groupByType(towards) : undefined;
  const branches: HopBranch[] = [];
  const values: Record<string, unknown> = {};
  GRAPH_RELATIONS.forEach((relation, index) => {
    // both ends among the same nodes: walking back would find every edge a second time
    for (const forward of within ? [true] : [true, false]) {
      const { near, far } = endsOf(relation, forward);
      const pks = byType.get(near.type);
      const farPks = targets?.get(far.type);
      if (!pks || !allowed.has(far.type) || (targets && !farPks)) continue;
      const branch = branches.length;
      branches.push({ relation: index, forward, farKnown: farPks !== undefined });
      values[`relation${branch}`] = index;
      values[`forward${branch}`] = forward;
      values[`near${branch}`] = intArray(pks);
      if (farPks) values[`far${branch}`] = intArray(farPks);
    }
  });
  if (branches.length === 0) return [];
  if (limit) values.limit = Math.trunc(limit);
  const rows = await sql.runAlone(hopStatement(sql.knex, branches, limit !== undefined), values);
  // relation and forward come back as int and boolean, near and far as int: the rows are hop rows as they are
  return rows as unknown as HopRow[];
}

/** One branch of a hop's union: a relation walked one way, its far ends free or among given nodes. */
interface HopBranch {
  relation: number;
  forward: boolean;
  farKnown: boolean;
}

const hopStatements = new Map<string, CompiledStatement>();

/** The statement of a hop with these branches, compiled once; a run binds only the arrays of keys (and the limit). */
function hopStatement(knex: Knex, branches: readonly HopBranch[], limited: boolean): CompiledStatement {
  const key = `${branches.map((branch) => `${branch.relation}${branch.forward ? "f" : "b"}${branch.farKnown ? "k" : ""}`).join(",")}${limited ? "l" : ""}`;
  let statement = hopStatements.get(key);
  if (statement) return statement;
  const slots = new StatementSlots();
  const parts: string[] = [];
  const bindings: unknown[] = [];
  branches.forEach(({ relation: index, forward, farKnown }, branch) => {
    const relation = GRAPH_RELATIONS[index]!;
    const { near, far } = endsOf(relation, forward);
    // towards a reference's target, only to one this reader sees (the source's row does not hide with it);
    // known far ends were seen already
    const farVisible = forward && relation.targetTable !== undefined && !farKnown;
    // identifiers (`??`) and values (`?`) bound by knex; the relation's number and direction are values too
    parts.push(
      `select ?::int as relation, ?::boolean as forward, ?? as near, ?? as far from ?? as r where ?? = any(?::int[]) and ${farKnown ? "?? = any(?::int[])" : "?? is not null"}${farVisible ? " and exists (select from ?? as t where t.pk = ??)" : ""}`,
    );
    bindings.push(
      slots.value(`relation${branch}`),
      slots.value(`forward${branch}`),
      `r.${near.column}`,
      `r.${far.column}`,
      relation.table,
      `r.${near.column}`,
      slots.value(`near${branch}`),
      `r.${far.column}`,
    );
    if (farKnown) bindings.push(slots.value(`far${branch}`));
    if (farVisible) bindings.push(relation.targetTable, `r.${far.column}`);
  });
  if (limited) bindings.push(slots.integer("limit"));
  // ordered so that equally short paths and cut-off neighbourhoods come out the same on every run
  statement = slots.compile(
    knex.raw(
      `${parts.join("\nunion all\n")}\norder by relation, forward desc, near, far${limited ? " limit ?" : ""}`,
      bindings as Knex.RawBinding[],
    ),
  );
  if (hopStatements.size >= 500) hopStatements.clear();
  hopStatements.set(key, statement);
  return statement;
}

function groupByType(nodes: readonly GraphNodeRef[]): Map<NodeTypeName, number[]> {
  const byType = new Map<NodeTypeName, number[]>();
  for (const node of nodes) {
    const list = byType.get(node.type) ?? [];
    list.push(node.pk);
    byType.set(node.type, list);
  }
  return byType;
}
