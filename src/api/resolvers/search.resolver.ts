import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../request/context";
import { nodeEntities, type NodeTypeName } from "../../catalogue/node-types";
import { userError } from "../../platform/errors";
import { ConnectionType } from "../relay/connection.type";
import { pageWindow } from "../../features/search/search-cursor";
import { PaginationArgs } from "../relay/pagination.args";
import { SearchHit, SearchResult, SearchType } from "../../features/search/search-hit.type";
import { searchPage } from "../../features/search/search.query";

export const MAX_SEARCH_LENGTH = 200;
export const SearchHitConnection = ConnectionType(SearchHit, "SearchHit");

@ArgsType()
class SearchArgs extends PaginationArgs {
  @Field({
    description: `What to look for, in Dutch; works as the user types (the words are prefixes). At most ${MAX_SEARCH_LENGTH} characters; empty text finds nothing.`,
  })
  query!: string;

  @Field(() => [SearchType], { nullable: true, description: "Only find these types; all when omitted." })
  types?: SearchType[] | null;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: `Dutch full-text search over experiments, institutions, people, specialties and quotes: stemmed, accents ignored, ranked, every word a prefix so it works as the user types; when that finds fewer than 10 hits, then names and titles of a similar spelling it did not find (a letter dropped, changed or swapped, a space added or dropped; queries of 4 letters or more). Each hit has a snippet with the match highlighted.

Example: \`search(query: "palliat", first: 5) { totalCount nodes { rank snippet node { ... on Experiment { title } ... on Person { name } } } }\``,
  })
  search(@Args() { query, types, ...page }: SearchArgs, @Ctx() ctx: AppContext) {
    if (query.length > MAX_SEARCH_LENGTH)
      throw userError(`\`query\` is ${query.length} characters long; the most is ${MAX_SEARCH_LENGTH}.`, {
        argumentName: "query",
        maximum: MAX_SEARCH_LENGTH,
      });
    if (types && types.length === 0)
      throw userError("`types` needs at least one type; leave it out to search every type.", { argumentName: "types" });
    const window = pageWindow(page);
    return searchPage(ctx.sql, query, new Set((types ?? Object.values(SearchType)) as NodeTypeName[]), window);
  }

  @FieldResolver(() => SearchResult, { description: "What was found." })
  node(@Root() hit: SearchHit, @Ctx() ctx: AppContext) {
    return ctx.loaders.node(nodeEntities[hit.type]).load(hit.pk);
  }
}
