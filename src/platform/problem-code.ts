/** What kind of problem a field has: a client shows it in its own words by this, with `limit` where one applies. */
export enum ProblemCode {
  REQUIRED = "REQUIRED",
  NOT_NULL = "NOT_NULL",
  TOO_LONG = "TOO_LONG",
  TOO_MANY = "TOO_MANY",
  OUT_OF_RANGE = "OUT_OF_RANGE",
  REPEATED = "REPEATED",
  NOT_A_DATE = "NOT_A_DATE",
  NOT_AN_ID = "NOT_AN_ID",
  NOT_FOUND = "NOT_FOUND",
  TAKEN = "TAKEN",
  INVALID_TEXT = "INVALID_TEXT",
  NOT_AN_EMAIL = "NOT_AN_EMAIL",
  INVALID_SLUG = "INVALID_SLUG",
  SAME_ENDS = "SAME_ENDS",
  SELF_REFERENCE = "SELF_REFERENCE",
  INVALID_FORMAT = "INVALID_FORMAT",
}
