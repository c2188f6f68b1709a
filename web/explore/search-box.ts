// Search as you type (the API's `search`), as an ARIA combobox: arrows move, Enter picks, Escape closes.
import { request } from "./api";
import { byId, h, replaceChildren, snippet } from "./dom";
import { t } from "./i18n";
import { typeLabel } from "./graph-model";
import { SEARCH } from "./operations";

interface Hit {
  snippet: string;
  node: { __typename: string; id?: string; name?: string; title?: string; experiment?: { id: string; title: string } };
}

/** The search box; `chosenElsewhere` clears a term that named another node once a node is picked elsewhere. */
export function mountSearch(onPick: (id: string) => void): { chosenElsewhere(id: string | null): void } {
  const input = byId<HTMLInputElement>("search-input");
  const list = byId<HTMLUListElement>("search-results");
  let hits: Array<{ id: string; element: HTMLElement }> = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The node the term in the box led to, while the box still shows it. */
  let picked: string | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const move = (to: number) => {
    if (!hits.length) return;
    active = (to + hits.length) % hits.length;
    hits.forEach((hit, index) => hit.element.setAttribute("aria-selected", String(index === active)));
    input.setAttribute("aria-activedescendant", hits[active].element.id);
  };
  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    picked = hit.id;
    onPick(hit.id);
  };

  const run = async (text: string) => {
    const ask = ++asked;
    if (!text.trim()) {
      close();
      return;
    }
    const data = await request<{ search: { nodes: Hit[] } }>(SEARCH, { query: text.slice(0, 200) }).catch(() => null);
    if (ask !== asked || !data) return;
    const found = data.search.nodes.map((hit) => ({ hit, id: hit.node.experiment?.id ?? hit.node.id ?? "" })).filter((entry) => entry.id);
    hits = found.map(({ hit, id }, index) => ({
      id,
      element: h(
        "li",
        {
          id: `search-hit-${index}`,
          role: "option",
          "aria-selected": "false",
          "data-id": id,
          onmousedown: (event: Event) => {
            event.preventDefault();
            pick(index);
          },
        },
        h("span", { class: "hit-type" }, typeLabel(hit.node.__typename)),
        " ",
        h("span", { class: "hit-name" }, hit.node.name ?? hit.node.title ?? hit.node.experiment?.title ?? ""),
        h("span", { class: "hit-snippet" }, snippet(hit.snippet)),
      ),
    }));
    replaceChildren(
      list,
      ...(hits.length
        ? hits.map((hit) => hit.element)
        : [h("li", { class: "empty", role: "option", "aria-disabled": "true" }, t("noHits"))]),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  };

  input.addEventListener("input", () => {
    picked = null;
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 120);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      move(active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      move(active - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(Math.max(active, 0));
    } else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  return {
    chosenElsewhere(id) {
      if (id !== null && id === picked) return;
      picked = null;
      clearTimeout(timer);
      asked++;
      input.value = "";
      close();
    },
  };
}
