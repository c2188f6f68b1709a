import type { ApolloServerPlugin } from "@apollo/server";
import type { AppContext } from "../request/context";

/** What keeps answers or data read before a write, and must forget them when one is made. */
export interface ForgetsOnWrite {
  invalidate(): void;
}

/**
 * A mutation that wrote (an answer with data) tells this replica's kept reads (the response cache, the graph in
 * memory) before its answer is sent, so no later read here is answered from what the write replaced. Other
 * replicas learn of it from the commit notification (features/changes/change-feed.ts).
 */
export function ownWritesPlugin(keepers: readonly ForgetsOnWrite[]): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (operation?.operation !== "mutation") return;
          if (response.body.kind === "single" && response.body.singleResult.data) for (const keeper of keepers) keeper.invalidate();
        },
      };
    },
  };
}
