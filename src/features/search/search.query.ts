import type { SqlRunner } from "../../sql/sql-runner";
import { rankToCursor, type PageWindow } from "./search-cursor";
import { SearchMatch, type SearchHit } from "./search-hit.type";
import { SEARCH_CONFIG } from "../../model/search-documents";
import { SEARCHABLE_TYPES } from "./searchable-types";
import { MATCH_END, MATCH_START, snippetMarkup } from "./snippet-markup";
import { type NodeTypeName } from "../../catalogue/node-types";
import { type Connection } from "../../sql/page";

/**
 * Spelling-tolerant matching needs a few letters: below this, trigram similarity matches a large part of
 * every name ("de V" matched 23,671 people at scale 100 and took 385 ms).
 */
const MIN_FUZZY_LETTERS = 4;

/**
 * Similar spellings are looked for when full text finds fewer hits than this (the same for every page of a
 * query, so its total stays put): a typo finds its node, and a prefix typed that full text already answers
 * ("pall", 2,000 hits at scale 10) costs no trigram scan (it made search 4.5 times slower).
 */
const FUZZY_BELOW_FULL_TEXT_HITS = 10;

const letterCount = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=25, MinWords=8, MaxFragments=1`;

/** The snippet source with the match markers taken out, so only ts_headline can put them in. */
const unmarked = (text: string) => `translate(${text}, '${MATCH_START}${MATCH_END}', '')`;

/**
 * Words of the query as a prefix tsquery (`zieken:* & haga:*`); only letters and digits survive, and
 * one-letter words are left out (as a prefix they match nearly everything).
 */
export function toPrefixQuery(text: string): string | null {
  const words = text
    .match(/[\p{L}\p{N}]+/gu)
    ?.filter((word) => word.length > 1)
    .slice(0, 12)
    .map((word) => word.slice(0, 60));
  return words && words.length > 0 ? words.map((word) => `${word}:*`).join(" & ") : null;
}

/**
 * One page of search hits in one statement: Dutch full-text hits first (by rank); when they are fewer than
 * FUZZY_BELOW_FULL_TEXT_HITS, then names of a similar spelling that full text did not find (pg_trgm word
 * similarity, the query also compared with its spaces taken out: "haga ziekenhuis" is HagaZiekenhuis), by
 * similarity. Snippets are made for the page only.
 */
export async function searchPage(
  sql: SqlRunner,
  text: string,
  types: ReadonlySet<NodeTypeName>,
  { limit, offset }: PageWindow,
): Promise<Connection<SearchHit>> {
  const documents = SEARCHABLE_TYPES.filter((document) => types.has(document.type));
  const prefixQuery = toPrefixQuery(text);
  if (!prefixQuery || documents.length === 0) return emptyPage(offset);
  const fuzzyDocuments = letterCount(text) >= MIN_FUZZY_LETTERS ? documents.filter((d) => d.fuzzyText) : [];

  const snippets = documents
    .map(
      (d) =>
        `when '${d.type}' then (select case when p.tier = 1 then ts_headline('${SEARCH_CONFIG}', ${unmarked(d.snippetText)}, q.query, '${HEADLINE_OPTIONS}') else left(${unmarked(d.snippetText)}, 200) end from "${d.table}" t where t."pk" = p.pk)`,
    )
    .join(" ");
  const fullText = documents.map(
    (d) =>
      `select '${d.type}' as type, t."pk" as pk, ts_rank(t."search_vector", q.query) as rank from "${d.table}" t, q where t."search_vector" @@ q.query`,
  );
  const fuzzy = fuzzyDocuments.map(
    (d) =>
      `select '${d.type}' as type, t."pk" as pk, 2 as tier, greatest(word_similarity(q.text, ${d.fuzzyText}), word_similarity(q.compact, ${d.fuzzyText})) as rank from "${d.table}" t, q where (q.text <% ${d.fuzzyText} or q.compact <% ${d.fuzzyText}) and not (t."search_vector" @@ q.query) and (select count(*) from full_text) < ${FUZZY_BELOW_FULL_TEXT_HITS}`,
  );
  const rows = await sql.raw(
    `with q as (select to_tsquery('${SEARCH_CONFIG}', ?) as query, ipo_unaccent(lower(?)) as text, replace(ipo_unaccent(lower(?)), ' ', '') as compact),
     full_text as materialized (${fullText.join(" union all ")}),
     hits as (select type, pk, 1 as tier, rank from full_text${fuzzy.map((part) => ` union all ${part}`).join("")}),
     page as (select type, pk, tier, rank, count(*) over () as total from hits order by tier, rank desc, type, pk limit ? offset ?)
     select p.type, p.pk, p.tier, p.rank, p.total, case p.type ${snippets} end as snippet from page p, q
     union all select null, null, null, null, (select count(*) from hits), null where not exists (select 1 from page)`,
    [prefixQuery, text.slice(0, 200), text.slice(0, 200), limit, offset],
  );
  const totalCount = Number(rows[0]?.total ?? 0);
  const hits: SearchHit[] = rows
    .filter((row) => row.pk !== null)
    .map((row) => ({
      type: row.type,
      pk: Number(row.pk),
      rank: Number(row.rank),
      snippet: snippetMarkup(row.snippet ?? ""),
      matchedBy: Number(row.tier) === 1 ? SearchMatch.FULL_TEXT : SearchMatch.FUZZY,
    }));
  const edges = hits.map((node, index) => ({ cursor: rankToCursor(offset + index), node }));
  return {
    edges,
    nodes: hits,
    totalCount,
    pageInfo: {
      hasNextPage: offset + hits.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function emptyPage(offset: number): Connection<SearchHit> {
  return {
    edges: [],
    nodes: [],
    totalCount: 0,
    pageInfo: { hasNextPage: false, hasPreviousPage: offset > 0, startCursor: null, endCursor: null },
  };
}
