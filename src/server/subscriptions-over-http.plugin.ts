import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { AppContext } from "../request/context";

/** A subscription sent over HTTP is refused with what to do instead (it would otherwise run as a query that answers nothing). */
export function subscriptionsOverHttpPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== "subscription") return;
          throw new GraphQLError(
            "Subscriptions run over WebSocket: connect to ws(s)://<this host>/graphql with a graphql-ws client (protocol graphql-transport-ws).",
            {
              extensions: { code: "SUBSCRIPTION_OVER_HTTP", http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
