import type { AppContext } from "./context";
import { userError } from "../platform/errors";
import { hasRole, Role } from "../model/viewer";

/** Refuses the operation unless the caller has `role`: UNAUTHENTICATED without a token, FORBIDDEN with too low a one. */
export function requireRole(ctx: AppContext, role: Role): void {
  if (hasRole(ctx.viewer, role)) return;
  if (ctx.viewer.role === Role.READER && ctx.viewer.subject === null) {
    throw userError(
      `This needs the ${role} role: send a bearer token (locally: \`npm run token -- --role ${role.toLowerCase()}\`).`,
      { requiredRole: role },
      "UNAUTHENTICATED",
    );
  }
  throw userError(
    `This needs the ${role} role; your token has ${ctx.viewer.role}.`,
    { requiredRole: role, role: ctx.viewer.role },
    "FORBIDDEN",
  );
}
