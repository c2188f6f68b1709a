import { DEFAULT_PAGE_SIZE } from "../sql/page";

/**
 * Apollo Federation's demand-control directives (`@listSize`, federation v2.9), on every list a client sizes with
 * `first`, so that a router can estimate and bound costs across the supergraph as this subgraph does on its own
 * (features/limits/query-cost.ts). Static sizes only: the committed SDL cannot follow the data's fan-outs.
 */
export const CONNECTION_LIST_SIZE = `@listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)`;

/** A relation list: `first` says how many, and has a default in the schema. */
export const LIST_LIST_SIZE = `@listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)`;

/** A field's own weight in the cost (1 when it has none), as Apollo's `@cost` declares it. */
export const costOf = (weight: number) => `@cost(weight: ${weight})`;

/**
 * What `aggregate` and `groups` weigh: an aggregate reads the items of its list, however few it returns, so it
 * costs what reading a relation list at its default length would (then `groups` its groups, by `first`).
 */
export const AGGREGATE_WEIGHT = 100;

/** `groups`: sized by `first`. */
export const GROUPS_LIST_SIZE = `@listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)`;
