import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Affiliation } from "../entities/affiliation.entity";
import { Person } from "../entities/person.entity";
import { Institution } from "../entities/institution.entity";
import type { Row } from "../loaders/sql-runner";
import { edgeEnd } from "./relations";

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Person, { description: "The person." })
  person(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "person", Person);
  }

  @FieldResolver(() => Institution, { description: "The institution." })
  institution(@Root() edge: Row, @Ctx() ctx: AppContext) {
    return edgeEnd(ctx, edge, "institution", Institution);
  }
}
