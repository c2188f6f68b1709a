// The care transition x specialty matrix as a heat map: a real table (screen readers read it as one),
// shaded by the number of experiments in each cell.
import { request } from "./api";
import { byId, h, replaceChildren } from "./dom";
import { t } from "./i18n";
import { MATRIX } from "./operations";
import type { NetworkFilter } from "./view-state";

interface Matrix {
  careTransitions: Array<{ id: string; name: string }>;
  specialties: Array<{ id: string; name: string }>;
  cells: Array<{
    experimentCount: number;
    careTransition: { id: string };
    specialty: { id: string };
    experiments: Array<{ id: string; title: string }>;
  }>;
}

function shade(count: number, max: number): string {
  const strength = max ? count / max : 0;
  const lightness = 96 - Math.round(strength * 58);
  return `hsl(205 70% ${lightness}%)`;
}

export async function renderMatrix(filter: NetworkFilter | null, onSelect: (id: string) => void): Promise<void> {
  const container = byId("matrix");
  container.setAttribute("aria-busy", "true");
  const { transitionMatrix: matrix } = await request<{ transitionMatrix: Matrix }>(MATRIX, { filter });
  container.removeAttribute("aria-busy");
  if (!matrix.cells.length) {
    replaceChildren(container, h("p", {}, t("matrixEmpty")));
    return;
  }
  const cells = new Map(matrix.cells.map((cell) => [`${cell.careTransition.id}|${cell.specialty.id}`, cell]));
  const max = Math.max(...matrix.cells.map((cell) => cell.experimentCount));
  const detail = h("div", { id: "matrix-cell", "aria-live": "polite" });
  const table = h(
    "table",
    { class: "heatmap" },
    h("caption", {}, t("matrixCaption")),
    h(
      "thead",
      {},
      h("tr", {}, h("td", {}), ...matrix.specialties.map((specialty) => h("th", { scope: "col" }, h("span", {}, specialty.name)))),
    ),
    h(
      "tbody",
      {},
      ...matrix.careTransitions.map((transition) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, transition.name),
          ...matrix.specialties.map((specialty) => {
            const cell = cells.get(`${transition.id}|${specialty.id}`);
            if (!cell) return h("td", { class: "zero" }, "");
            return h(
              "td",
              { style: `background:${shade(cell.experimentCount, max)}`, class: cell.experimentCount / max > 0.6 ? "strong" : "" },
              h(
                "button",
                {
                  type: "button",
                  class: "cell",
                  "aria-label": `${transition.name}, ${specialty.name}: ${cell.experimentCount}`,
                  onclick: () =>
                    replaceChildren(
                      detail,
                      h("h3", {}, `${t("cellExperiments")}: ${transition.name} × ${specialty.name}`),
                      h(
                        "ul",
                        {},
                        ...cell.experiments.map((experiment) =>
                          h(
                            "li",
                            {},
                            h("button", { type: "button", class: "link", onclick: () => onSelect(experiment.id) }, experiment.title),
                          ),
                        ),
                      ),
                    ),
                },
                String(cell.experimentCount),
              ),
            );
          }),
        ),
      ),
    ),
  );
  replaceChildren(container, h("div", { class: "table-scroll" }, table), detail);
}
