import type { RequestRecord } from "../request/request-record";
import type { ApolloServerPlugin } from "@apollo/server";
import { randomUUID } from "node:crypto";
import { getOperationAST } from "graphql";
import type { ServerResponse } from "node:http";
import type { HttpStep } from "./http-step";
import type { AppContext } from "../request/context";
import { log } from "../platform/log";
import type { Metrics } from "./metrics";

/** A GraphQL name can hold no e-mail address or other text worth hiding; anything else is not logged. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** A request id a proxy sent along is kept when it looks like one. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Refusals made before GraphQL ran (token, budget, body, database), by HTTP status. */
const CODE_OF_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  413: "BAD_REQUEST",
  429: "RATE_LIMITED",
  503: "SERVICE_UNAVAILABLE",
};

/** An operation name as the log and the metrics may hold it: a GraphQL name, else null. */
export function loggableOperationName(name: string | null | undefined): string | null {
  return name != null && OPERATION_NAME.test(name) ? name : null;
}

/** Each response's record, from the log step to the context. */
const records = new WeakMap<ServerResponse, RequestRecord>();

/** Ties a request's context to its record (called where the context is made; Apollo may copy the context, so it travels in it). */
export function recordRequestContext(context: AppContext, response: ServerResponse): void {
  context.record = records.get(response);
}

/**
 * One JSON log line per `/graphql` request (pino) and its metrics: request id (also answered in
 * `x-request-id`), operation name, role, HTTP status, duration, statements, error codes. Never the
 * document, the variables, the token or the token's subject.
 */
export function requestLog(metrics: Metrics): HttpStep {
  return (request, response, next) => {
    const started = process.hrtime.bigint();
    const given = request.headers["x-request-id"];
    const record: RequestRecord = {
      id: typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID(),
      operationName: null,
      role: null,
      statements: null,
      errorCodes: [],
    };
    records.set(response, record);
    response.setHeader("x-request-id", record.id);
    response.on("finish", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const errorCodes =
        record.errorCodes.length > 0 || response.statusCode < 400
          ? record.errorCodes
          : [CODE_OF_STATUS[response.statusCode] ?? "INTERNAL_SERVER_ERROR"];
      log.info(
        {
          requestId: record.id,
          operationName: record.operationName,
          role: record.role,
          status: response.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          statements: record.statements,
          errorCodes,
        },
        "graphql request",
      );
      metrics.observe({
        operation: record.operationName ?? "",
        status: response.statusCode,
        durationSeconds: durationMs / 1000,
        statements: record.statements ?? undefined,
        errorCodes,
      });
    });
    next();
  };
}

/** Fills the request's record from what Apollo knows: the operation, the viewer, the statements, the errors. */
export function requestRecordPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = contextValue.record;
      if (!record) return;
      return {
        async willSendResponse({ operationName, request, response, document }) {
          // a document that failed validation has no resolved operation yet, but its name is known
          const name =
            operationName ??
            (document ? getOperationAST(document, request.operationName)?.name?.value : undefined) ??
            request.operationName ??
            null;
          record.operationName = loggableOperationName(name);
          record.role = contextValue.viewer.role;
          record.statements = contextValue.sql.count;
          if (response.body.kind === "single") {
            record.errorCodes = (response.body.singleResult.errors ?? []).map((error) =>
              String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
            );
          }
        },
      };
    },
  };
}
