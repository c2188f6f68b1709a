// "Initiatief aanmelden": anyone proposes an initiative through the API's `submitInitiative`, picking the
// institutions and specialties from the graph. The API's own field problems are shown beside their fields (in
// the page's language, by their code), the rate limit's answer as a sentence, and a receipt at the end.
// Everything typed is sent as data and shown as text, never as markup (dom.ts).
import { ApiError, type FieldProblem, request } from "./api";
import { byId, h, replaceChildren } from "./dom";
import { enumLabel, t, type Word } from "./i18n";
import { PICK, SUBMIT_INITIATIVE } from "./operations";
import { enumValues } from "./schema-enums";

/** The form's text fields, in order: the input's field name, its label, whether it is required, and whether it is long text. */
const TEXTS: Array<{ field: string; word: Word; required?: boolean; long?: boolean; type?: string }> = [
  { field: "title", word: "formTitle", required: true },
  { field: "subtitle", word: "formSubtitle" },
  { field: "summary", word: "formSummary", required: true, long: true },
  { field: "careTheme", word: "formCareTheme", long: true },
  { field: "patientGroup", word: "formPatientGroup", long: true },
];
const SUBMITTER: Array<{ field: string; word: Word; required?: boolean; long?: boolean; type?: string }> = [
  { field: "name", word: "formSubmitterName", required: true },
  { field: "email", word: "formSubmitterEmail", required: true, type: "email" },
  { field: "organisation", word: "formSubmitterOrganisation" },
  { field: "message", word: "formSubmitterMessage", long: true },
];

/** The words of each problem code; another code is shown in the API's words. */
const PROBLEM_WORDS: Record<string, Word> = {
  REQUIRED: "problemRequired",
  TOO_LONG: "problemTooLong",
  TOO_MANY: "problemTooMany",
  OUT_OF_RANGE: "problemOutOfRange",
  REPEATED: "problemRepeated",
  NOT_AN_EMAIL: "problemEmail",
  INVALID_TEXT: "problemText",
  NOT_AN_ID: "problemGone",
  NOT_FOUND: "problemGone",
};

/** The element id of an input field path: `submitter.email` -> `si-submitter-email`, `goals[2]` -> `si-goals`. */
function idOf(path: string): string {
  return `si-${path.replace(/\[\d+\]$/, "").replace(/\./g, "-")}`;
}

interface Picked {
  id: string;
  name: string;
  choice: string;
}

/** A list of nodes picked from the graph by search, each with a choice (a role, a level). */
function picker(field: "institutions" | "specialties", type: "INSTITUTION" | "SPECIALTY", choiceEnum: string, initial: string) {
  const picked: Picked[] = [];
  const chosen = h("ul", { class: "picked", id: `${idOf(field)}-list` });
  const results = h("ul", { class: "pick-results", role: "listbox", id: `${idOf(field)}-results`, hidden: true });
  const input = h("input", {
    id: idOf(field),
    type: "search",
    autocomplete: "off",
    role: "combobox",
    "aria-expanded": "false",
    "aria-controls": `${idOf(field)}-results`,
    "aria-describedby": `${idOf(field)}-help ${idOf(field)}-problem`,
  });
  let asked = 0;
  const drawPicked = () =>
    replaceChildren(
      chosen,
      ...picked.map((item, index) =>
        h(
          "li",
          { "data-id": item.id },
          h("span", {}, item.name),
          h(
            "select",
            {
              "aria-label": `${t(field === "institutions" ? "formRole" : "formLevel")}: ${item.name}`,
              onchange: (event: Event) => (item.choice = (event.target as HTMLSelectElement).value),
            },
            ...enumValues(choiceEnum).map((value) => h("option", { value, selected: value === item.choice }, enumLabel(choiceEnum, value))),
          ),
          h(
            "button",
            {
              type: "button",
              class: "link",
              "aria-label": `${t("formRemove")}: ${item.name}`,
              onclick: () => {
                picked.splice(index, 1);
                drawPicked();
                input.focus();
              },
            },
            t("formRemove"),
          ),
        ),
      ),
    );
  const close = () => {
    results.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  input.addEventListener("input", async () => {
    const ask = ++asked;
    const text = input.value.trim();
    if (text.length < 2) return close();
    const data = await request<{ search: { nodes: Array<{ node: { __typename: string; id?: string; name?: string; city?: string } }> } }>(
      PICK,
      { query: text.slice(0, 200), types: [type] },
    ).catch(() => null);
    if (ask !== asked || !data) return;
    const hits = data.search.nodes.map((hit) => hit.node).filter((node) => node.id && node.name);
    replaceChildren(
      results,
      ...(hits.length
        ? hits.map((node) =>
            h(
              "li",
              { role: "option", "aria-selected": "false" },
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  "data-id": node.id!,
                  onclick: () => {
                    if (!picked.some((item) => item.id === node.id)) picked.push({ id: node.id!, name: node.name!, choice: initial });
                    drawPicked();
                    input.value = "";
                    close();
                    input.focus();
                  },
                },
                node.name!,
                node.city ? ` (${node.city})` : "",
              ),
            ),
          )
        : [h("li", { class: "muted" }, t("noHits"))]),
    );
    results.hidden = false;
    input.setAttribute("aria-expanded", "true");
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !results.hidden) {
      event.stopPropagation();
      close();
    }
  });
  return {
    element: h("div", { class: "pick" }, input, results, chosen),
    value: () =>
      picked.map((item) =>
        field === "institutions" ? { institutionId: item.id, role: item.choice } : { specialtyId: item.id, level: item.choice },
      ),
  };
}

function field(id: string, label: string, control: HTMLElement, options: { required?: boolean; help?: string } = {}): HTMLElement {
  return h(
    "div",
    { class: "field", "data-field": id },
    h("label", { for: id }, label, options.required ? h("span", { class: "required" }, ` (${t("formRequired")})`) : null),
    options.help ? h("p", { class: "help", id: `${id}-help` }, options.help) : null,
    control,
    h("p", { class: "problem", id: `${id}-problem`, "aria-live": "polite" }),
  );
}

function textControl(id: string, spec: { required?: boolean; long?: boolean; type?: string }): HTMLInputElement | HTMLTextAreaElement {
  const attributes = { id, name: id, "aria-describedby": `${id}-problem`, "aria-required": spec.required ? "true" : null };
  return spec.long ? h("textarea", { ...attributes, rows: 4 }) : h("input", { ...attributes, type: spec.type ?? "text" });
}

/** A wait in the page's words: seconds under a minute, minutes above. */
function wait(seconds: number): string {
  return seconds < 60 ? t("waitSeconds", { count: seconds }) : t("waitMinutes", { count: Math.ceil(seconds / 60) });
}

function openForm(): void {
  const dialog = byId<HTMLDialogElement>("initiative");
  const texts = TEXTS.map((spec) => ({ spec, control: textControl(idOf(spec.field), spec) }));
  const submitter = SUBMITTER.map((spec) => ({ spec, control: textControl(idOf(`submitter.${spec.field}`), spec) }));
  const goals = h("textarea", { id: idOf("goals"), rows: 3, "aria-describedby": `${idOf("goals")}-help ${idOf("goals")}-problem` });
  const startYear = h("input", { id: idOf("startYear"), type: "number", inputmode: "numeric", min: 1900, max: 2100, step: 1 });
  const status = h(
    "select",
    { id: idOf("status") },
    ...enumValues("ExperimentStatus").map((value) =>
      h("option", { value, selected: value === "RUNNING" }, enumLabel("ExperimentStatus", value)),
    ),
  );
  const domains = enumValues("CollaborationDomain").map((value) =>
    h("label", { class: "inline" }, h("input", { type: "checkbox", name: "domains", value }), enumLabel("CollaborationDomain", value)),
  );
  const institutions = picker("institutions", "INSTITUTION", "InstitutionRole", "PARTNER");
  const specialties = picker("specialties", "SPECIALTY", "ParticipantLevel", "RESIDENT");
  const summary = h("div", { id: "initiative-summary", role: "alert" });
  const send = h("button", { type: "submit" }, t("formSend"));
  const form = h(
    "form",
    { novalidate: true, id: "initiative-form" },
    h(
      "div",
      { class: "dialog-head" },
      h("h2", { id: "initiative-title" }, t("formHeading")),
      h("button", { type: "button", class: "icon", "aria-label": t("close"), onclick: () => dialog.close() }, "×"),
    ),
    h("p", {}, t("formIntro")),
    summary,
    h(
      "fieldset",
      {},
      h("legend", {}, t("formAbout")),
      ...texts.map(({ spec, control }) => field(control.id, t(spec.word), control, { required: spec.required })),
      field(goals.id, t("formGoals"), goals, { help: t("formGoalsHelp") }),
      h(
        "fieldset",
        { class: "field", id: idOf("domains"), "aria-describedby": `${idOf("domains")}-problem` },
        h("legend", {}, t("domain")),
        ...domains,
        h("p", { class: "problem", id: `${idOf("domains")}-problem` }),
      ),
      h("div", { class: "field-pair" }, field(startYear.id, t("formStartYear"), startYear), field(status.id, t("formStatus"), status)),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, t("formWho")),
      field(idOf("institutions"), t("institutions"), institutions.element, { help: t("formPickHelp") }),
      field(idOf("specialties"), t("specialties"), specialties.element, { help: t("formPickHelp") }),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, t("formSubmitter")),
      h("p", { class: "help" }, t("formSubmitterHelp")),
      ...submitter.map(({ spec, control }) => field(control.id, t(spec.word), control, { required: spec.required })),
    ),
    h("div", { class: "actions" }, send, h("button", { type: "button", class: "secondary", onclick: () => dialog.close() }, t("cancel"))),
  );

  const showProblems = (problems: FieldProblem[]) => {
    for (const element of form.querySelectorAll(".problem")) element.textContent = "";
    for (const element of form.querySelectorAll("[aria-invalid]")) element.removeAttribute("aria-invalid");
    const general: string[] = [];
    for (const problem of problems) {
      const words = PROBLEM_WORDS[problem.code];
      const text = words ? t(words, { limit: problem.limit ?? "" }) : problem.message;
      const slot = form.querySelector<HTMLElement>(`#${idOf(problem.field)}-problem`);
      if (!slot) {
        general.push(`${problem.field}: ${text}`);
        continue;
      }
      slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
      form.querySelector(`#${idOf(problem.field)}`)?.setAttribute("aria-invalid", "true");
    }
    replaceChildren(
      summary,
      h("p", {}, t("formProblems", { count: problems.length })),
      general.length ? h("ul", {}, ...general.map((line) => h("li", {}, line))) : null,
    );
    form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const value = (control: HTMLInputElement | HTMLTextAreaElement) => (control.value.trim() === "" ? undefined : control.value);
    const input: Record<string, unknown> = Object.fromEntries(texts.map(({ spec, control }) => [spec.field, value(control)]));
    const goalLines = goals.value
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (goalLines.length) input.goals = goalLines;
    const checked = domains
      .map((label) => label.querySelector("input")!)
      .filter((box) => box.checked)
      .map((box) => box.value);
    if (checked.length) input.domains = checked;
    if (startYear.value.trim()) input.startYear = Number(startYear.value);
    input.status = status.value;
    input.institutions = institutions.value();
    input.specialties = specialties.value();
    input.submitter = Object.fromEntries(
      submitter.map(({ spec, control }) => [spec.field, value(control) ?? (spec.required ? "" : undefined)]),
    );
    input.title ??= "";
    input.summary ??= "";
    send.disabled = true;
    replaceChildren(summary);
    try {
      const { submitInitiative } = await request<{ submitInitiative: { id: string } }>(SUBMIT_INITIATIVE, { input });
      receipt(dialog, String(input.title), submitInitiative.id);
    } catch (error) {
      if (error instanceof ApiError && error.extensions?.problems?.length) showProblems(error.extensions.problems);
      else if (error instanceof ApiError && error.code === "RATE_LIMITED")
        replaceChildren(summary, h("p", {}, t("formRateLimited", { wait: wait(error.extensions?.retryAfterSeconds ?? 60) })));
      else replaceChildren(summary, h("p", {}, t("failed", { message: error instanceof Error ? error.message : String(error) })));
      if (!summary.contains(document.activeElement)) summary.scrollIntoView({ block: "nearest" });
    } finally {
      send.disabled = false;
    }
  });
  replaceChildren(dialog, form);
  if (!dialog.open) dialog.showModal();
  byId(idOf("title")).focus();
}

function receipt(dialog: HTMLDialogElement, title: string, id: string): void {
  replaceChildren(
    dialog,
    h(
      "div",
      { id: "initiative-receipt", role: "status" },
      h("h2", { id: "initiative-title", tabindex: -1 }, t("receiptHeading")),
      h("p", {}, t("receiptText", { title })),
      h("p", { class: "muted" }, t("receiptReference"), " ", h("code", {}, id)),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", onclick: () => dialog.close() }, t("close")),
        h("button", { type: "button", class: "secondary", onclick: () => openForm() }, t("receiptAnother")),
      ),
    ),
  );
  byId("initiative-title").focus();
}

/** The header's button (and a link ending in `#initiatief-aanmelden`) opens the form. */
export function mountInitiativeForm(): void {
  byId("initiative-open").addEventListener("click", () => openForm());
  if (location.hash === "#initiatief-aanmelden") openForm();
}
