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

const ORDER: Record<ExperimentOrder, string> = {
  NUMBER: `t."number" asc nulls last, t."title" asc, t."pk" asc`,
  TITLE: `t."title" asc, t."pk" asc`,
  START_YEAR: `t."start_year" asc nulls last, t."title" asc, t."pk" asc`,
};

@Resolver(() => Experiment)
export class ExperimentResolver {
  @FieldResolver(() => Submission, { nullable: true, description: "Who proposed it through `submitInitiative` and what an editor decided: for editors only (null for others, and for entries that were not submitted)." })
  async submission(@Root() experiment: Row, @Ctx() ctx: AppContext) {
    if (!hasRole(ctx.viewer, Role.EDITOR)) return null;
    const [submission] = await ctx.loaders.children(Submission, "experiment", listSlice(1)).load(experiment.pk);
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
    return fetchPage(ctx, Experiment, where, ORDER[args.orderBy ?? ExperimentOrder.NUMBER], args);
  }

  @FieldResolver(() => Programme, { nullable: true, description: "The programme this experiment belongs to or that collects this initiative." })
  programme(@Root() experiment: Row, @Ctx() ctx: AppContext) {
    return loadByPk(ctx, Programme, experiment.programmePk);
  }

  @FieldResolver(() => [ExperimentInstitution], { description: "The institutions taking part, each with its role." })
  institutions(
    @Root() experiment: Row,
    @Ctx() ctx: AppContext,
    @Arg("first", () => Int, RELATION_FIRST) first: number,
    @Arg("role", () => InstitutionRole, { nullable: true, description: "Only institutions in this role." }) role?: InstitutionRole,
  ) {
    return ctx.loaders.edges(ExperimentInstitution, "experiment", "institution", Institution, listSlice(first, { role })).load(experiment.pk);
  }

  @FieldResolver(() => [ExperimentPerson], { description: "The people involved, each with their role (contact, quoted expert, researcher)." })
  people(
    @Root() experiment: Row,
    @Ctx() ctx: AppContext,
    @Arg("first", () => Int, RELATION_FIRST) first: number,
    @Arg("role", () => PersonRole, { nullable: true, description: "Only people in this role." }) role?: PersonRole,
  ) {
    return ctx.loaders.edges(ExperimentPerson, "experiment", "person", Person, listSlice(first, { role })).load(experiment.pk);
  }

  @FieldResolver(() => [ExperimentSpecialty], { description: "The specialties and professions taking part, with the level (residents, supervisors, professionals)." })
  specialties(
    @Root() experiment: Row,
    @Ctx() ctx: AppContext,
    @Arg("first", () => Int, RELATION_FIRST) first: number,
    @Arg("level", () => ParticipantLevel, { nullable: true, description: "Only participation at this level." }) level?: ParticipantLevel,
  ) {
    return ctx.loaders.edges(ExperimentSpecialty, "experiment", "specialty", Specialty, listSlice(first, { level })).load(experiment.pk);
  }

  @FieldResolver(() => [ExperimentCareTransition], { description: "The care transitions this experiment uses as learning moments." })
  careTransitions(@Root() experiment: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.edges(ExperimentCareTransition, "experiment", "careTransition", CareTransition, listSlice(first)).load(experiment.pk);
  }

  @FieldResolver(() => [LearningActivity], { description: "The learning activities, in the order the sources give." })
  learningActivities(@Root() experiment: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.children(LearningActivity, "experiment", listSlice(first)).load(experiment.pk);
  }

  @FieldResolver(() => [Deliverable], { description: "The products the experiment delivers or brings together." })
  deliverables(@Root() experiment: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.children(Deliverable, "experiment", listSlice(first)).load(experiment.pk);
  }

  @FieldResolver(() => [Factor], { description: "Promoting and hindering factors, lessons learned and outcomes." })
  factors(
    @Root() experiment: Row,
    @Ctx() ctx: AppContext,
    @Arg("first", () => Int, RELATION_FIRST) first: number,
    @Arg("kind", () => FactorKind, { nullable: true, description: "Only factors of this kind." }) kind?: FactorKind,
  ) {
    return ctx.loaders.children(Factor, "experiment", listSlice(first, { kind })).load(experiment.pk);
  }

  @FieldResolver(() => [Quote], { description: "What people said about the experiment." })
  quotes(@Root() experiment: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.children(Quote, "experiment", listSlice(first)).load(experiment.pk);
  }

  @FieldResolver(() => [Reference], { description: "Further reading the sources point to: interviews, webinars, articles, reports, captions." })
  references(@Root() experiment: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.children(Reference, "experiment", listSlice(first)).load(experiment.pk);
  }

  @FieldResolver(() => [ExperimentRelation], { description: "Links from this experiment to others: what it builds on, what to see also." })
  relatedExperiments(@Root() experiment: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.edges(ExperimentRelation, "experiment", "relatedExperiment", Experiment, listSlice(first)).load(experiment.pk);
  }

  @FieldResolver(() => [ExperimentRelation], { description: "Links from other experiments to this one (the reverse of `relatedExperiments`)." })
  relatedFrom(@Root() experiment: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.edges(ExperimentRelation, "relatedExperiment", "experiment", Experiment, listSlice(first)).load(experiment.pk);
  }
}
