import { userError } from "../../platform/errors";
import type { PageArgs } from "../../sql/page";
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from "../../sql/page";

const PREFIX = "rank:";

/**
 * Search results have no stable order to hold a keyset position in (ranks are computed per query), so their
 * cursors hold the place in the ranking. Lists of nodes use keyset cursors (relay/keyset-cursor.ts).
 */
export function rankToCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, "utf8").toString("base64url");
}

export function cursorToRank(cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^rank:(0|[1-9][0-9]{0,8})$/.exec(text);
  if (!match) {
    throw userError(
      `"${cursor.slice(0, 40)}" is not a valid cursor for search results. Use a \`cursor\` or \`pageInfo.endCursor\` from an earlier page of the same search.`,
      { argumentName: "after" },
    );
  }
  return Number(match[1]);
}

export interface PageWindow {
  limit: number;
  offset: number;
}

/** Validates `first` and `after` of a search and turns them into LIMIT/OFFSET. */
export function pageWindow({ first, after }: PageArgs): PageWindow {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw userError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`, { argumentName: "first", maximum: MAX_PAGE_SIZE });
  }
  const offset = after == null ? 0 : cursorToRank(after) + 1;
  return { limit, offset };
}
