import { RELATION_LIST_DEFAULT, RELATION_LIST_MAX } from "../loaders/list-slice";

/** Options of the `first` argument every relation list field takes. */
export const RELATION_FIRST = {
  defaultValue: RELATION_LIST_DEFAULT,
  description: `At most this many items (0 to ${RELATION_LIST_MAX}; ${RELATION_LIST_DEFAULT} when omitted), in the list's order. For every one of them, page through the top-level connection with a filter (e.g. \`experiments(institutionId:)\`).`,
};
