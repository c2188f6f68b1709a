import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { mayRead } from "../../model/personal-data";
import type { AppContext } from "../../request/context";
import { Person } from "../../model/entities/person.entity";
import { type Row } from "../../catalogue/table";

/** Personal data of a person, by role (its lookups, lists and relations come from the catalogue). */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Contact e-mail address as published. Personal data: null unless the caller is a MEMBER or more (send a bearer token).",
  })
  email(@Root() person: Row, @Ctx() ctx: AppContext) {
    return mayRead(ctx.viewer, "Person", "email") ? (person.email ?? null) : null;
  }
}
