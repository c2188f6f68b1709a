import { ArgsType, Field, ID } from "type-graphql";
import { CareSetting, TransitionKind } from "../entities/care-transition.entity";
import { PaginationArgs } from "../relay/pagination.args";

@ArgsType()
export class CareTransitionsArgs extends PaginationArgs {
  @Field(() => TransitionKind, { nullable: true, description: "Only transitions of this kind." })
  kind?: TransitionKind | null;

  @Field(() => CareSetting, { nullable: true, description: "Only transitions from this setting." })
  fromSetting?: CareSetting | null;

  @Field(() => CareSetting, { nullable: true, description: "Only transitions to this setting." })
  toSetting?: CareSetting | null;

  @Field(() => ID, { nullable: true, description: "Only transitions this experiment addresses." })
  experimentId?: string | null;
}
