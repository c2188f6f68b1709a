import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from "../../sql/page";

@ArgsType()
export class PaginationArgs implements PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return: 0 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} when omitted.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (`pageInfo.endCursor` of the previous page)." })
  after?: string | null;
}
