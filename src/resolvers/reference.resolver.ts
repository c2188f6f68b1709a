import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Experiment } from "../entities/experiment.entity";
import { Programme } from "../entities/programme.entity";
import { Reference } from "../entities/reference.entity";
import type { Row } from "../loaders/sql-runner";
import { loadByPk } from "./relations";

@Resolver(() => Reference)
export class ReferenceResolver {
  @FieldResolver(() => Experiment, { nullable: true, description: "The experiment that points to it; null at programme level." })
  experiment(@Root() reference: Row, @Ctx() ctx: AppContext) {
    return loadByPk(ctx, Experiment, reference.experimentPk);
  }

  @FieldResolver(() => Programme, { nullable: true, description: "The programme that points to it; null at experiment level." })
  programme(@Root() reference: Row, @Ctx() ctx: AppContext) {
    return loadByPk(ctx, Programme, reference.programmePk);
  }
}
