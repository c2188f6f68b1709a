import { Ctx, Query, Resolver } from "type-graphql";
import { Viewer } from "../../model/viewer";
import type { AppContext } from "../../request/context";

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: "Who the API thinks you are: your role and token subject. Useful to check a token in Sandbox." })
  viewer(@Ctx() ctx: AppContext): Viewer {
    return ctx.viewer;
  }
}
