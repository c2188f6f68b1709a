import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLSchema, printSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when the error they wrap has none (a driver
 * error); Apollo Server and our formatError expect graphql-js's, which always have them.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? {} });
  (converted as { locations?: unknown }).locations = error.locations;
  return converted;
}

/**
 * Executes operations with graphql-jit: each document is compiled once into a function that resolves the
 * fields it selects, with their arguments coerced at compile time, instead of graphql-js walking the
 * selection and the schema for every object of every list. Apollo Server takes a custom executor only
 * through its gateway interface, so this is a gateway of one schema; parsing, validation, the plugins
 * and the response stay Apollo's. Compiled documents are kept per parsed document (Apollo hands the
 * same object to every request with the same text) and per operation name.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  type Compiled = CompiledQuery | ExecutionResult;
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): Compiled => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let query = byName.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined) as Compiled;
      byName.set(key, query);
    }
    return query;
  };
  const executor: GatewayExecutor = async (requestContext) => {
    const query = compiledFor(requestContext.document, requestContext.operationName);
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
