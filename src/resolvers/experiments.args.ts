import { ArgsType, Field, ID, registerEnumType } from "type-graphql";
import { CollaborationDomain, ExperimentKind, ExperimentStatus } from "../entities/experiment.entity";
import { PaginationArgs } from "../relay/pagination.args";

export enum ExperimentOrder {
  NUMBER = "NUMBER",
  TITLE = "TITLE",
  START_YEAR = "START_YEAR",
}
registerEnumType(ExperimentOrder, {
  name: "ExperimentOrder",
  description: "How to order experiments.",
  valuesConfig: {
    NUMBER: { description: "By experiment number; initiatives (no number) last, by title." },
    TITLE: { description: "Alphabetically by title." },
    START_YEAR: { description: "Oldest start year first; unknown start years last." },
  },
});

@ArgsType()
export class ExperimentsArgs extends PaginationArgs {
  @Field(() => ExperimentKind, { nullable: true, description: "Only experiments, or only initiatives." })
  kind?: ExperimentKind | null;

  @Field(() => CollaborationDomain, { nullable: true, description: "Only those that promote collaboration in this domain." })
  domain?: CollaborationDomain | null;

  @Field(() => ExperimentStatus, { nullable: true, description: "Only those with this status." })
  status?: ExperimentStatus | null;

  @Field(() => ID, { nullable: true, description: "Only those this institution takes part in (any role)." })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only those this specialty takes part in (any level)." })
  specialtyId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only those with a participating institution in this region." })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only those this person plays a part in." })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only those that address this care transition." })
  careTransitionId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only those of this programme." })
  programmeId?: string | null;

  @Field(() => ExperimentOrder, { nullable: true, description: "Order of the list; NUMBER when omitted." })
  orderBy?: ExperimentOrder | null;
}
