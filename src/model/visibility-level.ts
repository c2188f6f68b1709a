import { Property } from "@mikro-orm/core";

/**
 * The column every row readers may see carries: how far its visibility reaches (0 no read role, 1
 * editors, 2 everyone; `visibilityThreshold` in visibility.ts). Kept by triggers the visibility rules
 * generate, never written by the API, so the visibility views filter this one column of the row instead
 * of joining every row to the rows it depends on.
 */
export const VISIBILITY_COLUMN = "visibility";

/** Class decorator: the visibility column on an entity (hidden: neither served nor written). */
export function VisibilityLevel(): ClassDecorator {
  return (target) => {
    Property({ type: "smallint", default: 0, lazy: true, hidden: true, fieldName: VISIBILITY_COLUMN })(target.prototype, VISIBILITY_COLUMN);
  };
}
