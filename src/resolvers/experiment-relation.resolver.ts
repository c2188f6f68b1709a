import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Experiment } from "../entities/experiment.entity";
import { ExperimentRelation } from "../entities/experiment-relation.entity";
import type { Row } from "../loaders/sql-runner";
import { edgeEnd } from "./relations";

@Resolver(() => ExperimentRelation)
export class ExperimentRelationResolver {
  @FieldResolver(() => Experiment, { description: "The experiment the link starts from." })
  experiment(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "experiment", Experiment);
  }

  @FieldResolver(() => Experiment, { description: "The experiment or initiative the link points to." })
  relatedExperiment(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "relatedExperiment", Experiment);
  }
}
