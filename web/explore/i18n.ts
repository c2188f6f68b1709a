// Words of the explorer in Dutch (the default) and English. Enum values come from the schema (see
// schema-enums.ts), their names from enum-labels.ts.
import { ENUM_LABELS } from "./enum-labels";
import { enumDescription } from "./schema-enums";

export type Language = "nl" | "en";

const WORDS = {
  title: { nl: "IPO-netwerkverkenner", en: "IPO network explorer" },
  subtitle: { nl: "Wie werkt met wie samen in interprofessioneel opleiden", en: "Who works with whom in interprofessional education" },
  skipToGraph: { nl: "Naar de netwerkweergave", en: "Skip to the network" },
  filters: { nl: "Filters", en: "Filters" },
  region: { nl: "Regio (OOR)", en: "Region (OOR)" },
  domain: { nl: "Samenwerkingsdomein", en: "Collaboration domain" },
  kind: { nl: "Soort", en: "Kind" },
  institutionType: { nl: "Type instelling", en: "Institution type" },
  periodFrom: { nl: "Gestart vanaf", en: "Started from" },
  periodTo: { nl: "Gestart tot en met", en: "Started up to" },
  all: { nl: "Alle", en: "All" },
  colourBy: { nl: "Kleur naar", en: "Colour by" },
  colourRegion: { nl: "regio", en: "region" },
  colourType: { nl: "type", en: "type" },
  reset: { nl: "Filters wissen", en: "Clear filters" },
  search: { nl: "Zoeken", en: "Search" },
  searchPlaceholder: { nl: "Instelling, experiment, persoon…", en: "Institution, experiment, person…" },
  noHits: { nl: "Niets gevonden", en: "Nothing found" },
  tabNetwork: { nl: "Netwerk", en: "Network" },
  tabMatrix: { nl: "Transitiematrix", en: "Transition matrix" },
  tabStats: { nl: "Cijfers", en: "Figures" },
  modeCollaboration: { nl: "Samenwerking tussen instellingen", en: "Collaboration between institutions" },
  modeGraph: { nl: "Alles rond een knoop", en: "Everything around a node" },
  backToCollaboration: { nl: "Terug naar samenwerking", en: "Back to collaboration" },
  status: { nl: "{nodes} knopen, {edges} verbindingen", en: "{nodes} nodes, {edges} links" },
  statusCut: { nl: " (niet alles getoond)", en: " (not all shown)" },
  loading: { nl: "Laden…", en: "Loading…" },
  live: { nl: "Live: wijzigingen verschijnen vanzelf", en: "Live: changes appear by themselves" },
  liveUpdated: { nl: "Live bijgewerkt om {time}", en: "Updated live at {time}" },
  failed: { nl: "Dat lukte niet: {message}", en: "That failed: {message}" },
  legend: { nl: "Legenda", en: "Legend" },
  nodeList: { nl: "Knopen in beeld", en: "Nodes in view" },
  nodeListHelp: { nl: "Kies een knoop met de pijltjestoetsen en Enter.", en: "Pick a node with the arrow keys and Enter." },
  details: { nl: "Details", en: "Details" },
  noSelection: {
    nl: "Kies een knoop in het netwerk, in de lijst of via zoeken.",
    en: "Pick a node in the network, in the list or by searching.",
  },
  close: { nl: "Sluiten", en: "Close" },
  partners: { nl: "Werkt samen met", en: "Works with" },
  sharedExperiment: { nl: "1 gedeeld experiment", en: "1 shared experiment" },
  sharedExperiments: { nl: "{count} gedeelde experimenten", en: "{count} shared experiments" },
  experiments: { nl: "Experimenten en initiatieven", en: "Experiments and initiatives" },
  contacts: { nl: "Contactpersonen", en: "Contacts" },
  people: { nl: "Personen", en: "People" },
  institutions: { nl: "Instellingen", en: "Institutions" },
  specialties: { nl: "Specialismen", en: "Specialties" },
  careTransitions: { nl: "Zorgtransities", en: "Care transitions" },
  quotes: { nl: "Citaten", en: "Quotes" },
  codes: { nl: "Codes", en: "Codes" },
  unverified: { nl: "niet geverifieerd", en: "unverified" },
  linkedData: { nl: "Linked data (IRI)", en: "Linked data (IRI)" },
  expand: { nl: "Toon omgeving in het netwerk", en: "Show its surroundings" },
  pathFrom: { nl: "Pad vanaf hier", en: "Path from here" },
  pathTo: { nl: "Pad hierheen", en: "Path to here" },
  pathClear: { nl: "Pad wissen", en: "Clear path" },
  pathPickTarget: { nl: "Kies nu het eindpunt van het pad.", en: "Now pick where the path ends." },
  pathNone: { nl: "Geen pad gevonden (tot 6 stappen).", en: "No path found (up to 6 steps)." },
  pathFound: { nl: "Kortste pad: {length} stappen", en: "Shortest path: {length} steps" },
  export: { nl: "Exporteren", en: "Export" },
  exportPng: { nl: "Afbeelding (PNG)", en: "Image (PNG)" },
  exportGexf: { nl: "Netwerk (GEXF)", en: "Network (GEXF)" },
  share: { nl: "Link kopiëren", en: "Copy link" },
  shared: { nl: "Link gekopieerd", en: "Link copied" },
  signIn: { nl: "Inloggen", en: "Sign in" },
  signOut: { nl: "Uitloggen", en: "Sign out" },
  signedInAs: { nl: "Rol: {role}", en: "Role: {role}" },
  anonymous: { nl: "anoniem", en: "anonymous" },
  tokenLabel: { nl: "Plak je token (bearer)", en: "Paste your (bearer) token" },
  tokenWhat: {
    nl: "Zonder inloggen zie je alles wat openbaar is. Een token is een ondertekende sleutel (een JWT) die zegt welke rol je hebt: lid (ziet ook contactgegevens) of redacteur (beoordeelt aanmeldingen). Je krijgt het van wie IPO Graph beheert; op een eigen installatie maak je er een met {command}.",
    en: "Without signing in you see everything that is public. A token is a signed key (a JWT) that says which role you have: member (also sees contact details) or editor (reviews submissions). You get it from whoever runs IPO Graph; on an installation of your own, make one with {command}.",
  },
  tokenHelp: { nl: "Het token blijft alleen in dit tabblad bewaard.", en: "The token is kept in this tab only." },
  tokenRejected: { nl: "Dit token werd niet geaccepteerd.", en: "This token was not accepted." },
  confirm: { nl: "Inloggen", en: "Sign in" },
  cancel: { nl: "Annuleren", en: "Cancel" },
  matrixCaption: {
    nl: "Zorgtransities (rijen) en specialismen (kolommen): aantal experimenten per combinatie",
    en: "Care transitions (rows) and specialties (columns): experiments per pair",
  },
  matrixEmpty: { nl: "Geen experimenten binnen deze filters.", en: "No experiments within these filters." },
  cellExperiments: { nl: "Experimenten in deze cel", en: "Experiments in this cell" },
  statsExperiments: {
    nl: "{count} experimenten en initiatieven binnen de filters",
    en: "{count} experiments and initiatives within the filters",
  },
  byKind: { nl: "Naar soort", en: "By kind" },
  byDomain: { nl: "Naar domein", en: "By domain" },
  byRegion: { nl: "Naar regio", en: "By region" },
  bySpecialty: { nl: "Naar specialisme (top 10)", en: "By specialty (top 10)" },
  byInstitutionType: { nl: "Instellingen naar type (deelnemend / totaal)", en: "Institutions by type (taking part / all)" },
  gaps: { nl: "Witte vlekken", en: "Coverage gaps" },
  regionsWithout: { nl: "Regio's zonder experimenten", en: "Regions without experiments" },
  domainsWithout: { nl: "Domeinen zonder experimenten", en: "Domains without experiments" },
  gapPairs: { nl: "Regio en domein zonder experiment", en: "Region and domain without an experiment" },
  noGaps: { nl: "Geen", en: "None" },
  gapsWithin: {
    nl: "Binnen de filters ({filters}): wat buiten de filters valt, telt niet als witte vlek.",
    en: "Within the filters ({filters}): what the filters leave out does not count as a gap.",
  },
  gapsWhole: { nl: "In het hele netwerk, zonder filters.", en: "In the whole network, without filters." },
  language: { nl: "English", en: "Nederlands" },
  languageLabel: { nl: "Switch to English", en: "Schakel naar Nederlands" },
  typeInstitution: { nl: "Instelling", en: "Institution" },
  typeExperiment: { nl: "Experiment", en: "Experiment" },
  typePerson: { nl: "Persoon", en: "Person" },
  typeSpecialty: { nl: "Specialisme", en: "Specialty" },
  typeCareTransition: { nl: "Zorgtransitie", en: "Care transition" },
  typeRegion: { nl: "Regio", en: "Region" },
  typeProgramme: { nl: "Programma", en: "Programme" },
  typeQuote: { nl: "Citaat", en: "Quote" },
  noRegion: { nl: "zonder regio", en: "no region" },
  tabReview: { nl: "Aanmeldingen", en: "Submissions" },
  reviewHeading: { nl: "Aanmeldingen om te beoordelen ({count})", en: "Submissions to review ({count})" },
  reviewIntro: {
    nl: "Aangemelde initiatieven zijn alleen voor de redactie zichtbaar tot je ze publiceert. Nieuwe aanmeldingen verschijnen hier vanzelf.",
    en: "Submitted initiatives are visible to the editors only until you publish them. New submissions appear here by themselves.",
  },
  reviewEmpty: { nl: "Er wachten geen aanmeldingen.", en: "No submissions are waiting." },
  reviewArrived: { nl: "Er is een nieuwe aanmelding binnengekomen.", en: "A new submission has arrived." },
  reviewFrom: { nl: "Aangemeld door {name} op {when}:", en: "Submitted by {name} on {when}:" },
  reviewAdds: { nl: "Wat het aan het netwerk toevoegt", en: "What it adds to the network" },
  reviewAddsNothing: {
    nl: "Geen koppelingen aan bestaande instellingen of specialismen.",
    en: "No links to existing institutions or specialties.",
  },
  reviewShow: { nl: "Toon in het netwerk", en: "Show in the network" },
  reviewPublish: { nl: "Publiceren", en: "Publish" },
  reviewReject: { nl: "Afwijzen", en: "Reject" },
  reviewReason: { nl: "Reden van afwijzing (de indiener ziet die niet)", en: "Reason for rejecting (the submitter does not see it)" },
  reviewRejectConfirm: { nl: "Afwijzen met deze reden", en: "Reject with this reason" },
  reviewPublished: { nl: "“{title}” is gepubliceerd: iedereen ziet het nu.", en: "“{title}” is published: everyone sees it now." },
  reviewRejected: { nl: "“{title}” is afgewezen.", en: "“{title}” is rejected." },
  reviewChangedMeanwhile: {
    nl: "“{title}” is intussen door iemand anders gewijzigd; hieronder de huidige versie. Beslis opnieuw.",
    en: "“{title}” was changed by someone else meanwhile; the current version is below. Decide again.",
  },
  reviewEdit: { nl: "Bewerken", en: "Edit" },
  reviewEditing: { nl: "“{title}” bewerken", en: "Editing “{title}”" },
  reviewSave: { nl: "Opslaan", en: "Save" },
  reviewSaved: { nl: "“{title}” is opgeslagen.", en: "“{title}” is saved." },
  conflictHeading: { nl: "Iemand anders was je voor", en: "Someone else was first" },
  conflictText: {
    nl: "Terwijl je bewerkte, sloeg iemand anders versie {version} op. Kies per veld welke tekst blijft; je andere wijzigingen blijven staan.",
    en: "While you were editing, someone else saved version {version}. Choose per field which text stays; your other changes are kept.",
  },
  conflictMine: { nl: "Jouw tekst", en: "Your text" },
  conflictTheirs: { nl: "Hun tekst (nu opgeslagen)", en: "Their text (saved now)" },
  conflictSave: { nl: "Opslaan met deze keuzes", en: "Save with these choices" },
  conflictDiscard: { nl: "Mijn wijzigingen weggooien", en: "Discard my changes" },
  submitOpen: { nl: "Initiatief aanmelden", en: "Submit an initiative" },
  formHeading: { nl: "Initiatief aanmelden", en: "Submit an initiative" },
  formIntro: {
    nl: "Heb je zelf een mooi initiatief in interprofessioneel opleiden? Meld het hier aan. De redactie bekijkt het en zet het daarna in het netwerk; tot die tijd ziet alleen de redactie het.",
    en: "Do you run an initiative in interprofessional education yourself? Submit it here. The editors review it and then add it to the network; until then only the editors see it.",
  },
  formAbout: { nl: "Over het initiatief", en: "About the initiative" },
  formTitle: { nl: "Titel", en: "Title" },
  formSubtitle: { nl: "Ondertitel", en: "Subtitle" },
  formSummary: { nl: "Samenvatting", en: "Summary" },
  formCareTheme: { nl: "Zorgthema", en: "Care theme" },
  formPatientGroup: { nl: "Patiëntengroep", en: "Patient group" },
  formGoals: { nl: "Doelen", en: "Goals" },
  formGoalsHelp: { nl: "Eén doel per regel.", en: "One goal per line." },
  formStartYear: { nl: "Startjaar", en: "Start year" },
  formStatus: { nl: "Stand van zaken", en: "Status" },
  formWho: { nl: "Wie doen er mee", en: "Who takes part" },
  formPickHelp: { nl: "Typ een naam en kies uit de lijst.", en: "Type a name and pick from the list." },
  formRole: { nl: "Rol", en: "Role" },
  formLevel: { nl: "Wie van dit specialisme", en: "Who of this specialty" },
  formRemove: { nl: "Verwijderen", en: "Remove" },
  formSubmitter: { nl: "Over jou", en: "About you" },
  formSubmitterHelp: {
    nl: "Alleen de redactie ziet je naam en e-mailadres, om je te kunnen bereiken.",
    en: "Only the editors see your name and e-mail address, to be able to reach you.",
  },
  formSubmitterName: { nl: "Je naam", en: "Your name" },
  formSubmitterEmail: { nl: "Je e-mailadres", en: "Your e-mail address" },
  formSubmitterOrganisation: { nl: "Je organisatie", en: "Your organisation" },
  formSubmitterMessage: { nl: "Bericht voor de redactie", en: "Message for the editors" },
  formRequired: { nl: "verplicht", en: "required" },
  formSend: { nl: "Aanmelden", en: "Submit" },
  formProblems: {
    nl: "Het initiatief is nog niet aangemeld: {count} punt(en) hieronder vragen aandacht.",
    en: "The initiative has not been submitted yet: {count} point(s) below need attention.",
  },
  formRateLimited: {
    nl: "Vanaf dit adres zijn net veel initiatieven aangemeld. Probeer het over {wait} opnieuw; wat je hebt ingevuld blijft staan.",
    en: "Many initiatives were submitted from this address just now. Try again in {wait}; what you entered stays here.",
  },
  waitSeconds: { nl: "{count} seconden", en: "{count} seconds" },
  waitMinutes: { nl: "{count} minuten", en: "{count} minutes" },
  problemRequired: { nl: "Vul dit in.", en: "Please fill this in." },
  problemTooLong: { nl: "Dit is te lang: hoogstens {limit} tekens.", en: "This is too long: at most {limit} characters." },
  problemTooMany: { nl: "Dit zijn er te veel: hoogstens {limit}.", en: "Too many: at most {limit}." },
  problemOutOfRange: { nl: "Dit getal kan niet (tot en met {limit}).", en: "This number is out of range (up to {limit})." },
  problemRepeated: { nl: "Hier staat iets twee keer.", en: "Something here is listed twice." },
  problemEmail: { nl: "Vul een e-mailadres in, zoals naam@lumc.nl.", en: "Enter an e-mail address, such as name@lumc.nl." },
  problemText: {
    nl: "Deze tekst bevat tekens die niet kunnen (zoals stuurtekens).",
    en: "This text has characters that are not allowed (such as control characters).",
  },
  problemGone: { nl: "Deze keuze bestaat niet (meer); kies opnieuw.", en: "This choice does not exist (any more); choose again." },
  receiptHeading: { nl: "Dank je wel!", en: "Thank you!" },
  receiptText: {
    nl: "Je initiatief “{title}” is ontvangen. De redactie bekijkt het en zet het daarna in het netwerk; tot die tijd ziet alleen de redactie het.",
    en: "Your initiative “{title}” has been received. The editors review it and then add it to the network; until then only the editors see it.",
  },
  receiptReference: { nl: "Kenmerk:", en: "Reference:" },
  receiptAnother: { nl: "Nog een initiatief aanmelden", en: "Submit another initiative" },
} satisfies Record<string, Record<Language, string>>;

export type Word = keyof typeof WORDS;

let language: Language = "nl";

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next;
}

export function currentLanguage(): Language {
  return language;
}

export function t(word: Word, values: Record<string, string | number> = {}): string {
  return WORDS[word][language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** Every word of the page as [Dutch, English] pairs, enum labels included (the browser tests check that a page shows one language). */
export function allWords(): Array<[string, string]> {
  const pairs: Array<[string, string]> = Object.values(WORDS).map((word) => [word.nl, word.en]);
  for (const labels of Object.values(ENUM_LABELS)) for (const pair of Object.values(labels)) pairs.push([pair[0], pair[1]]);
  return pairs;
}

/** The name of an enum value in the current language (the schema's description is the tooltip). */
export function enumLabel(enumName: string, value: string): string {
  const labels = ENUM_LABELS[enumName]?.[value];
  return labels ? labels[language === "nl" ? 0 : 1] : value;
}

/** An enum value's tooltip: the schema's description, which is English, so only on the English page. */
export function enumTooltip(enumName: string, value: string): string | null {
  return language === "en" ? enumDescription(enumName, value) : null;
}
