type Callback = (error: Error | null, result?: unknown) => void;

interface PooledPgClient {
  query: (...args: unknown[]) => unknown;
  connection?: { stream?: { destroy(): void } };
  /** knex's mark for a connection its pool must not hand out again. */
  __knex__disposed?: unknown;
}

/**
 * When node-postgres gives up on a statement (`query_timeout`: a frozen or unreachable server), the
 * server may still be running it, or hold the connection inside a transaction it could not roll back.
 * Such a connection must not be reused, or a later request meets "current transaction is aborted"
 * (measured: 24 such errors after a 6 s freeze). This closes it and marks it for knex's pool to discard.
 */
export function discardAfterClientTimeout(client: PooledPgClient): void {
  const query = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    const index = args.findIndex((arg) => typeof arg === "function");
    if (index < 0) return query.apply(this, args);
    const callback = args[index] as Callback;
    args[index] = (error: Error | null, result?: unknown) => {
      if (error?.message === "Query read timeout") {
        client.__knex__disposed = "the client gave up on a statement (query_timeout)";
        client.connection?.stream?.destroy();
      }
      callback(error, result);
    };
    return query.apply(this, args);
  };
}
