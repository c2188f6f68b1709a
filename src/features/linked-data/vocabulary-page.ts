import escapeHtml from "escape-html";
import { SOURCES } from "../../model/provenance/sources";
import { contextUrl, sourceIri, vocabularyNamespace } from "./iri";
import { PREFIXES } from "./vocabulary";
import type { Description, VocabularyEntry, VocabularyTerms } from "./vocabulary-terms";

export type PageLanguage = "nl" | "en";
export const PAGE_LANGUAGES: readonly PageLanguage[] = ["nl", "en"];

/** The page's own words, in both languages. */
const WORDS = {
  nl: {
    title: "IPO Graph-vocabulaire",
    intro:
      "De klassen en termen waarmee IPO Graph zijn knopen en verbindingen als linked data beschrijft: wat ze betekenen, en op welke openbare termen (schema.org, W3C ORG, PROV) ze aansluiten. Termen zonder openbare tegenhanger horen bij onze eigen namespace.",
    namespace: "Namespace",
    context: "JSON-LD-context",
    formats: "Ook als",
    otherLanguage: "English",
    prefixes: "Voorvoegsels",
    prefix: "Voorvoegsel",
    classes: "Klassen",
    class: "Klasse",
    alsoIs: "Is ook",
    meaning: "Betekenis",
    otherMeaning: "In het Engels",
    properties: "Termen",
    term: "Term",
    address: "Adres (IRI)",
    value: "Waarde",
    link: "adres",
    literal: "tekst of getal",
    usedBy: "Gebruikt door",
    scoped: "Binnen verbindingen",
    scopedIntro:
      "In een verbinding die een `org:Membership` is, heten de twee kanten en de functie naar W3C ORG. De term geldt alleen binnen die klasse.",
    field: "Veld",
    publicTerm: "Openbare term",
    sources: "Bronteksten",
    sourcesIntro: "De teksten waaruit de gegevens komen (`prov:wasDerivedFrom` wijst ernaar).",
    source: "Bron",
    sourceTitle: "Titel",
    publisher: "Uitgever",
    own: "eigen term",
  },
  en: {
    title: "IPO Graph vocabulary",
    intro:
      "The classes and terms IPO Graph describes its nodes and edges with as linked data: what they mean, and which public terms (schema.org, W3C ORG, PROV) they map to. Terms without a public counterpart belong to our own namespace.",
    namespace: "Namespace",
    context: "JSON-LD context",
    formats: "Also as",
    otherLanguage: "Nederlands",
    prefixes: "Prefixes",
    prefix: "Prefix",
    classes: "Classes",
    class: "Class",
    alsoIs: "Also is",
    meaning: "Meaning",
    otherMeaning: "In Dutch",
    properties: "Terms",
    term: "Term",
    address: "Address (IRI)",
    value: "Value",
    link: "address",
    literal: "text or number",
    usedBy: "Used by",
    scoped: "Within edges",
    scopedIntro:
      "In an edge that is an `org:Membership`, its two ends and the position are named after W3C ORG. The term holds within that class only.",
    field: "Field",
    publicTerm: "Public term",
    sources: "Source texts",
    sourcesIntro: "The texts the data comes from (`prov:wasDerivedFrom` points at them).",
    source: "Source",
    sourceTitle: "Title",
    publisher: "Publisher",
    own: "our term",
  },
} as const;

/** Text with `code` spans, escaped. */
function text(value: string): string {
  return escapeHtml(value).replace(/`([^`]+)`/g, "<code>$1</code>");
}

function english(descriptions: Description[]): string {
  return descriptions
    .map((description) =>
      description.classes.length
        ? `<p><b>${escapeHtml(description.classes.join(", "))}</b>: ${text(description.text)}</p>`
        : `<p>${text(description.text)}</p>`,
    )
    .join("");
}

/** The description in the page's language first, the other one after it. */
function meaning(entry: VocabularyEntry, language: PageLanguage): string {
  const dutch = `<p lang="nl">${text(entry.nl ?? "")}</p>`;
  const inEnglish = `<div lang="en">${english(entry.en)}</div>`;
  return language === "nl"
    ? `${dutch}<details><summary>${WORDS.nl.otherMeaning}</summary>${inEnglish}</details>`
    : `${inEnglish}<details><summary>${WORDS.en.otherMeaning}</summary>${dutch}</details>`;
}

/**
 * The vocabulary as a page for people, in Dutch or English: every class and term with its address, its public
 * mapping and its meaning in both languages, the terms within edges, and the source texts. Nothing from a
 * request is in it but the base URL.
 */
export function vocabularyPage(baseUrl: string, terms: VocabularyTerms, language: PageLanguage): string {
  const words = WORDS[language];
  const other: PageLanguage = language === "nl" ? "en" : "nl";
  const vocab = vocabularyNamespace(baseUrl);
  const page = `${baseUrl}/ns/vocab`;
  const classRows = terms.classes
    .map(
      (entry) => `<tr id="${escapeHtml(entry.name)}"><th scope="row"><code>ipo:${escapeHtml(entry.name)}</code></th>
<td>${entry.maps.map((name) => `<code>${escapeHtml(name)}</code>`).join(", ")}</td>
<td>${meaning(entry, language)}</td></tr>`,
    )
    .join("\n");
  const propertyRows = terms.properties
    .map(
      (entry) => `<tr id="${escapeHtml(entry.name)}"><th scope="row"><code>${escapeHtml(entry.name)}</code></th>
<td>${entry.maps.length ? `<code>${escapeHtml(entry.maps[0]!)}</code>` : `<code>ipo:${escapeHtml(entry.name)}</code> <small>(${words.own})</small>`}</td>
<td>${entry.link ? words.link : words.literal}</td>
<td>${escapeHtml(entry.usedBy.join(", "))}</td>
<td>${meaning(entry, language)}</td></tr>`,
    )
    .join("\n");
  const scopedRows = terms.scoped
    .map(
      (entry) =>
        `<tr><td><a href="#${escapeHtml(entry.type)}"><code>ipo:${escapeHtml(entry.type)}</code></a></td><td><code>${escapeHtml(entry.name)}</code></td><td><code>${escapeHtml(entry.maps)}</code></td></tr>`,
    )
    .join("\n");
  const sourceRows = Object.entries(SOURCES)
    .map(
      ([key, source]) =>
        `<tr id="${escapeHtml(key)}"><th scope="row"><code>${escapeHtml(sourceIri(baseUrl, key))}</code></th><td>${escapeHtml(source.title)}</td><td>${escapeHtml(source.publisher)}</td></tr>`,
    )
    .join("\n");
  const prefixRows = Object.entries({ ...PREFIXES, ipo: vocab })
    .map(([prefix, iri]) => `<tr><th scope="row"><code>${prefix}:</code></th><td><code>${escapeHtml(iri)}</code></td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.title}</title>
<link rel="alternate" type="application/ld+json" href="${escapeHtml(page)}?format=jsonld">
<link rel="alternate" type="text/turtle" href="${escapeHtml(page)}?format=turtle">
<link rel="alternate" hreflang="${other}" href="${escapeHtml(page)}?lang=${other}">
<style>
body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #ddd}
thead th{background:#f3f3f3;position:sticky;top:0}td p{margin:0 0 .3rem}code{font-size:.92em;overflow-wrap:anywhere}details{color:#444;font-size:.92em}
summary{cursor:pointer}nav a{margin-right:1rem}.wide{overflow-x:auto}
</style>
</head>
<body>
<header>
<nav aria-label="${words.formats}"><a href="?lang=${other}" hreflang="${other}" lang="${other}">${words.otherLanguage}</a><a href="?format=jsonld">JSON-LD</a><a href="?format=turtle">Turtle</a></nav>
<h1>${words.title}</h1>
<p>${text(words.intro)}</p>
<dl><dt>${words.namespace}</dt><dd><code>${escapeHtml(vocab)}</code></dd><dt>${words.context}</dt><dd><a href="${escapeHtml(contextUrl(baseUrl))}?format=jsonld"><code>${escapeHtml(contextUrl(baseUrl))}</code></a></dd></dl>
</header>
<main>
<h2>${words.prefixes}</h2>
<table><thead><tr><th scope="col">${words.prefix}</th><th scope="col">IRI</th></tr></thead><tbody>
${prefixRows}
</tbody></table>
<h2 id="classes">${words.classes} (${terms.classes.length})</h2>
<div class="wide"><table><thead><tr><th scope="col">${words.class}</th><th scope="col">${words.alsoIs}</th><th scope="col">${words.meaning}</th></tr></thead><tbody>
${classRows}
</tbody></table></div>
<h2 id="terms">${words.properties} (${terms.properties.length})</h2>
<div class="wide"><table><thead><tr><th scope="col">${words.term}</th><th scope="col">${words.address}</th><th scope="col">${words.value}</th><th scope="col">${words.usedBy}</th><th scope="col">${words.meaning}</th></tr></thead><tbody>
${propertyRows}
</tbody></table></div>
<h2 id="within-edges">${words.scoped}</h2>
<p>${text(words.scopedIntro)}</p>
<table><thead><tr><th scope="col">${words.class}</th><th scope="col">${words.field}</th><th scope="col">${words.publicTerm}</th></tr></thead><tbody>
${scopedRows}
</tbody></table>
<h2 id="sources">${words.sources}</h2>
<p>${text(words.sourcesIntro)}</p>
<table><thead><tr><th scope="col">${words.source}</th><th scope="col">${words.sourceTitle}</th><th scope="col">${words.publisher}</th></tr></thead><tbody>
${sourceRows}
</tbody></table>
</main>
</body>
</html>
`;
}
