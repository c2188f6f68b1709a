import { Client } from "pg";
import { DATA_CHANNEL } from "../../database/data-changes";
import { log } from "../../platform/log";
import { CHANGE_CHANNEL, parseChange, type Change } from "./change";

/** Channels other than node changes: the trusted operations changed (persisted-operation-store.ts). */
export const TRUSTED_CHANNEL = "ipo_graph_trusted";

export type ChangeListener = (change: Change) => void;

export interface ChangeFeed {
  /** Calls `listener` with every committed write, until the returned function is called. */
  listen(listener: ChangeListener): () => void;
  /** Calls `listener` when another replica (or the CLI) changed the trusted operations. */
  onTrustedChanged(listener: () => void): () => void;
  /** Calls `listener` after every committed write to a table the reads see, however it was made (database/data-changes.ts). */
  onDataChanged(listener: () => void): () => void;
  /** Calls `listener` each time the LISTEN connection comes up (at start and after a drop: changes may have been missed). */
  onConnected(listener: () => void): () => void;
  /** Settles after the first attempt to connect (up or not), so a server starts listening with it. */
  started: Promise<void>;
  /** True while the LISTEN connection is up (readiness). */
  listening(): boolean;
  close(): Promise<void>;
}

const RECONNECT_MS = [100, 500, 1000, 2000, 5000];

/**
 * One LISTEN connection per process to the primary (NOTIFY is not replicated to standbys), fanned out in
 * memory to every subscription of this replica. When the connection drops it reconnects with backoff;
 * writes committed while it was down are not replayed (a subscriber that must not miss one reads again on
 * reconnect, see docs/deploying.md).
 */
export function createChangeFeed(url: string): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  const trustedListeners = new Set<() => void>();
  const connectedListeners = new Set<() => void>();
  const dataListeners = new Set<() => void>();
  let client: Client | null = null;
  let up = false;
  let closed = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    if (closed) return;
    const next = new Client({ connectionString: url, application_name: "ipo-graph-changes", keepAlive: true });
    next.on("error", () => undefined);
    next.on("end", () => {
      up = false;
      if (client === next) client = null;
      if (!closed) schedule();
    });
    next.on("notification", (message) => {
      if (message.channel === DATA_CHANNEL) {
        for (const listener of dataListeners) listener();
        return;
      }
      if (message.channel === TRUSTED_CHANNEL) {
        for (const listener of trustedListeners) listener();
        return;
      }
      const change = parseChange(message.payload);
      if (!change) return;
      for (const listener of listeners) {
        try {
          listener(change);
        } catch (error) {
          log.error({ error: String(error) }, "a change listener failed");
        }
      }
    });
    try {
      await next.connect();
      await next.query(`listen ${CHANGE_CHANNEL}; listen ${TRUSTED_CHANNEL}; listen ${DATA_CHANNEL}`);
      if (closed) {
        await next.end();
        return;
      }
      client = next;
      up = true;
      attempt = 0;
      for (const listener of connectedListeners) listener();
    } catch {
      await next.end().catch(() => undefined);
      schedule();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void connect(), RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)]);
  };
  const started = connect();

  return {
    started,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onTrustedChanged(listener) {
      trustedListeners.add(listener);
      return () => trustedListeners.delete(listener);
    },
    onDataChanged(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    onConnected(listener) {
      connectedListeners.add(listener);
      return () => connectedListeners.delete(listener);
    },
    listening: () => up,
    async close() {
      closed = true;
      clearTimeout(timer);
      up = false;
      await client?.end().catch(() => undefined);
    },
  };
}
