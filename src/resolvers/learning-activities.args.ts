import { ArgsType, Field, ID } from "type-graphql";
import { LearningActivityType } from "../entities/learning-activity.entity";
import { PaginationArgs } from "../relay/pagination.args";

@ArgsType()
export class LearningActivitiesArgs extends PaginationArgs {
  @Field(() => LearningActivityType, { nullable: true, description: "Only activities of this type." })
  type?: LearningActivityType | null;

  @Field(() => ID, { nullable: true, description: "Only activities of this experiment." })
  experimentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only activities at this institution." })
  institutionId?: string | null;
}
