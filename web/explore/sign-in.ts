// Signing in: a pasted bearer token, checked against the API (`viewer`), kept in session storage.
import { ApiError, request } from "./api";
import { byId, h, replaceChildren } from "./dom";
import { enumLabel, t } from "./i18n";
import { VIEWER } from "./operations";
import { readToken, storeToken } from "./sign-in-store";

export function renderViewer(role: string, onChange: () => void): void {
  const signedIn = readToken() !== null;
  replaceChildren(
    byId("viewer"),
    h("span", { id: "viewer-role", "data-role": role }, t("signedInAs", { role: signedIn ? enumLabel("Role", role) : t("anonymous") })),
    signedIn
      ? h(
          "button",
          {
            type: "button",
            class: "secondary",
            onclick: () => {
              storeToken(null);
              onChange();
            },
          },
          t("signOut"),
        )
      : h("button", { type: "button", class: "secondary", id: "sign-in-open", onclick: () => openDialog(onChange) }, t("signIn")),
  );
}

function openDialog(onChange: () => void): void {
  const dialog = byId<HTMLDialogElement>("sign-in");
  const input = h("textarea", {
    id: "token-input",
    rows: 4,
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "token-what token-help",
  });
  const message = h("p", { id: "token-error", role: "alert" });
  const form = h(
    "form",
    { method: "dialog" },
    h("h2", { id: "sign-in-title" }, t("signIn")),
    h("p", { id: "token-what" }, ...withCode(t("tokenWhat"), "{command}", "npm run token -- --role member")),
    h("label", { for: "token-input" }, t("tokenLabel")),
    input,
    h("p", { id: "token-help", class: "muted" }, t("tokenHelp")),
    message,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", value: "confirm" }, t("confirm")),
      h("button", { type: "button", class: "secondary", onclick: () => dialog.close() }, t("cancel")),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const token = input.value.trim().replace(/^Bearer\s+/i, "");
    if (!token) return;
    storeToken(token);
    try {
      await request(VIEWER);
      dialog.close();
      onChange();
    } catch (error) {
      storeToken(null);
      replaceChildren(message, error instanceof ApiError ? t("tokenRejected") : t("failed", { message: String(error) }));
    }
  });
  replaceChildren(dialog, form);
  dialog.showModal();
  input.focus();
}

/** A sentence with a command in it: the command as code (it is the same in every language). */
function withCode(sentence: string, slot: string, command: string): Array<string | HTMLElement> {
  const [before, after = ""] = sentence.split(slot);
  return [before ?? "", h("code", {}, command), after];
}
