import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../request/context";
import { type Row } from "../../catalogue/table";
import { upperFirst } from "../../platform/names";

/**
 * A resolver class with one field resolver, whose method is named like the field: type-graphql matches a
 * field with its resolver by method name, so generated fields of one type need distinct names. The
 * decorators are applied as TypeScript would apply them (parameters, method, class).
 */
export function fieldResolverClass(
  owner: Function,
  name: string,
  returnType: () => unknown,
  options: { nullable?: boolean; description: string },
  args: Function | undefined,
  resolve: (row: Row, ctx: AppContext, args: Record<string, unknown>) => unknown,
  directives: readonly string[] = [],
) {
  const Generated = class {};
  Object.defineProperty(Generated, "name", { value: `${owner.name}${upperFirst(name)}Resolver` });
  Object.defineProperty(Generated.prototype, name, { value: resolve, writable: true, configurable: true });
  Reflect.defineMetadata("design:paramtypes", [Object, Object, Object], Generated.prototype, name);
  Root()(Generated.prototype, name, 0);
  Ctx()(Generated.prototype, name, 1);
  if (args) Args(() => args)(Generated.prototype, name, 2);
  for (const directive of directives) Directive(directive)(Generated.prototype, name);
  FieldResolver(returnType as never, options)(Generated.prototype, name, Object.getOwnPropertyDescriptor(Generated.prototype, name)!);
  Resolver(() => owner)(Generated);
  return Generated;
}
