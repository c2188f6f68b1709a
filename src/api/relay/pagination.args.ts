import { ArgsType, Field, Int } from "type-graphql";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return: 0 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} when omitted.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (`pageInfo.endCursor` of the previous page)." })
  after?: string | null;
}
