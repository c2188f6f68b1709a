import type { ApolloServerPlugin } from "@apollo/server";
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";
import type { AppContext } from "../context";
import { DEFAULT_PAGE_SIZE } from "../relay/pagination.args";

/** Bounds on what one operation may ask for; introspection (`__schema`, `__type`) is exempt so Sandbox works. */
export const QUERY_LIMITS = {
  /** Nesting of fields: the 4-level walk experiments -> institutions -> experiments -> specialties is 9. */
  maxDepth: 12,
  /** Aliased fields per operation (aliases multiply work without nesting). */
  maxAliases: 30,
  /**
   * Estimated cost: every field costs 1, times the number of parents it is resolved for; a field given
   * `first` multiplies its children by it; a connection without it by 20 (its page size); any other list
   * by 10, an estimate (relation lists return at most 100 unless asked for more). The 4-level walk of
   * 100 experiments costs 344,401.
   */
  maxCost: 1_000_000,
} as const;

const LIST_ESTIMATE = 10;

function reject(code: string, message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 }, ...details } });
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  aliases: number;
}

/** Depth and cost of a selection set, following fragments; introspection fields cost nothing. */
function measure(walk: Walk, type: GraphQLCompositeType, selectionSet: SelectionSetNode, visiting: Set<string>): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) walk.aliases += 1;
      if (selection.name.value.startsWith("__")) continue;
      const result = measureField(walk, type, selection, visiting);
      depth = Math.max(depth, result.depth);
      cost += result.cost;
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments[selection.name.value] : selection;
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && visiting.has(selection.name.value))) continue;
      const condition = fragment.typeCondition ? (walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
      if (!condition) continue;
      const inner = new Set(visiting);
      if (selection.kind === Kind.FRAGMENT_SPREAD) inner.add(selection.name.value);
      const result = measure(walk, condition, fragment.selectionSet, inner);
      depth = Math.max(depth, result.depth);
      cost += result.cost;
    }
  }
  return { depth, cost };
}

function measureField(walk: Walk, parent: GraphQLCompositeType, field: FieldNode, visiting: Set<string>): { depth: number; cost: number } {
  const definition: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
  if (!definition || !field.selectionSet) return { depth: 1, cost: 1 };
  const childType = getNamedType(definition.type);
  if (!isCompositeType(childType)) return { depth: 1, cost: 1 };
  const children = measure(walk, childType, field.selectionSet, visiting);
  const first = field.arguments?.find((argument) => argument.name.value === "first");
  const explicitFirst = first ? Number(valueFromASTUntyped(first.value, walk.variables)) : undefined;
  const isConnection = definition.args.some((argument) => argument.name === "after");
  const multiplier =
    explicitFirst !== undefined && Number.isFinite(explicitFirst)
      ? explicitFirst
      : isConnection
        ? DEFAULT_PAGE_SIZE
        : isListType(getNullableType(definition.type)) && !["nodes", "edges"].includes(field.name.value)
          ? LIST_ESTIMATE
          : 1;
  return { depth: children.depth + 1, cost: 1 + Math.max(0, multiplier) * children.cost };
}

/** Rejects an operation past QUERY_LIMITS before anything runs, with a code and the figures in `extensions`. */
export function queryLimitsPlugin(limits = QUERY_LIMITS): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, operation, request }) {
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const walk: Walk = { schema, fragments, variables: request.variables ?? {}, aliases: 0 };
          const root = operation && schema.getRootType(operation.operation);
          if (!operation || !root) return;
          const { depth, cost } = measure(walk, root, (operation as OperationDefinitionNode).selectionSet, new Set());
          if (depth > limits.maxDepth) throw reject("QUERY_TOO_DEEP", `This operation nests ${depth} levels deep; the most is ${limits.maxDepth}.`, { depth, maximum: limits.maxDepth });
          if (walk.aliases > limits.maxAliases) throw reject("TOO_MANY_ALIASES", `This operation uses ${walk.aliases} aliases; the most is ${limits.maxAliases}.`, { aliases: walk.aliases, maximum: limits.maxAliases });
          if (cost > limits.maxCost) throw reject("QUERY_TOO_COMPLEX", `This operation's estimated cost is ${cost}; the most is ${limits.maxCost}. Ask for smaller pages (\`first\`) or fewer nested lists.`, { cost, maximum: limits.maxCost });
        },
      };
    },
  };
}
