import { CollaborationDomain, ExperimentKind } from "../../model/entities/experiment.entity";
import { InstitutionType } from "../../model/entities/institution.entity";
import type { NetworkFilter } from "../graph/network-filter.input";

/** What an export request may say, as query parameters (HTTP) or options (`npm run export`). */
export interface ExportParameters {
  regionId?: string;
  institutionType?: string;
  domain?: string;
  kind?: string;
  startYearFrom?: string;
  startYearTo?: string;
  minWeight?: string;
}

export class ExportParameterError extends Error {}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: Record<string, T>): T | null {
  if (value === undefined || value === "") return null;
  if (!(Object.values(allowed) as string[]).includes(value))
    throw new ExportParameterError(`\`${name}\` must be one of ${Object.values(allowed).join(", ")}, got "${value.slice(0, 40)}".`);
  return value as T;
}

function year(name: string, value: string | undefined): number | null {
  if (value === undefined || value === "") return null;
  if (!/^[0-9]{4}$/.test(value)) throw new ExportParameterError(`\`${name}\` must be a year such as 2021, got "${value.slice(0, 40)}".`);
  return Number(value);
}

/** The collaboration network's filter (the same fields as GraphQL's NetworkFilter) and the lightest edge kept. */
export function exportFilter(parameters: ExportParameters): { filter: NetworkFilter | null; minWeight: number } {
  const filter: NetworkFilter = {
    regionId: parameters.regionId || null,
    institutionType: oneOf("institutionType", parameters.institutionType, InstitutionType),
    domain: oneOf("domain", parameters.domain, CollaborationDomain),
    kind: oneOf("kind", parameters.kind, ExperimentKind),
    startYearFrom: year("startYearFrom", parameters.startYearFrom),
    startYearTo: year("startYearTo", parameters.startYearTo),
  };
  const minWeight = parameters.minWeight === undefined || parameters.minWeight === "" ? 1 : Number(parameters.minWeight);
  if (!Number.isInteger(minWeight) || minWeight < 1 || minWeight > 10_000)
    throw new ExportParameterError(`\`minWeight\` must be a whole number from 1, got "${String(parameters.minWeight).slice(0, 40)}".`);
  return { filter: Object.values(filter).some((given) => given !== null) ? filter : null, minWeight };
}
