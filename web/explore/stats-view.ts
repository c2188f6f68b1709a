// The network's figures (`networkStats`) as small bar charts, and its coverage gaps called out.
import { request } from "./api";
import { byId, h, replaceChildren } from "./dom";
import { enumLabel, t, type Word } from "./i18n";
import { STATS } from "./operations";
import type { NetworkFilter } from "./view-state";

interface Bar {
  label: string;
  value: number;
  of?: number;
}

function chart(word: Word, bars: Bar[]): HTMLElement {
  const max = Math.max(1, ...bars.map((bar) => bar.of ?? bar.value));
  return h(
    "figure",
    { class: "chart" },
    h("figcaption", {}, t(word)),
    h(
      "table",
      { class: "bars" },
      h(
        "tbody",
        {},
        ...bars.map((bar) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, bar.label),
            h(
              "td",
              { class: "bar-cell" },
              h("span", { class: "bar", style: `width:${(100 * bar.value) / max}%` }),
              bar.of !== undefined ? h("span", { class: "bar-of", style: `width:${(100 * (bar.of - bar.value)) / max}%` }) : null,
            ),
            h("td", { class: "value" }, bar.of !== undefined ? `${bar.value} / ${bar.of}` : String(bar.value)),
          ),
        ),
      ),
    ),
  );
}

/** The figures of the network within the filter; `inForce` names the filters, so that gaps are read as gaps within them. */
export async function renderStats(filter: NetworkFilter | null, inForce: string[]): Promise<void> {
  const container = byId("stats");
  container.setAttribute("aria-busy", "true");
  const { networkStats: stats } = await request<{ networkStats: any }>(STATS, { filter });
  container.removeAttribute("aria-busy");
  const gapList = (items: string[]) =>
    items.length ? h("ul", {}, ...items.map((item) => h("li", {}, item))) : h("p", { class: "muted" }, t("noGaps"));
  replaceChildren(
    container,
    h("p", { class: "lead" }, t("statsExperiments", { count: stats.experimentCount })),
    h(
      "div",
      { class: "charts" },
      chart(
        "byKind",
        stats.byKind.map((entry: any) => ({ label: enumLabel("ExperimentKind", entry.kind), value: entry.count })),
      ),
      chart(
        "byDomain",
        stats.byDomain.map((entry: any) => ({ label: enumLabel("CollaborationDomain", entry.domain), value: entry.count })),
      ),
      chart(
        "byRegion",
        stats.byRegion.map((entry: any) => ({ label: entry.region.name, value: entry.count })),
      ),
      chart(
        "bySpecialty",
        stats.bySpecialty.slice(0, 10).map((entry: any) => ({ label: entry.specialty.name, value: entry.count })),
      ),
      chart(
        "byInstitutionType",
        stats.byInstitutionType.map((entry: any) => ({
          label: enumLabel("InstitutionType", entry.type),
          value: entry.participating,
          of: entry.count,
        })),
      ),
    ),
    h(
      "section",
      { class: "gaps", "aria-labelledby": "gaps-title" },
      h("h3", { id: "gaps-title" }, t("gaps")),
      h("p", { class: "muted", id: "gaps-scope" }, inForce.length ? t("gapsWithin", { filters: inForce.join(" · ") }) : t("gapsWhole")),
      h("h4", {}, t("regionsWithout")),
      gapList(stats.regionsWithoutExperiments.map((region: any) => region.name)),
      h("h4", {}, t("domainsWithout")),
      gapList(stats.domainsWithoutExperiments.map((domain: string) => enumLabel("CollaborationDomain", domain))),
      h("h4", {}, t("gapPairs")),
      gapList(stats.coverageGaps.map((gap: any) => `${gap.region.name} × ${enumLabel("CollaborationDomain", gap.domain)}`)),
    ),
  );
}
