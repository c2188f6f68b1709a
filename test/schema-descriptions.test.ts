import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from "graphql";
import { buildAppSchema } from "../src/api/build-schema";

/** Types that come from the federation spec, not from us. */
const BUILT_IN = new Set([
  "_Service",
  "_Any",
  "_Entity",
  "link__Import",
  "link__Purpose",
  "federation__FieldSet",
  "federation__Scope",
  "federation__Policy",
  "FieldSet",
]);

describe("schema documentation", () => {
  it("has a description on every type, field, argument and enum value that Sandbox shows", async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((root) => root?.name));
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || isScalarType(type)) continue;
      if (BUILT_IN.has(type.name)) continue;
      // the root types' own descriptions are not shown in Sandbox; their fields are checked below
      if (!roots.has(type.name) && !type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith("_")) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
