import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  getNamedType,
  getOperationAST,
  GraphQLError,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  isInputObjectType,
  Kind,
  printSchema,
  type SelectionSetNode,
  typeFromAST,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when the error they wrap has none (a driver
 * error); Apollo Server and our formatError expect graphql-js's, which always have them.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? {},
  });
  (converted as { locations?: unknown }).locations = error.locations;
  return converted;
}

/** True when every root field of the operation is an introspection field (`__schema`, `__type`, `__typename`). */
function isIntrospectionOnly(document: DocumentNode, operationName: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const only = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value.startsWith("__");
      if (selection.kind === Kind.INLINE_FRAGMENT) return only(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return true;
      seen.add(fragment.name.value);
      return only(fragment.selectionSet);
    });
  return only(operation.selectionSet);
}

const reachesCycle = new WeakMap<GraphQLInputObjectType, boolean>();

/** True when an input object type reaches a cycle of input types (`ExperimentFilter.and: [ExperimentFilter]`). */
function reachesInputCycle(type: GraphQLInputObjectType, path: Set<GraphQLInputObjectType> = new Set()): boolean {
  const known = reachesCycle.get(type);
  if (known !== undefined) return known;
  if (path.has(type)) return true;
  path.add(type);
  const found = Object.values(type.getFields()).some((field) => {
    const named = getNamedType(field.type);
    return isInputObjectType(named) && reachesInputCycle(named, path);
  });
  path.delete(type);
  if (path.size === 0) reachesCycle.set(type, found);
  return found;
}

/**
 * graphql-jit compiles the coercion of each variable by unrolling its input type, which never ends for a
 * type that reaches itself (a filter's `and`, `or`, `not`: graphql-jit issue #81; the process runs out of
 * memory). Operations with such a variable are executed by graphql-js, which coerces variables at run time.
 */
function hasRecursiveVariable(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  return (operation?.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type as never);
    const named = type && getNamedType(type);
    return named !== undefined && isInputObjectType(named) && reachesInputCycle(named);
  });
}

/**
 * Executes operations with graphql-jit: each document is compiled once into a function that resolves the
 * fields it selects, with their arguments coerced at compile time, instead of graphql-js walking the
 * selection and the schema for every object of every list. Apollo Server takes a custom executor only
 * through its gateway interface, so this is a gateway of one schema; parsing, validation, the plugins
 * and the response stay Apollo's. Compiled documents are kept per parsed document (Apollo hands the
 * same object to every request with the same text) and per operation name. Introspection alone is
 * answered from the client schema (the API without federation's additions); the gateway's `_service`
 * and `_entities` stay callable.
 */
export function jitGateway(schema: GraphQLSchema, clientSchema: GraphQLSchema): GatewayInterface {
  /** "interpret": run by graphql-js (see hasRecursiveVariable). */
  type Compiled = CompiledQuery | ExecutionResult | "interpret";
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): Compiled => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let query = byName.get(key);
    if (!query && !getOperationAST(document, operationName)) {
      // graphql-jit compiles a document whose operation name matches nothing into a query that answers nothing
      const message =
        operationName === null
          ? "Must provide operation name if query contains multiple operations."
          : `Unknown operation named "${operationName.slice(0, 100)}".`;
      // not kept: the name is the client's, and a cache keyed on it would grow with every name sent
      return { errors: [new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })] };
    }
    if (!query) {
      query = hasRecursiveVariable(schema, document, operationName)
        ? "interpret"
        : (compileQuery(
            isIntrospectionOnly(document, operationName) ? clientSchema : schema,
            document,
            operationName ?? undefined,
          ) as Compiled);
      byName.set(key, query);
    }
    return query;
  };
  const executor: GatewayExecutor = async (requestContext) => {
    // the name the client asked for: requestContext.operationName is the one Apollo resolved, null when none matched
    const query = compiledFor(requestContext.document, requestContext.request.operationName ?? null);
    if (query === "interpret")
      return (await execute({
        schema,
        document: requestContext.document,
        operationName: requestContext.request.operationName ?? null,
        variableValues: requestContext.request.variables ?? {},
        contextValue: requestContext.context,
      })) as GatewayExecutionResult;
    if (!isCompiledQuery(query)) return query as GatewayExecutionResult;
    const result = (await query.query(undefined, requestContext.context, requestContext.request.variables ?? {})) as GatewayExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}
