import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../request/context";
import { nodeEntities } from "../../catalogue/node-types";
import { Node } from "../../model/entities/node.interface";
import { userError } from "../../platform/errors";
import { decodeGlobalId } from "../../catalogue/global-id";
import { MAX_PAGE_SIZE } from "../../sql/page";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it does not exist (any more)." })
  node(@Arg("id", () => ID, { description: "A global id from the `id` field of any node." }) id: string, @Ctx() ctx: AppContext) {
    const { type, pk } = decodeGlobalId(id);
    return ctx.loaders.node(nodeEntities[type]).load(pk);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Several objects by global id, in the order asked (null where one does not exist); at most ${MAX_PAGE_SIZE} ids, one statement for all of them.`,
  })
  nodes(@Arg("ids", () => [ID], { description: `Global ids, at most ${MAX_PAGE_SIZE}.` }) ids: string[], @Ctx() ctx: AppContext) {
    if (ids.length > MAX_PAGE_SIZE) {
      throw userError(`\`nodes\` takes at most ${MAX_PAGE_SIZE} ids, got ${ids.length}.`, { argumentName: "ids", maximum: MAX_PAGE_SIZE });
    }
    const decoded = ids.map((id) => decodeGlobalId(id, undefined, "ids"));
    return Promise.all(decoded.map(({ type, pk }) => ctx.loaders.node(nodeEntities[type]).load(pk)));
  }
}
