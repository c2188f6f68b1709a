import { nodeEntities } from "./node-types";
import { EDGES, REFERENCES } from "./relations";
import { isViewedRow } from "../model/viewed-row";
import { AuditEvent } from "../model/entities/audit-event.entity";
import { Submission } from "../model/entities/submission.entity";

/** The rows readers see through the visibility views: the catalogue's node types, its edges and the other rows its relations reach. */
export const viewedEntities = [
  ...new Set([...Object.values(nodeEntities), ...EDGES.map((edge) => edge.edge), ...REFERENCES.map((reference) => reference.child)]),
];

/** Personal data and history: editors and admins see all of it, readers none. */
export const editorOnlyEntities = [Submission, AuditEvent];

const undeclared = viewedEntities.filter((entity) => !isViewedRow(entity)).map((entity) => entity.name);
const unreached = editorOnlyEntities.filter((entity) => isViewedRow(entity)).map((entity) => entity.name);
if (undeclared.length > 0 || unreached.length > 0) {
  throw new Error(
    `Readers see exactly the rows the catalogue reaches: ${[...undeclared.map((name) => `${name} needs @ViewedRow()`), ...unreached.map((name) => `${name} is no row the catalogue reaches: remove its @ViewedRow()`)].join("; ")}`,
  );
}

/**
 * Every entity MikroORM manages: the viewed rows and the records of writes. Listed explicitly (not
 * discovered from files) so compiled and ts-jest runs see the same set.
 */
export const entities = [...viewedEntities, ...editorOnlyEntities];
