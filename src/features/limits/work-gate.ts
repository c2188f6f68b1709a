import { E_TIMEOUT, Semaphore, withTimeout, type SemaphoreInterface } from "async-mutex";
import { GraphQLError } from "graphql";
import { HeaderMap } from "@apollo/server";
import type { WorkLimits } from "./work-limit-settings";

/** Gives the room taken back; idempotent. */
export type Release = () => void;

export interface WorkGate {
  /**
   * Waits for room for work of this estimated cost (at most `queueMs`), or throws SERVER_BUSY (HTTP 503,
   * Retry-After). `inFull` is the part of the estimate that counts in full however large (lists as long as
   * an argument says: a network's edges), where the rest counts at most half the heavy room.
   */
  admit(cost: number, inFull?: number): Promise<Release>;
  /** Waits for room for one heavy job whose cost is not estimated (a network computed for subscribers): a full share of the heavy room. */
  admitHeavy(): Promise<Release>;
  /** Estimated cost running now (in thousands), and work waiting, for /metrics and tests. */
  state(): { heavyRunning: number; lightRunning: number; waiting: number };
}

const RETRY_AFTER_SECONDS = 2;
/**
 * Heavy work counts at most this share of its room, but for the part of its estimate that lists as long as
 * an argument says make (a network of 5,000 edges is what its 141,501 says, about 60 MB of heap by
 * `--trace-gc`), which counts in full: the rest of an estimate assumes every relation list full (100 items),
 * so read (a) of the peer bench, estimated 1,520,201, reads 700 rows, and two such run at once.
 */
const HEAVY_AT_ONCE = 2;
/**
 * Room is counted in units of this much estimated cost: async-mutex's semaphore walks every unit of its
 * free room on each release (`_drainUnlockWaiters`), which at 400,000 units cost about a millisecond per
 * request and at 10^9 never ended. In thousands, the walk is a few hundred steps.
 */
const COST_PER_UNIT = 1_000;
const units = (cost: number) => Math.max(1, Math.ceil(cost / COST_PER_UNIT));

export function serverBusy(): GraphQLError {
  return new GraphQLError(
    `The server is busy with other heavy work; try again in ${RETRY_AFTER_SECONDS} s, or ask for less (smaller \`first\` or \`maxEdges\`).`,
    {
      extensions: {
        code: "SERVER_BUSY",
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        http: { status: 503, headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
      },
    },
  );
}

/**
 * Memory and CPU of the process bounded by construction: every operation holds room for its estimated
 * cost (an upper bound on the fields it resolves) while it runs, a heavy one at most half of the
 * heavy room. Heavy work and light work have room of their own, so a flood of heavy operations never
 * makes a light read wait. async-mutex's weighted semaphores do the waiting, in order.
 */
export function createWorkGate(limits: WorkLimits): WorkGate {
  const pools = {
    heavy: {
      capacity: units(limits.heavyCostAtOnce),
      share: Math.max(1, Math.floor(units(limits.heavyCostAtOnce) / HEAVY_AT_ONCE)),
      semaphore: withTimeout(new Semaphore(units(limits.heavyCostAtOnce)), limits.queueMs) as SemaphoreInterface,
    },
    light: {
      capacity: units(limits.lightCostAtOnce),
      share: units(limits.lightCostAtOnce),
      semaphore: withTimeout(new Semaphore(units(limits.lightCostAtOnce)), limits.queueMs) as SemaphoreInterface,
    },
  };
  let waiting = 0;
  const gate: WorkGate = {
    admitHeavy: () => gate.admit(limits.heavyCostAtOnce),
    async admit(cost, inFull = 0) {
      const pool = cost >= limits.heavyCost ? pools.heavy : pools.light;
      const weight = Math.min(pool.capacity, Math.max(Math.min(units(cost), pool.share), units(inFull)));
      if (waiting >= limits.queueLength && pool.semaphore.getValue() < weight) throw serverBusy();
      waiting += 1;
      let release: SemaphoreInterface.Releaser;
      try {
        [, release] = await pool.semaphore.acquire(weight);
      } catch (error) {
        if (error === E_TIMEOUT || (error instanceof Error && error.message === E_TIMEOUT.message)) throw serverBusy();
        throw error;
      } finally {
        waiting -= 1;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
    state: () => ({
      heavyRunning: pools.heavy.capacity - pools.heavy.semaphore.getValue(),
      lightRunning: pools.light.capacity - pools.light.semaphore.getValue(),
      waiting,
    }),
  };
  return gate;
}
