import type { IncomingMessage, Server } from "node:http";
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import { randomUUID } from "node:crypto";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { formatError } from "./format-error";
import { useServer } from "graphql-ws/use/ws";
import { decodeJwt } from "jose";
import { WebSocketServer } from "ws";
import type { TokenVerifier } from "../request/token-verifier";
import type { Viewer } from "../model/viewer";
import type { ContextFactoryDeps } from "../request/context";
import type { RequestLimits } from "../features/limits/request-limits";
import { assertWithinLimits } from "./query-limits.plugin";
import type { RelationFanOuts } from "../features/limits/fan-out-watch";
import { sha256Hex, type PersistedOperationStore } from "../features/operations/persisted-operation-store";
import { notTrusted } from "./trusted-documents.plugin";
import { createLiveContext, type LiveDeps } from "../features/subscriptions/live-context";
import type { SubscriptionSettings } from "../features/subscriptions/subscription-settings";
import { log } from "../platform/log";
import type { RateLimiter } from "../features/limits/rate-limiter";

/** Close codes of our own (4000-4999 are the application's), besides graphql-ws's. */
export const CLOSE_TOKEN_EXPIRED = 4401;
export const CLOSE_TOO_MANY_MESSAGES = 4429;
/** setTimeout's longest delay (2^31 - 1 ms, 24.8 days); a longer one fires at once. */
const LONGEST_TIMER_MS = 2_147_483_647;

interface ConnectionState {
  viewer: Viewer;
  ip: string;
  client: string;
  open: Set<string>;
  expiry?: ReturnType<typeof setTimeout>;
}

function authorizationOf(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === "string" ? value : undefined;
}

function refusal(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code, ...extensions } })];
}

/**
 * `graphql-ws` on the HTTP server's port and path (/graphql). Auth on connect with the same bearer tokens
 * (in `connectionParams.authorization`); a bad token is refused (4403), an expiring one closes the socket
 * when it expires (4401 "Token expired"). Only subscriptions run here; each starts by spending the
 * client's request budget, within per-connection and per-client bounds, after the same validation as HTTP.
 */
export function startWebSocketServer({
  httpServer,
  schema,
  deps,
  live,
  verifyToken,
  rateLimiter,
  settings,
  limits,
  fanOuts,
  addressOf,
  trusted,
}: {
  httpServer: Server;
  schema: GraphQLSchema;
  deps: ContextFactoryDeps;
  live: LiveDeps;
  verifyToken: TokenVerifier;
  rateLimiter: RateLimiter;
  settings: SubscriptionSettings;
  limits: RequestLimits;
  /** What the cost estimate counts a relation list as (fan-out-watch.ts). */
  fanOuts: RelationFanOuts;
  /** Under TRUSTED_DOCUMENTS=only: the store that says which documents may run. */
  trusted?: PersistedOperationStore;
  /** The client's address by the HTTP server's rules (Express's trusted proxies). */
  addressOf: (request: IncomingMessage) => string;
}): { close(): Promise<void> } {
  // sockets per address, counted before the upgrade: a flood of idle sockets is refused, not held
  const sockets = new Map<string, number>();
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: "/graphql",
    maxPayload: 64 * 1024,
    verifyClient: ({ req }: { req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) => {
      const address = addressOf(req);
      const open = sockets.get(address) ?? 0;
      if (open >= settings.socketsPerAddress)
        return done(false, 429, `At most ${settings.socketsPerAddress} WebSocket connections per address.`);
      sockets.set(address, open + 1);
      (req as IncomingMessage & { counted?: string }).counted = address;
      done(true);
    },
  });
  // every message counts against the connection's rate before graphql-ws reads it; past it the socket is closed
  const messages = new RateLimiterMemory({ keyPrefix: "ws-message", points: settings.messagesPer10Seconds, duration: 10 });
  wsServer.on("connection", (socket, request) => {
    const connection = randomUUID();
    socket.on("message", () => {
      messages.consume(connection).catch(() => {
        if (socket.readyState === socket.OPEN)
          socket.close(CLOSE_TOO_MANY_MESSAGES, `More than ${settings.messagesPer10Seconds} messages in 10 s`);
      });
    });
    const address = (request as IncomingMessage & { counted?: string }).counted;
    if (!address) return;
    socket.once("close", () => {
      const left = (sockets.get(address) ?? 1) - 1;
      if (left > 0) sockets.set(address, left);
      else sockets.delete(address);
    });
  });
  const perClient = new Map<string, number>();
  const states = new WeakMap<object, ConnectionState>();

  const disposable = useServer<Record<string, unknown>, { state?: ConnectionState }>(
    {
      schema,
      connectionInitWaitTimeout: settings.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const authorization = authorizationOf(ctx.connectionParams);
        let viewer: Viewer;
        try {
          viewer = await verifyToken(authorization);
        } catch {
          return false;
        }
        const ip = addressOf(ctx.extra.request);
        const state: ConnectionState = { viewer, ip, client: viewer.subject ?? ip, open: new Set() };
        const exp = authorization ? decodeJwt(authorization.replace(/^Bearer\s+/i, "")).exp : undefined;
        // the token's lifetime is bounded (AUTH_MAX_TOKEN_HOURS), but a timer is bounded by itself too
        if (exp) {
          state.expiry = setTimeout(
            () => ctx.extra.socket.close(CLOSE_TOKEN_EXPIRED, "Token expired"),
            Math.min(LONGEST_TIMER_MS, Math.max(0, exp * 1000 - Date.now())),
          );
        }
        states.set(ctx.extra.socket, state);
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const state = states.get(ctx.extra.socket);
        if (!state) return refusal("Not connected.", "UNAUTHENTICATED");
        // the bounds and the client's budget come before the message is read at all: a flood of documents
        // that fail to parse or validate costs the client its budget, and the server next to nothing
        if (state.open.size >= settings.perConnection)
          return refusal(`At most ${settings.perConnection} subscriptions per connection.`, "TOO_MANY_SUBSCRIPTIONS", {
            limit: settings.perConnection,
          });
        const forClient = perClient.get(state.client) ?? 0;
        if (forClient >= settings.perClient)
          return refusal(`At most ${settings.perClient} subscriptions per client at once.`, "TOO_MANY_SUBSCRIPTIONS", {
            limit: settings.perClient,
          });
        // the slot is taken before anything is awaited, so subscriptions started together count each other
        state.open.add(id);
        perClient.set(state.client, forClient + 1);
        const refused = (errors: readonly GraphQLError[]) => {
          release(state, id);
          return errors;
        };
        try {
          await rateLimiter.request({ subject: state.viewer.subject, ip: state.ip });
        } catch (error) {
          return refused([
            error instanceof GraphQLError ? error : new GraphQLError("Rate limited.", { extensions: { code: "RATE_LIMITED" } }),
          ]);
        }
        if (trusted) {
          const hash = sha256Hex(payload.query);
          if (!(await trusted.isTrusted(hash))) return refused([notTrusted(hash)]);
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          return refused(refusal((error as Error).message, "GRAPHQL_PARSE_FAILED"));
        }
        const errors = validate(schema, document, specifiedRules, { maxErrors: 10 });
        if (errors.length) return refused(errors);
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== "subscription")
          return refused(refusal("Only subscriptions run over WebSocket; send queries and mutations to POST /graphql.", "BAD_REQUEST"));
        let cost: number;
        try {
          ({ cost } = assertWithinLimits(schema, document, payload.variables ?? {}, payload.operationName ?? undefined, limits, fanOuts));
        } catch (error) {
          return refused([error as GraphQLError]);
        }
        // every event runs the selection again, for every subscriber: an event is held to a light operation's size
        if (cost > settings.maxCost) {
          return refused(
            refusal(
              `This subscription's events would cost ${cost} each; the most is ${settings.maxCost}. Select less (a smaller \`maxEdges\`, fewer fields), or query the details when an event says something changed.`,
              "QUERY_TOO_COMPLEX",
              { cost, maximum: settings.maxCost },
            ),
          );
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables ?? undefined,
          contextValue: createLiveContext(deps, live, state.viewer, state.ip, schema, document, state.client),
        };
      },
      // errors on the socket are formatted (codes, no driver text) and logged like HTTP's
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) as GraphQLFormattedError[] as never }
          : undefined,
      onComplete: (ctx, id) => release(states.get(ctx.extra.socket), id),
      onClose: (ctx) => {
        const state = states.get(ctx.extra.socket);
        if (!state) return;
        clearTimeout(state.expiry);
        for (const id of [...state.open]) release(state, id);
      },
    },
    wsServer,
  );

  function release(state: ConnectionState | undefined, id: string) {
    if (!state?.open.delete(id)) return;
    const left = (perClient.get(state.client) ?? 1) - 1;
    if (left > 0) perClient.set(state.client, left);
    else perClient.delete(state.client);
  }

  wsServer.on("error", (error) => log.error({ error: String(error) }, "WebSocket server error"));
  return {
    async close() {
      for (const socket of wsServer.clients) socket.close(1001, "Server shutting down");
      await disposable.dispose();
    },
  };
}
