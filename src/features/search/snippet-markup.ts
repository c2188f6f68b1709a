/**
 * Snippets are served as HTML-safe text: the stored text is escaped, and only the highlight becomes
 * markup. PostgreSQL marks the matches with two private-use characters (removed from the text first, so
 * stored text cannot forge them); here the text is escaped and the markers become <mark></mark>.
 */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function snippetMarkup(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (character) => ESCAPES[character]!)
    .replaceAll(MATCH_START, "<mark>")
    .replaceAll(MATCH_END, "</mark>");
}
