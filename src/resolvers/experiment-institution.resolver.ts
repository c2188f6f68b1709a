import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { ExperimentInstitution } from "../entities/experiment-institution.entity";
import { Experiment } from "../entities/experiment.entity";
import { Institution } from "../entities/institution.entity";
import type { Row } from "../loaders/sql-runner";
import { edgeEnd } from "./relations";

@Resolver(() => ExperimentInstitution)
export class ExperimentInstitutionResolver {
  @FieldResolver(() => Experiment, { description: "The experiment." })
  experiment(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "experiment", Experiment);
  }

  @FieldResolver(() => Institution, { description: "The institution." })
  institution(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "institution", Institution);
  }
}
