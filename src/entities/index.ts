import { nodeEntities } from "../catalogue/node-types";
import { EDGES, REFERENCES } from "../catalogue/relations";
import { AuditEvent } from "./audit-event.entity";
import { Submission } from "./submission.entity";

/**
 * Every entity MikroORM manages: the catalogue's node types, its edges and the other rows its relations
 * reach, and the records of writes. Listed explicitly (not discovered from files) so compiled and
 * ts-jest runs see the same set.
 */
export const entities = [...new Set([...Object.values(nodeEntities), ...EDGES.map((edge) => edge.edge), ...REFERENCES.map((reference) => reference.child), Submission, AuditEvent])];
