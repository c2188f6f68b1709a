import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { AppContext } from "../../request/context";
import { AuditAction, AuditEvent } from "../../model/entities/audit-event.entity";
import type { NodeEntity } from "../../model/entities/node.entity";
import { userError } from "../../platform/errors";
import { toGlobalId } from "../../catalogue/global-id";
import type { EdgeWriteSpec } from "./edge-write-specs";
import { findNode } from "./write-node";
import { type Row } from "../../catalogue/table";

/** The edge as the edge types serve it: facts, and each end as `<end>Pk`. */
function edgeRow(spec: EdgeWriteSpec, edge: Record<string, unknown>): Row {
  const row: Row = { pk: edge.pk };
  for (const field of spec.fields) {
    const value = edge[field.property];
    if (field.kind === "reference") row[`${field.property}Pk`] = value && typeof value === "object" ? (value as { pk: number }).pk : value;
    else row[field.property] = value ?? null;
  }
  return row;
}

/** The edge's facts for the audit trail: ends by global id. */
function audited(spec: EdgeWriteSpec, row: Row): Record<string, unknown> {
  const facts: Record<string, unknown> = { edge: spec.type };
  for (const field of spec.fields)
    facts[field.inputName] = field.target ? toGlobalId(field.target.type, row[`${field.property}Pk`]) : row[field.property];
  return facts;
}

/** One audit event at each end of the edge, at that end's current version (an edge does not change its ends' versions). */
async function auditBothEnds(ctx: AppContext, em: AppContext["em"], spec: EdgeWriteSpec, row: Row, action: AuditAction): Promise<void> {
  for (const end of spec.ends) {
    const node = (await findNode(
      em,
      { entity: end.target!.entity as never, type: end.target!.type },
      row[`${end.property}Pk`],
    )) as NodeEntity;
    const facts = audited(spec, row);
    em.create(AuditEvent, {
      nodeType: end.target!.type,
      nodePk: node.pk,
      action,
      actorSubject: ctx.viewer.subject,
      actorRole: ctx.viewer.role,
      version: node.version,
      before: action === AuditAction.UNLINK ? facts : null,
      after: action === AuditAction.LINK ? facts : {},
    } as never);
  }
  await em.flush();
}

/** Adds an edge with its facts, in one transaction with an audit event at both ends; a duplicate is a problem of the input. */
export async function linkEdge(ctx: AppContext, spec: EdgeWriteSpec, values: Record<string, unknown>): Promise<Row> {
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const edge = em.create(spec.entity as never, values as never) as Record<string, unknown>;
      await em.flush();
      const row = edgeRow(spec, edge);
      await auditBothEnds(ctx, em, spec, row, AuditAction.LINK);
      return row;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const fields = spec.key.map((field) => field.inputName);
      throw userError(`The input has 1 problem(s): this ${spec.type} already exists (same ${fields.join(", ")}).`, {
        problems: [{ field: fields[fields.length - 1], message: `is already linked with the same ${fields.slice(0, -1).join(" and ")}` }],
      });
    }
    throw error;
  }
}

/**
 * Removes the edge the key values name, in one transaction with an audit event at both ends holding its
 * facts. The row is locked first, so of concurrent unlinks of one edge exactly one removes it (and audits
 * it); the others wait for it and then find nothing: NOT_FOUND.
 */
export async function unlinkEdge(ctx: AppContext, spec: EdgeWriteSpec, key: Record<string, unknown>): Promise<Row> {
  return ctx.em.fork().transactional(async (em) => {
    const edge = (await em.findOne(spec.entity as never, key as never, { lockMode: LockMode.PESSIMISTIC_WRITE })) as Record<
      string,
      unknown
    > | null;
    if (!edge)
      throw userError(`There is no ${spec.type} with these ${spec.key.map((field) => field.inputName).join(", ")}.`, {}, "NOT_FOUND");
    const row = edgeRow(spec, edge);
    em.remove(edge as never);
    await em.flush();
    await auditBothEnds(ctx, em, spec, row, AuditAction.UNLINK);
    return row;
  });
}
