// What the person is looking at, kept in the URL so a link restores it (filters, mode, selection, path).
import type { Language } from "./i18n";

export interface NetworkFilter {
  regionId?: string;
  domain?: string;
  kind?: string;
  institutionType?: string;
  startYearFrom?: number;
  startYearTo?: number;
}

export type Mode = "collaboration" | "graph";
export type Tab = "network" | "matrix" | "stats" | "review";
export type ColourBy = "region" | "type";

export interface ViewState {
  filter: NetworkFilter;
  colourBy: ColourBy;
  mode: Mode;
  /** Graph mode: the nodes whose neighbourhoods are shown, in the order they were opened. */
  expanded: string[];
  selected: string | null;
  path: [string, string] | null;
  tab: Tab;
  language: Language;
}

/** URL parameter of each filter field. */
const FILTER_PARAMS: Record<keyof NetworkFilter, string> = {
  regionId: "region",
  domain: "domain",
  kind: "kind",
  institutionType: "type",
  startYearFrom: "from",
  startYearTo: "to",
};
const YEAR_FIELDS = new Set<keyof NetworkFilter>(["startYearFrom", "startYearTo"]);

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function year(value: string | null): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  return Number(value);
}

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filter: NetworkFilter = {};
  for (const [field, param] of Object.entries(FILTER_PARAMS) as Array<[keyof NetworkFilter, string]>) {
    const value = params.get(param);
    if (!value) continue;
    if (YEAR_FIELDS.has(field)) {
      const parsed = year(value);
      if (parsed !== undefined) (filter as Record<string, number>)[field] = parsed;
    } else if (value.length <= 200) (filter as Record<string, string>)[field] = value;
  }
  const path = params.get("path")?.split(",");
  return {
    filter,
    colourBy: oneOf(params.get("colour"), ["region", "type"] as const, "region"),
    mode: oneOf(params.get("mode"), ["collaboration", "graph"] as const, "collaboration"),
    expanded: (params.get("expand") ?? "")
      .split(",")
      .filter((id) => id && id.length <= 200)
      .slice(0, 20),
    selected: params.get("select") || null,
    path: path?.length === 2 && path[0] && path[1] ? [path[0], path[1]] : null,
    tab: oneOf(params.get("tab"), ["network", "matrix", "stats", "review"] as const, "network"),
    language: oneOf(params.get("lang"), ["nl", "en"] as const, "nl"),
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const [field, param] of Object.entries(FILTER_PARAMS) as Array<[keyof NetworkFilter, string]>) {
    const value = state.filter[field];
    if (value !== undefined && value !== "") params.set(param, String(value));
  }
  if (state.colourBy !== "region") params.set("colour", state.colourBy);
  if (state.mode !== "collaboration") params.set("mode", state.mode);
  if (state.mode === "graph" && state.expanded.length) params.set("expand", state.expanded.join(","));
  if (state.selected) params.set("select", state.selected);
  if (state.path) params.set("path", state.path.join(","));
  if (state.tab !== "network") params.set("tab", state.tab);
  if (state.language !== "nl") params.set("lang", state.language);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The filter as the API's NetworkFilter input (null when empty). */
export function filterInput(filter: NetworkFilter): NetworkFilter | null {
  const entries = Object.entries(filter).filter(([, value]) => value !== undefined && value !== "");
  return entries.length ? Object.fromEntries(entries) : null;
}
