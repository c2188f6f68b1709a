import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { requireRole } from "../../request/require-role";
import { Role } from "../../model/viewer";
import type { AppContext } from "../../request/context";
import { AuditAction } from "../../model/entities/audit-event.entity";
import { nodeEntities, type NodeTypeName } from "../../catalogue/node-types";
import { PublicationState } from "../../model/entities/publication-state";
import { changeState } from "../../features/mutations/write-node";
import { decodeGlobalId, toGlobalId } from "../../catalogue/global-id";

@ObjectType({ simpleResolvers: true, description: "A node's publication state after `archive`, `restore`, `publish` or `reject`." })
export class StateChange {
  @Field(() => ID, { description: "The node's id." })
  id!: string;

  @Field(() => PublicationState, { description: "Its state now." })
  state!: PublicationState;

  @Field(() => Int, { description: "Its version now: name it in the next change." })
  version!: number;
}

export async function moveState(
  ctx: AppContext,
  id: string,
  expectedVersion: number,
  move: Parameters<typeof changeState>[4],
  types?: NodeTypeName[],
): Promise<StateChange> {
  const { type, pk } = decodeGlobalId(id, types);
  const node = await changeState(ctx, { entity: nodeEntities[type] as never, type }, pk, expectedVersion, move);
  return { id: toGlobalId(type, pk), state: node.state, version: node.version };
}

@Resolver()
export class ArchiveResolver {
  @Mutation(() => StateChange, {
    description:
      "Archive a published node of any type (EDITOR): it is kept with its history but left out of every read, for everyone, together with what cannot exist without it (an experiment's activities and quotes; the edges to it). `restore` brings it back.",
  })
  archive(
    @Arg("id", () => ID, { description: "The node to archive." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The `version` you read." }) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): Promise<StateChange> {
    requireRole(ctx, Role.EDITOR);
    return moveState(ctx, id, expectedVersion, {
      from: [PublicationState.PUBLISHED],
      to: PublicationState.ARCHIVED,
      action: AuditAction.ARCHIVE,
    });
  }

  @Mutation(() => StateChange, {
    description: "Publish an archived node again (EDITOR); its id comes from the audit trail or from before it was archived.",
  })
  restore(
    @Arg("id", () => ID, { description: "The archived node." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The `version` it was archived at (see `auditTrail`)." }) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): Promise<StateChange> {
    requireRole(ctx, Role.EDITOR);
    return moveState(ctx, id, expectedVersion, {
      from: [PublicationState.ARCHIVED],
      to: PublicationState.PUBLISHED,
      action: AuditAction.RESTORE,
    });
  }
}
