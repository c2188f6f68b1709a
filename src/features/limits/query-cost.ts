import {
  type GraphQLCompositeType,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
} from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { relationFields } from "../../catalogue/relation-fields";
import { RELATION_LIST_DEFAULT } from "../../sql/list-slice";
import { DEFAULT_PAGE_SIZE } from "../../sql/page";
import type { RelationFanOuts } from "./fan-out-watch";

/** Lists that take no `first` (graph results, statistics) are estimated at this many items, unless they declare `maxItems`. */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * Arguments that bound the lists of a graph result (a network's edges and nodes, a neighbourhood's nodes
 * and edges): how many items per list one unit of the argument allows. A field with one of them costs its
 * children scaled from UNPAGED_LIST_ESTIMATE up to that many items, so `maxEdges: 5000` costs 500 times
 * what `maxEdges: 10` does. A neighbourhood holds up to `maxNodes` nodes and 20 walked edges per node.
 */
const LIST_BOUNDING_ARGUMENTS: Record<string, number> = { maxEdges: 1, maxNodes: 21 };

/** How many times the estimate of the lists under a field is to be taken (1 for fields without a bounding argument). */
function listScale(args: Record<string, unknown>): number {
  for (const [name, perUnit] of Object.entries(LIST_BOUNDING_ARGUMENTS)) {
    const value = args[name];
    if (typeof value === "number" && value > 0) return Math.max(1, (value * perUnit) / UNPAGED_LIST_ESTIMATE);
  }
  return 1;
}

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
  if (isConnection(parent)) return 1;
  return directiveArgument(field, "listSize", "assumedSize") ?? UNPAGED_LIST_ESTIMATE;
}

/**
 * A number argument of a directive on a field, as the subgraph SDL declares it (`@cost(weight:)`,
 * `@listSize(assumedSize:)`): the estimate reads the same figures a router reads.
 */
function directiveArgument(field: GraphQLField<unknown, unknown>, directive: string, argument: string): number | undefined {
  const node = field.astNode?.directives?.find((candidate) => candidate.name.value === directive);
  const value = node?.arguments?.find((candidate) => candidate.name.value === argument)?.value;
  return value?.kind === "IntValue" ? Number(value.value) : undefined;
}

let documentCosts: Map<string, number> | undefined;

/** What `jsonLd` costs on a type: its relation lists at their default length, and its references (published as its `@cost`). */
export function documentCost(typename: string): number {
  documentCosts ??= relationFields().reduce(
    (costs, field) => costs.set(field.owner.name, (costs.get(field.owner.name) ?? 1) + (field.kind === "many" ? RELATION_LIST_DEFAULT : 1)),
    new Map<string, number>(),
  );
  return documentCosts.get(typename) ?? 1;
}

/**
 * The cost of a field: its `@cost` weight (1 when it has none), plus its children's cost times the items it may return per parent. Introspection
 * (`__schema`, `__type`) costs nothing, so Sandbox keeps working. graphql-query-complexity walks the
 * document and applies variables and argument defaults; a relation list (or connection) then counts as
 * the most items any parent has in it today (`fanOuts`), at most its `first` or default (100 on lists, 20
 * on connections): experiments -> institutions -> experiments -> specialties costs what the data can hold,
 * not 100 x 100 x 100.
 */
export function createCostEstimator(fanOuts: RelationFanOuts): {
  estimator: ComplexityEstimator;
  largestRepresentations: () => number;
  boundedByArguments: () => number;
} {
  let largestRepresentations = 0;
  let boundedByArguments = 0;
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith("__")) return 0;
    // a field's own weight, where the schema gives one (`@cost`: a JSON-LD document, an aggregate), else 1
    const weight = directiveArgument(field, "cost", "weight") ?? 1;
    const asked = itemsPerParent(type, field, args);
    const fanOut = fanOuts.of(type.name, field.name);
    const items = fanOut === undefined ? asked : Math.min(asked, fanOut);
    if (field.name === "_entities") largestRepresentations = Math.max(largestRepresentations, items);
    const scale = listScale(args);
    const cost = weight + items * childComplexity * scale;
    // lists as long as an argument says (maxEdges, maxNodes) are filled by real networks: this part of the
    // estimate is what the operation will hold, where relation lists at their default of 100 rarely are
    if (scale > 1) boundedByArguments += cost;
    return cost;
  };
  return { estimator, largestRepresentations: () => largestRepresentations, boundedByArguments: () => boundedByArguments };
}
