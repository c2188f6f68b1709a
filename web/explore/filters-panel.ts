// The filters of the collaboration network, matrix and figures: region, domain, kind, institution type, period.
import { byId, h, replaceChildren } from "./dom";
import { enumLabel, enumTooltip, t } from "./i18n";
import { enumValues } from "./schema-enums";
import type { ColourBy, NetworkFilter } from "./view-state";

/** Each filter that is a choice, and the enum (or list) its options come from. */
const CHOICES: Array<{ field: "domain" | "kind" | "institutionType"; enumName: string; word: "domain" | "kind" | "institutionType" }> = [
  { field: "domain", enumName: "CollaborationDomain", word: "domain" },
  { field: "kind", enumName: "ExperimentKind", word: "kind" },
  { field: "institutionType", enumName: "InstitutionType", word: "institutionType" },
];

export interface FilterChange {
  filter?: NetworkFilter;
  colourBy?: ColourBy;
}

function select(
  id: string,
  label: string,
  options: Array<{ value: string; label: string; title?: string | null }>,
  value: string | undefined,
  onChange: (value: string) => void,
): HTMLElement {
  const control = h(
    "select",
    { id, name: id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
    h("option", { value: "" }, t("all")),
    ...options.map((option) =>
      h("option", { value: option.value, title: option.title ?? undefined, selected: option.value === value }, option.label),
    ),
  );
  return h("div", { class: "field" }, h("label", { for: id }, label), control);
}

function yearInput(id: string, label: string, value: number | undefined, onChange: (value: number | undefined) => void): HTMLElement {
  const input = h("input", {
    id,
    name: id,
    type: "number",
    inputmode: "numeric",
    min: 1990,
    max: 2100,
    step: 1,
    value: value ?? "",
    onchange: (event: Event) => {
      const text = (event.target as HTMLInputElement).value;
      onChange(/^\d{4}$/.test(text) ? Number(text) : undefined);
    },
  });
  return h("div", { class: "field" }, h("label", { for: id }, label), input);
}

export function renderFilters(
  regions: Array<{ id: string; name: string }>,
  filter: NetworkFilter,
  colour: ColourBy,
  onChange: (change: FilterChange) => void,
): void {
  const set = (patch: NetworkFilter) => onChange({ filter: { ...filter, ...patch } });
  const colourChoice = (value: ColourBy, word: "colourRegion" | "colourType") =>
    h(
      "label",
      { class: "inline" },
      h("input", { type: "radio", name: "colour", value, checked: colour === value, onchange: () => onChange({ colourBy: value }) }),
      t(word),
    );
  // the panel is drawn anew on every change: the control that had the focus keeps it
  const focused = document.activeElement?.closest("#filters") ? document.activeElement.id : "";
  replaceChildren(
    byId("filters"),
    h(
      "div",
      { class: "filters-head" },
      h("h2", {}, t("filters")),
      h(
        "button",
        { type: "button", class: "icon narrow-only", id: "filters-close", "aria-label": t("close"), onclick: () => closeFiltersDrawer() },
        "×",
      ),
    ),
    select(
      "filter-region",
      t("region"),
      regions.map((region) => ({ value: region.id, label: region.name })),
      filter.regionId,
      (value) => set({ regionId: value || undefined }),
    ),
    ...CHOICES.map((choice) =>
      select(
        `filter-${choice.field}`,
        t(choice.word),
        enumValues(choice.enumName).map((value) => ({
          value,
          label: enumLabel(choice.enumName, value),
          title: enumTooltip(choice.enumName, value),
        })),
        filter[choice.field],
        (value) => set({ [choice.field]: value || undefined }),
      ),
    ),
    h(
      "div",
      { class: "field-pair" },
      yearInput("filter-from", t("periodFrom"), filter.startYearFrom, (value) => set({ startYearFrom: value })),
      yearInput("filter-to", t("periodTo"), filter.startYearTo, (value) => set({ startYearTo: value })),
    ),
    h(
      "fieldset",
      { class: "field" },
      h("legend", {}, t("colourBy")),
      colourChoice("region", "colourRegion"),
      colourChoice("type", "colourType"),
    ),
    h("button", { type: "button", class: "secondary", id: "filters-reset", onclick: () => onChange({ filter: {} }) }, t("reset")),
  );
  if (focused) document.getElementById(focused)?.focus();
}

/** On narrow screens the filters are a drawer over the picture: the toggle opens it, Escape or its close button shuts it. */
export function mountFiltersDrawer(): void {
  const toggle = byId("filters-toggle");
  toggle.addEventListener("click", () => (byId("filters").classList.contains("open") ? closeFiltersDrawer() : openFiltersDrawer()));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeFiltersDrawer();
  });
}

function openFiltersDrawer(): void {
  const drawer = byId("filters");
  drawer.classList.add("open");
  byId("filters-toggle").setAttribute("aria-expanded", "true");
  drawer.querySelector<HTMLElement>("select, input, button")?.focus();
}

function closeFiltersDrawer(): void {
  if (!byId("filters").classList.contains("open")) return;
  byId("filters").classList.remove("open");
  const toggle = byId("filters-toggle");
  toggle.setAttribute("aria-expanded", "false");
  toggle.focus();
}

/** The filters in force, in words (`Samenwerkingsdomein: Transmuraal`), for figures that depend on them. */
export function describeFilter(filter: NetworkFilter, regions: Array<{ id: string; name: string }>): string[] {
  const parts: string[] = [];
  if (filter.regionId) parts.push(`${t("region")}: ${regions.find((region) => region.id === filter.regionId)?.name ?? filter.regionId}`);
  for (const choice of CHOICES) {
    const value = filter[choice.field];
    if (value) parts.push(`${t(choice.word)}: ${enumLabel(choice.enumName, value)}`);
  }
  if (filter.startYearFrom) parts.push(`${t("periodFrom")} ${filter.startYearFrom}`);
  if (filter.startYearTo) parts.push(`${t("periodTo")} ${filter.startYearTo}`);
  return parts;
}
