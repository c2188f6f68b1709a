import { GraphQLError } from "graphql";

/** The codes a client can branch on, in `extensions.code`. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "INTERNAL_SERVER_ERROR"
  | "RESULT_TOO_LARGE"
  | "RATE_LIMITED"
  | "SERVICE_UNAVAILABLE"
  | "SERVER_BUSY";

/** The one way this API raises an error a client should act on. */
export function userError(message: string, details: Record<string, unknown> = {}, code: ErrorCode = "BAD_USER_INPUT"): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
