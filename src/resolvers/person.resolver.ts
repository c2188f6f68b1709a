import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { hasRole, Role } from "../auth/viewer";
import type { AppContext } from "../context";
import { listSlice } from "../loaders/list-slice";
import { Affiliation } from "../entities/affiliation.entity";
import { Experiment } from "../entities/experiment.entity";
import { ExperimentPerson } from "../entities/experiment-person.entity";
import { Institution } from "../entities/institution.entity";
import { Person } from "../entities/person.entity";
import { Programme } from "../entities/programme.entity";
import { Quote } from "../entities/quote.entity";
import { Specialty } from "../entities/specialty.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { LookupArgs } from "./lookup.args";
import { PeopleArgs } from "./people.args";
import { filterPk, loadByPk, lookup } from "./relations";
import { RELATION_FIRST } from "./relation-list.arg";

export const PersonConnection = ConnectionType(Person, "Person");

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "One person by `id` or `slug` (e.g. `klaas-nauta`); null when there is none." })
  person(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Person, "Person", args);
  }

  @Query(() => PersonConnection, { description: "People, filtered and paged, by name. Filters combine with AND." })
  people(@Args() args: PeopleArgs, @Ctx() ctx: AppContext) {
    const institutionPk = filterPk(args.institutionId, "Institution", "institutionId");
    const specialtyPk = filterPk(args.specialtyId, "Specialty", "specialtyId");
    const experimentPk = filterPk(args.experimentId, "Experiment", "experimentId");
    const where = new Where()
      .when(institutionPk, (pk) => [`exists (select 1 from "affiliation" a where a."person_pk" = t."pk" and a."institution_pk" = ?)`, pk])
      .when(specialtyPk, (pk) => [`t."profession_pk" = ?`, pk]);
    if (experimentPk !== undefined || args.role) {
      const part = new Where()
        .add(`ep."person_pk" = t."pk"`)
        .when(experimentPk, (pk) => [`ep."experiment_pk" = ?`, pk])
        .when(args.role, (role) => [`ep."role" = ?`, role]);
      where.add(`exists (select 1 from "experiment_person" ep ${part.toSql()})`, ...part.params);
    }
    return fetchPage(ctx, Person, where, args);
  }

  @FieldResolver(() => String, { nullable: true, description: "Contact e-mail address as published. Personal data: null unless the caller is a MEMBER or more (send a bearer token)." })
  email(@Root() person: Row, @Ctx() ctx: AppContext) {
    return hasRole(ctx.viewer, Role.MEMBER) ? (person.email ?? null) : null;
  }
}
