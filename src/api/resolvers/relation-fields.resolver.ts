import { ArgsType, Field, Int } from "type-graphql";
import { relationFields, type ManyField, type OneField } from "../../catalogue/relation-fields";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../sql/page";
import { connectionFieldName, relationReads, type RelationRead } from "../../sql/relation-reads";
import { upperFirst } from "../../platform/names";
import { ConnectionType } from "../relay/connection.type";
import { fieldResolverClass } from "./field-resolver-class";
import { RELATION_FIRST } from "./relation-list.arg";
import { CONNECTION_LIST_SIZE, LIST_LIST_SIZE } from "../demand-control";
import { nodeFilterInput } from "../filters/node-filter.input";
import { nodeSortInput } from "../filters/node-sort.input";
import { MAX_SORT_KEYS } from "../../sql/sort-order";

/** Arguments of a relation list or connection: `first` (and `after` for connections), and the declared filters. */
function relationArgs(field: ManyField, connection: boolean) {
  @ArgsType()
  class RelationArgs {
    @Field(
      () => Int,
      connection
        ? { nullable: true, description: `How many items to return per parent: 0 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} when omitted.` }
        : RELATION_FIRST,
    )
    first!: number | null;

    after?: string | null;
    [filter: string]: unknown;
  }
  if (connection)
    Field(() => String, { nullable: true, description: "Return the items after this cursor (`pageInfo.endCursor` of the previous page)." })(
      RelationArgs.prototype,
      "after",
    );
  for (const filter of field.filters)
    Field(filter.type as never, { nullable: true, description: filter.description })(RelationArgs.prototype, filter.property);
  const filterInput = nodeFilterInput(field.item);
  Field(() => filterInput, {
    nullable: true,
    description: `Conditions on the ${field.item.name} items, with \`and\`, \`or\` and \`not\`; applied before \`first\`.`,
  })(RelationArgs.prototype, "filter");
  const sorted = field.path.kind === "children" ? field.path.entity : field.path.target;
  const sortInput = nodeSortInput(sorted.name, sorted);
  if (sortInput)
    Field(() => [sortInput], {
      nullable: true,
      description: `Sort by fields of ${field.path.kind === "children" ? "the items" : `the ${sorted.name} each item links to`}, each ascending or descending with its nulls placed; ties broken by id (at most ${MAX_SORT_KEYS} keys).`,
    })(RelationArgs.prototype, "sort");
  Object.defineProperty(RelationArgs, "name", {
    value: `${field.owner.name}${upperFirst(field.name)}${connection ? "Connection" : ""}Args`,
  });
  return RelationArgs;
}

function oneResolver(field: OneField, read: RelationRead) {
  return fieldResolverClass(
    field.owner,
    field.name,
    () => field.target,
    { nullable: field.nullable, description: field.description },
    undefined,
    (row, ctx) => read(row, {}, ctx),
  );
}

function listResolver(field: ManyField, read: RelationRead) {
  return fieldResolverClass(
    field.owner,
    field.name,
    () => [field.item],
    { description: field.description },
    relationArgs(field, false),
    (row, ctx, args) => read(row, args, ctx),
    [LIST_LIST_SIZE],
  );
}

function connectionResolver(field: ManyField, read: RelationRead) {
  const ItemConnection = ConnectionType(field.item as new () => object, field.item.name);
  const description = `${field.description} A page of them per parent, with cursors and the total.`;
  return fieldResolverClass(
    field.owner,
    connectionFieldName(field),
    () => ItemConnection,
    { description },
    relationArgs(field, true),
    (row, ctx, args) => read(row, args, ctx),
    [CONNECTION_LIST_SIZE],
  );
}

/**
 * The resolver classes of every relation field the catalogue declares (type-graphql's class factories): they give
 * the schema its shape. What runs is `relationReads()` (sql/relation-reads.ts), called as plain graphql-js
 * resolvers by the schema (build-schema.ts), so a relation field costs no resolver-class machinery per row.
 */
export function relationFieldResolvers(): Function[] {
  const reads = relationReads();
  return relationFields().flatMap((field): Function[] => {
    const ofOwner = reads[field.owner.name]!;
    return field.kind === "one"
      ? [oneResolver(field, ofOwner[field.name]!)]
      : [listResolver(field, ofOwner[field.name]!), connectionResolver(field, ofOwner[connectionFieldName(field)]!)];
  });
}
