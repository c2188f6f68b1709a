/**
 * The words with which a seed record's own note (`note`, `sourceNotes`) says that something in it is not stated
 * in its source: a choice, an assumption, derived or general knowledge, probable. A record whose note says so
 * must give the reason in `inferred`, or it would be served as STATED (the seeder refuses it). Descriptions are
 * not read: they quote the sources ("vanuit de geleerde lessen afgeleid" is what a deliverable is, not ours).
 * "Niet genoemd" alone is no inference: a generic specialty where the source names none is what it says.
 */
export const SAYS_INFERRED =
  /\bkeuzes?\b|\baanname\b|\baangenomen\b|\bafgeleid\b|\bverondersteld\b|\balgemene kennis\b|\bwaarschijnlijk\b|\bvermoedelijk\b/i;

/** The note of `record` that says something in it is inferred, when it gives no reason in `inferred`. */
export function unexplainedInference(record: { note?: unknown; sourceNotes?: unknown; inferred?: unknown }): string | null {
  if (typeof record.inferred === "string" && record.inferred.trim() !== "") return null;
  for (const text of [record.note, record.sourceNotes]) if (typeof text === "string" && SAYS_INFERRED.test(text)) return text;
  return null;
}
