import { positiveInteger } from "../platform/settings";

/** How bearer tokens are checked, read from the environment. */
export interface AuthSettings {
  /** Longest lifetime of a token accepted (AUTH_MAX_TOKEN_HOURS, default 24): a longer one is refused. */
  maxTokenHours: number;
  /** HS256 shared secret for bearer tokens; in development a fixed local secret when unset. */
  jwtSecret: string | undefined;
  /** JWKS URL of the identity provider (production); takes precedence over the secret. */
  jwksUrl: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
}

/** In development only: lets `npm run token` and a fresh clone agree without configuration. */
export const LOCAL_DEVELOPMENT_SECRET = "ipo-graph-local-development-secret-not-for-production";

export const DEFAULT_MAX_TOKEN_HOURS = 24;

export function readAuthSettings(env: NodeJS.ProcessEnv, production: boolean): AuthSettings {
  return {
    maxTokenHours: positiveInteger(env.AUTH_MAX_TOKEN_HOURS, DEFAULT_MAX_TOKEN_HOURS, "AUTH_MAX_TOKEN_HOURS"),
    jwtSecret: env.AUTH_JWT_SECRET || (production ? undefined : LOCAL_DEVELOPMENT_SECRET),
    jwksUrl: env.AUTH_JWKS_URL || undefined,
    issuer: env.AUTH_ISSUER || undefined,
    audience: env.AUTH_AUDIENCE || undefined,
  };
}
