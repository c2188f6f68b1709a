import type { ApolloServerPlugin } from "@apollo/server";
import type { AppContext } from "../request/context";

/** Tells the request's loaders which fields the operation asks for, once it is parsed and validated. */
export function projectionPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, contextValue }) {
          contextValue.projection.use(schema, document);
        },
      };
    },
  };
}
