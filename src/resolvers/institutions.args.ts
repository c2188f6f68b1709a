import { ArgsType, Field, ID } from "type-graphql";
import { InstitutionType } from "../entities/institution.entity";
import { PaginationArgs } from "../relay/pagination.args";

@ArgsType()
export class InstitutionsArgs extends PaginationArgs {
  @Field(() => InstitutionType, { nullable: true, description: "Only institutions of this type." })
  type?: InstitutionType | null;

  @Field(() => ID, { nullable: true, description: "Only institutions in this region." })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only the direct parts (locations, departments) of this institution." })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only institutions that are not part of another; false: only parts." })
  topLevel?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only institutions taking part in this experiment." })
  experimentId?: string | null;

  @Field(() => String, { nullable: true, description: "Only institutions in this city (exact, case-insensitive)." })
  city?: string | null;
}
