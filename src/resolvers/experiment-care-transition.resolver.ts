import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { ExperimentCareTransition } from "../entities/experiment-care-transition.entity";
import { Experiment } from "../entities/experiment.entity";
import { CareTransition } from "../entities/care-transition.entity";
import type { Row } from "../loaders/sql-runner";
import { edgeEnd } from "./relations";

@Resolver(() => ExperimentCareTransition)
export class ExperimentCareTransitionResolver {
  @FieldResolver(() => Experiment, { description: "The experiment." })
  experiment(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "experiment", Experiment);
  }

  @FieldResolver(() => CareTransition, { description: "The care transition." })
  careTransition(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "careTransition", CareTransition);
  }
}
