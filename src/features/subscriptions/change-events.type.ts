import { Field, ID, Int, ObjectType } from "type-graphql";
import { AuditAction } from "../../model/entities/audit-event.entity";
import type { CollaborationNetwork } from "../graph/collaboration-network.type";
import { type Row } from "../../catalogue/table";

@ObjectType({ simpleResolvers: true, description: "A committed write to a node, as a subscription delivers it." })
export class NodeChange {
  @Field(() => ID, { description: "The node's global id." })
  id!: string;

  @Field(() => Int, { description: "The node's version after the write (edges written to it do not change it)." })
  version!: number;

  @Field(() => AuditAction, { description: "What the write did." })
  action!: AuditAction;

  /** The node as the subscriber may see it after the write. */
  row!: Row;
}

@ObjectType({
  simpleResolvers: true,
  description: "The collaboration network after a write changed it (within the subscription's filter).",
})
export class NetworkChange {
  @Field(() => NodeChange, { description: "The write that changed it." })
  cause!: NodeChange;

  network!: CollaborationNetwork;
}
