import { toGlobalId } from "../../catalogue/global-id";
import { NODE_TYPE_NAMES, type NodeTypeName } from "../../catalogue/node-types";

/** A committed write, as the audit trigger announces it (migration 20261202043000). */
export interface Change {
  /** The node's global id. */
  id: string;
  type: NodeTypeName;
  pk: number;
  /** The audit action: CREATE, UPDATE, ARCHIVE, LINK, SUBMIT, ... */
  action: string;
  /** The node's version after the write. */
  version: number;
}

/** The channel the trigger notifies on. */
export const CHANGE_CHANNEL = "ipo_graph_change";

/** A notification's payload as a Change; null for anything else (the channel is ours, but stay strict). */
export function parseChange(payload: string | undefined): Change | null {
  try {
    const { type, pk, action, version } = JSON.parse(payload ?? "") as Record<string, unknown>;
    const nodeType = NODE_TYPE_NAMES.find((name) => name === type);
    if (!nodeType || !Number.isInteger(pk) || typeof action !== "string" || !Number.isInteger(version)) return null;
    return { id: toGlobalId(nodeType, pk as number), type: nodeType, pk: pk as number, action, version: version as number };
  } catch {
    return null;
  }
}
