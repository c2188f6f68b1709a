import { hasRole, Role, type Viewer } from "./viewer";

/** Properties that are personal data, by entity: served to members and up, to nobody else, in every format. */
export const PERSONAL_DATA: Readonly<Record<string, readonly string[]>> = {
  Person: ["email"],
};

export function mayRead(viewer: Viewer, entity: string, property: string): boolean {
  return !PERSONAL_DATA[entity]?.includes(property) || hasRole(viewer, Role.MEMBER);
}
