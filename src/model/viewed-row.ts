import { Provenanced } from "./provenance/provenance-columns";
import { VisibilityLevel } from "./visibility-level";

const viewedRows = new WeakSet<Function>();

/**
 * Class decorator of every entity readers see through the visibility views: the visibility column and the
 * provenance columns. The catalogue derives which entities those are (its node types, edges and the rows its
 * relations reach) and refuses to load when an entity it reaches lacks this decorator, or one it does not has it.
 */
export function ViewedRow(): ClassDecorator {
  return (target) => {
    VisibilityLevel()(target);
    Provenanced()(target);
    viewedRows.add(target);
  };
}

/** Whether the entity is declared `@ViewedRow()`. */
export function isViewedRow(entity: Function): boolean {
  return viewedRows.has(entity);
}
