import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { PersistedOperationStore } from "../features/operations/persisted-operation-store";

/**
 * TRUSTED_DOCUMENTS=only: an operation runs only when its document is trusted (`npm run operations:trust`),
 * sent whole or by its hash. Checked when the operation is resolved (Apollo Server turns an error thrown
 * there, and only there, into a response): before its cost is measured, before anything runs and before
 * Apollo would register it as a persisted query. Parsing and validation are bounded by the query limits.
 */
export function trustedDocumentsPlugin(store: PersistedOperationStore): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (await store.isTrusted(queryHash)) return;
          throw notTrusted(queryHash);
        },
      };
    },
  };
}

/** The refusal of a document that is not trusted, over HTTP and WebSocket alike. */
export function notTrusted(sha256: string): GraphQLError {
  return new GraphQLError(
    "This API runs trusted operations only (TRUSTED_DOCUMENTS=only), and this document is not one of them. Its owner registers it with `npm run operations:trust`.",
    {
      extensions: { code: "OPERATION_NOT_TRUSTED", sha256, http: { status: 400 } },
    },
  );
}
