import { type GraphQLCompositeType, type GraphQLField, getNamedType, getNullableType, isCompositeType, isListType, isObjectType } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../relay/pagination.args";
import { relationFields } from "../catalogue/relation-fields";
import { RELATION_LIST_DEFAULT } from "../loaders/list-slice";

/** Lists that take no `first` (graph results, statistics) are estimated at this many items. */
export const UNPAGED_LIST_ESTIMATE = 10;

/** Connection types (they have `pageInfo`): their `nodes` and `edges` are already counted by the field that returned the connection. */
function isConnection(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && "pageInfo" in type.getFields();
}

/** How many items a field may return for each parent, from its arguments as the request gives them (variables and defaults applied). */
function itemsPerParent(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (field.name === "_entities") return Array.isArray(args.representations) ? args.representations.length : 0;
  if (Array.isArray(args.ids)) return args.ids.length;
  const isPage = field.args.some((argument) => argument.name === "after");
  if (typeof args.first === "number") return Math.max(0, args.first);
  if (isPage) return DEFAULT_PAGE_SIZE;
  if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) return 1;
  return isConnection(parent) ? 1 : UNPAGED_LIST_ESTIMATE;
}

let documentCosts: Map<string, number> | undefined;

/** What `jsonLd` costs on a type: its relation lists at their default length, and its references. */
function documentCost(typename: string): number {
  documentCosts ??= relationFields().reduce((costs, field) => costs.set(field.owner.name, (costs.get(field.owner.name) ?? 1) + (field.kind === "many" ? RELATION_LIST_DEFAULT : 1)), new Map<string, number>());
  return documentCosts.get(typename) ?? 1;
}

/**
 * The cost of a field: 1, plus its children's cost times the items it may return per parent. Introspection
 * (`__schema`, `__type`) costs nothing, so Sandbox keeps working. graphql-query-complexity walks the
 * document and applies variables and argument defaults, so a relation list left without `first` counts
 * as its default (100), not as one.
 */
export function createCostEstimator(): { estimator: ComplexityEstimator; largestRepresentations: () => number } {
  let largestRepresentations = 0;
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith("__")) return 0;
    // a node's JSON-LD document reads every relation of its type, each list up to its default length
    if (field.name === "jsonLd") return documentCost(type.name);
    const items = itemsPerParent(type, field, args);
    if (field.name === "_entities") largestRepresentations = Math.max(largestRepresentations, items);
    return 1 + items * childComplexity;
  };
  return { estimator, largestRepresentations: () => largestRepresentations };
}
