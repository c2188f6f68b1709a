import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Pool } from "pg";
import type { AppContext } from "../request/context";
import { parseLsn, primaryPosition } from "../database/lsn";

/** The request header a client sends back to read its own writes, and the response header that gives it. */
export const READ_AFTER_HEADER = "x-ipo-read-after";
export const COMMIT_LSN_HEADER = "x-ipo-commit-lsn";
/** Where a request's reads went: `primary`, or the replica's host and port. */
export const READ_SOURCE_HEADER = "x-ipo-read-source";

/**
 * Read-your-writes across replicas: a mutation reads on the primary, and its answer carries the commit
 * position (`extensions.commitLsn` and the `x-ipo-commit-lsn` header, taken after its transactions
 * committed); a request that sends it back in `x-ipo-read-after` reads where that commit is visible.
 */
export function readRoutingPlugin(limitsPool: Pool): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ request }) {
      const header = request.http?.headers.get(READ_AFTER_HEADER) ?? null;
      const after = header === null ? null : parseLsn(header);
      let mutation = false;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (header !== null && after === null) {
            throw new GraphQLError(
              `\`${READ_AFTER_HEADER}\` must be a commit position as \`${COMMIT_LSN_HEADER}\` gave it (like 0/16B3748), got "${header.slice(0, 40)}".`,
              { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } },
            );
          }
          contextValue.reads.after = after;
          mutation = operation?.operation === "mutation";
          if (mutation) contextValue.reads.primary = true;
        },
        async willSendResponse({ response, contextValue }) {
          if (contextValue?.reads.source) response.http.headers.set(READ_SOURCE_HEADER, contextValue.reads.source);
          if (!mutation || response.body.kind !== "single") return;
          // nothing written, nothing to read after (and with the database gone, no position to ask for)
          if (!response.body.singleResult.data && response.body.singleResult.errors?.length) return;
          const lsn = await primaryPosition(limitsPool).catch(() => undefined);
          if (!lsn) return;
          response.http.headers.set(COMMIT_LSN_HEADER, lsn);
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, commitLsn: lsn };
        },
      };
    },
  };
}
