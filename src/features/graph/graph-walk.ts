import { intArray, type SqlRunner } from "../../sql/sql-runner";
import { GRAPH_RELATIONS, type GraphEdgeKind } from "./graph-edges";
import { type NodeTypeName } from "../../catalogue/node-types";

/** A node of the graph: its type and primary key; `key` is `Type:pk`. */
export interface GraphNodeRef {
  type: NodeTypeName;
  pk: number;
}

export interface WalkedEdge {
  kind: GraphEdgeKind;
  source: GraphNodeRef;
  target: GraphNodeRef;
}

export const keyOf = (node: GraphNodeRef) => `${node.type}:${node.pk}`;

/**
 * Every edge touching one of `frontier`, in both directions, leading to a node of an `allowed` type:
 * one SQL statement, whatever the size of the frontier. Each result carries the frontier node it was
 * reached from (`from`) and the neighbour (`to`), a node the reader sees (the views hide the rest). With
 * `within`, only the edges between two frontier nodes, each found once (from its source).
 */
export async function expandFrontier(
  sql: SqlRunner,
  frontier: GraphNodeRef[],
  allowed: ReadonlySet<NodeTypeName>,
  { within = false, limit }: { within?: boolean; limit?: number } = {},
): Promise<Array<WalkedEdge & { from: GraphNodeRef; to: GraphNodeRef }>> {
  const byType = groupByType(frontier);
  // when only edges among known nodes are wanted, the far ends are filtered in SQL: hubs (a specialty, a region) stay cheap
  const targets = within ? byType : undefined;
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
      // among frontier nodes, both ends were seen already
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
  return rows.map((row) => {
    const relation = GRAPH_RELATIONS[row.relation];
    const near = row.forward ? relation.source : relation.target;
    const far = row.forward ? relation.target : relation.source;
    const from = { type: near.type, pk: Number(row.near) };
    const to = { type: far.type, pk: Number(row.far) };
    return { kind: relation.kind, from, to, source: row.forward ? from : to, target: row.forward ? to : from };
  });
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
