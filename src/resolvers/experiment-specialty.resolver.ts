import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { ExperimentSpecialty } from "../entities/experiment-specialty.entity";
import { Experiment } from "../entities/experiment.entity";
import { Specialty } from "../entities/specialty.entity";
import type { Row } from "../loaders/sql-runner";
import { edgeEnd } from "./relations";

@Resolver(() => ExperimentSpecialty)
export class ExperimentSpecialtyResolver {
  @FieldResolver(() => Experiment, { description: "The experiment." })
  experiment(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "experiment", Experiment);
  }

  @FieldResolver(() => Specialty, { description: "The specialty or profession." })
  specialty(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "specialty", Specialty);
  }
}
