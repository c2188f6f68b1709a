import type { RequestHandler } from "express";

/**
 * Refuses (413, `VARIABLES_TOO_LARGE`) a POSTed operation whose variables are larger than `maxBytes` as
 * JSON, before Apollo sees them. Measured only when the body could hold that many bytes.
 */
export function variablesLimit(maxBytes: number): RequestHandler {
  return (request, response, next) => {
    const variables = (request.body as { variables?: unknown } | undefined)?.variables;
    if (variables === undefined || variables === null || Number(request.headers["content-length"] ?? Infinity) <= maxBytes) return next();
    const bytes = Buffer.byteLength(JSON.stringify(variables));
    if (bytes <= maxBytes) return next();
    response.status(413).json({ errors: [{ message: `The variables take ${bytes} bytes; the most is ${maxBytes}.`, extensions: { code: "VARIABLES_TOO_LARGE", bytes, maximum: maxBytes } }] });
  };
}
