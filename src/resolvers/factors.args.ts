import { ArgsType, Field, ID } from "type-graphql";
import { FactorKind } from "../entities/factor.entity";
import { PaginationArgs } from "../relay/pagination.args";

@ArgsType()
export class FactorsArgs extends PaginationArgs {
  @Field(() => FactorKind, { nullable: true, description: "Only factors of this kind." })
  kind?: FactorKind | null;

  @Field(() => ID, { nullable: true, description: "Only factors of this experiment." })
  experimentId?: string | null;
}
