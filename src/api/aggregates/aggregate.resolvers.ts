import type { GraphQLResolveInfo } from "graphql";
import { ArgsType, Field, Int } from "type-graphql";
import {
  AGGREGATE_FUNCTIONS,
  fieldsOfFunction,
  groupKeysOf,
  type AggregateFunction,
  type GroupKey,
} from "../../catalogue/aggregate-fields";
import type { EntityClass } from "../../catalogue/catalogue.types";
import { NODE_TYPE_NAMES, declarationOf } from "../../catalogue/node-types";
import { relationFields } from "../../catalogue/relation-fields";
import { userError } from "../../platform/errors";
import type { AppContext } from "../../request/context";
import { aggregateLoader, itemAlias, type GroupOrder, type HavingCondition, type Measure } from "../../sql/aggregate.query";
import { nodeFilterCondition, type NodeFilter } from "../../sql/node-filter";
import type { Connection } from "../../sql/page";
import { ConnectionType } from "../relay/connection.type";
import { fieldResolverClass } from "../resolvers/field-resolver-class";
import { aggregateSelection, answerOf, objectTypeOf } from "./aggregate-selection";
import { selectedFields } from "../selected-fields";
import { aggregateTypes, GROUPS_DEFAULT, GROUPS_MAX } from "./aggregate.types";
import { AGGREGATE_WEIGHT, costOf, GROUPS_LIST_SIZE } from "../demand-control";

/** Bounds on one `groups` field: keys to group by, conditions in `having`, keys of its sort. */
export const GROUPS_BOUNDS = { maxKeys: 5, maxConditions: 10, maxSortKeys: 5 } as const;

const COMPARISONS = ["eq", "gt", "gte", "lt", "lte"] as const;

interface FigureInput {
  function?: AggregateFunction | null;
  field?: string | null;
  filter?: NodeFilter | null;
}
type ConditionInput = FigureInput & Partial<Record<(typeof COMPARISONS)[number], number | null>>;
type SortInput = FigureInput & { key?: string | null; direction?: string | null; nulls?: string | null };
interface GroupsInput {
  by: string[];
  having?: ConditionInput[] | null;
  sort?: SortInput[] | null;
  first: number;
}

/** The item types of every connection: the node types' root lists and the relations' connections. */
function connectionItems(): EntityClass[] {
  const items = new Set<EntityClass>(NODE_TYPE_NAMES.map((type) => declarationOf(type).entity as EntityClass));
  for (const field of relationFields()) if (field.kind === "many") items.add(field.item);
  return [...items];
}

const refuse = (message: string, details: Record<string, unknown> = {}) => userError(message, { argumentName: "groups", ...details });

/** A figure named in `having` or `sort`, checked against what the type offers. */
function figureOf(ctx: AppContext, entity: EntityClass, alias: string, input: FigureInput, where: string): Measure {
  const fn = input.function!;
  const filter = nodeFilterCondition(ctx.tables, entity, input.filter, alias) ?? undefined;
  if (fn === "count") {
    if (input.field) throw refuse(`${where}: \`count\` takes no \`field\`.`);
    return { fn, ...(filter ? { filter } : {}) };
  }
  const field = fieldsOfFunction(entity, fn).find((candidate) => candidate.name === input.field);
  if (!field)
    throw refuse(
      `${where}: \`${fn}\` needs a \`field\` among ${
        fieldsOfFunction(entity, fn)
          .map((candidate) => candidate.name)
          .join(", ") || "none (this type has no such field)"
      }.`,
    );
  return { fn, field, ...(filter ? { filter } : {}) };
}

/** `groups(by, having, sort, first)` made a grouping, refused with BAD_USER_INPUT where it cannot be answered. */
function groupingOf(ctx: AppContext, entity: EntityClass, alias: string, args: GroupsInput) {
  const available = new Map(groupKeysOf(entity).map((key) => [key.name, key]));
  if (args.by.length === 0 || args.by.length > GROUPS_BOUNDS.maxKeys)
    throw refuse(`\`by\` takes 1 to ${GROUPS_BOUNDS.maxKeys} keys.`, { maximum: GROUPS_BOUNDS.maxKeys });
  if (new Set(args.by).size !== args.by.length) throw refuse("`by` names a key twice.");
  const keys: GroupKey[] = args.by.map((name) => available.get(name)!);
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > GROUPS_MAX)
    throw refuse(`\`first\` must be between 0 and ${GROUPS_MAX}, got ${args.first}.`, { maximum: GROUPS_MAX });
  const having: HavingCondition[] = [];
  for (const [index, condition] of (args.having ?? []).entries()) {
    const where = `having[${index}]`;
    const measure = figureOf(ctx, entity, alias, condition, where);
    if (measure.field?.kind === "date") throw refuse(`${where}: a condition compares numbers; \`${measure.field.name}\` is a date.`);
    const comparisons = COMPARISONS.filter((operator) => condition[operator] !== null && condition[operator] !== undefined);
    if (comparisons.length === 0) throw refuse(`${where}: give a comparison (eq, gt, gte, lt or lte).`);
    for (const operator of comparisons) having.push({ measure, operator, value: condition[operator]! });
  }
  if (having.length > GROUPS_BOUNDS.maxConditions)
    throw refuse(`\`having\` holds at most ${GROUPS_BOUNDS.maxConditions} comparisons.`, { maximum: GROUPS_BOUNDS.maxConditions });
  const sort = args.sort ?? [];
  if (sort.length > GROUPS_BOUNDS.maxSortKeys)
    throw refuse(`\`sort\` takes at most ${GROUPS_BOUNDS.maxSortKeys} keys.`, { maximum: GROUPS_BOUNDS.maxSortKeys });
  const order = sort.map((entry, index): GroupOrder => {
    const where = `sort[${index}]`;
    const common = { descending: entry.direction === "DESC", nullsLast: entry.nulls !== "FIRST" };
    if (entry.key && entry.function) throw refuse(`${where}: give \`key\` or \`function\`, not both.`);
    if (entry.key) {
      const key = keys.find((candidate) => candidate.name === entry.key);
      if (!key) throw refuse(`${where}: the groups are not grouped by \`${entry.key}\`; sort by a key of \`by\`.`);
      return { key, ...common };
    }
    if (!entry.function) throw refuse(`${where}: give \`key\` or \`function\`.`);
    return { measure: figureOf(ctx, entity, alias, entry, where), ...common };
  });
  return { keys, having, order, first: args.first };
}

/** The key object of a group from its row (`k<i>`): relations by primary key, read as nodes when asked. */
function keyOf(keys: readonly GroupKey[], row: Record<string, unknown>): Record<string, unknown> {
  const key: Record<string, unknown> = {};
  keys.forEach(
    (entry, index) =>
      (key[entry.kind === "reference" || entry.kind === "through" ? `${entry.name}Pk` : entry.name] = row[`k${index}`] ?? null),
  );
  return key;
}

type Read = (source: any, args: any, ctx: AppContext, info: GraphQLResolveInfo) => unknown;

function itemsOf(connection: Connection<unknown>) {
  if (!connection.items) throw new Error("A connection without its items cannot be aggregated");
  return connection.items;
}

function aggregateRead(entity: EntityClass): Read {
  return async (connection: Connection<unknown>, _args, ctx, info) => {
    const items = itemsOf(connection);
    const selection = aggregateSelection(info, info.fieldNodes, objectTypeOf(info.returnType), entity, ctx.tables, itemAlias(items));
    if (selection.measures.length === 0) return {};
    const [row] = await aggregateLoader(ctx, items, { measures: selection.measures }).load(items.kind === "relation" ? items.parent : 0);
    return answerOf(selection, row);
  };
}

function groupsRead(entity: EntityClass): Read {
  return async (connection: Connection<unknown>, args: GroupsInput, ctx, info) => {
    const items = itemsOf(connection);
    const alias = itemAlias(items);
    const grouping = groupingOf(ctx, entity, alias, args);
    // the figures each group's `aggregate` fields ask for, computed in the groups' statement
    const groupType = objectTypeOf(info.returnType);
    const aggregateNodes = info.fieldNodes
      .flatMap((node) => selectedFields(info, node.selectionSet))
      .filter((node) => node.name.value === "aggregate");
    const byResponseKey = new Map<string, typeof aggregateNodes>();
    for (const node of aggregateNodes) {
      const responseKey = node.alias?.value ?? "aggregate";
      byResponseKey.set(responseKey, [...(byResponseKey.get(responseKey) ?? []), node]);
    }
    const aggregateType = objectTypeOf(groupType.getFields().aggregate!.type);
    const measures: Measure[] = [];
    const selections = [...byResponseKey].map(([responseKey, nodes]) => {
      const selection = aggregateSelection(info, nodes, aggregateType, entity, ctx.tables, alias);
      const offset = measures.length;
      measures.push(...selection.measures);
      // renumber this selection's measures after the ones before it
      for (const [key, place] of selection.answers)
        selection.answers.set(
          key,
          typeof place === "number" ? place + offset : new Map([...place].map(([field, index]) => [field, index + offset])),
        );
      return { responseKey, selection };
    });
    const rows = await aggregateLoader(ctx, items, { measures, grouping }).load(items.kind === "relation" ? items.parent : 0);
    return rows.map((row) => {
      const group: Record<string, unknown> = { key: keyOf(grouping.keys, row) };
      for (const { responseKey, selection } of selections) group[responseKey] = answerOf(selection, row);
      return group;
    });
  };
}

const byResponseKey: Read = (source: Record<string, unknown>, _args, _ctx, info) => source[info.path.key as string];

/** Arguments of `groups`. */
function groupsArgs(entity: EntityClass) {
  const { GroupBy, GroupCondition, GroupSort } = aggregateTypes(entity);
  @ArgsType()
  class GroupsArgs {
    @Field(() => [GroupBy], {
      description: `Group by these keys (1 to ${GROUPS_BOUNDS.maxKeys}); each group is one combination of their values.`,
    })
    by!: string[];

    @Field(() => [GroupCondition], {
      nullable: true,
      description: `Keep only the groups whose figures meet every one of these conditions (at most ${GROUPS_BOUNDS.maxConditions} comparisons).`,
    })
    having?: unknown[];

    @Field(() => [GroupSort], {
      nullable: true,
      description: `Order of the groups (at most ${GROUPS_BOUNDS.maxSortKeys} keys); by the keys of \`by\` when omitted, and by them after the keys given.`,
    })
    sort?: unknown[];

    @Field(() => Int, { defaultValue: GROUPS_DEFAULT, description: `At most this many groups (0 to ${GROUPS_MAX}).` })
    first!: number;
  }
  Object.defineProperty(GroupsArgs, "name", { value: `${entity.name}GroupsArgs` });
  return GroupsArgs;
}

const servedByReads = () => {
  throw new Error("Served by aggregateReads() (api/build-schema.ts)");
};

/** `aggregate` and `groups` on every connection: the schema's shape (what runs is `aggregateReads()`). */
export function aggregateResolvers(): Function[] {
  return connectionItems().flatMap((entity) => {
    const { Aggregate, Group } = aggregateTypes(entity);
    const connection = ConnectionType(entity as new () => object, entity.name);
    return [
      fieldResolverClass(
        connection,
        "aggregate",
        () => Aggregate,
        {
          description: `Figures over every item of this list that its filter keeps (all pages): count, countDistinct, min, max, sum and avg, each with a filter of its own. Costs no statement of its own beyond the next level's.`,
        },
        undefined,
        servedByReads,
        [costOf(AGGREGATE_WEIGHT)],
      ),
      fieldResolverClass(
        connection,
        "groups",
        () => [Group],
        {
          description: `The items of this list (all pages) in groups that share the values of \`by\`, each with its figures; filtered by \`having\`, ordered by \`sort\`, at most \`first\`.`,
        },
        groupsArgs(entity),
        servedByReads,
        [costOf(AGGREGATE_WEIGHT), GROUPS_LIST_SIZE],
      ),
    ];
  });
}

/** How `aggregate`, `groups` and the figures are read, by type and field name (graphql-js resolvers). */
export function aggregateReads(): Record<string, Record<string, Read>> {
  const map: Record<string, Record<string, Read>> = {};
  for (const entity of connectionItems()) {
    map[`${entity.name}Connection`] = { aggregate: aggregateRead(entity), groups: groupsRead(entity) };
    const figures = AGGREGATE_FUNCTIONS.filter((fn) => fn === "count" || fieldsOfFunction(entity, fn).length > 0);
    map[`${entity.name}Aggregate`] = Object.fromEntries(figures.map((fn) => [fn, byResponseKey]));
    map[`${entity.name}Group`] = { aggregate: byResponseKey };
  }
  return map;
}
