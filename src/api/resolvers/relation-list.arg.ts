import { RELATION_LIST_DEFAULT, RELATION_LIST_MAX } from "../../sql/list-slice";

/** Options of the `first` argument every relation list field takes. */
export const RELATION_FIRST = {
  defaultValue: RELATION_LIST_DEFAULT,
  description: `At most this many items (0 to ${RELATION_LIST_MAX}; ${RELATION_LIST_DEFAULT} when omitted), in the list's order. To page through them, ask for the connection of the same name (e.g. \`experimentsConnection\`).`,
};
