import { Property } from "@mikro-orm/core";

/**
 * The column every row readers may see carries: how far its visibility reaches (see `visibilityLevels` in
 * visibility.ts: 0 nobody's read role, 1 editors, 2 everyone). Kept by triggers the visibility rules
 * generate, never written by the API, so the visibility views filter one indexed-row column instead of
 * joining every row to the rows it depends on.
 */
export const VISIBILITY_COLUMN = "visibility";

/** Class decorator: the visibility column on an entity (hidden: neither served nor written). */
export function VisibilityLevel(): ClassDecorator {
  return (target) => {
    Property({ type: "smallint", default: 0, lazy: true, hidden: true, fieldName: VISIBILITY_COLUMN })(target.prototype, VISIBILITY_COLUMN);
  };
}
