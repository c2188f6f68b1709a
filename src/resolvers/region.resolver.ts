import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { listSlice } from "../loaders/list-slice";
import { Institution } from "../entities/institution.entity";
import { Region } from "../entities/region.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { PaginationArgs } from "../relay/pagination.args";
import { LookupArgs } from "./lookup.args";
import { lookup } from "./relations";
import { RELATION_FIRST } from "./relation-list.arg";

export const RegionConnection = ConnectionType(Region, "Region");

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: "One training region by `id` or `slug` (e.g. `oor-leiden`); null when there is none." })
  region(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Region, "Region", args);
  }

  @Query(() => RegionConnection, { description: "Training regions (OOR), by name." })
  regions(@Args() args: PaginationArgs, @Ctx() ctx: AppContext) {
    return fetchPage(ctx, Region, new Where(), args);
  }
}
