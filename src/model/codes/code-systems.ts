/**
 * The public code systems and identifier schemes IPO Graph uses, each once: its name and its OID (the
 * URI is `urn:oid:<oid>`), or a URN of our own for the one code list that is ours.
 */
export const CODE_SYSTEMS = {
  VEKTIS_COD016: { name: "Vektis COD016 specialismecodes", oid: "2.16.840.1.113883.2.4.6.7" },
  UZI_ROLE: { name: "UZI-rolcodes (CIBG)", oid: "2.16.840.1.113883.2.4.15.111" },
  ROLE_CODE_NL: { name: "RoleCodeNL zorgaanbiedertypen", oid: "2.16.840.1.113883.2.4.15.1060" },
  URA: { name: "UZI-register abonneenummer (URA)", oid: "2.16.528.1.1007.3.3" },
  AGB: { name: "Vektis AGB-code", oid: "2.16.840.1.113883.2.4.6.1" },
  IPO_LOCAL: { name: "IPO Graph's own codes (prefix IPO-), for professions without a public code", urn: "urn:ipo-graph:code-system:local" },
} as const satisfies Record<string, { name: string; oid?: string; urn?: string }>;

export type CodeSystemKey = keyof typeof CODE_SYSTEMS;

export function codeSystemUri(key: CodeSystemKey): string {
  const system: { oid?: string; urn?: string } = CODE_SYSTEMS[key];
  return system.oid ? `urn:oid:${system.oid}` : system.urn!;
}

/** A code in a code system, as GraphQL's `Coding` and JSON-LD's `DefinedTerm` show it. */
export interface CodingValue {
  code: string;
  system: string;
  systemName: string;
  display: string | null;
  verified: boolean;
}

export function coding(key: CodeSystemKey, code: string, display: string | null, verified: boolean): CodingValue {
  return { code, system: codeSystemUri(key), systemName: CODE_SYSTEMS[key].name, display, verified };
}
