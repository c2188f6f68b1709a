/** The name with its first letter in upper case: `experiments` -> `Experiments` (GraphQL type and argument names). */
export const upperFirst = (name: string) => name[0]!.toUpperCase() + name.slice(1);
