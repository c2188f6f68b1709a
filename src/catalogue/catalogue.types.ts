import type { ProblemCode } from "../platform/problem-code";
import type { GraphEdgeKind } from "./graph-edge-kind";

/** An entity class (MikroORM entities have no common base class). */
export type EntityClass = abstract new (...args: any[]) => object;

/** A list field a relation offers at one of its ends: `name` (a list) and `nameConnection` (a Relay connection). */
export interface ListDeclaration {
  name: string;
  description: string;
  /** Enum properties of the listed rows (or of the edges) a list can be filtered by, with the argument's description. */
  filters?: Record<string, string>;
}

/**
 * A foreign key: rows of `child` point at one row of the entity its `key` property references. The child
 * gets the single field (`one`), the referenced entity the list (`many`).
 */
export interface ReferenceDeclaration {
  child: EntityClass;
  /** The child's many-to-one property. */
  key: string;
  /** Description of the child's field (named like `key`). */
  one: string;
  many?: ListDeclaration;
  /** The child is visible only while the row it points at is (null references are no obstacle). */
  dependent?: boolean;
  /** The graph queries walk this relation as an edge of this kind, from the child to the row it points at. */
  graphEdge?: GraphEdgeDeclaration;
}

/** One end of an edge table: the edge's property pointing at it, the edge's field for it, and the list of edges that end gets. */
export interface EdgeEndDeclaration {
  key: string;
  /** Description of the edge's field for this end (named like `key`). */
  one: string;
  /** The list of these edges, seen from this end (so it lists the other end). */
  many: ListDeclaration;
}

/** A many-to-many relation with facts of its own, kept in the table of `edge`. An edge is visible while both its ends are. */
export interface EdgeDeclaration {
  edge: EntityClass;
  /** What mutations call one edge: `Add <label>`. */
  label: string;
  ends: [EdgeEndDeclaration, EdgeEndDeclaration];
  /** The graph queries walk this relation as an edge of this kind, from `graphEdge.from` to the other end. */
  graphEdge?: GraphEdgeDeclaration & { from: string };
}

export interface GraphEdgeDeclaration {
  kind: GraphEdgeKind;
  /** Meaning of the edge, after "Source -> Target: " in the enum's description. */
  description: string;
}

/** How a list of one node type is ordered: columns (by property) in order, each ascending; `nullsLast` where nulls come last. */
export type OrderDeclaration = Array<{ property: string; nullsLast?: boolean; descending?: boolean }>;

/**
 * A filter argument of a type's top-level list. Own columns: `property` (equal; `contains` for a text-array
 * column, `ignoreCase` for text; `absent` makes a Boolean: true for rows where the reference is null).
 * Related rows: `via` an own reference key or an edge entity, the argument is the id at the other end; with
 * `then`, a reference of that other end instead (experiments by region of their institutions); with
 * `property`, a fact of the edge instead of an id. Filters via the same edge hold for the same edge.
 */
export type ListFilterDeclaration =
  | { property: string; description: string; match?: "equal" | "contains" | "ignoreCase" | "absent" }
  | { via: string | EntityClass; then?: string; property?: string; description: string };

/** A type's top-level connection: `name(first, after, ...filters, orderBy)`. */
export interface ListDeclarationOfType {
  name: string;
  description: string;
  filters?: Record<string, ListFilterDeclaration>;
}

/** What a write rule of the catalogue (`rules` of a node type) sees: the input, the values so far, where problems go. */
export interface WriteCheck {
  input: Record<string, unknown>;
  /** The values so far (references as primary keys). */
  values: Record<string, unknown>;
  problems: { add(field: string, code: ProblemCode, message: string, limit?: number): void };
  /** The node being updated; undefined when creating. */
  pk?: number;
}
