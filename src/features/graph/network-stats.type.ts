import { Field, Int, ObjectType } from "type-graphql";
import { CollaborationDomain, ExperimentKind } from "../../model/entities/experiment.entity";
import { InstitutionType } from "../../model/entities/institution.entity";
import type { NetworkFilter } from "./network-filter.input";
import { Person } from "../../model/entities/person.entity";
import { Region } from "../../model/entities/region.entity";
import { Specialty } from "../../model/entities/specialty.entity";
import { ReferencedNode } from "../../sql/node-references";

@ObjectType({ simpleResolvers: true, description: "Number of experiments of one kind." })
export class KindCount {
  @Field(() => ExperimentKind, { description: "The kind." })
  kind!: ExperimentKind;

  @Field(() => Int, { description: "Number of experiments." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "Number of experiments in one collaboration domain (an experiment can be in several)." })
export class DomainCount {
  @Field(() => CollaborationDomain, { description: "The domain." })
  domain!: CollaborationDomain;

  @Field(() => Int, { description: "Number of experiments." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "Institutions of one type: how many there are and how many take part in an experiment." })
export class InstitutionTypeCount {
  @Field(() => InstitutionType, { description: "The type." })
  type!: InstitutionType;

  @Field(() => Int, { description: "Number of institutions of this type (within the filter's region)." })
  count!: number;

  @Field(() => Int, { description: "Of those, how many take part in at least one experiment within the filter." })
  participating!: number;
}

@ObjectType({ simpleResolvers: true, description: "Number of experiments with a participating institution in one region." })
export class RegionCount {
  @Field(() => Int, { description: "Number of experiments." })
  count!: number;

  @ReferencedNode("region", () => Region, { description: "The region." })
  regionPk!: number;
}

@ObjectType({ simpleResolvers: true, description: "Number of experiments one specialty takes part in." })
export class SpecialtyCount {
  @Field(() => Int, { description: "Number of experiments." })
  count!: number;

  @ReferencedNode("specialty", () => Specialty, { description: "The specialty." })
  specialtyPk!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "A person who connects institutions: through affiliations and the institutions of their experiments.",
})
export class BridgingPerson {
  @Field(() => Int, { description: "Number of distinct institutions this person is connected to." })
  institutionCount!: number;

  @ReferencedNode("person", () => Person, { description: "The person." })
  personPk!: number;
}

@ObjectType({ simpleResolvers: true, description: "A region and a collaboration domain without any experiment: a coverage gap." })
export class CoverageGap {
  @Field(() => CollaborationDomain, { description: "The domain no experiment in the region covers." })
  domain!: CollaborationDomain;

  @ReferencedNode("region", () => Region, { description: "The region." })
  regionPk!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "Counts across the network for dashboards; each field costs one SQL statement, only when asked for.",
})
export class NetworkStats {
  filter!: NetworkFilter | null;
}
