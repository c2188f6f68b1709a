import escapeHtml from "escape-html";
import type { JsonLd } from "./node-document";

/** What a value shows as: links for IRIs (ours clickable), nested lists for embedded rows, text otherwise. */
function show(value: unknown): string {
  if (Array.isArray(value)) return `<ul>${value.map((item) => `<li>${show(item)}</li>`).join("")}</ul>`;
  if (value && typeof value === "object") {
    const object = value as JsonLd;
    if (typeof object["@id"] === "string" && Object.keys(object).length === 1) return link(object["@id"]);
    return `<dl>${Object.entries(object)
      .filter(([key]) => key !== "@type")
      .map(([key, item]) => `<dt>${escapeHtml(key)}</dt><dd>${show(item)}</dd>`)
      .join("")}</dl>`;
  }
  if (typeof value === "string" && /^(https?:|urn:)/.test(value)) return link(value);
  return escapeHtml(String(value));
}

function link(iri: string): string {
  return iri.startsWith("http") ? `<a href="${escapeHtml(iri)}">${escapeHtml(iri)}</a>` : `<code>${escapeHtml(iri)}</code>`;
}

/** A readable page of a node's document: its name, its facts, its links as links, and its other formats. */
export function nodePage(document: JsonLd): string {
  const iri = String(document["@id"]);
  const title = String(document.name ?? document.title ?? document.slug ?? iri);
  const types = ([] as unknown[]).concat(document["@type"] ?? []).map(String);
  const rows = Object.entries(document)
    .filter(([key]) => !key.startsWith("@"))
    .map(([key, value]) => `<tr><th scope="row">${escapeHtml(key)}</th><td>${show(value)}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · IPO Graph</title>
<link rel="alternate" type="application/ld+json" href="${escapeHtml(iri)}?format=jsonld">
<link rel="alternate" type="text/turtle" href="${escapeHtml(iri)}?format=turtle">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}th{text-align:left;vertical-align:top;padding-right:1rem}td,th{border-bottom:1px solid #eee;padding:.3rem}dl{margin:0}dt{font-weight:600}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${types.map((type) => `<code>${escapeHtml(type)}</code>`).join(" ")} · <code>${escapeHtml(iri)}</code> · also as <a href="${escapeHtml(iri)}?format=jsonld">JSON-LD</a> and <a href="${escapeHtml(iri)}?format=turtle">Turtle</a></p>
<table>
${rows}
</table>
</body>
</html>
`;
}
