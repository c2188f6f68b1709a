/** Who a request's budgets belong to: the token's subject when there is one, else the client's address. */
export interface Client {
  subject: string | null;
  ip: string;
}

/** What the log line and the metrics say of one `/graphql` request; filled in as it goes. */
export interface RequestRecord {
  id: string;
  operationName: string | null;
  role: string | null;
  statements: number | null;
  errorCodes: string[];
}

/** A client's request budget after a request was let in (points per window, points left). */
export interface RequestBudget {
  /** Points per window (RATE_LIMIT_REQUESTS). */
  limit: number;
  /** Points left in this window. */
  remaining: number;
  windowSeconds: number;
}

/** What a request costs: the estimate before it runs, and the budget it spends (set by the HTTP server and the limits). */
export interface CostRecord {
  requested: number | null;
  budget: RequestBudget | null;
}
