import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { requireRole } from "../../request/require-role";
import { Role } from "../../model/viewer";
import type { AppContext } from "../../request/context";
import { AuditEvent } from "../../model/entities/audit-event.entity";
import { decodeGlobalId, toGlobalId } from "../../catalogue/global-id";
import { isoTime } from "./iso-time";

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => [AuditEvent], { description: "Every write to a node, oldest first: who, when, what, before and after (ADMIN)." })
  async auditTrail(@Arg("id", () => ID, { description: "The node's id." }) id: string, @Ctx() ctx: AppContext): Promise<AuditEvent[]> {
    requireRole(ctx, Role.ADMIN);
    const { type, pk } = decodeGlobalId(id);
    const rows = await ctx.sql.raw(
      `select pk, node_type, node_pk, action, actor_subject, actor_role, at, version, before, after from audit_event where node_type = ? and node_pk = ? order by pk`,
      [type, pk],
    );
    return rows.map((row) => ({
      pk: row.pk,
      nodeId: toGlobalId(type, pk),
      nodeType: row.node_type,
      nodePk: row.node_pk,
      action: row.action,
      actorSubject: row.actor_subject,
      actorRole: row.actor_role,
      at: isoTime(row.at)!,
      version: row.version,
      before: row.before,
      after: row.after,
    }));
  }
}
