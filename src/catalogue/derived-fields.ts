import { CODE_SYSTEMS, codeSystemUri, coding, type CodeSystemKey } from "../model/codes/code-systems";
import { Coding, Identifier } from "../model/codes/coding.type";
import { ORGANISATION_TYPE_CODES } from "../model/codes/organisation-types";
import { Institution, type InstitutionType } from "../model/entities/institution.entity";
import { CodeSystem, Specialty } from "../model/entities/specialty.entity";
import { type Row } from "./table";
import { viewedEntities } from "./entities";
import { PROVENANCE_PROPERTIES } from "../model/provenance/provenance-columns";
import { Provenance, ProvenanceKind } from "../model/provenance/provenance.type";
import { SOURCES, type SourceKey } from "../model/provenance/sources";
import { type EntityClass } from "./catalogue.types";

/**
 * A field of a node type computed from its own columns: `reads` names the properties the computation
 * needs, so a request that asks for the field reads them (the projection); the resolver and the
 * projection's dependencies are both derived from this list.
 */
export interface DerivedField {
  owner: EntityClass;
  name: string;
  reads: readonly string[];
  type: () => unknown;
  nullable: boolean;
  description: string;
  resolve(row: Row): unknown;
}

const SPECIALTY_CODE_SYSTEMS: Record<CodeSystem, CodeSystemKey> = {
  [CodeSystem.VEKTIS_COD016]: "VEKTIS_COD016",
  [CodeSystem.LOCAL]: "IPO_LOCAL",
};

function provenanceOf(row: Row) {
  const key = row[PROVENANCE_PROPERTIES.source] as SourceKey | null;
  const inference = (row[PROVENANCE_PROPERTIES.inference] as string | null) ?? null;
  const statedIn = key && SOURCES[key] ? { key, ...SOURCES[key] } : null;
  return {
    kind: inference ? ProvenanceKind.INFERRED : statedIn ? ProvenanceKind.STATED : ProvenanceKind.ENTERED,
    statedIn,
    inferredBecause: inference,
  };
}

/** `provenance` on every row readers see: nodes, edges and the rows relations reach. */
const PROVENANCE_FIELDS: DerivedField[] = viewedEntities.map((entity) => ({
  owner: entity,
  name: "provenance",
  reads: Object.values(PROVENANCE_PROPERTIES),
  type: () => Provenance,
  nullable: false,
  description: "Whether this is stated in a source text (which) or inferred (what, and why), or was entered through the API.",
  resolve: provenanceOf,
}));

export const DERIVED_FIELDS: readonly DerivedField[] = [
  ...PROVENANCE_FIELDS,
  {
    owner: Specialty,
    name: "coding",
    reads: ["code", "codeSystem", "codeVerified", "name"],
    type: () => Coding,
    nullable: false,
    description: "`code` as a coding: its code system's URI (OID) and name, and whether it was confirmed.",
    resolve: (row) =>
      coding(SPECIALTY_CODE_SYSTEMS[row.codeSystem as CodeSystem], String(row.code), String(row.name), row.codeVerified === true),
  },
  {
    owner: Specialty,
    name: "practitionerRole",
    reads: ["practitionerRoleCode", "practitionerName"],
    type: () => Coding,
    nullable: true,
    description: "The practitioner's UZI role code (CIBG) as a coding; null where the profession has none.",
    // the UZI codes were confirmed from Nictiz's published mappings (see the seed data)
    resolve: (row) =>
      row.practitionerRoleCode ? coding("UZI_ROLE", String(row.practitionerRoleCode), String(row.practitionerName), true) : null,
  },
  {
    owner: Institution,
    name: "organisationType",
    reads: ["type"],
    type: () => Coding,
    nullable: true,
    description:
      "The RoleCodeNL organisation-type code of `type`; null for types without one (departments, academies, networks, bodies, companies).",
    resolve: (row) => {
      const known = ORGANISATION_TYPE_CODES[row.type as InstitutionType];
      return known ? coding("ROLE_CODE_NL", known.code, known.display, known.verified) : null;
    },
  },
  {
    owner: Institution,
    name: "identifiers",
    reads: ["ura", "agb"],
    type: () => [Identifier],
    nullable: false,
    description: "The institution's identifiers in public registers (URA, AGB): only those known, never guessed.",
    resolve: (row) =>
      (["ura", "agb"] as const).flatMap((property) => {
        const value = row[property];
        const key = property === "ura" ? "URA" : "AGB";
        return typeof value === "string" && value ? [{ system: codeSystemUri(key), systemName: CODE_SYSTEMS[key].name, value }] : [];
      }),
  },
];
