import type { Client } from "../../request/request-record";
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RateLimits } from "./rate-limit-settings";

export interface RateLimiter {
  /** Spends one request of the client's budget; throws RATE_LIMITED (HTTP 429, Retry-After) when it is used up. */
  request(client: Client): Promise<void>;
  /** Spends one anonymous write of the address's (much smaller) budget. */
  anonymousWrite(client: Client): Promise<void>;
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
      await limiter.consume(key);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw rateLimited(what, refusal);
      throw refusal;
    }
  };
  return {
    request: (client) => spend(requests, client.subject ? `subject:${client.subject}` : `ip:${client.ip}`, "requests"),
    anonymousWrite: (client) => spend(anonymousWrites, `ip:${client.ip}`, "anonymous submissions"),
  };
}
