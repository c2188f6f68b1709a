import { intArray, type SqlRunner } from "../../sql/sql-runner";
import { GRAPH_RELATIONS, type GraphEdgeKind } from "./graph-edges";
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

export const nearTypeOf = (row: HopRow) =>
  (row.forward ? GRAPH_RELATIONS[row.relation]!.source : GRAPH_RELATIONS[row.relation]!.target).type;
export const farTypeOf = (row: HopRow) =>
  (row.forward ? GRAPH_RELATIONS[row.relation]!.target : GRAPH_RELATIONS[row.relation]!.source).type;

/** The edge a hop row stands for, between the nodes its ends are. */
export function edgeOf(row: HopRow, near: GraphNodeRef, far: GraphNodeRef): WalkedEdge {
  return { kind: GRAPH_RELATIONS[row.relation]!.kind, source: row.forward ? near : far, target: row.forward ? far : near };
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
  frontier: GraphNodeRef[],
  allowed: ReadonlySet<NodeTypeName>,
  { within = false, towards, limit }: { within?: boolean; towards?: GraphNodeRef[]; limit?: number } = {},
): Promise<HopRow[]> {
  const byType = groupByType(frontier);
  // when only edges to known nodes are wanted, the far ends are filtered in SQL: hubs (a specialty, a region) stay cheap
  const targets = within ? byType : towards ? groupByType(towards) : undefined;
  const parts: string[] = [];
  const params: unknown[] = [];
  GRAPH_RELATIONS.forEach((relation, index) => {
    const directions = [
      [relation.source, relation.target, true],
      [relation.target, relation.source, false],
    ] as const;
    // both ends among the same nodes: walking back would find every edge a second time
    for (const [near, far, forward] of within ? directions.slice(0, 1) : directions) {
      const pks = byType.get(near.type);
      const farPks = targets?.get(far.type);
      if (!pks || !allowed.has(far.type) || (targets && !farPks)) continue;
      // identifiers (`??`) and values (`?`) bound by knex; the relation's number and direction are values too
      // towards a reference's target, only to one this reader sees (the source's row does not hide with it);
      // known far ends were seen already
      const farVisible = forward && relation.targetTable !== undefined && !farPks;
      parts.push(
        `select ?::int as relation, ?::boolean as forward, ?? as near, ?? as far from ?? as r where ?? = any(?::int[]) and ${farPks ? "?? = any(?::int[])" : "?? is not null"}${farVisible ? " and exists (select from ?? as t where t.pk = ??)" : ""}`,
      );
      params.push(
        index,
        forward,
        `r.${near.column}`,
        `r.${far.column}`,
        relation.table,
        `r.${near.column}`,
        intArray(pks),
        `r.${far.column}`,
      );
      if (farPks) params.push(intArray(farPks));
      if (farVisible) params.push(relation.targetTable, `r.${far.column}`);
    }
  });
  if (parts.length === 0) return [];
  // ordered so that equally short paths and cut-off neighbourhoods come out the same on every run
  const rows = await sql.raw(
    `${parts.join("\nunion all\n")}\norder by relation, forward desc, near, far${limit ? " limit ?" : ""}`,
    limit ? [...params, Math.trunc(limit)] : params,
  );
  // relation and forward come back as int and boolean, near and far as int: the rows are hop rows as they are
  return rows as unknown as HopRow[];
}

function groupByType(nodes: GraphNodeRef[]): Map<NodeTypeName, number[]> {
  const byType = new Map<NodeTypeName, number[]>();
  for (const node of nodes) {
    const list = byType.get(node.type) ?? [];
    list.push(node.pk);
    byType.set(node.type, list);
  }
  return byType;
}
