import { userError } from "../platform/errors";
import type { OrderColumn } from "../catalogue/table";

/** Values of a list's order columns at one item: the position a cursor stands for. */
export type KeysetValues = Array<string | number | null>;

const VERSION = "k1";
const MAX_CURSOR_LENGTH = 2048;
const MAX_TEXT_LENGTH = 1000;

/**
 * Cursors hold the order columns' values of an item and the name of the order they belong to (base64url of a
 * JSON array): the next page starts after that position, so pages do not shift when rows are added or removed
 * before it, and a deep page is found by the index, not by counting past every earlier item.
 */
export function encodeCursor(orderName: string, values: KeysetValues): string {
  return Buffer.from(JSON.stringify([VERSION, orderName, ...values]), "utf8").toString("base64url");
}

/** The position a cursor holds, checked against the list's order (names, count and types of the values). */
export function decodeCursor(cursor: string, orderName: string, order: readonly OrderColumn[], argumentName = "after"): KeysetValues {
  const text =
    cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  if (/^offset:\d+$/.test(text)) {
    throw userError(
      "This cursor counts positions (an offset cursor of an earlier version of IPO Graph); lists now page by keyset cursors. Start again from the first page and use the `endCursor` it returns.",
      { argumentName, reason: "OFFSET_CURSOR" },
    );
  }
  const invalid = () =>
    userError(
      `"${cursor.slice(0, 40)}" is not a valid cursor for this list. Use a \`cursor\` or \`pageInfo.endCursor\` from an earlier page of the same list, in the same order.`,
      { argumentName },
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed[0] !== VERSION || parsed[1] !== orderName || parsed.length !== order.length + 2) throw invalid();
  const values = parsed.slice(2) as unknown[];
  values.forEach((value, index) => {
    const { column } = order[index]!;
    if (value === null) {
      if (!column.nullable) throw invalid();
    } else if (column.kind === "integer") {
      if (!Number.isInteger(value) || (value as number) < -2147483648 || (value as number) > 2147483647) throw invalid();
    } else if (typeof value !== "string" || value.length > MAX_TEXT_LENGTH || value.includes("\u0000")) {
      throw invalid();
    }
  });
  return values as KeysetValues;
}

/** The cursor of a row: its values of the order's columns (`prefix` for a joined row's keys). */
export function cursorOf(
  orderName: string,
  order: readonly OrderColumn[],
  row: Record<string, unknown>,
  keyOf: (column: OrderColumn, index: number) => string,
): string {
  return encodeCursor(
    orderName,
    order.map((column, index) => (row[keyOf(column, index)] ?? null) as string | number | null),
  );
}
