// The editors' review queue: the submitted initiatives, what each would add to the network, publish or reject
// with a reason, and editing of their text with the version check (a conflict shows both versions and lets the
// editor choose). New submissions appear by themselves (`submissionReceived`).
import { ApiError, request } from "./api";
import { byId, h, replaceChildren } from "./dom";
import { currentLanguage, enumLabel, t, type Word } from "./i18n";
import { EDIT_EXPERIMENT, PUBLISH, REJECT, REVIEW_ITEM, REVIEW_QUEUE } from "./operations";
import { watchSubmissions } from "./live-updates";

interface Submitted {
  id: string;
  version: number;
  title: string;
  subtitle: string | null;
  summary: string | null;
  careTheme: string | null;
  patientGroup: string | null;
  goals: string[];
  domains: string[];
  startYear: number | null;
  institutions: Array<{ role: string; institution: { id: string; name: string } }>;
  specialties: Array<{ level: string; specialty: { id: string; name: string } }>;
  submission: {
    submitterName: string;
    submitterEmail: string;
    submitterOrganisation: string | null;
    message: string | null;
    submittedAt: string;
  };
}

/** The text fields an editor can change in the queue. */
const EDITABLE: Array<{ field: "title" | "subtitle" | "summary" | "careTheme" | "patientGroup"; word: Word; long?: boolean }> = [
  { field: "title", word: "formTitle" },
  { field: "subtitle", word: "formSubtitle" },
  { field: "summary", word: "formSummary", long: true },
  { field: "careTheme", word: "formCareTheme", long: true },
  { field: "patientGroup", word: "formPatientGroup", long: true },
];

export interface ReviewActions {
  /** Shows the initiative in the network, next to the nodes it links. */
  show(id: string): void;
}

let stopWatching: (() => void) | null = null;

/** Stops listening for new submissions (the queue was left, or the editor signed out). */
export function leaveReview(): void {
  stopWatching?.();
  stopWatching = null;
}

export async function renderReview(actions: ReviewActions): Promise<void> {
  const container = byId("review");
  // listening starts before the first answer, once, so that nothing submitted meanwhile is missed
  if (!stopWatching)
    stopWatching = watchSubmissions(() => {
      // an editor in the middle of an edit or a rejection keeps what they typed: the new ones are added around it
      const busy = byId("review").querySelector(".edit-message, .reject-box:not([hidden])");
      void (busy ? addArrived(actions) : renderReview(actions)).then(() => (byId("review-status").textContent = t("reviewArrived")));
    });
  container.setAttribute("aria-busy", "true");
  const { submissions } = await request<{ submissions: { totalCount: number; nodes: Submitted[] } }>(REVIEW_QUEUE);
  container.removeAttribute("aria-busy");
  const status = h("p", { id: "review-status", role: "status" });
  const list = h("div", { id: "review-list" }, ...submissions.nodes.map((item) => article(item, actions, status)));
  replaceChildren(
    container,
    h("h2", {}, t("reviewHeading", { count: submissions.totalCount })),
    h("p", { class: "muted" }, t("reviewIntro")),
    status,
    submissions.nodes.length ? list : h("p", { class: "muted" }, t("reviewEmpty")),
  );
  container.dataset.count = String(submissions.nodes.length);
}

/** The submissions that arrived, added to the queue as it stands (none of its items drawn again). */
async function addArrived(actions: ReviewActions): Promise<void> {
  const { submissions } = await request<{ submissions: { totalCount: number; nodes: Submitted[] } }>(REVIEW_QUEUE);
  const list = document.getElementById("review-list");
  if (!list) return renderReview(actions);
  const shown = new Set([...list.querySelectorAll<HTMLElement>(".review-item")].map((element) => element.dataset.id));
  for (const item of submissions.nodes) if (!shown.has(item.id)) list.append(article(item, actions, byId("review-status")));
  const heading = byId("review").querySelector("h2");
  if (heading) heading.textContent = t("reviewHeading", { count: submissions.totalCount });
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(currentLanguage() === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
}

function article(item: Submitted, actions: ReviewActions, status: HTMLElement): HTMLElement {
  const body = h("div", { class: "review-body" });
  const root = h(
    "article",
    { class: "review-item", "data-id": item.id, "aria-labelledby": `review-title-${item.version}-${item.id}` },
    body,
  );
  const draw = (current: Submitted) => {
    const { submission } = current;
    const decided = (text: string) => {
      status.textContent = text;
      root.remove();
    };
    const reason = h("textarea", { rows: 2, "aria-label": t("reviewReason") });
    const rejectBox = h(
      "div",
      { class: "reject-box", hidden: true },
      h("label", {}, t("reviewReason"), reason),
      h(
        "button",
        {
          type: "button",
          class: "secondary",
          onclick: async () => {
            if (!reason.value.trim()) {
              reason.setAttribute("aria-invalid", "true");
              reason.focus();
              return;
            }
            await decide(
              current,
              REJECT,
              { reason: reason.value },
              () => decided(t("reviewRejected", { title: current.title })),
              root,
              status,
              actions,
            );
          },
        },
        t("reviewRejectConfirm"),
      ),
    );
    replaceChildren(
      body,
      h("h3", { id: `review-title-${current.version}-${current.id}` }, current.title),
      current.subtitle ? h("p", { class: "muted" }, current.subtitle) : null,
      h(
        "p",
        { class: "muted" },
        t("reviewFrom", { name: submission.submitterName, when: when(submission.submittedAt) }),
        " ",
        h("a", { href: `mailto:${submission.submitterEmail}` }, submission.submitterEmail),
        submission.submitterOrganisation ? ` · ${submission.submitterOrganisation}` : "",
      ),
      submission.message ? h("blockquote", {}, submission.message) : null,
      current.summary ? h("p", {}, current.summary) : null,
      h("h4", {}, t("reviewAdds")),
      h(
        "ul",
        { class: "review-links" },
        ...current.institutions.map((part) => h("li", {}, part.institution.name, " · ", enumLabel("InstitutionRole", part.role))),
        ...current.specialties.map((part) => h("li", {}, part.specialty.name, " · ", enumLabel("ParticipantLevel", part.level))),
        ...current.domains.map((domain) => h("li", {}, enumLabel("CollaborationDomain", domain))),
        current.institutions.length + current.specialties.length === 0 ? h("li", { class: "muted" }, t("reviewAddsNothing")) : null,
      ),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", class: "secondary", onclick: () => actions.show(current.id) }, t("reviewShow")),
        h(
          "button",
          {
            type: "button",
            "data-action": "publish",
            onclick: () =>
              decide(current, PUBLISH, {}, () => decided(t("reviewPublished", { title: current.title })), root, status, actions),
          },
          t("reviewPublish"),
        ),
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            "data-action": "reject",
            onclick: () => {
              rejectBox.hidden = false;
              reason.focus();
            },
          },
          t("reviewReject"),
        ),
        h(
          "button",
          { type: "button", class: "secondary", "data-action": "edit", onclick: () => edit(current, body, draw, status) },
          t("reviewEdit"),
        ),
      ),
      rejectBox,
    );
  };
  draw(item);
  return root;
}

/** Publishes or rejects at the version shown; a version changed meanwhile is shown again, not decided. */
async function decide(
  item: Submitted,
  mutation: string,
  extra: Record<string, unknown>,
  done: () => void,
  root: HTMLElement,
  status: HTMLElement,
  actions: ReviewActions,
): Promise<void> {
  try {
    await request(mutation, { id: item.id, version: item.version, ...extra });
    done();
  } catch (error) {
    if (error instanceof ApiError && error.code === "CONFLICT") {
      status.textContent = t("reviewChangedMeanwhile", { title: item.title });
      const fresh = await fetchItem(item.id);
      if (fresh) root.replaceWith(article(fresh, actions, status));
      return;
    }
    status.textContent = t("failed", { message: error instanceof Error ? error.message : String(error) });
  }
}

async function fetchItem(id: string): Promise<Submitted | null> {
  const { node } = await request<{ node: Submitted | null }>(REVIEW_ITEM, { id });
  return node && "version" in node ? node : null;
}

/** Edits the text fields at the version read; on a conflict, both versions side by side, the editor choosing per field. */
function edit(item: Submitted, body: HTMLElement, draw: (item: Submitted) => void, status: HTMLElement): void {
  const controls = EDITABLE.map((spec) => {
    const id = `edit-${spec.field}-${item.id}`;
    const control = spec.long ? h("textarea", { id, rows: 4 }) : h("input", { id, type: "text" });
    control.value = item[spec.field] ?? "";
    return { spec, control, field: h("div", { class: "field" }, h("label", { for: id }, t(spec.word)), control) };
  });
  const message = h("div", { class: "edit-message", role: "alert" });
  const save = async (base: Submitted, values: Record<string, string | null>) => {
    const input = Object.fromEntries(
      EDITABLE.filter(({ field }) => values[field] !== (base[field] ?? null)).map(({ field }) => [field, values[field]]),
    );
    if (Object.keys(input).length === 0) return draw(base);
    try {
      await request(EDIT_EXPERIMENT, { id: base.id, version: base.version, input });
      const fresh = await fetchItem(base.id);
      status.textContent = t("reviewSaved", { title: String(values.title ?? base.title) });
      if (fresh) draw(fresh);
    } catch (error) {
      if (error instanceof ApiError && error.code === "CONFLICT") {
        const theirs = await fetchItem(base.id);
        if (theirs) return conflict(values, item, theirs);
      }
      const problems = error instanceof ApiError ? error.extensions?.problems : undefined;
      replaceChildren(
        message,
        problems?.length
          ? h("ul", {}, ...problems.map((problem) => h("li", {}, `${problem.field}: ${problem.message}`)))
          : t("failed", { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  /** Yours and theirs for every field both changed differently; the rest is kept as it is now, plus your other changes. */
  const conflict = (mine: Record<string, string | null>, read: Submitted, theirs: Submitted) => {
    // a field both changed, to different texts: the rest merges by itself (mine where I changed it, theirs elsewhere)
    const differing = EDITABLE.filter(({ field }) => {
      const [was, mineNow, theirsNow] = [read[field] ?? null, mine[field] ?? null, theirs[field] ?? null];
      return mineNow !== was && theirsNow !== was && mineNow !== theirsNow;
    });
    const choices = differing.map(({ field, word }) =>
      h(
        "fieldset",
        { class: "conflict-field", "data-field": field },
        h("legend", {}, t(word)),
        h(
          "label",
          { class: "choice" },
          h("input", { type: "radio", name: `choose-${field}`, value: "mine", checked: true }),
          h("span", { class: "who" }, t("conflictMine")),
          h("span", { class: "text" }, mine[field] ?? ""),
        ),
        h(
          "label",
          { class: "choice" },
          h("input", { type: "radio", name: `choose-${field}`, value: "theirs" }),
          h("span", { class: "who" }, t("conflictTheirs")),
          h("span", { class: "text" }, theirs[field] ?? ""),
        ),
      ),
    );
    replaceChildren(
      body,
      h("h3", {}, t("conflictHeading")),
      h("p", { role: "alert" }, t("conflictText", { version: theirs.version })),
      ...choices,
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          {
            type: "button",
            onclick: () => {
              const chosen: Record<string, string | null> = Object.fromEntries(EDITABLE.map(({ field }) => [field, theirs[field] ?? null]));
              for (const { field } of EDITABLE) if ((mine[field] ?? null) !== (read[field] ?? null)) chosen[field] = mine[field] ?? null;
              for (const fieldset of choices) {
                const field = fieldset.dataset.field as keyof Submitted;
                const pick = fieldset.querySelector<HTMLInputElement>("input:checked")?.value;
                chosen[field] = pick === "theirs" ? ((theirs[field] as string | null) ?? null) : (mine[field] ?? null);
              }
              void save(theirs, chosen);
            },
          },
          t("conflictSave"),
        ),
        h("button", { type: "button", class: "secondary", onclick: () => draw(theirs) }, t("conflictDiscard")),
      ),
    );
    body.querySelector<HTMLElement>("input")?.focus();
  };
  replaceChildren(
    body,
    h("h3", {}, t("reviewEditing", { title: item.title })),
    ...controls.map(({ field }) => field),
    message,
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        {
          type: "button",
          "data-action": "save",
          onclick: () =>
            void save(
              item,
              Object.fromEntries(controls.map(({ spec, control }) => [spec.field, control.value.trim() === "" ? null : control.value])),
            ),
        },
        t("reviewSave"),
      ),
      h("button", { type: "button", class: "secondary", onclick: () => draw(item) }, t("cancel")),
    ),
  );
  controls[0]?.control.focus();
}
