import { ArgsType, Field, ID } from "type-graphql";
import { CodeSystem, SpecialtyCategory } from "../entities/specialty.entity";
import { PaginationArgs } from "../relay/pagination.args";

@ArgsType()
export class SpecialtiesArgs extends PaginationArgs {
  @Field(() => SpecialtyCategory, { nullable: true, description: "Only specialties in this category." })
  category?: SpecialtyCategory | null;

  @Field(() => CodeSystem, { nullable: true, description: "Only specialties coded in this code system." })
  codeSystem?: CodeSystem | null;

  @Field(() => String, { nullable: true, description: "Only the specialty with this code (e.g. `0335`)." })
  code?: string | null;

  @Field(() => ID, { nullable: true, description: "Only specialties taking part in this experiment." })
  experimentId?: string | null;
}
