import { nodeEntities } from "./node-types";
import { EDGES, REFERENCES } from "./relations";
import { VisibilityLevel } from "../model/visibility-level";
import { Provenanced } from "../model/provenance/provenance-columns";
import { AuditEvent } from "../model/entities/audit-event.entity";
import { Submission } from "../model/entities/submission.entity";

/** The rows readers see through the visibility views: the catalogue's node types, its edges and the other rows its relations reach. */
export const viewedEntities = [
  ...new Set([...Object.values(nodeEntities), ...EDGES.map((edge) => edge.edge), ...REFERENCES.map((reference) => reference.child)]),
];

/** Personal data and history: editors and admins see all of it, readers none. */
export const editorOnlyEntities = [Submission, AuditEvent];

for (const entity of viewedEntities) {
  VisibilityLevel()(entity);
  Provenanced()(entity);
}

/**
 * Every entity MikroORM manages: the viewed rows and the records of writes. Listed explicitly (not
 * discovered from files) so compiled and ts-jest runs see the same set.
 */
export const entities = [...viewedEntities, ...editorOnlyEntities];
