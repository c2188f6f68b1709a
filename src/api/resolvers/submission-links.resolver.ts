import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../request/context";
import { ExperimentInstitution } from "../../model/entities/experiment-institution.entity";
import { ExperimentSpecialty } from "../../model/entities/experiment-specialty.entity";
import { Institution } from "../../model/entities/institution.entity";
import { Specialty } from "../../model/entities/specialty.entity";
import { Submission } from "../../model/entities/submission.entity";
import { listSlice } from "../../sql/list-slice";
import { RELATION_FIRST } from "./relation-list.arg";
import { type Row } from "../../catalogue/table";

/**
 * What a submission came with, as its reviewers need it whatever became of it: a rejected initiative is in
 * no read, so its `institutions` are empty, but `submission { institutions }` still shows what was proposed
 * (views of migration Migration20261201120000, editors only).
 */
@Resolver(() => Submission)
export class SubmissionLinksResolver {
  @FieldResolver(() => [ExperimentInstitution], {
    description:
      "The institutions the initiative was submitted with, and their roles, also once it is rejected. Ask for `role` and `institution`.",
  })
  institutions(@Root() submission: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders
      .edges(ExperimentInstitution, "experiment", "institution", Institution, listSlice(first), "submitted_experiment_institution")
      .load(submission.experimentPk)
      .then((slice) => slice.rows);
  }

  @FieldResolver(() => [ExperimentSpecialty], {
    description:
      "The specialties the initiative was submitted with, and their levels, also once it is rejected. Ask for `level` and `specialty`.",
  })
  specialties(@Root() submission: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders
      .edges(ExperimentSpecialty, "experiment", "specialty", Specialty, listSlice(first), "submitted_experiment_specialty")
      .load(submission.experimentPk)
      .then((slice) => slice.rows);
  }
}
