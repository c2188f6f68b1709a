import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from "graphql";
import { selectedFields } from "../selected-fields";
import { AGGREGATE_FUNCTIONS, fieldsOfFunction, type AggregateFunction } from "../../catalogue/aggregate-fields";
import type { EntityClass } from "../../catalogue/catalogue.types";
import type { Tables } from "../../catalogue/tables";
import type { Measure } from "../../sql/aggregate.query";
import { nodeFilterCondition, type NodeFilter } from "../../sql/node-filter";

/** What one `<Type>Aggregate` selection asks for: per response key, a figure or an object of figures by field. */
export interface AggregateSelection {
  measures: Measure[];
  /** Response key -> the measure's index (count), or field name -> index (the other functions). */
  answers: Map<string, number | Map<string, number>>;
}

/**
 * The figures asked for under `<Type>Aggregate` fields (`fieldNodes`, of the type `aggregateType`): each
 * figure with its filter made SQL on the items' alias, the same figure asked twice computed once.
 */
export function aggregateSelection(
  info: GraphQLResolveInfo,
  fieldNodes: readonly FieldNode[],
  aggregateType: GraphQLObjectType,
  entity: EntityClass,
  tables: Tables,
  alias: string,
): AggregateSelection {
  const measures: Measure[] = [];
  const known = new Map<string, number>();
  const answers = new Map<string, number | Map<string, number>>();
  const measureOf = (fn: AggregateFunction, fieldName: string | undefined, filter: NodeFilter | undefined) => {
    const key = JSON.stringify([fn, fieldName ?? null, filter ?? null]);
    let index = known.get(key);
    if (index === undefined) {
      const field = fieldName === undefined ? undefined : fieldsOfFunction(entity, fn).find((candidate) => candidate.name === fieldName);
      const condition = nodeFilterCondition(tables, entity, filter, alias) ?? undefined;
      index = measures.push({ fn, ...(field ? { field } : {}), ...(condition ? { filter: condition } : {}) }) - 1;
      known.set(key, index);
    }
    return index;
  };
  const fields = aggregateType.getFields();
  for (const node of fieldNodes.flatMap((fieldNode) => selectedFields(info, fieldNode.selectionSet))) {
    const fn = node.name.value as AggregateFunction;
    if (!(AGGREGATE_FUNCTIONS as readonly string[]).includes(fn)) continue;
    const args = getArgumentValues(fields[fn]!, node, info.variableValues) as { filter?: NodeFilter };
    const responseKey = node.alias?.value ?? fn;
    if (fn === "count") {
      answers.set(responseKey, measureOf(fn, undefined, args.filter));
      continue;
    }
    const byField = (answers.get(responseKey) as Map<string, number> | undefined) ?? new Map<string, number>();
    for (const sub of selectedFields(info, node.selectionSet))
      if (sub.name.value !== "__typename") byField.set(sub.name.value, measureOf(fn, sub.name.value, args.filter));
    answers.set(responseKey, byField);
  }
  return { measures, answers };
}

/** The answer of an aggregate selection from a result row (`m<i>` per measure): numbers, or objects by field. */
export function answerOf(selection: AggregateSelection, row: Record<string, unknown> | undefined): Record<string, unknown> {
  const answer: Record<string, unknown> = {};
  for (const [key, place] of selection.answers) {
    if (typeof place === "number") answer[key] = row?.[`m${place}`] ?? 0;
    else answer[key] = Object.fromEntries([...place].map(([field, index]) => [field, row?.[`m${index}`] ?? null]));
  }
  return answer;
}

/** The object type a field returns, unwrapped. */
export const objectTypeOf = (type: GraphQLOutputType) => getNamedType(type) as GraphQLObjectType;
