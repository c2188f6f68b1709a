import { GraphQLFloat } from "graphql";
import { Field, ID, InputType, Int, getMetadataStorage } from "type-graphql";
import type { EntityClass } from "../../catalogue/catalogue.types";
import { type FilterKind, type FilterableField, filterableFields } from "../../catalogue/filterable-fields";
import { nodeTypeOf } from "../../catalogue/node-types";
import { relationFields } from "../../catalogue/relation-fields";
import { FILTER_BOUNDS, FILTER_OPERATORS } from "../../sql/node-filter";

const OPERATOR_DESCRIPTIONS: Record<string, string> = {
  eq: "Equal to this value.",
  in: `Equal to one of these values (at most ${FILTER_BOUNDS.maxListValues}).`,
  notIn: `Set, and equal to none of these values (at most ${FILTER_BOUNDS.maxListValues}).`,
  gt: "Greater than this value.",
  gte: "This value or greater.",
  lt: "Less than this value.",
  lte: "This value or less.",
  contains: `Contains this text, ignoring case and accents (at most ${FILTER_BOUNDS.maxTextLength} characters).`,
  startsWith: `Starts with this text, ignoring case and accents (at most ${FILTER_BOUNDS.maxTextLength} characters).`,
  isNull: "true: has no value; false: has one.",
  hasAny: `Holds at least one of these values (at most ${FILTER_BOUNDS.maxListValues}).`,
  hasAll: `Holds every one of these values (at most ${FILTER_BOUNDS.maxListValues}).`,
  isEmpty: "true: holds no value; false: holds at least one.",
};

const LIST_OPERATORS = new Set(["in", "notIn", "hasAny", "hasAll"]);
const BOOLEAN_OPERATORS = new Set(["isNull", "isEmpty"]);

/** An input class made at run time: TypeGraphQL reads the same decorators as on a written class. */
function inputClass(
  name: string,
  description: string,
  fields: Array<{ name: string; type: () => unknown; description: string }>,
): Function {
  const Input = class {};
  Object.defineProperty(Input, "name", { value: name });
  for (const field of fields) Field(field.type as never, { nullable: true, description: field.description })(Input.prototype, field.name);
  InputType(name, { description })(Input);
  return Input;
}

const enumName = (enumObject: unknown) => getMetadataStorage().enums.find((registered) => registered.enumObj === enumObject)?.name;

/** The GraphQL type of one operand, and the name of the field filter made for it. */
function operand(field: FilterableField): { name: string; type: () => unknown; what: string } {
  const value = field.valueType();
  switch (field.kind) {
    case "text":
      return { name: "StringFilter", type: () => String, what: "text" };
    case "date":
      return { name: "DateFilter", type: () => String, what: "a date (`YYYY-MM-DD`)" };
    case "boolean":
      return { name: "BooleanFilter", type: () => Boolean, what: "true or false" };
    case "number":
      return value === GraphQLFloat
        ? { name: "FloatFilter", type: () => GraphQLFloat, what: "a number" }
        : { name: "IntFilter", type: () => Int, what: "a whole number" };
    case "enum":
      return { name: `${enumName(value)}Filter`, type: () => value, what: `a ${enumName(value)}` };
    case "enumList":
      return { name: `${enumName(value)}ListFilter`, type: () => value, what: `a list of ${enumName(value)}` };
  }
}

const fieldFilters = new Map<string, Function>();

/** `StringFilter`, `IntFilter`, `ExperimentKindFilter`, ...: the operators for one kind of value, made once per name. */
function fieldFilter(field: FilterableField): Function {
  const { name, type, what } = operand(field);
  let made = fieldFilters.get(name);
  if (!made) {
    const operators: readonly string[] = FILTER_OPERATORS[field.kind as FilterKind];
    made = inputClass(
      name,
      `Conditions on ${what}; every one given must hold. A field without a value matches none of them but \`isNull: true\`.`,
      operators.map((operator) => ({
        name: operator,
        type: BOOLEAN_OPERATORS.has(operator) ? () => Boolean : LIST_OPERATORS.has(operator) ? () => [type()] : type,
        description: OPERATOR_DESCRIPTIONS[operator]!,
      })),
    );
    fieldFilters.set(name, made);
  }
  return made;
}

const nodeFilters = new Map<EntityClass, Function>();
const relationFilters = new Map<EntityClass, Function>();

const IDFilter = inputClass(
  "IDFilter",
  "Conditions on a node's id; every one given must hold.",
  FILTER_OPERATORS.id.map((operator) => ({
    name: operator,
    type: LIST_OPERATORS.has(operator) ? () => [ID] : () => ID,
    description: OPERATOR_DESCRIPTIONS[operator]!,
  })),
);

const countFilter = fieldFilter({ name: "count", column: "", kind: "number", valueType: () => Int, description: "" });

/** `<Item>ListRelationFilter`: `some`, `every` or `none` of the related items match a `<Item>Filter`. */
function relationFilterInput(item: EntityClass): Function {
  let made = relationFilters.get(item);
  if (made) return made;
  const itemFilter = () => nodeFilters.get(item)!;
  made = inputClass(`${item.name}ListRelationFilter`, `Conditions on a list of ${item.name} items, among those the viewer may see.`, [
    { name: "some", type: itemFilter, description: "At least one item matches (`{}`: there is at least one)." },
    { name: "every", type: itemFilter, description: "Every item matches (true when there are none)." },
    { name: "none", type: itemFilter, description: "No item matches (`{}`: there are none)." },
    {
      name: "count",
      type: () => countFilter,
      description: "How many items there are (for links to other nodes: how many different nodes); isNull is refused.",
    },
  ]);
  relationFilters.set(item, made);
  nodeFilterInput(item);
  return made;
}

/**
 * `<Type>Filter`: a condition per filterable field of the type (catalogue/filterable-fields.ts), its `id` (node
 * types), a nested filter per relation to one row, `some`/`every`/`none` per relation to many
 * (catalogue/relation-fields.ts), and `and`, `or`, `not`. The filters of related types are made with it.
 */
export function nodeFilterInput(entity: EntityClass): Function {
  let made = nodeFilters.get(entity);
  if (made) return made;
  const self: { input?: Function } = {};
  const related = new Map<string, () => Function>();
  const relations = relationFields().filter((field) => field.owner === entity);
  made = inputClass(
    `${entity.name}Filter`,
    `Which ${entity.name} items to keep: every condition given must hold. At most ${FILTER_BOUNDS.maxConditions} conditions, nested at most ${FILTER_BOUNDS.maxDepth} deep (relations count as a level).`,
    [
      ...(nodeTypeOf(entity) ? [{ name: "id", type: () => IDFilter, description: "Its id." }] : []),
      ...filterableFields(entity).map((field) => {
        const filter = fieldFilter(field);
        return { name: field.name, type: () => filter, description: field.description };
      }),
      ...relations.map((field) => ({
        name: field.name,
        type: () => related.get(field.name)!(),
        description:
          field.kind === "one"
            ? `${field.description} Matches when it is set, visible and matches this filter.`
            : `${field.description} Matches by \`some\`, \`every\` or \`none\` of them.`,
      })),
      { name: "and", type: () => [self.input], description: "Every one of these filters holds." },
      { name: "or", type: () => [self.input], description: "At least one of these filters holds." },
      { name: "not", type: () => self.input, description: "This filter does not hold." },
    ],
  );
  self.input = made;
  nodeFilters.set(entity, made);
  // made now, not in a type thunk: TypeGraphQL takes the input types declared before the schema is built
  for (const field of relations) {
    const input = field.kind === "one" ? nodeFilterInput(field.target) : relationFilterInput(field.item);
    related.set(field.name, () => input);
  }
  return made;
}
