import { type HttpStep, sendJson } from "./http-step";

/**
 * Refuses (413) a POSTed operation whose document is larger than `maxDocumentBytes`
 * (`DOCUMENT_TOO_LARGE`) or whose variables are larger than `maxVariablesBytes` as JSON
 * (`VARIABLES_TOO_LARGE`), before Apollo parses, hashes or keeps anything of it. Measured only when the
 * body could hold that many bytes.
 */
export function bodyLimits({ maxDocumentBytes, maxVariablesBytes }: { maxDocumentBytes: number; maxVariablesBytes: number }): HttpStep {
  const refuse = (response: Parameters<HttpStep>[1], code: string, what: string, bytes: number, maximum: number) =>
    sendJson(response, 413, {
      errors: [{ message: `The ${what} takes ${bytes} bytes; the most is ${maximum}.`, extensions: { code, bytes, maximum } }],
    });
  return (request, response, next) => {
    const length = Number(request.headers["content-length"] ?? Infinity);
    const body = request.body as { query?: unknown; variables?: unknown } | undefined;
    if (length > maxDocumentBytes && typeof body?.query === "string") {
      const bytes = Buffer.byteLength(body.query);
      if (bytes > maxDocumentBytes) return void refuse(response, "DOCUMENT_TOO_LARGE", "document", bytes, maxDocumentBytes);
    }
    if (length > maxVariablesBytes && body?.variables !== undefined && body.variables !== null) {
      const bytes = Buffer.byteLength(JSON.stringify(body.variables));
      if (bytes > maxVariablesBytes) return void refuse(response, "VARIABLES_TOO_LARGE", "variables", bytes, maxVariablesBytes);
    }
    next();
  };
}
