import { type GraphQLSchema, parse, validate } from "graphql";
import { sha256Hex, type TrustedOperation } from "./persisted-operation-store";

/**
 * The operations of a manifest, in either format clients write: Apollo's persisted query manifest
 * (`@apollo/generate-persisted-query-manifest`: `{ format: "apollo-persisted-query-manifest", version: 1,
 * operations: [{ id, name, type, body }] }`) or Relay's (relay-compiler's `persistConfig` with
 * `"algorithm": "SHA256"`: `{ "<id>": "<text>" }`). An id must be the SHA-256 of its text, since that is
 * what clients send as `extensions.persistedQuery.sha256Hash`.
 */
export function readManifest(manifest: unknown): TrustedOperation[] {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest))
    throw new Error("A manifest is a JSON object (Apollo's persisted query manifest or Relay's persisted queries).");
  const apollo = manifest as { format?: unknown; version?: unknown; operations?: unknown };
  const entries: Array<{ id: unknown; body: unknown; name: unknown }> =
    apollo.format === "apollo-persisted-query-manifest"
      ? apolloEntries(apollo)
      : Object.entries(manifest as Record<string, unknown>).map(([id, body]) => ({ id, body, name: undefined }));
  return entries.map(({ id, body, name }, index) => {
    if (typeof body !== "string" || body.trim() === "") throw new Error(`Operation ${index + 1} has no text.`);
    if (id !== sha256Hex(body))
      throw new Error(
        `Operation ${index + 1} ("${String(id).slice(0, 70)}") is not the SHA-256 of its text; with relay-compiler set "algorithm": "SHA256" in persistConfig.`,
      );
    return { body, name: typeof name === "string" ? name : null };
  });
}

function apolloEntries(manifest: { version?: unknown; operations?: unknown }) {
  if (manifest.version !== 1)
    throw new Error(`Apollo's persisted query manifest version ${String(manifest.version)} is not supported (1 is).`);
  if (!Array.isArray(manifest.operations)) throw new Error("An Apollo manifest lists its `operations`.");
  return manifest.operations.map((operation: { id?: unknown; body?: unknown; name?: unknown }) => ({
    id: operation?.id,
    body: operation?.body,
    name: operation?.name,
  }));
}

/** Problems of operations against the schema clients see: documents that would never run are not trusted. */
export function operationProblems(schema: GraphQLSchema, operations: readonly TrustedOperation[]): string[] {
  return operations.flatMap((operation, index) => {
    const label = operation.name ?? `operation ${index + 1}`;
    try {
      const document = parse(operation.body);
      const errors = validate(schema, document);
      return errors.map((error) => `${label}: ${error.message}`);
    } catch (error) {
      return [`${label}: ${error instanceof Error ? error.message : String(error)}`];
    }
  });
}
