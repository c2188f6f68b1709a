import type { ApolloServerPlugin } from "@apollo/server";
import type { AppContext } from "../request/context";

/** Reports the SQL statements a request cost in `extensions.sqlStatements` (outside production). */
export function statementCountPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: contextValue.sql.count };
          }
        },
      };
    },
  };
}
