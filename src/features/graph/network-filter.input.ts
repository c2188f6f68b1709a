import { Field, ID, InputType, Int } from "type-graphql";
import { CollaborationDomain, ExperimentKind } from "../../model/entities/experiment.entity";
import { InstitutionType } from "../../model/entities/institution.entity";

@InputType({ description: "Which part of the network a dashboard question is about. All given conditions must hold." })
export class NetworkFilter {
  @Field(() => ID, { nullable: true, description: "Only institutions in this region (OOR), and experiments they take part in." })
  regionId?: string | null;

  @Field(() => InstitutionType, { nullable: true, description: "Only institutions of this type." })
  institutionType?: InstitutionType | null;

  @Field(() => CollaborationDomain, { nullable: true, description: "Only experiments in this collaboration domain." })
  domain?: CollaborationDomain | null;

  @Field(() => ExperimentKind, { nullable: true, description: "Only experiments, or only initiatives." })
  kind?: ExperimentKind | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Only experiments that started in or after this year (experiments without a start year are left out when a period is given).",
  })
  startYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: "Only experiments that started in or before this year." })
  startYearTo?: number | null;
}
