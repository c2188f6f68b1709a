import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ValidationRule, validate } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import type { AppContext } from "../request/context";
import { createCostEstimator } from "../features/limits/query-cost";
import type { RelationFanOuts } from "../features/limits/fan-out-watch";
import type { RequestLimits } from "../features/limits/request-limits";
import type { Release, WorkGate } from "../features/limits/work-gate";
import { createHash } from "node:crypto";

function refuse(code: string, message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 }, ...details } });
}

/**
 * graphql-armor's counters (fragments memoised, introspection exempt) run with no limit of their own and
 * hand us the figure, so that the refusal carries our code and the figures in `extensions`.
 */
function measureWithArmor(schema: GraphQLSchema, document: DocumentNode): { depth: number; aliases: number; directives: number } {
  const known = armorFigures.get(document);
  if (known) return known;
  const figures = { depth: 0, aliases: 0, directives: 0 };
  const keep = (name: keyof typeof figures) => [
    (_context: unknown, { n }: { n: number }) => void (figures[name] = Math.max(figures[name], n)),
  ];
  const unlimited = { n: Number.POSITIVE_INFINITY, propagateOnRejection: false };
  const rules = [
    maxDepthRule({ ...unlimited, ignoreIntrospection: true, flattenFragments: true, onAccept: keep("depth") }),
    maxAliasesRule({ ...unlimited, onAccept: keep("aliases") }),
    maxDirectivesRule({ ...unlimited, onAccept: keep("directives") }),
  ] as unknown as ValidationRule[];
  validate(schema, document, rules);
  armorFigures.set(document, figures);
  return figures;
}

// Apollo Server hands the same parsed document to every request with the same text (its document store),
// so what depends on the document alone is measured once per document, and the cost once per document and variables
const armorFigures = new WeakMap<DocumentNode, { depth: number; aliases: number; directives: number }>();
/** An operation's estimated cost, and the part of it that lists bounded by an argument make (see query-cost.ts). */
export interface MeasuredCost {
  cost: number;
  boundedByArguments: number;
}

const costs = new WeakMap<DocumentNode, Map<string, MeasuredCost & { representations: number }>>();
const COSTS_PER_DOCUMENT = 64;

function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  maxQueryNodes: number,
  fanOuts: RelationFanOuts,
): MeasuredCost & { representations: number } {
  // a digest, not the variables: a cache entry never keeps what a client sent; measured again when the fan-outs change.
  // Without variables the key holds only what the document already names, and needs no digest.
  const chosen = `${fanOuts.version()}\u0000${operationName ?? ""}`;
  const key =
    Object.keys(variables).length === 0
      ? chosen
      : createHash("sha256")
          .update(`${chosen}\u0000${JSON.stringify(variables)}`)
          .digest("base64");
  let known = costs.get(document);
  const found = known?.get(key);
  if (found) return found;
  const { estimator, largestRepresentations, boundedByArguments } = createCostEstimator(fanOuts);
  const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [estimator], maxQueryNodes });
  const measured = { cost, representations: largestRepresentations(), boundedByArguments: Math.min(cost, boundedByArguments()) };
  if (!known) costs.set(document, (known = new Map()));
  if (known.size >= COSTS_PER_DOCUMENT) known.clear();
  known.set(key, measured);
  return measured;
}

/** Throws the refusal of an operation past a limit (depth, aliases, directives, cost, representations); HTTP and WebSocket alike. Returns the estimated cost. */
export function assertWithinLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  limits: RequestLimits,
  fanOuts: RelationFanOuts,
): MeasuredCost {
  const { depth, aliases, directives } = measureWithArmor(schema, document);
  if (depth > limits.maxDepth)
    throw refuse("QUERY_TOO_DEEP", `This operation nests ${depth} levels deep; the most is ${limits.maxDepth}.`, {
      depth,
      maximum: limits.maxDepth,
    });
  if (aliases > limits.maxAliases)
    throw refuse("TOO_MANY_ALIASES", `This operation uses ${aliases} aliases; the most is ${limits.maxAliases}.`, {
      aliases,
      maximum: limits.maxAliases,
    });
  if (directives > limits.maxDirectives)
    throw refuse("TOO_MANY_DIRECTIVES", `This operation uses ${directives} directives; the most is ${limits.maxDirectives}.`, {
      directives,
      maximum: limits.maxDirectives,
    });
  let cost: number;
  let representations: number;
  let boundedByArguments: number;
  try {
    ({ cost, representations, boundedByArguments } = measureCost(
      schema,
      document,
      variables,
      operationName,
      4 * limits.maxSelections,
      fanOuts,
    ));
  } catch (error) {
    // variables of the wrong type; the node bound is a safety net behind Apollo's selection limit
    throw refuse("BAD_USER_INPUT", error instanceof Error ? error.message : String(error), {});
  }
  if (representations > limits.maxRepresentations) {
    throw refuse(
      "TOO_MANY_REPRESENTATIONS",
      `This \`_entities\` call names ${representations} representations; the most is ${limits.maxRepresentations}.`,
      { representations, maximum: limits.maxRepresentations },
    );
  }
  if (cost > limits.maxCost) {
    throw refuse(
      "QUERY_TOO_COMPLEX",
      `This operation's estimated cost is ${cost}; the most is ${limits.maxCost}. Ask for fewer items per list (\`first\`; a relation list counts as the most items any parent has in it, at most its \`first\`, which defaults to 100 on relation lists and 20 on pages) or fewer nested lists.`,
      { cost, maximum: limits.maxCost },
    );
  }
  return { cost, boundedByArguments };
}

/**
 * Refuses an operation past its limits before anything runs, then waits for room for its cost in the
 * process's work gate (SERVER_BUSY when there is none in time). Apollo Server has already bounded the tokens
 * (parse) and the selections with fragments spread (validation), so each count here is linear in a small
 * document: the 24-level doubling-fragment document is refused during validation, before this plugin.
 */
export function queryLimitsPlugin(limits: RequestLimits, gate: WorkGate, fanOuts: RelationFanOuts): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ schema }) {
      let release: Release | undefined;
      return {
        async didResolveOperation({ document, request, operationName, contextValue }) {
          const measured = assertWithinLimits(schema, document, request.variables ?? {}, operationName ?? undefined, limits, fanOuts);
          if (contextValue.cost) contextValue.cost.requested = measured.cost;
          // the room is held until the response is made: what the operation resolves stays bounded with everyone else's
          release = await gate.admit(measured.cost, measured.boundedByArguments);
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
