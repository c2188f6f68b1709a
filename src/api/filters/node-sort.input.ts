import { Field, InputType, registerEnumType } from "type-graphql";
import type { EntityClass } from "../../catalogue/catalogue.types";
import { sortableFields } from "../../catalogue/filterable-fields";
import { relationFields, type ManyField } from "../../catalogue/relation-fields";
import { nodeFilterInput } from "./node-filter.input";

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Ascending (A to Z, small to large) or descending.",
  valuesConfig: { ASC: { description: "A to Z, small to large." }, DESC: { description: "Z to A, large to small." } },
});

export enum NullsPlace {
  FIRST = "FIRST",
  LAST = "LAST",
}
registerEnumType(NullsPlace, {
  name: "NullsPlace",
  description: "Where items without a value go.",
  valuesConfig: { FIRST: { description: "Before every value." }, LAST: { description: "After every value." } },
});

const sorts = new Map<string, Function>();

/** `<Type>Sort`: one key of a list's sort, over the type's sortable fields (`<Type>SortField`). */
export function nodeSortInput(typename: string, entity: EntityClass): Function | undefined {
  if (sorts.has(typename)) return sorts.get(typename);
  const fields = sortableFields(entity);
  if (fields.length === 0) return undefined;
  const SortField = Object.fromEntries(fields.map((field) => [field.name, field.name]));
  registerEnumType(SortField, {
    name: `${typename}SortField`,
    description: `A field ${typename} lists can be sorted by.`,
    valuesConfig: Object.fromEntries(fields.map((field) => [field.name, { description: field.description }])),
  });
  const Sort = class {};
  Object.defineProperty(Sort, "name", { value: `${typename}Sort` });
  Field(() => SortField, { nullable: true, description: "The field to sort by (or give `count`)." })(Sort.prototype, "field");
  const lists = relationFields().filter((field): field is ManyField => field.owner === entity && field.kind === "many");
  if (lists.length) {
    const Count = class {};
    Object.defineProperty(Count, "name", { value: `${typename}RelationCount` });
    for (const list of lists) {
      const filter = nodeFilterInput(list.item);
      Field(() => filter, {
        nullable: true,
        description: `The number of ${list.name} (of different nodes, for links) that this filter keeps; \`{}\` counts them all.`,
      })(Count.prototype, list.name);
    }
    InputType(`${typename}RelationCount`, { description: `A relation of ${typename} to count, with a filter on what counts (give one).` })(
      Count,
    );
    Field(() => Count, {
      nullable: true,
      description: "Sort by how many items of a relation each has (top-level lists; instead of `field`).",
    })(Sort.prototype, "count");
  }
  Field(() => SortDirection, { nullable: true, description: "ASC when omitted." })(Sort.prototype, "direction");
  Field(() => NullsPlace, { nullable: true, description: "LAST when omitted." })(Sort.prototype, "nulls");
  InputType(`${typename}Sort`, {
    description: `One key of a sort of ${typename} nodes; later keys order what earlier ones leave equal, and the id breaks the last ties.`,
  })(Sort);
  sorts.set(typename, Sort);
  return Sort;
}
