import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { ExperimentPerson } from "../entities/experiment-person.entity";
import { Experiment } from "../entities/experiment.entity";
import { Person } from "../entities/person.entity";
import type { Row } from "../loaders/sql-runner";
import { edgeEnd } from "./relations";

@Resolver(() => ExperimentPerson)
export class ExperimentPersonResolver {
  @FieldResolver(() => Experiment, { description: "The experiment." })
  experiment(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "experiment", Experiment);
  }

  @FieldResolver(() => Person, { description: "The person." })
  person(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "person", Person);
  }
}
