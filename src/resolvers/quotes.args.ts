import { ArgsType, Field, ID } from "type-graphql";
import { PaginationArgs } from "../relay/pagination.args";

@ArgsType()
export class QuotesArgs extends PaginationArgs {
  @Field(() => ID, { nullable: true, description: "Only quotes about this experiment." })
  experimentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only quotes by this person." })
  personId?: string | null;
}
