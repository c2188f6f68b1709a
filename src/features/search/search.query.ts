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
 * One page of search hits in one statement: Dutch full-text first; when that finds nothing, a second
 * statement looks for similar spellings (pg_trgm word similarity). Snippets are made for the page only.
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

  const snippetCase = (highlight: boolean) =>
    `case p.type ${documents
      .map(
        (d) =>
          `when '${d.type}' then (select ${highlight ? `ts_headline('${SEARCH_CONFIG}', ${unmarked(d.snippetText)}, q.query, '${HEADLINE_OPTIONS}')` : `left(${unmarked(d.snippetText)}, 200)`} from "${d.table}" t where t."pk" = p.pk)`,
      )
      .join(" ")} end`;

  const fullText = await sql.raw(
    `with q as (select to_tsquery('${SEARCH_CONFIG}', ?) as query),
     hits as (${documents.map((d) => `select '${d.type}' as type, t."pk" as pk, ts_rank(t."search_vector", q.query) as rank from "${d.table}" t, q where t."search_vector" @@ q.query`).join(" union all ")}),
     page as (select type, pk, rank, count(*) over () as total from hits order by rank desc, type, pk limit ? offset ?)
     select p.type, p.pk, p.rank, p.total, ${snippetCase(true)} as snippet from page p, q
     union all select null, null, null, (select count(*) from hits), null where not exists (select 1 from page)`,
    [prefixQuery, limit, offset],
  );
  let rows = fullText;
  let matchedBy = SearchMatch.FULL_TEXT;
  const fuzzyDocuments = documents.filter((d) => d.fuzzyText);
  if (Number(fullText[0]?.total ?? 0) === 0 && fuzzyDocuments.length > 0 && letterCount(text) >= MIN_FUZZY_LETTERS) {
    matchedBy = SearchMatch.FUZZY;
    rows = await sql.raw(
      `with q as (select ipo_unaccent(lower(?)) as text),
       hits as (${fuzzyDocuments.map((d) => `select '${d.type}' as type, t."pk" as pk, word_similarity(q.text, ${d.fuzzyText}) as rank from "${d.table}" t, q where q.text <% ${d.fuzzyText}`).join(" union all ")}),
       page as (select type, pk, rank, count(*) over () as total from hits order by rank desc, type, pk limit ? offset ?)
       select p.type, p.pk, p.rank, p.total, ${snippetCase(false)} as snippet from page p
       union all select null, null, null, (select count(*) from hits), null where not exists (select 1 from page)`,
      [text.slice(0, 200), limit, offset],
    );
  }
  const totalCount = Number(rows[0]?.total ?? 0);
  const hits: SearchHit[] = rows
    .filter((row) => row.pk !== null)
    .map((row) => ({ type: row.type, pk: Number(row.pk), rank: Number(row.rank), snippet: snippetMarkup(row.snippet ?? ""), matchedBy }));
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
