import { userError } from "../platform/errors";

import { NODE_TYPE_NAMES, type NodeTypeName } from "./node-types";

export interface DecodedId {
  type: NodeTypeName;
  pk: number;
}

// "Type:primaryKey" is ASCII and short: encoded through one buffer, not a new one per id (a page makes one per row)
const scratch = Buffer.allocUnsafe(64);

/** Opaque, URL-safe global id: base64url of "Type:primaryKey". */
export function toGlobalId(type: NodeTypeName, pk: number): string {
  const length = scratch.write(`${type}:${pk}`, 0, "latin1");
  return scratch.toString("base64url", 0, length);
}

/** Decodes a global id; returns null when it is not one this API issued. */
export function tryDecodeGlobalId(id: string): DecodedId | null {
  if (typeof id !== "string" || id.length === 0 || id.length > 64 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const [type, pkText, ...rest] = Buffer.from(id, "base64url").toString("utf8").split(":");
  if (rest.length > 0 || !(NODE_TYPE_NAMES as readonly string[]).includes(type) || !/^[1-9][0-9]{0,9}$/.test(pkText ?? "")) return null;
  const pk = Number(pkText);
  if (pk > 2147483647) return null;
  return { type: type as NodeTypeName, pk };
}

/** Decodes a global id that must be of one of the given types, or throws BAD_USER_INPUT. */
export function decodeGlobalId(id: string, expected?: NodeTypeName | readonly NodeTypeName[], argumentName = "id"): DecodedId {
  const decoded = tryDecodeGlobalId(id);
  if (!decoded) {
    throw userError(`"${truncate(id)}" is not a valid IPO Graph id. Ids are opaque strings taken from the \`id\` field of a node.`, {
      argumentName,
    });
  }
  const allowed = expected === undefined ? undefined : Array.isArray(expected) ? expected : [expected];
  if (allowed && !allowed.includes(decoded.type)) {
    throw userError(
      `The id "${truncate(id)}" is the id of a node of type ${decoded.type}, but \`${argumentName}\` takes the id of type ${allowed.join(" or ")}.`,
      { argumentName, expectedType: allowed.join(" | "), actualType: decoded.type },
    );
  }
  return decoded;
}

/** The primary key behind an optional id argument of a filter, checked against the type it must have. */
export function filterPk(id: string | null | undefined, type: NodeTypeName, argumentName: string): number | undefined {
  return id == null ? undefined : decodeGlobalId(id, type, argumentName).pk;
}

function truncate(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
