/**
 * Whether an error means PostgreSQL cannot be reached or cannot answer now (down, restarting, frozen,
 * out of connections, too slow), as opposed to a bug: the client should retry later, and is told so.
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
/** SQLSTATE classes 08 (connection exception), 57P0x (shutdown, cannot connect now), 53300 (too many connections), 57014 (statement timeout). */
const SQLSTATES = /^(08\d{3}|57P0[1-3]|53300|57014)$/;
/**
 * node-postgres and knex report lost connections and their own timeouts as plain errors ("timeout expired":
 * pg's connect timeout; "Transaction query already complete": knex ended a transaction whose connection
 * died, and the next statement of that transaction finds it gone; seen after kill -9 of the postmaster).
 */
const DRIVER_MESSAGES =
  /^timeout expired$|Transaction query already complete|Connection terminated|timeout exceeded when trying to connect|Query read timeout|Knex: Timeout acquiring a connection|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATES.test(code))) return true;
    if (name === "KnexTimeoutError" || name === "ConnectionException") return true;
    if (typeof message === "string" && DRIVER_MESSAGES.test(message)) return true;
    current =
      (current as { cause?: unknown; originalError?: unknown; previous?: unknown }).previous ??
      (current as { cause?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return false;
}

/** Seconds a client should wait before trying again after SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 5;
