import { Directive, Field, ObjectType } from "type-graphql";
import type { PageInfo as PageInfoValues } from "../../sql/page";

// shareable: every Relay-style subgraph of a supergraph defines the same PageInfo
@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "Where a page sits in its list (Relay cursor connections)." })
export class PageInfo implements PageInfoValues {
  @Field({ description: "True when more items follow this page: ask again with `after: endCursor`." })
  hasNextPage!: boolean;

  @Field({ description: "True when items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of this page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last item of this page; pass it as `after` for the next page. Null when the page is empty.",
  })
  endCursor!: string | null;
}
