import { isDeepStrictEqual } from "node:util";
import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { AuditAction, AuditEvent } from "../../model/entities/audit-event.entity";
import type { NodeEntity } from "../../model/entities/node.entity";
import { PublicationState } from "../../model/entities/publication-state";
import type { AppContext } from "../../request/context";
import { userError } from "../../platform/errors";
import { toGlobalId } from "../../catalogue/global-id";
import { type NodeTypeName } from "../../catalogue/node-types";
import { type Row } from "../../catalogue/table";

type NodeClass = new () => NodeEntity;

export interface NodeWrite {
  entity: NodeClass;
  type: NodeTypeName;
  /** Values to set, by property; relations as primary keys. */
  values: Record<string, unknown>;
  /** Properties in `values` that are relations (audited as global ids). */
  relations?: Partial<Record<string, NodeTypeName>>;
  /** Columns of unique constraints and their input fields, to report a refused duplicate on the right field. */
  uniqueFields?: Array<{ column: string; inputName: string }>;
}

/** A value as the audit trail records it: relations by global id, the rest as they are. */
function audited(value: unknown, relationType: NodeTypeName | undefined): unknown {
  if (value === undefined) return null;
  if (relationType) {
    const pk = value && typeof value === "object" ? (value as { pk?: number }).pk : value;
    return pk == null ? null : toGlobalId(relationType, Number(pk));
  }
  return value;
}

function snapshot(node: Record<string, unknown>, write: NodeWrite): Record<string, unknown> {
  return Object.fromEntries(Object.keys(write.values).map((key) => [key, audited(node[key], write.relations?.[key])]));
}

/**
 * The node's row as this transaction wrote it, in the shape the loaders serve: a write answers with what
 * it wrote, never with a later read on another connection (which may already hold someone else's change).
 */
export async function writtenRow(ctx: AppContext, em: AppContext["em"], entity: NodeClass, pk: number): Promise<Row> {
  const table = ctx.tables.of(entity);
  const knex = em.getKnex();
  const [result] = await em
    .getConnection()
    .execute<Row[]>(
      knex.raw("select ? from ?? as t where ?? = ?", [table.selectList(knex, "t"), `public.${table.name}`, "t.pk", pk]),
      [],
      "all",
      em.getTransactionContext(),
    );
  return table.toRow(result!);
}

/**
 * Creates a node in one transaction together with its audit event; returns its row as written.
 * A slug already taken is reported as a problem of the input, like the validation before it.
 */
export async function createNode(ctx: AppContext, write: NodeWrite): Promise<Row> {
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const node = em.create(write.entity, write.values as never) as unknown as Record<string, unknown> & NodeEntity;
      await em.flush();
      em.create(AuditEvent, {
        nodeType: write.type,
        nodePk: node.pk,
        action: AuditAction.CREATE,
        actorSubject: ctx.viewer.subject,
        actorRole: ctx.viewer.role,
        version: node.version,
        before: null,
        after: snapshot(node, write),
      } as never);
      await em.flush();
      return writtenRow(ctx, em, write.entity, node.pk);
    });
  } catch (error) {
    throw uniqueViolationAsProblem(error, write);
  }
}

/**
 * Updates a node if it is still at `expectedVersion`, in one transaction with its audit event (the
 * values before and after); a stale version, read before or lost in a race, writes nothing: CONFLICT.
 * Values equal to the current ones write nothing and answer the node as it is.
 */
export async function updateNode(ctx: AppContext, pk: number, expectedVersion: number, write: NodeWrite): Promise<Row> {
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const node = await findNode(em, write, pk);
      assertWritable(write.type, node);
      if (node.version !== expectedVersion) throw conflict(write.type, expectedVersion, node.version);
      const before = snapshot(node, write);
      em.assign(node, write.values as never);
      // an edit that changes nothing is no change: no new version, no audit event
      if (isDeepStrictEqual(snapshot(node, write), before)) return writtenRow(ctx, em, write.entity, pk);
      await em.flush();
      em.create(AuditEvent, {
        nodeType: write.type,
        nodePk: pk,
        action: AuditAction.UPDATE,
        actorSubject: ctx.viewer.subject,
        actorRole: ctx.viewer.role,
        version: node.version,
        before,
        after: snapshot(node, write),
      } as never);
      await em.flush();
      return writtenRow(ctx, em, write.entity, pk);
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(write.type, expectedVersion);
    throw uniqueViolationAsProblem(error, write);
  }
}

/**
 * A unique constraint the database refused (a race the checks before writing could not see) as a
 * problem of the input field it belongs to; other errors as they are.
 */
function uniqueViolationAsProblem(error: unknown, write: NodeWrite): unknown {
  if (!(error instanceof UniqueConstraintViolationException)) return error;
  const constraint = /unique constraint "([^"]+)"/.exec(error.message)?.[1] ?? "";
  const fields = (write.uniqueFields ?? [{ column: "slug", inputName: "slug" }]).filter((field) => constraint.includes(`_${field.column}`));
  const field = fields[0]?.inputName ?? "slug";
  const message =
    fields.length > 1
      ? `is taken together with ${fields
          .slice(1)
          .map((f) => f.inputName)
          .join(" and ")} by another ${write.type}`
      : "is taken";
  return userError(`The input has 1 problem(s): ${field} ${message}.`, { problems: [{ field, message }] });
}

/** Nodes a write may not touch: kept for their history, out of every read. */
export function assertWritable(type: NodeTypeName, node: NodeEntity): void {
  if (node.state === PublicationState.ARCHIVED || node.state === PublicationState.REJECTED) {
    throw userError(
      `This ${type} is ${node.state.toLowerCase()}; ${node.state === PublicationState.ARCHIVED ? "restore it first" : "it can no longer be changed"}.`,
      { state: node.state },
      "CONFLICT",
    );
  }
}

/** The node, if it exists at all (in any state), or NOT_FOUND. */
export async function findNode(
  em: AppContext["em"],
  write: Pick<NodeWrite, "entity" | "type">,
  pk: number,
): Promise<Record<string, unknown> & NodeEntity> {
  const node = (await em.findOne(write.entity, { pk } as never)) as (Record<string, unknown> & NodeEntity) | null;
  if (!node) throw userError(`There is no ${write.type} with that id.`, {}, "NOT_FOUND");
  return node;
}

/** Moves a node from one of `from` to state `to` (archive, restore, publish, reject): versioned and audited like any change. */
export async function changeState(
  ctx: AppContext,
  write: Pick<NodeWrite, "entity" | "type">,
  pk: number,
  expectedVersion: number,
  {
    from,
    to,
    action,
    also,
  }: {
    from: PublicationState[];
    to: PublicationState;
    action: AuditAction;
    also?: (em: AppContext["em"], node: NodeEntity) => Promise<Record<string, unknown>>;
  },
): Promise<NodeEntity> {
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const node = await findNode(em, write, pk);
      if (node.version !== expectedVersion) throw conflict(write.type, expectedVersion, node.version);
      if (!from.includes(node.state)) {
        throw userError(
          `This ${write.type} is ${node.state}; only a ${from.join(" or ")} one can be moved to ${to}.`,
          { state: node.state },
          "CONFLICT",
        );
      }
      const before = node.state;
      node.state = to;
      await em.flush();
      const extra = also ? await also(em, node) : {};
      em.create(AuditEvent, {
        nodeType: write.type,
        nodePk: pk,
        action,
        actorSubject: ctx.viewer.subject,
        actorRole: ctx.viewer.role,
        version: node.version,
        before: { state: before },
        after: { state: to, ...extra },
      } as never);
      await em.flush();
      return node;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(write.type, expectedVersion);
    throw error;
  }
}

function conflict(type: NodeTypeName, expected: number, actual?: number) {
  return userError(
    `This ${type} was changed by someone else since version ${expected}${actual ? ` (it is now at version ${actual})` : ""}. Read it again and reapply your change.`,
    { expectedVersion: expected, ...(actual ? { currentVersion: actual } : {}) },
    "CONFLICT",
  );
}
