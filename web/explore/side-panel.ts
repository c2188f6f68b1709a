// The side panel: a node's facts and links (partners, experiments, contacts, specialties with codes, quotes).
import { request } from "./api";
import { byId, h, replaceChildren } from "./dom";
import { enumLabel, t, type Word } from "./i18n";
import { typeLabel } from "./graph-model";
import { DETAILS } from "./operations";
import type { NetworkFilter } from "./view-state";

export interface PanelActions {
  select(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  close(): void;
}

interface Coding {
  code: string;
  system: string;
  systemName: string;
  display: string | null;
  verified: boolean;
}
interface Ref {
  id: string;
  name?: string;
  title?: string;
  shortName?: string | null;
}
type Details = Record<string, any> & { __typename: string; id: string };

let shown = 0;

function link(ref: Ref, actions: PanelActions, extra?: string): HTMLElement {
  return h(
    "li",
    {},
    h(
      "button",
      { type: "button", class: "link", "data-id": ref.id, onclick: () => actions.select(ref.id) },
      ref.name ?? ref.title ?? ref.id,
    ),
    extra ? h("span", { class: "muted" }, ` ${extra}`) : null,
  );
}

function section(word: Word, items: HTMLElement[]): HTMLElement | null {
  if (!items.length) return null;
  return h(
    "section",
    { class: "panel-section", "data-section": word },
    h("h3", {}, t(word), h("span", { class: "count" }, ` (${items.length})`)),
    h("ul", {}, ...items),
  );
}

function coding(value: Coding | null | undefined): HTMLElement | null {
  if (!value) return null;
  return h(
    "li",
    { class: "coding" },
    `${value.systemName}: `,
    h("code", {}, value.code),
    value.display ? ` ${value.display}` : "",
    value.verified ? "" : h("span", { class: "muted" }, ` (${t("unverified")})`),
  );
}

/** Entries of the same node (a person with two roles) as one line, their roles joined. */
function grouped<T>(
  entries: T[],
  refOf: (entry: T) => Ref & { email?: string | null },
  roleOf: (entry: T) => string,
): Array<{ ref: Ref & { email?: string | null }; roles: string[] }> {
  const byId = new Map<string, { ref: Ref & { email?: string | null }; roles: string[] }>();
  for (const entry of entries) {
    const ref = refOf(entry);
    const group = byId.get(ref.id) ?? { ref, roles: [] };
    group.roles.push(roleOf(entry));
    byId.set(ref.id, group);
  }
  return [...byId.values()];
}

function unique<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function body(node: Details, actions: PanelActions): HTMLElement[] {
  switch (node.__typename) {
    case "Institution": {
      const specialties = unique(node.experiments.flatMap((entry: any) => entry.experiment.specialties.map((s: any) => s.specialty)));
      const quotes = node.experiments.flatMap((entry: any) => entry.experiment.quotes);
      return [
        h(
          "p",
          { class: "facts" },
          enumLabel("InstitutionType", node.type),
          node.city ? ` · ${node.city}` : "",
          node.region ? ` · ${node.region.name}` : "",
        ),
        section(
          "codes",
          [
            coding(node.organisationType),
            ...node.identifiers.map((id: any) => h("li", {}, `${id.systemName}: `, h("code", {}, id.value))),
          ].filter(Boolean) as HTMLElement[],
        ),
        section(
          "partners",
          node.partners.map((partner: any) =>
            link(
              partner.institution,
              actions,
              `· ${partner.weight === 1 ? t("sharedExperiment") : t("sharedExperiments", { count: partner.weight })}`,
            ),
          ),
        ),
        section(
          "experiments",
          grouped(
            node.experiments,
            (entry: any) => entry.experiment,
            (entry: any) => enumLabel("InstitutionRole", entry.role),
          ).map(({ ref, roles }) => link(ref, actions, roles.join(", "))),
        ),
        section(
          "contacts",
          node.affiliations.map((entry: any) =>
            link(entry.person, actions, [entry.position, entry.person.email].filter(Boolean).join(" · ")),
          ),
        ),
        section(
          "specialties",
          specialties.map((specialty: any) =>
            h(
              "li",
              {},
              h(
                "button",
                { type: "button", class: "link", "data-id": specialty.id, onclick: () => actions.select(specialty.id) },
                specialty.name,
              ),
              " ",
              h("code", { title: specialty.coding.systemName }, specialty.coding.code),
              specialty.coding.verified ? "" : h("span", { class: "muted" }, ` (${t("unverified")})`),
            ),
          ),
        ),
        section(
          "quotes",
          quotes
            .slice(0, 10)
            .map((quote: any) => h("li", {}, h("blockquote", {}, quote.text), h("span", { class: "muted" }, `— ${quote.person.name}`))),
        ),
      ].filter(Boolean) as HTMLElement[];
    }
    case "Experiment":
      return [
        h(
          "p",
          { class: "facts" },
          enumLabel("ExperimentKind", node.kind),
          node.startYear ? ` · ${node.startYear}` : "",
          node.domains.length ? ` · ${node.domains.map((d: string) => enumLabel("CollaborationDomain", d)).join(", ")}` : "",
        ),
        node.summary ? h("p", {}, node.summary) : null,
        section(
          "institutions",
          grouped(
            node.institutions,
            (entry: any) => entry.institution,
            (entry: any) => enumLabel("InstitutionRole", entry.role),
          ).map(({ ref, roles }) => link(ref, actions, roles.join(", "))),
        ),
        section(
          "people",
          grouped(
            node.people,
            (entry: any) => entry.person,
            (entry: any) => enumLabel("PersonRole", entry.role),
          ).map(({ ref, roles }) => link(ref, actions, [roles.join(", "), ref.email].filter(Boolean).join(" · "))),
        ),
        section(
          "specialties",
          grouped(
            node.specialties,
            (entry: any) => entry.specialty,
            (entry: any) => enumLabel("ParticipantLevel", entry.level),
          ).map(({ ref, roles }) => {
            const specialty = ref as Ref & { coding: Coding };
            return h(
              "li",
              {},
              h(
                "button",
                { type: "button", class: "link", "data-id": specialty.id, onclick: () => actions.select(specialty.id) },
                specialty.name ?? "",
              ),
              " ",
              h("code", { title: specialty.coding.systemName }, specialty.coding.code),
              h("span", { class: "muted" }, ` ${roles.join(", ")}`),
            );
          }),
        ),
        section(
          "careTransitions",
          node.careTransitions.map((entry: any) => link(entry.careTransition, actions)),
        ),
        section(
          "quotes",
          node.quotes.map((quote: any) =>
            h("li", {}, h("blockquote", {}, quote.text), h("span", { class: "muted" }, `— ${quote.person.name}`)),
          ),
        ),
      ].filter(Boolean) as HTMLElement[];
    case "Person":
      return [
        h("p", { class: "facts" }, [node.professionTitle, node.email].filter(Boolean).join(" · ")),
        section("codes", [coding(node.profession?.coding)].filter(Boolean) as HTMLElement[]),
        section(
          "institutions",
          node.affiliations.map((entry: any) => link(entry.institution, actions, entry.position)),
        ),
        section(
          "experiments",
          node.experiments.map((entry: any) => link(entry.experiment, actions)),
        ),
        section(
          "quotes",
          node.quotes.map((quote: any) => h("li", {}, h("blockquote", {}, quote.text))),
        ),
      ].filter(Boolean) as HTMLElement[];
    case "Specialty":
      return [
        section("codes", [coding(node.coding), coding(node.practitionerRole)].filter(Boolean) as HTMLElement[]),
        section(
          "experiments",
          node.experiments.map((entry: any) => link(entry.experiment, actions)),
        ),
      ].filter(Boolean) as HTMLElement[];
    case "CareTransition":
      return [
        section(
          "experiments",
          node.experiments.map((entry: any) => link(entry.experiment, actions)),
        ),
      ].filter(Boolean) as HTMLElement[];
    case "Region":
      return [
        section(
          "institutions",
          node.institutions.map((institution: Ref) => link(institution, actions)),
        ),
      ].filter(Boolean) as HTMLElement[];
    case "Programme":
      return [
        h("p", {}, node.programmeSummary),
        section(
          "experiments",
          node.experiments.map((experiment: Ref) => link(experiment, actions)),
        ),
      ].filter(Boolean) as HTMLElement[];
    default:
      return [];
  }
}

export function clearPanel(): void {
  shown++;
  const panel = byId("details");
  panel.dataset.id = "";
  replaceChildren(panel, h("h2", {}, t("details")), h("p", { class: "muted" }, t("noSelection")));
}

/** Shows a node's details; a newer call wins over an older one still loading. */
export async function showPanel(id: string, filter: NetworkFilter | null, actions: PanelActions, pathStart: string | null): Promise<void> {
  const ask = ++shown;
  const panel = byId("details");
  panel.setAttribute("aria-busy", "true");
  try {
    const data = await request<{ node: Details | null }>(DETAILS, { id, filter });
    if (ask !== shown) return;
    const node = data.node;
    if (!node) {
      clearPanel();
      return;
    }
    const name = node.name ?? node.title ?? id;
    panel.dataset.id = id;
    replaceChildren(
      panel,
      h(
        "div",
        { class: "panel-head" },
        h("p", { class: "kicker" }, typeLabel(node.__typename)),
        h("h2", { id: "details-title", tabindex: -1 }, name),
        h("button", { type: "button", class: "icon", "aria-label": t("close"), title: t("close"), onclick: () => actions.close() }, "×"),
      ),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", onclick: () => actions.expand(id) }, t("expand")),
        pathStart && pathStart !== id
          ? h("button", { type: "button", onclick: () => actions.pathTo(id) }, t("pathTo"))
          : h("button", { type: "button", onclick: () => actions.pathFrom(id) }, t("pathFrom")),
      ),
      ...body(node, actions),
      node.iri ? h("p", { class: "iri" }, `${t("linkedData")}: `, h("a", { href: node.iri }, node.iri)) : null,
    );
  } catch (error) {
    if (ask === shown)
      replaceChildren(panel, h("h2", {}, t("details")), h("p", { role: "alert" }, t("failed", { message: (error as Error).message })));
  } finally {
    if (ask === shown) panel.removeAttribute("aria-busy");
  }
}
