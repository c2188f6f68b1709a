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
