import { getMetadataStorage } from "type-graphql";
import { DERIVED_FIELDS } from "../../catalogue/derived-fields";
import { NODE_TYPE_NAMES } from "../../catalogue/node-types";
import { relationFields } from "../../catalogue/relation-fields";
import { viewedEntities } from "../../catalogue/entities";
import type { Tables } from "../../catalogue/tables";
import { PROVENANCE_PROPERTIES } from "../../model/provenance/provenance-columns";
import { vocabularyNamespace } from "./iri";
import { NOT_FACTS } from "./row-facts";
import {
  DOCUMENT_TERMS,
  isPublicLink,
  NODE_CLASSES,
  PREFIXES,
  PUBLIC_TERM_NAMES,
  publicTermOf,
  ROW_CLASSES,
  scopedTermsOf,
} from "./vocabulary";
import { VOCABULARY_NL } from "./vocabulary.nl";

/** A document's facts are its columns less the bookkeeping and the provenance columns (those become `provenance` and PROV terms). */
const NOT_TERMS = new Set([...NOT_FACTS, ...Object.values(PROVENANCE_PROPERTIES)]);

/** A class or a property of the vocabulary, as people read it: its name, its address, its public mapping, what it means. */
export interface VocabularyEntry {
  name: string;
  /** `ipo:<name>` for ours; for a field with a public term, that term's IRI. */
  iri: string;
  /** The public term (`schema:name`, `org:subOrganizationOf`) a field maps to, or the public classes a class also is. */
  maps: string[];
  /** A property whose values are addresses (links to other nodes or edges). */
  link: boolean;
  /** What it means, in English: one text, or one per group of classes where the classes use it differently. */
  en: Description[];
  /** The Dutch description (vocabulary.nl.ts); undefined only when it is missing, which a test refuses. */
  nl: string | undefined;
  /** The classes that use a property. */
  usedBy: string[];
}

/** A description, and the classes it is about (none: all that use the term). */
export interface Description {
  classes: string[];
  text: string;
}

export interface VocabularyTerms {
  classes: VocabularyEntry[];
  properties: VocabularyEntry[];
  /** Within an edge class, the public terms its ends and facts map to. */
  scoped: Array<{ type: string; name: string; maps: string }>;
}

function expand(baseUrl: string, curie: string): string {
  const [prefix, local] = curie.split(":") as [keyof typeof PREFIXES, string];
  return prefix in PREFIXES ? `${PREFIXES[prefix]}${local}` : curie.startsWith("http") ? curie : `${vocabularyNamespace(baseUrl)}${curie}`;
}

/** What a field means on one class: its relation's, its derived field's or its GraphQL field's description. */
function descriptionOn(className: string, name: string): string | undefined {
  const owned = (field: { owner: { name: string }; name: string }) => field.owner.name === className && field.name === name;
  const { fields, fieldResolvers, resolverClasses } = getMetadataStorage();
  const resolvedType = (resolver: Function) =>
    (resolverClasses.find((candidate) => candidate.target === resolver)?.getObjectType?.() as { name?: string } | undefined)?.name;
  return (
    relationFields().find(owned)?.description ??
    DERIVED_FIELDS.find(owned)?.description ??
    fields.find((field) => (field.target as { name?: string }).name === className && field.name === name)?.description ??
    fieldResolvers.find((field) => resolvedType(field.target) === className && field.schemaName === name)?.description ??
    // fields every node has (`slug`, `state`), or that a resolver adds (`email`), described once wherever they are declared
    fields.find((field) => field.name === name && field.description)?.description ??
    fieldResolvers.find((field) => field.schemaName === name && field.description)?.description
  );
}

/** A term's English descriptions: the document's own meaning, else each class's, classes sharing a description grouped. */
function englishOf(name: string, classes: readonly string[]): Description[] {
  if (DOCUMENT_TERMS[name]) return [{ classes: [], text: DOCUMENT_TERMS[name] }];
  const byText = new Map<string, string[]>();
  if (classes.length === 0) {
    const text = descriptionOn("", name);
    return text ? [{ classes: [], text }] : [];
  }
  for (const className of classes) {
    const text = descriptionOn(className, name);
    if (text) byText.set(text, [...(byText.get(text) ?? []), className]);
  }
  return [...byText].map(([text, sharing]) => ({ classes: sharing.length === classes.length ? [] : sharing, text }));
}

/**
 * Every class and every term the documents use, with its mapping and its descriptions in English and Dutch: the
 * vocabulary document (`/ns/vocab` as JSON-LD and Turtle) and its page for people are both made from this.
 */
export function vocabularyTerms(baseUrl: string, tables: Tables): VocabularyTerms {
  const vocab = vocabularyNamespace(baseUrl);
  const nodeTypes = new Set<string>(NODE_TYPE_NAMES);
  const objectTypes = getMetadataStorage().objectTypes;
  const classNames = [...NODE_TYPE_NAMES, ...viewedEntities.map((entity) => entity.name).filter((name) => !nodeTypes.has(name))];
  const classes = classNames.map((name) => {
    const entity = viewedEntities.find((candidate) => candidate.name === name)!;
    return {
      name,
      iri: `${vocab}${name}`,
      maps: [...((NODE_CLASSES as Record<string, readonly string[]>)[name] ?? ROW_CLASSES[name] ?? [])],
      link: false,
      en: [{ classes: [], text: objectTypes.find((type) => type.target === entity)?.description ?? "" }],
      nl: VOCABULARY_NL[name],
      usedBy: [],
    };
  });
  const usedBy = new Map<string, Set<string>>();
  const use = (name: string, by: string) => usedBy.set(name, (usedBy.get(name) ?? new Set()).add(by));
  for (const entity of viewedEntities)
    for (const column of tables.of(entity).columns)
      if (column.alias === column.property && !NOT_TERMS.has(column.property)) use(column.property, entity.name);
  for (const field of relationFields()) use(field.name, field.owner.name);
  for (const field of DERIVED_FIELDS) use(field.name, field.owner.name);
  for (const name of [...Object.keys(DOCUMENT_TERMS), ...PUBLIC_TERM_NAMES]) if (!usedBy.has(name)) usedBy.set(name, new Set());
  const links = new Set(relationFields().map((field) => field.name));
  const properties = [...usedBy.keys()].sort().map((name) => {
    const term = publicTermOf(name);
    return {
      name,
      iri: term ? expand(baseUrl, term) : `${vocab}${name}`,
      maps: term ? [term] : [],
      link: links.has(name) || isPublicLink(name),
      en: englishOf(name, [...usedBy.get(name)!].sort()),
      nl: VOCABULARY_NL[name],
      usedBy: [...usedBy.get(name)!].sort(),
    };
  });
  const scoped = classNames.flatMap((type) => Object.entries(scopedTermsOf(type)).map(([name, maps]) => ({ type, name, maps })));
  return { classes, properties, scoped };
}
