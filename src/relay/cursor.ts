import { userError } from "../errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PaginationArgs } from "./pagination.args";

const PREFIX = "offset:";

/** Cursors are opaque to clients; inside they hold the position of an item in its ordered, filtered list. */
export function offsetToCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, "utf8").toString("base64url");
}

export function cursorToOffset(cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^offset:(0|[1-9][0-9]{0,8})$/.exec(text);
  if (!match) {
    throw userError(`"${cursor.slice(0, 40)}" is not a valid cursor. Use a \`cursor\` or \`pageInfo.endCursor\` from an earlier page of the same list.`, { argumentName: "after" });
  }
  return Number(match[1]);
}

export interface PageWindow {
  limit: number;
  offset: number;
}

/** Validates `first` and `after` and turns them into LIMIT/OFFSET. */
export function pageWindow({ first, after }: PaginationArgs): PageWindow {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw userError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`, { argumentName: "first", maximum: MAX_PAGE_SIZE });
  }
  const offset = after == null ? 0 : cursorToOffset(after) + 1;
  return { limit, offset };
}
