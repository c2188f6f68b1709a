import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../request/context";
import { Institution } from "../../model/entities/institution.entity";
import { userError } from "../../platform/errors";
import { CollaborationPartner } from "../../features/graph/collaboration-network.type";
import { NetworkFilter } from "../../features/graph/network-filter.input";
import { createPartnersLoader, PARTNERS_MAX } from "../../features/graph/partners.loader";
import { type Row } from "../../catalogue/table";

/** An institution's side of the collaboration network: who it works with, in which experiments. */
@Resolver(() => Institution)
export class InstitutionPartnersResolver {
  @FieldResolver(() => [CollaborationPartner], {
    description: `The institutions this one takes part in experiments with, most shared experiments first: its edges of \`collaborationNetwork\`, seen from here. One SQL statement for the partners of every institution in the answer.

Example: \`institution(slug: "lumc") { partners(first: 5) { weight institution { name } experiments { title } } }\``,
  })
  partners(
    @Root() institution: Row,
    @Arg("first", () => Int, { defaultValue: 20, description: `How many partners to return: 0 to ${PARTNERS_MAX}.` }) first: number,
    @Arg("filter", () => NetworkFilter, {
      nullable: true,
      description: "Which experiments and institutions count, as in `collaborationNetwork`.",
    })
    filter: NetworkFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    if (!Number.isInteger(first) || first < 0 || first > PARTNERS_MAX)
      throw userError(`\`first\` must be between 0 and ${PARTNERS_MAX}, got ${first}.`, { argumentName: "first" });
    if (first === 0) return [];
    const loader = ctx.loaders.memoized(`partners:${first}:${JSON.stringify(filter ?? null)}`, () =>
      createPartnersLoader(ctx.sql, filter, first),
    );
    return loader.load(institution.pk);
  }
}
