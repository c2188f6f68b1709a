import type { GraphQLFormattedError } from "graphql";
import { ApolloServerValidationErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../database/unavailable";
import { errorSummary, log } from "../platform/log";

/**
 * Errors a client caused keep their message and code; anything unexpected (a bug, a database failure)
 * becomes a generic INTERNAL_SERVER_ERROR whose details go to the server log, never to the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (formatted.extensions?.validationErrorCode === ApolloServerValidationErrorCode.MAX_RECURSIVE_SELECTIONS_EXCEEDED) {
    // Apollo's own bound on selections with fragments spread: reported like every other query limit
    return { message: `${formatted.message} Spread fewer fragments or select fewer fields.`, extensions: { code: "QUERY_TOO_COMPLEX" } };
  }
  if (isDatabaseUnavailable(original)) {
    log.warn({ path: formatted.path?.join(".") ?? "", error: errorSummary(original) }, "database unavailable");
    return {
      message: `The database cannot be reached right now; nothing was written. Try again in ${RETRY_AFTER_SECONDS} s.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code && code !== "INTERNAL_SERVER_ERROR")) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log.error({ path: formatted.path?.join(".") ?? "", error: errorSummary(original) }, "unexpected error while resolving");
  return {
    message: "Internal server error. It has been logged; please try again or report it.",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
