import { GraphQLFloat } from "graphql";
import { Field, InputType, Int, getMetadataStorage } from "type-graphql";
import type { EntityClass } from "../../catalogue/catalogue.types";
import { type FilterKind, type FilterableField, filterableFields } from "../../catalogue/filterable-fields";
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

const nodeFilters = new Map<string, Function>();

/** `<Type>Filter`: a condition per filterable field of the type (catalogue/filterable-fields.ts), and `and`, `or`, `not`. */
export function nodeFilterInput(typename: string, entity: EntityClass): Function {
  let made = nodeFilters.get(typename);
  if (made) return made;
  const self: { input?: Function } = {};
  made = inputClass(
    `${typename}Filter`,
    `Which ${typename} nodes to keep: every condition given must hold. At most ${FILTER_BOUNDS.maxConditions} conditions, nested at most ${FILTER_BOUNDS.maxDepth} deep.`,
    [
      ...filterableFields(entity).map((field) => {
        const filter = fieldFilter(field);
        return { name: field.name, type: () => filter, description: field.description };
      }),
      { name: "and", type: () => [self.input], description: "Every one of these filters holds." },
      { name: "or", type: () => [self.input], description: "At least one of these filters holds." },
      { name: "not", type: () => self.input, description: "This filter does not hold." },
    ],
  );
  self.input = made;
  nodeFilters.set(typename, made);
  return made;
}
