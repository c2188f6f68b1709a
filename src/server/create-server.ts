import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import bodyParser from "body-parser";
import express from "express";
import proxyaddr from "proxy-addr";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createTokenVerifier } from "../request/token-verifier";
import { anonymousWriteLimitPlugin } from "./anonymous-write-limit.plugin";
import { serviceUnavailablePlugin } from "./service-unavailable.plugin";
import { createRateLimiter } from "../features/limits/rate-limiter";
import type { Database } from "../database/connect";
import type { ServerSettings } from "./server-settings";
import { createContext, createContextDeps, type AppContext } from "../request/context";
import { buildAppSchema, buildClientSchema } from "../api/build-schema";
import { formatError } from "./format-error";
import { log } from "../platform/log";
import { healthRoutes } from "./health.routes";
import { jitGateway } from "./jit-executor";
import { projectionPlugin } from "./projection.plugin";
import { queryLimitsPlugin } from "./query-limits.plugin";
import { statementCountPlugin } from "./statement-count.plugin";
import { costReportPlugin } from "./cost-report.plugin";
import { corsSteps } from "./cors";
import { portInUseMessage } from "./port-check";
import { VISIBILITIES, type Visibility } from "../database/visibility";
import { createMetrics, metricsRoute, type PoolsToWatch } from "./metrics";
import { recordRequestContext, requestLog, requestRecordPlugin } from "./request-log";
import { landingPagePlugin } from "./landing-page.plugin";
import { explorerOperations } from "../features/operations/explorer-operations";
import { exploreRoutes } from "./explore.routes";
import { graphiqlRoutes } from "./graphiql.routes";
import { createPersistedOperationStore } from "../features/operations/persisted-operation-store";
import { trustedDocumentsPlugin } from "./trusted-documents.plugin";
import { httpCachePlugin } from "./http-cache.plugin";
import { linkedDataRoutes } from "./linked-data.routes";
import { exportRoutes } from "./export.routes";
import { createChangeFeed } from "../features/changes/change-feed";
import { createLiveDeps } from "../features/subscriptions/live-context";
import { startWebSocketServer } from "./websocket-server";
import { watchRelationFanOuts } from "../features/limits/fan-out-watch";
import { readRoutingPlugin } from "./read-routing.plugin";
import { primaryPosition } from "../database/lsn";
import { responseCachePlugin } from "./response-cache.plugin";
import { cachedAnswers } from "./cached-answer";
import { ResponseCache } from "../features/response-cache/response-cache";
import { subscriptionsOverHttpPlugin } from "./subscriptions-over-http.plugin";
import { createWorkGate } from "../features/limits/work-gate";
import { createDocumentStore } from "./document-store";
import { bodyLimits } from "./body-limits";
import { responseSizePlugin } from "./response-size.plugin";
import { graphqlEndpoint, isGraphqlRequest } from "./graphql-endpoint";
import { sendHttpLayerError } from "./http-errors";
import { ownWritesPlugin } from "./own-writes.plugin";
import { GraphMemory } from "../features/graph/graph-memory";
import { loadMemoryGraph } from "../features/graph/memory-graph.load";
import type { WalkContext } from "../features/graph/walk-hops";

/** The database the server reads and writes: the ORM (writes, health), the read pools, the limits' pool. */
export type ServerDatabase = Pick<Database, "orm" | "readPools" | "limitsPool" | "url"> & Partial<Pick<Database, "routing">>;

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  port: number;
  /** Stops accepting connections and waits for requests in flight. */
  stop(): Promise<void>;
}

const MAX_BODY = "1mb";

/**
 * Apollo Server on Node's HTTP server: `/graphql` (Sandbox on a browser GET outside production) straight to Apollo,
 * everything else through Express: `/graphiql` (outside production), `/healthz`, `/readyz`, `/metrics`, linked data,
 * exports, the explorer.
 */
export async function startHttpServer(database: ServerDatabase, settings: ServerSettings): Promise<RunningServer> {
  const {
    port,
    host,
    production,
    reportSqlStatements,
    batchLoads,
    auth,
    limits,
    rateLimits,
    trustProxy,
    cors,
    metricsToken,
    slowStatementMs,
    trustedDocuments,
    operations,
    publicBaseUrl,
    subscriptions,
    work,
  } = settings;
  const httpLimits = settings.http;
  const app = express();
  // Node checks the header and request timeouts every connectionsCheckingInterval (30 s by default): once a second here
  const httpServer = http.createServer({
    headersTimeout: httpLimits.headersTimeoutMs,
    requestTimeout: httpLimits.requestTimeoutMs,
    keepAliveTimeout: httpLimits.keepAliveTimeoutMs,
    connectionsCheckingInterval: 1_000,
  });
  const links = { baseUrl: publicBaseUrl ?? "" };
  const deps = createContextDeps(database, {
    batchLoads,
    maxRowsPerRequest: limits.maxRowsPerRequest,
    maxBytesPerRequest: limits.maxBytesPerRequest,
    slowStatementMs,
    links,
  });
  const verifyToken = createTokenVerifier(auth);
  const rateLimiter = createRateLimiter(rateLimits, database.limitsPool);
  const workGate = createWorkGate(work);
  const fanOuts = await watchRelationFanOuts(database.limitsPool, database.orm.em.getKnex(), work.costFanOutRefreshSeconds);
  const persistedOperations = createPersistedOperationStore(database.limitsPool, {
    ttlSeconds: operations.apqTtlSeconds,
    maxEntries: operations.apqMaxEntries,
    maxBytes: operations.apqMaxBytes,
    maxTotalBytes: operations.apqMaxTotalBytes,
  });
  const enforceTrustedDocuments = trustedDocuments === "only" && production;
  // the explorer ships with the API, so its own operations (checked against the schema at build) are trusted
  if (enforceTrustedDocuments) await persistedOperations.trust(explorerOperations());
  if (trustedDocuments === "only" && !production)
    log.warn("TRUSTED_DOCUMENTS=only is not enforced outside production: every valid operation runs");
  const schema = await buildAppSchema();
  // every committed write, heard on the primary: subscriptions here, and the trusted set of every replica
  const changes = createChangeFeed(database.url);
  changes.onTrustedChanged(() => persistedOperations.forgetTrusted());
  const live = createLiveDeps(changes, workGate, subscriptions);
  const responseCache = settings.responseCache
    ? new ResponseCache(
        { maxBytes: operations.responseCacheBytes, ttlSeconds: operations.responseCacheTtlSeconds },
        changes,
        database.routing?.replicas().length ? () => primaryPosition(database.limitsPool) : null,
      )
    : null;
  const graphMemory = settings.graphMemory
    ? new GraphMemory(
        settings.graphMemory,
        changes,
        (maxEdges) => loadMemoryGraph(database.readPools, database.orm.em.getKnex(), maxEdges),
        database.routing?.replicas().length ? () => primaryPosition(database.limitsPool) : null,
      )
    : null;
  // a kept answer was trusted when it ran: when the trusted set changes, none is served that may no longer be
  if (responseCache && enforceTrustedDocuments) changes.onTrustedChanged(() => responseCache.invalidate());
  const metrics = createMetrics({
    pg: {
      ...Object.fromEntries(
        (Object.keys(VISIBILITIES) as Visibility[]).map((visibility) => [`read-${visibility}`, database.readPools.of(visibility)]),
      ),
      limits: database.limitsPool,
    },
    work: () => workGate.state(),
    networks: () => ({ watched: live.networks.size(), computations: live.networks.computations() }),
    responseCache: responseCache ? () => responseCache.stats() : undefined,
    graphMemory: graphMemory ? () => graphMemory.stats() : undefined,
    writes: () => (database.orm.em.getKnex().client as { pool?: ReturnType<NonNullable<PoolsToWatch["writes"]>> }).pool,
  });
  const apollo = new ApolloServer<AppContext>({
    gateway: jitGateway(schema, await buildClientSchema()),
    introspection: !production,
    // plain GETs run queries (never mutations): see ServerSettings.csrfPrevention
    csrfPrevention: settings.csrfPrevention,
    includeStacktraceInErrorResponses: false,
    formatError,
    // bounds the document before anything walks it: tokens while parsing, selections (fragments spread, memoised) first in validation
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: limits.maxSelections,
    documentStore: createDocumentStore(work.documentCacheBytes),
    // automatic persisted queries in PostgreSQL: every replica knows them, and they outlive restarts
    persistedQueries: { cache: persistedOperations.apqCache, ttl: operations.apqTtlSeconds },
    plugins: [
      ...(enforceTrustedDocuments ? [trustedDocumentsPlugin(persistedOperations)] : []),
      httpCachePlugin({ maxAgeSeconds: operations.httpCacheMaxAgeSeconds }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // cache hints are not used; the plugin would wrap every field resolver (a third of the CPU on large lists)
      ApolloServerPluginCacheControlDisabled(),
      subscriptionsOverHttpPlugin(),
      queryLimitsPlugin(limits, workGate, fanOuts),
      responseSizePlugin(limits.maxResponseBytes),
      readRoutingPlugin(database.limitsPool),
      // after read routing, which sets the position a request's reads must include
      ...(responseCache ? [responseCachePlugin(responseCache)] : []),
      ownWritesPlugin([responseCache, graphMemory].filter((keeper) => keeper !== null)),
      anonymousWriteLimitPlugin(rateLimiter),
      serviceUnavailablePlugin(),
      projectionPlugin(),
      requestRecordPlugin(),
      // Sandbox outside production (telemetry off), GraphiQL from our own assets when it cannot load
      production ? ApolloServerPluginLandingPageDisabled() : landingPagePlugin(),
      ...(reportSqlStatements ? [statementCountPlugin()] : []),
      costReportPlugin(rateLimiter, rateLimits.rowsPerPoint),
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.set("etag", false);
  // one rule for the client's address: Express's compiled `trust proxy`, for /graphql and the upgrade request too
  const trusts = app.get("trust proxy fn") as Parameters<typeof proxyaddr>[1];
  const addressOf = (request: http.IncomingMessage) => proxyaddr(request, trusts);
  let stopping = false;
  const graphql = graphqlEndpoint(
    apollo,
    [...corsSteps(cors), requestLog(metrics), bodyParser.json({ limit: MAX_BODY }), bodyLimits(limits)],
    async (request, response) => {
      const viewer = await verifyToken(request.headers.authorization);
      const ip = addressOf(request);
      const budget = await rateLimiter.request({ subject: viewer.subject, ip });
      const context: WalkContext = createContext(deps, viewer, ip);
      context.cost = { requested: null, budget };
      if (graphMemory) context.graphMemory = graphMemory;
      recordRequestContext(context, response);
      return context;
    },
    MAX_BODY,
    responseCache
      ? cachedAnswers(responseCache, {
          rateLimiter,
          rowsPerPoint: rateLimits.rowsPerPoint,
          reportSqlStatements,
          csrfPrevention: settings.csrfPrevention,
          landingPage: !production,
          httpCacheMaxAgeSeconds: operations.httpCacheMaxAgeSeconds,
        })
      : undefined,
  );
  httpServer.on("request", (request, response) => (isGraphqlRequest(request) ? graphql(request, response) : app(request, response)));
  app.use(healthRoutes({ orm: database.orm, readPools: database.readPools, routing: database.routing, changes, stopping: () => stopping }));
  app.get("/metrics", metricsRoute(metrics, metricsToken));
  app.use(linkedDataRoutes({ deps, orm: database.orm, verifyToken, rateLimiter }));
  app.use(
    exportRoutes({
      deps,
      verifyToken,
      rateLimiter,
      exportsAtOnce: rateLimits.exportsAtOnce,
      idleSeconds: rateLimits.exportIdleSeconds,
      maxSeconds: rateLimits.exportMaxSeconds,
    }),
  );
  // like Sandbox, only where introspection is on
  if (!production) app.use(graphiqlRoutes());
  app.use(exploreRoutes());
  app.use((request, response) => {
    response.status(404).json({ error: `Nothing at ${request.path}. The API is at /graphql.` });
  });
  app.use(((error, request, response, _next) => {
    if (error?.status === 404) return void response.status(404).json({ error: `Nothing at ${request.path}.` });
    sendHttpLayerError(response, error, MAX_BODY);
  }) as express.ErrorRequestHandler);

  await changes.started;
  // read in the background: walks read SQL until it is there
  void graphMemory?.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(portInUseMessage(port, host)) : error),
    );
    httpServer.listen(port, host, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  const webSockets = startWebSocketServer({
    httpServer,
    schema,
    deps,
    live,
    verifyToken,
    rateLimiter,
    settings: subscriptions,
    limits,
    fanOuts,
    addressOf,
    trusted: enforceTrustedDocuments ? persistedOperations : undefined,
  });
  if (!publicBaseUrl) links.baseUrl = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    port: actualPort,
    stop: async () => {
      stopping = true;
      fanOuts.stop();
      await rateLimiter.close();
      await webSockets.close();
      await apollo.stop();
      responseCache?.close();
      graphMemory?.close();
      await changes.close();
    },
  };
}
