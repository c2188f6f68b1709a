import {
  type FieldNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";

const included = (info: GraphQLResolveInfo, node: SelectionNode) =>
  getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
  getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;

/** The fields a selection set asks for, through fragments, honouring `@skip` and `@include`. */
export function selectedFields(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, into: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(info, selection)) continue;
    if (selection.kind === "Field") into.push(selection);
    else if (selection.kind === "InlineFragment") selectedFields(info, selection.selectionSet, into);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) selectedFields(info, fragment.selectionSet, into);
    }
  }
  return into;
}

const IDENTITY = new Set(["id", "__typename"]);

// one answer per field of a document (and its variables, for `@skip` and `@include`): asked once per item of a list
const identityOnly = new WeakMap<readonly FieldNode[], { variables: unknown; answer: boolean }>();

/** Whether the field being resolved asks its node for nothing but `id` and `__typename`, in every type's fragment. */
export function asksOnlyIdentity(info: GraphQLResolveInfo): boolean {
  const known = identityOnly.get(info.fieldNodes);
  if (known?.variables === info.variableValues) return known.answer;
  const fields: FieldNode[] = [];
  for (const node of info.fieldNodes) selectedFields(info, node.selectionSet, fields);
  const answer = fields.every((field) => IDENTITY.has(field.name.value));
  identityOnly.set(info.fieldNodes, { variables: info.variableValues, answer });
  return answer;
}
