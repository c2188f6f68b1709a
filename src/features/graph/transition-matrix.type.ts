import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "One cell of the transition matrix: a care transition, a specialty, and the experiments where they meet.",
})
export class TransitionMatrixCell {
  careTransitionPk!: number;
  specialtyPk!: number;
  experimentPks!: number[];

  @Field(() => Int, { description: "Number of experiments that address this transition and in which this specialty takes part." })
  experimentCount!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "Care transitions (rows) against the specialties that meet in them (columns); only non-empty cells are listed.",
})
export class TransitionMatrix {
  careTransitionPks!: number[];
  specialtyPks!: number[];

  @Field(() => [TransitionMatrixCell], { description: "The non-empty cells, by transition and then specialty." })
  cells!: TransitionMatrixCell[];
}
