import { ArgsType, Field, ID } from "type-graphql";
import { DeliverableKind, DeliverableStatus } from "../entities/deliverable.entity";
import { PaginationArgs } from "../relay/pagination.args";

@ArgsType()
export class DeliverablesArgs extends PaginationArgs {
  @Field(() => DeliverableKind, { nullable: true, description: "Only deliverables of this kind." })
  kind?: DeliverableKind | null;

  @Field(() => DeliverableStatus, { nullable: true, description: "Only deliverables with this status." })
  status?: DeliverableStatus | null;

  @Field(() => ID, { nullable: true, description: "Only deliverables of this experiment." })
  experimentId?: string | null;
}
