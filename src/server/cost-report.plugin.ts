import type { ApolloServerPlugin } from "@apollo/server";
import type { RateLimiter } from "../features/limits/rate-limiter";
import type { AppContext } from "../request/context";

/**
 * Charges a request's rows to its client and returns its `extensions.cost` (undefined without a budget): one
 * point was charged before it ran (the rate limit), one more per `rowsPerPoint` rows read is charged now.
 */
export function chargeAndReport(rateLimiter: RateLimiter, rowsPerPoint: number, context: AppContext): Record<string, unknown> | undefined {
  const cost = context.cost;
  if (!cost?.budget) return undefined;
  const actual = context.sql.rows;
  const extra = Math.floor(actual / rowsPerPoint);
  rateLimiter.charge(context.client, extra);
  return {
    requested: cost.requested,
    actual,
    charged: 1 + extra,
    budget: {
      limit: cost.budget.limit,
      remaining: Math.max(0, cost.budget.remaining - extra),
      windowSeconds: cost.budget.windowSeconds,
      rowsPerPoint,
    },
  };
}

/**
 * Shopify's calculated query cost, in our units: `requested` is the estimate the limits checked before the
 * operation ran (items it may return), `actual` the rows it read. The client's request budget is charged
 * one point before (the rate limit), and one more per `rowsPerPoint` rows after; `extensions.cost` says
 * all of it and what is left, so a client can pace itself.
 */
export function costReportPlugin(rateLimiter: RateLimiter, rowsPerPoint: number): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const cost = chargeAndReport(rateLimiter, rowsPerPoint, contextValue);
          if (!cost || response.body.kind !== "single") return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}
