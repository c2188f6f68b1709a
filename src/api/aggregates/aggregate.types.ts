import { GraphQLFloat } from "graphql";
import { Arg, Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { AGGREGATE_FUNCTIONS, aggregateFieldsOf, groupKeysOf, type AggregateFunction } from "../../catalogue/aggregate-fields";
import type { EntityClass } from "../../catalogue/catalogue.types";
import type { FilterableField } from "../../catalogue/filterable-fields";
import { ReferencedNode } from "../../sql/node-references";
import { RELATION_LIST_MAX } from "../../sql/list-slice";
import { nodeFilterInput } from "../filters/node-filter.input";
import { NullsPlace, SortDirection } from "../filters/node-sort.input";

/** The enum of the aggregate functions, named as the `<Type>Aggregate` fields are. */
export const AggregateFunctionEnum = Object.fromEntries(AGGREGATE_FUNCTIONS.map((fn) => [fn, fn])) as Record<
  AggregateFunction,
  AggregateFunction
>;
registerEnumType(AggregateFunctionEnum, {
  name: "AggregateFunction",
  description: "A figure over a list's items, as the fields of an aggregate name it.",
  valuesConfig: {
    count: { description: "How many items." },
    countDistinct: { description: "How many different values of a field (items without one not counted)." },
    min: { description: "The smallest value of a number or date field." },
    max: { description: "The largest value of a number or date field." },
    sum: { description: "The sum of a number field." },
    avg: { description: "The average of a number field." },
  },
});

/** The most groups a `groups` field returns per list, and the default. */
export const GROUPS_MAX = RELATION_LIST_MAX;
export const GROUPS_DEFAULT = 100;

/** The types an entity's aggregates are made of. */
export interface AggregateTypes {
  Aggregate: Function;
  Group: Function;
  GroupBy: Record<string, string>;
  GroupCondition: Function;
  GroupSort: Function;
}

function objectType(
  name: string,
  description: string,
  fields: Array<{ name: string; type: () => unknown; description: string }>,
): Function {
  const Made = class {};
  Object.defineProperty(Made, "name", { value: name });
  for (const field of fields) Field(field.type as never, { nullable: true, description: field.description })(Made.prototype, field.name);
  ObjectType(name, { description })(Made);
  return Made;
}

const figureType = (field: FilterableField, fn: AggregateFunction): (() => unknown) =>
  fn === "countDistinct"
    ? () => Int
    : fn === "sum" || fn === "avg"
      ? () => GraphQLFloat
      : field.kind === "date"
        ? () => String
        : () => GraphQLFloat;

const made = new Map<EntityClass, AggregateTypes>();

/**
 * `<Type>Aggregate` (count, countDistinct, min, max, sum, avg, each with its own filter), `<Type>Group` (a
 * key and its aggregate), `<Type>GroupKey`, `<Type>GroupBy`, and the inputs of `groups`: made once per item
 * type of a connection, from the catalogue's aggregate fields and group keys.
 */
export function aggregateTypes(entity: EntityClass): AggregateTypes {
  const known = made.get(entity);
  if (known) return known;
  const name = entity.name;
  const fields = aggregateFieldsOf(entity);
  const filter = nodeFilterInput(entity);
  const perField = (fn: AggregateFunction, list: FilterableField[], what: string) =>
    list.length
      ? objectType(
          `${name}${fn[0]!.toUpperCase()}${fn.slice(1)}`,
          `${what} of each field of the ${name} items (null when no item has a value).`,
          list.map((field) => ({ name: field.name, type: figureType(field, fn), description: field.description })),
        )
      : undefined;
  const objects: Partial<Record<AggregateFunction, Function>> = {
    countDistinct: perField("countDistinct", fields.distinct, "How many different values"),
    min: perField("min", fields.ranged, "The smallest value"),
    max: perField("max", fields.ranged, "The largest value"),
    sum: perField("sum", fields.summed, "The sum"),
    avg: perField("avg", fields.summed, "The average"),
  };

  const Aggregate = class {};
  Object.defineProperty(Aggregate, "name", { value: `${name}Aggregate` });
  const filterArg = (what: string) =>
    Arg("filter", () => filter, { nullable: true, description: `Only the items this filter keeps count towards ${what}.` });
  const method = (field: string, type: () => unknown, description: string) => {
    Object.defineProperty(Aggregate.prototype, field, { value: () => undefined, writable: true, configurable: true });
    Reflect.defineMetadata("design:paramtypes", [Object], Aggregate.prototype, field);
    filterArg(`this figure`)(Aggregate.prototype, field, 0);
    Field(type as never, { description })(Aggregate.prototype, field, Object.getOwnPropertyDescriptor(Aggregate.prototype, field)!);
  };
  method("count", () => Int, `How many ${name} items (hidden ones never counted).`);
  for (const fn of ["countDistinct", "min", "max", "sum", "avg"] as const) {
    const type = objects[fn];
    if (type) method(fn, () => type, `The ${fn} of each field.`);
  }
  ObjectType(`${name}Aggregate`, {
    description: `Figures over all the ${name} items of a list that its filter keeps (all pages, not only the one asked for); each figure can take a filter of its own. Aliases ask for several.`,
  })(Aggregate);

  const keys = groupKeysOf(entity);
  const GroupKey = class {};
  Object.defineProperty(GroupKey, "name", { value: `${name}GroupKey` });
  for (const key of keys) {
    if (key.kind === "reference" || key.kind === "through") {
      const target = key.kind === "reference" ? key.reference.target : key.target;
      ReferencedNode(key.name, () => target, {
        description: `${key.description} (null: none, or one you may not see).`,
        nullable: true,
      })(GroupKey.prototype, `${key.name}Pk`);
    } else {
      const type = key.kind === "year" ? () => Int : key.field.valueType;
      Field(type as never, { nullable: true, description: key.description })(GroupKey.prototype, key.name);
    }
  }
  ObjectType(`${name}GroupKey`, {
    description: `The values that make a group of ${name} items; null where the group has none (or is not grouped by it).`,
  })(GroupKey);

  const Group = objectType(`${name}Group`, `The ${name} items that share a key, and their figures.`, [
    { name: "key", type: () => GroupKey, description: "What the items of this group have in common." },
    { name: "aggregate", type: () => Aggregate, description: "Figures over the items of this group." },
  ]);

  const GroupBy = Object.fromEntries(keys.map((key) => [key.name, key.name]));
  registerEnumType(GroupBy, {
    name: `${name}GroupBy`,
    description: `What ${name} items can be grouped by: a field, each value of a list field, a date's year, or a relation to one.`,
    valuesConfig: Object.fromEntries(keys.map((key) => [key.name, { description: key.description }])),
  });
  const AggregateField = Object.fromEntries(fields.distinct.map((field) => [field.name, field.name]));
  const hasFields = fields.distinct.length > 0;
  if (hasFields)
    registerEnumType(AggregateField, {
      name: `${name}AggregateField`,
      description: `A field of ${name} a figure is taken of (count needs none; min and max take numbers and dates; sum and avg numbers).`,
      valuesConfig: Object.fromEntries(fields.distinct.map((field) => [field.name, { description: field.description }])),
    });

  const GroupCondition = inputType(
    `${name}GroupCondition`,
    `A condition on a figure of each ${name} group; groups that fail it are left out.`,
    [
      { name: "function", type: () => AggregateFunctionEnum, description: "The figure.", nullable: false },
      ...(hasFields ? [{ name: "field", type: () => AggregateField, description: "Its field (not for count)." }] : []),
      { name: "filter", type: () => filter, description: "Only the items this filter keeps count towards the figure." },
      ...(["eq", "gt", "gte", "lt", "lte"] as const).map((operator) => ({
        name: operator,
        type: () => Float,
        description: { eq: "Equal to.", gt: "Greater than.", gte: "At least.", lt: "Less than.", lte: "At most." }[operator],
      })),
    ],
  );
  const GroupSort = inputType(
    `${name}GroupSort`,
    `One key of the order of ${name} groups: a group key, or a figure (give one of \`key\` and \`function\`).`,
    [
      { name: "key", type: () => GroupBy, description: "Sort by this key of the groups." },
      { name: "function", type: () => AggregateFunctionEnum, description: "Sort by this figure." },
      ...(hasFields ? [{ name: "field", type: () => AggregateField, description: "The figure's field (not for count)." }] : []),
      { name: "filter", type: () => filter, description: "Only the items this filter keeps count towards the figure." },
      { name: "direction", type: () => SortDirection, description: "ASC when omitted." },
      { name: "nulls", type: () => NullsPlace, description: "LAST when omitted." },
    ],
  );

  made.set(entity, { Aggregate, Group, GroupBy, GroupCondition, GroupSort });
  return made.get(entity)!;
}

function inputType(
  name: string,
  description: string,
  fields: Array<{ name: string; type: () => unknown; description: string; nullable?: boolean }>,
): Function {
  const Made = class {};
  Object.defineProperty(Made, "name", { value: name });
  for (const field of fields)
    Field(field.type as never, { nullable: field.nullable ?? true, description: field.description })(Made.prototype, field.name);
  InputType(name, { description })(Made);
  return Made;
}
