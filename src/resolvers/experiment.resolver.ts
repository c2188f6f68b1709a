import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { hasRole, Role } from "../auth/viewer";
import type { AppContext } from "../context";
import { Submission } from "../entities/submission.entity";
import { isoTime } from "./iso-time";
import { listSlice } from "../loaders/list-slice";
import { Deliverable } from "../entities/deliverable.entity";
import { Experiment } from "../entities/experiment.entity";
import { ExperimentCareTransition } from "../entities/experiment-care-transition.entity";
import { ExperimentInstitution, InstitutionRole } from "../entities/experiment-institution.entity";
import { ExperimentPerson, PersonRole } from "../entities/experiment-person.entity";
import { ExperimentRelation } from "../entities/experiment-relation.entity";
import { ExperimentSpecialty, ParticipantLevel } from "../entities/experiment-specialty.entity";
import { Factor, FactorKind } from "../entities/factor.entity";
import { CareTransition } from "../entities/care-transition.entity";
import { Institution } from "../entities/institution.entity";
import { LearningActivity } from "../entities/learning-activity.entity";
import { Person } from "../entities/person.entity";
import { Programme } from "../entities/programme.entity";
import { Quote } from "../entities/quote.entity";
import { Reference } from "../entities/reference.entity";
import { Specialty } from "../entities/specialty.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { ExperimentOrder, ExperimentsArgs } from "./experiments.args";
import { LookupArgs } from "./lookup.args";
import { filterPk, loadByPk, lookup } from "./relations";
import { RELATION_FIRST } from "./relation-list.arg";

export const ExperimentConnection = ConnectionType(Experiment, "Experiment");

@Resolver(() => Experiment)
export class ExperimentResolver {
  @FieldResolver(() => Submission, { nullable: true, description: "Who proposed it through `submitInitiative` and what an editor decided: for editors only (null for others, and for entries that were not submitted)." })
  async submission(@Root() experiment: Row, @Ctx() ctx: AppContext) {
    if (!hasRole(ctx.viewer, Role.EDITOR)) return null;
    const [submission] = (await ctx.loaders.children(Submission, "experiment", listSlice(1)).load(experiment.pk)).rows;
    return submission ? { ...submission, submittedAt: isoTime(submission.submittedAt), decidedAt: isoTime(submission.decidedAt) } : null;
  }

  @Query(() => Experiment, { nullable: true, description: "One experiment or initiative by `id` or `slug` (e.g. `cobra`, `duo-project`); null when there is none." })
  experiment(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Experiment, "Experiment", args);
  }

  @Query(() => ExperimentConnection, { description: "Experiments and initiatives, filtered and paged. Filters combine with AND." })
  experiments(@Args() args: ExperimentsArgs, @Ctx() ctx: AppContext) {
    const institutionPk = filterPk(args.institutionId, "Institution", "institutionId");
    const specialtyPk = filterPk(args.specialtyId, "Specialty", "specialtyId");
    const regionPk = filterPk(args.regionId, "Region", "regionId");
    const personPk = filterPk(args.personId, "Person", "personId");
    const transitionPk = filterPk(args.careTransitionId, "CareTransition", "careTransitionId");
    const programmePk = filterPk(args.programmeId, "Programme", "programmeId");
    const where = new Where()
      .when(args.kind, (kind) => [`t."kind" = ?`, kind])
      .when(args.domain, (domain) => [`? = any(t."domains")`, domain])
      .when(args.status, (status) => [`t."status" = ?`, status])
      .when(programmePk, (pk) => [`t."programme_pk" = ?`, pk])
      .when(institutionPk, (pk) => [`exists (select 1 from "experiment_institution" ei where ei."experiment_pk" = t."pk" and ei."institution_pk" = ?)`, pk])
      .when(specialtyPk, (pk) => [`exists (select 1 from "experiment_specialty" es where es."experiment_pk" = t."pk" and es."specialty_pk" = ?)`, pk])
      .when(personPk, (pk) => [`exists (select 1 from "experiment_person" ep where ep."experiment_pk" = t."pk" and ep."person_pk" = ?)`, pk])
      .when(transitionPk, (pk) => [`exists (select 1 from "experiment_care_transition" ec where ec."experiment_pk" = t."pk" and ec."care_transition_pk" = ?)`, pk])
      .when(regionPk, (pk) => [
        `exists (select 1 from "experiment_institution" ei join "institution" i on i."pk" = ei."institution_pk" where ei."experiment_pk" = t."pk" and i."region_pk" = ?)`,
        pk,
      ]);
    return fetchPage(ctx, Experiment, where, args, { orderName: args.orderBy ?? undefined });
  }
}
