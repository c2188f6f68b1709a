import type { Pool } from "pg";
import { log } from "../platform/log";
import { parseLsn } from "./lsn";
import type { ReadPools, Visibility } from "./read-pools";

/** What a request needs of its reads: the primary (a mutation), or a position its reader has seen committed. */
export interface ReadNeeds {
  primary: boolean;
  /** `x-ipo-read-after`: a commit position (LSN) the reads must include. */
  after: bigint | null;
  /** Where the reads went (a replica's host and port, or the primary and why), once the first read chose. */
  source?: string;
  /** The commit position the reads are known to include (the replica's as last checked), `all` on the primary. */
  seen?: bigint | "all";
}

export interface ReplicaStatus {
  name: string;
  reachable: boolean;
  replayLsn: string | null;
  lagBytes: number | null;
  lagSeconds: number | null;
  checkedAt: string | null;
}

export interface ReadRouting {
  /** The pool a request's reads go to, and why. */
  choose(visibility: Visibility, needs: ReadNeeds): Promise<{ pool: Pool; source: string; seen: bigint | "all" }>;
  /** Replicas as last checked (empty without DATABASE_READ_URLS). */
  replicas(): ReplicaStatus[];
  close(): Promise<void>;
}

export interface Replica {
  name: string;
  pools: ReadPools;
}

interface Known {
  replica: Replica;
  reachable: boolean;
  replayLsn: bigint | null;
  replayText: string | null;
  lagSeconds: number | null;
  checkedAt: number | null;
}

export interface RoutingSettings {
  /** How long a read after a commit position waits for a replica to replay it before going to the primary. */
  readAfterWaitMs: number;
  /** A replica further behind than this (seconds since the last replayed transaction, while the primary moves on) takes no reads. */
  maxLagSeconds: number;
  checkEveryMs: number;
}

const LSN_OF_REPLICA = `select pg_last_wal_replay_lsn()::text as lsn, extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as lag`;

/**
 * Reads on streaming replicas (DATABASE_READ_URLS), writes and the reads of a write on the primary. Each
 * replica's replay position is checked every `checkEveryMs`; a request that sends back the commit position
 * of its own write (read-your-writes) is served by a replica that has replayed it, waiting up to
 * `readAfterWaitMs`, else by the primary. Without replicas every read goes to the primary, as before.
 */
export function createReadRouting(
  primary: ReadPools,
  primaryLsn: () => Promise<string>,
  replicas: Replica[],
  settings: RoutingSettings,
): ReadRouting {
  const known: Known[] = replicas.map((replica) => ({
    replica,
    reachable: false,
    replayLsn: null,
    replayText: null,
    lagSeconds: null,
    checkedAt: null,
  }));
  let primaryAt: bigint | null = null;
  let turn = 0;

  const check = async (entry: Known) => {
    try {
      const { rows } = await entry.replica.pools.of("published").query(LSN_OF_REPLICA);
      Object.assign(entry, {
        reachable: true,
        replayLsn: parseLsn(rows[0]?.lsn),
        replayText: rows[0]?.lsn ?? null,
        lagSeconds: rows[0]?.lag ?? null,
        checkedAt: Date.now(),
      });
    } catch {
      Object.assign(entry, { reachable: false, checkedAt: Date.now() });
    }
  };
  const checkAll = async () => {
    primaryAt = parseLsn(await primaryLsn().catch(() => null)) ?? primaryAt;
    await Promise.all(known.map(check));
  };
  const timer = replicas.length
    ? setInterval(() => void checkAll().catch((error) => log.warn({ error: String(error) }, "replica check failed")), settings.checkEveryMs)
    : undefined;
  timer?.unref();
  if (replicas.length) void checkAll();

  // a replica is behind when it has not replayed what the primary wrote, and its last replay is old
  const usable = (entry: Known) =>
    entry.reachable &&
    entry.replayLsn !== null &&
    !(primaryAt !== null && entry.replayLsn < primaryAt && (entry.lagSeconds ?? 0) > settings.maxLagSeconds);
  const next = (candidates: Known[]) => candidates[turn++ % candidates.length]!;

  return {
    async choose(visibility, needs) {
      if (needs.primary || known.length === 0) return { pool: primary.of(visibility), source: "primary", seen: "all" };
      if (needs.after === null) {
        const candidates = known.filter(usable);
        if (!candidates.length) return { pool: primary.of(visibility), source: "primary (no replica usable)", seen: "all" };
        const { replica, replayLsn } = next(candidates);
        return { pool: replica.pools.of(visibility), source: replica.name, seen: replayLsn! };
      }
      const after = needs.after;
      const deadline = Date.now() + settings.readAfterWaitMs;
      for (;;) {
        const caughtUp = known.filter((entry) => entry.reachable && entry.replayLsn !== null && entry.replayLsn >= after);
        if (caughtUp.length) {
          const { replica, replayLsn } = next(caughtUp);
          return { pool: replica.pools.of(visibility), source: replica.name, seen: replayLsn! };
        }
        if (Date.now() >= deadline)
          return { pool: primary.of(visibility), source: "primary (no replica has replayed the commit)", seen: "all" };
        await new Promise((resolve) => setTimeout(resolve, 20));
        await Promise.all(known.filter((entry) => entry.reachable).map(check));
      }
    },
    replicas: () =>
      known.map((entry) => ({
        name: entry.replica.name,
        reachable: entry.reachable,
        replayLsn: entry.replayText,
        lagBytes:
          primaryAt !== null && entry.replayLsn !== null ? Number(primaryAt > entry.replayLsn ? primaryAt - entry.replayLsn : 0n) : null,
        lagSeconds: entry.lagSeconds,
        checkedAt: entry.checkedAt ? new Date(entry.checkedAt).toISOString() : null,
      })),
    async close() {
      clearInterval(timer);
      await Promise.all(replicas.map((replica) => replica.pools.close()));
    },
  };
}
