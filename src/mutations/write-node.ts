import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { AuditAction, AuditEvent } from "../entities/audit-event.entity";
import type { NodeEntity } from "../entities/node.entity";
import type { AppContext } from "../context";
import { userError } from "../errors";
import type { NodeTypeName } from "../relay/global-id";
import { toGlobalId } from "../relay/global-id";

type NodeClass = new () => NodeEntity;

export interface NodeWrite {
  entity: NodeClass;
  type: NodeTypeName;
  /** Values to set, by property; relations as primary keys. */
  values: Record<string, unknown>;
  /** Properties in `values` that are relations (audited as global ids). */
  relations?: Partial<Record<string, NodeTypeName>>;
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
 * Creates a node in one transaction together with its audit event; returns its primary key.
 * A slug already taken is reported as a problem of the input, like the validation before it.
 */
export async function createNode(ctx: AppContext, write: NodeWrite): Promise<number> {
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const node = em.create(write.entity, write.values as never) as unknown as Record<string, unknown> & NodeEntity;
      await em.flush();
      em.create(AuditEvent, { nodeType: write.type, nodePk: node.pk, action: AuditAction.CREATE, actorSubject: ctx.viewer.subject, actorRole: ctx.viewer.role, version: node.version, before: null, after: snapshot(node, write) } as never);
      await em.flush();
      return node.pk;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw userError("The input has 1 problem(s): slug is taken.", { problems: [{ field: "slug", message: "is taken" }] });
    throw error;
  }
}

/**
 * Updates a node if it is still at `expectedVersion`, in one transaction with its audit event (the
 * values before and after); a stale version, read before or lost in a race, writes nothing: CONFLICT.
 */
export async function updateNode(ctx: AppContext, pk: number, expectedVersion: number, write: NodeWrite): Promise<number> {
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const node = (await em.findOne(write.entity, { pk } as never)) as (Record<string, unknown> & NodeEntity) | null;
      if (!node) throw userError(`There is no ${write.type} with that id.`, {}, "NOT_FOUND");
      if (node.version !== expectedVersion) throw conflict(write.type, expectedVersion, node.version);
      const before = snapshot(node, write);
      em.assign(node, write.values as never);
      await em.flush();
      em.create(AuditEvent, { nodeType: write.type, nodePk: pk, action: AuditAction.UPDATE, actorSubject: ctx.viewer.subject, actorRole: ctx.viewer.role, version: node.version, before, after: snapshot(node, write) } as never);
      await em.flush();
      return pk;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(write.type, expectedVersion);
    if (error instanceof UniqueConstraintViolationException) throw userError("The input has 1 problem(s): slug is taken.", { problems: [{ field: "slug", message: "is taken" }] });
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
