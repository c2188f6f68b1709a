import { ArgsType, Field, ID } from "type-graphql";
import { PersonRole } from "../entities/experiment-person.entity";
import { PaginationArgs } from "../relay/pagination.args";

@ArgsType()
export class PeopleArgs extends PaginationArgs {
  @Field(() => ID, { nullable: true, description: "Only people affiliated with this institution." })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only people whose profession is this specialty." })
  specialtyId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only people playing a part in this experiment." })
  experimentId?: string | null;

  @Field(() => PersonRole, { nullable: true, description: "Only people with this role in some experiment (or in `experimentId`, when given)." })
  role?: PersonRole | null;
}
