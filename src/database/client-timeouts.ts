export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 3000;

/** How long after the server's statement timeout the client itself gives up on a statement (a frozen server never answers). */
export const CLIENT_QUERY_GRACE_MS = 2000;

/**
 * node-postgres's client-side bounds for every pool (reads, rate-limit counters, the ORM's): a PostgreSQL
 * that accepts connections but never answers (frozen, overloaded) is noticed within seconds.
 */
export function clientTimeouts({
  statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
  connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS,
}: {
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
}) {
  return { connectionTimeoutMillis: connectTimeoutMs, query_timeout: statementTimeoutMs + CLIENT_QUERY_GRACE_MS };
}
