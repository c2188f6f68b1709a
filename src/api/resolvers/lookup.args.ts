import { ArgsType, Field, ID } from "type-graphql";

@ArgsType()
export class LookupArgs {
  @Field(() => ID, { nullable: true, description: "The global id. Give `id` or `slug`, not both." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The slug, e.g. `cobra`. Give `id` or `slug`, not both." })
  slug?: string | null;
}
