import type { EdgeIdentity } from "../../catalogue/edge-identity";
import type { AppContext } from "../../request/context";
import { type Row } from "../../catalogue/table";
import type { EdgeEnds } from "./edge-document";

/** Both ends of an edge row (`<end>Pk`), through the context's loaders: one statement per end type for a batch of edges. */
export async function edgeEnds(ctx: AppContext, identity: EdgeIdentity, edge: Row): Promise<EdgeEnds> {
  const ends: EdgeEnds = {};
  await Promise.all(
    identity.parts.map(async (part) => {
      if (part.kind !== "end") return;
      const pk = edge[`${part.key}Pk`];
      ends[part.key] = pk === null || pk === undefined ? null : await ctx.loaders.node(part.target).load(Number(pk));
    }),
  );
  return ends;
}
