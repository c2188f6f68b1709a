// The nodes in view as a list of buttons: what a screen reader or a keyboard uses instead of the canvas.
import { byId, h, replaceChildren } from "./dom";
import { t } from "./i18n";
import { typeLabel, type ExplorerGraph, type LegendEntry } from "./graph-model";

export function renderNodeList(graph: ExplorerGraph, selected: string | null, onSelect: (id: string) => void): void {
  const entries: Array<{ id: string; label: string; typename: string }> = [];
  graph.forEachNode((id, attributes) => entries.push({ id, label: attributes.fullLabel, typename: attributes.typename }));
  entries.sort((a, b) => a.label.localeCompare(b.label, "nl"));
  replaceChildren(
    byId("node-list"),
    h("h2", { id: "node-list-title" }, t("nodeList"), h("span", { class: "count" }, ` (${entries.length})`)),
    h(
      "ul",
      { "aria-labelledby": "node-list-title" },
      ...entries.map((entry) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "link",
              "data-id": entry.id,
              "aria-current": entry.id === selected ? "true" : undefined,
              onclick: () => onSelect(entry.id),
            },
            entry.label,
          ),
          h("span", { class: "muted" }, ` ${typeLabel(entry.typename)}`),
        ),
      ),
    ),
  );
}

export function renderLegend(entries: LegendEntry[]): void {
  replaceChildren(
    byId("legend"),
    h("h2", {}, t("legend")),
    h(
      "ul",
      {},
      ...entries.map((entry) =>
        h("li", {}, h("span", { class: "swatch", style: `background:${entry.color}`, "aria-hidden": "true" }), entry.label),
      ),
    ),
  );
}
