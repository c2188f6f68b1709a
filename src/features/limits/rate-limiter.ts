import type { Client, RequestBudget } from "../../request/request-record";
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RateLimits } from "./rate-limit-settings";

export interface RateLimiter {
  /** Spends one point of the client's request budget; throws RATE_LIMITED (HTTP 429, Retry-After) when it is used up. */
  request(client: Client): Promise<RequestBudget>;
  /**
   * Charges the client's request budget `points` more, after a request ran (its actual cost). Charges are
   * added up in memory and settled with the shared store once a second, one statement per client, so a
   * read costs no statement of its own for them.
   */
  charge(client: Client, points: number): void;
  /** Spends one anonymous write of the address's (much smaller) budget. */
  anonymousWrite(client: Client): Promise<void>;
  /** Settles the charges not yet settled and stops settling. */
  close(): Promise<void>;
}

function rateLimited(what: string, refusal: RateLimiterRes): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  return new GraphQLError(`Too many ${what} from this client; try again in ${retryAfter} s.`, {
    extensions: {
      code: "RATE_LIMITED",
      retryAfterSeconds: retryAfter,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfter)]]) },
    },
  });
}

/** What a replica knows of one client's request budget: the shared count when it last asked, and what it let in since. */
interface KnownBudget {
  shared: number;
  pending: number;
  resetAt: number;
}

/**
 * Budgets counted by rate-limiter-flexible in PostgreSQL (table ipo_limits.rate_limit, so every replica
 * shares them), with an in-memory limiter as insurance while the database cannot be reached. A client's first
 * request in a window on a replica asks the shared counters; later ones are counted in memory and settled every
 * `settleMs` (a second), or as soon as a tenth of the budget is unsettled. So a replica may let a client in for at
 * most that much more than the shared budget before it hears what the others let in: a tenth of the budget or
 * one interval's requests, whichever is less, per replica. Budgets under 20 are asked of the shared counters every time.
 */
export function createRateLimiter(limits: RateLimits, pool: Pool | undefined): RateLimiter {
  const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    if (limits.store === "memory" || !pool) return memory;
    return new RateLimiterPostgres({
      storeClient: pool,
      schemaName: "ipo_limits",
      tableName: "rate_limit",
      tableCreated: true,
      clearExpiredByTimeout: true,
      keyPrefix,
      points,
      duration,
      insuranceLimiter: memory,
    });
  };
  const requests = make("request", limits.requests, limits.requestWindowSeconds);
  const anonymousWrites = make("anonymous-write", limits.anonymousWrites, limits.anonymousWriteWindowSeconds);
  const spend = async (limiter: RateLimiterAbstract, key: string, what: string) => {
    try {
      return await limiter.consume(key);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw rateLimited(what, refusal);
      throw refusal;
    }
  };
  const keyOf = (client: Client) => (client.subject ? `subject:${client.subject}` : `ip:${client.ip}`);
  const windowMs = limits.requestWindowSeconds * 1000;
  // a busy client is settled at once when its unsettled points reach a tenth of its budget
  const settleAt = Math.max(1, Math.floor(limits.requests / 10));
  const known = new Map<string, KnownBudget>();
  const learn = (entry: KnownBudget, state: RateLimiterRes) => {
    entry.shared = state.consumedPoints;
    entry.resetAt = Date.now() + state.msBeforeNext;
  };
  const settleKey = async (key: string, entry: KnownBudget) => {
    const points = entry.pending;
    if (points <= 0) return;
    entry.pending -= points;
    try {
      // a penalty adds points without refusing: what it pays for has already been let in
      learn(entry, await requests.penalty(key, points));
    } catch {
      entry.pending += points;
    }
  };
  const settleAll = () => {
    const now = Date.now();
    const settling: Array<Promise<void>> = [];
    for (const [key, entry] of known) {
      if (entry.pending > 0) settling.push(settleKey(key, entry));
      else if (now >= entry.resetAt) known.delete(key);
    }
    return Promise.all(settling);
  };
  const timer = setInterval(() => void settleAll(), limits.settleMs);
  timer.unref();
  return {
    request: async (client) => {
      const key = keyOf(client);
      const now = Date.now();
      let entry = known.get(key);
      if (!entry || now >= entry.resetAt) {
        // first request of a client in this window on this replica: asked of the shared counters, which tell
        // what the other replicas let in
        entry = { shared: 0, pending: 0, resetAt: now + windowMs };
        known.set(key, entry);
        learn(entry, await spend(requests, key, "requests"));
      } else {
        // later ones are counted here and settled once a second (or at a tenth of the budget): no statement per request
        if (entry.shared + entry.pending + 1 > limits.requests)
          throw rateLimited("requests", new RateLimiterRes(0, Math.max(0, entry.resetAt - now)));
        entry.pending += 1;
        if (entry.pending >= settleAt) await settleKey(key, entry);
      }
      const used = entry.shared + entry.pending;
      if (used > limits.requests) throw rateLimited("requests", new RateLimiterRes(0, Math.max(0, entry.resetAt - now)));
      return { limit: limits.requests, remaining: Math.max(0, limits.requests - used), windowSeconds: limits.requestWindowSeconds };
    },
    charge: (client, points) => {
      const entry = known.get(keyOf(client));
      if (entry && points > 0) entry.pending += points;
    },
    anonymousWrite: async (client) => {
      await spend(anonymousWrites, `ip:${client.ip}`, "anonymous submissions");
    },
    close: async () => {
      clearInterval(timer);
      await settleAll();
    },
  };
}
