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

/**
 * Budgets counted by rate-limiter-flexible in PostgreSQL (table ipo_limits.rate_limit, so every replica
 * shares them), with an in-memory limiter as insurance while the database cannot be reached.
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
  const pending = new Map<string, number>();
  const settle = async () => {
    const charges = [...pending];
    pending.clear();
    // a penalty adds points without refusing: the request it pays for has already run
    await Promise.all(charges.map(([key, points]) => requests.penalty(key, points).catch(() => undefined)));
  };
  const timer = setInterval(() => void settle(), 1000);
  timer.unref();
  return {
    request: async (client) => {
      const state = await spend(requests, keyOf(client), "requests");
      // charges not yet settled count here already
      const charged = pending.get(keyOf(client)) ?? 0;
      if (state.remainingPoints < charged) throw rateLimited("requests", state);
      return {
        limit: limits.requests,
        remaining: Math.max(0, state.remainingPoints - charged),
        windowSeconds: limits.requestWindowSeconds,
      };
    },
    charge: (client, points) => {
      if (points > 0) pending.set(keyOf(client), (pending.get(keyOf(client)) ?? 0) + points);
    },
    anonymousWrite: async (client) => {
      await spend(anonymousWrites, `ip:${client.ip}`, "anonymous submissions");
    },
    close: async () => {
      clearInterval(timer);
      await settle();
    },
  };
}
