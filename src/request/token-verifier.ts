import { GraphQLError } from "graphql";
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { AuthSettings } from "./auth-settings";
import { ANONYMOUS, roleFromClaims, type Viewer } from "../model/viewer";

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/**
 * Turns an `Authorization: Bearer <jwt>` header into a Viewer: no header is an anonymous reader; a token
 * that does not verify (signature, expiry, issuer, audience) is rejected with UNAUTHENTICATED, never
 * silently downgraded. Tokens are checked against a JWKS URL when one is configured, else the shared secret.
 */
export function createTokenVerifier(config: AuthSettings): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey | undefined = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : config.jwtSecret
      ? new TextEncoder().encode(config.jwtSecret)
      : undefined;
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_.-]{1,4096})$/.exec(authorization.trim());
    if (!match) throw unauthenticated("The Authorization header must be `Bearer <token>`.");
    if (!key) throw unauthenticated("This server accepts no tokens: it has neither AUTH_JWT_SECRET nor AUTH_JWKS_URL.");
    try {
      const { payload } = await jwtVerify(match[1], key as Uint8Array, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.jwksUrl ? undefined : ["HS256"],
        // a token that never expires is a password that cannot be revoked
        requiredClaims: ["exp"],
      });
      // a lifetime from issue (or from now, without `iat`) to expiry
      const lifetimeHours = ((payload.exp ?? 0) - (payload.iat ?? Date.now() / 1000)) / 3600;
      if (lifetimeHours > config.maxTokenHours)
        throw unauthenticated(
          `The bearer token was not accepted: it lives ${Math.round(lifetimeHours)} hours, and this server accepts tokens of at most ${config.maxTokenHours} hours (AUTH_MAX_TOKEN_HOURS). Get a shorter-lived one.`,
        );
      return {
        role: roleFromClaims(payload as { role?: unknown; roles?: unknown }),
        subject: typeof payload.sub === "string" ? payload.sub : null,
      };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw unauthenticated(
        `The bearer token was not accepted: ${(error as Error).message}. Get a new one (locally: \`npm run token -- --role member\`).`,
      );
    }
  };
}
