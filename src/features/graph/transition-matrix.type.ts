import { Field, Int, ObjectType } from "type-graphql";
import { CareTransition } from "../../model/entities/care-transition.entity";
import { Experiment } from "../../model/entities/experiment.entity";
import { Specialty } from "../../model/entities/specialty.entity";
import { ReferencedNode } from "../../sql/node-references";

/** The experiments a cell lists at most. */
export const EXPERIMENTS_PER_CELL = 20;

@ObjectType({
  simpleResolvers: true,
  description: "One cell of the transition matrix: a care transition, a specialty, and the experiments where they meet.",
})
export class TransitionMatrixCell {
  @Field(() => Int, { description: "Number of experiments that address this transition and in which this specialty takes part." })
  experimentCount!: number;

  @ReferencedNode("careTransition", () => CareTransition, { description: "The row." })
  careTransitionPk!: number;

  @ReferencedNode("specialty", () => Specialty, { description: "The column." })
  specialtyPk!: number;

  @ReferencedNode("experiments", () => Experiment, {
    many: true,
    description: `The experiments behind the cell (at most ${EXPERIMENTS_PER_CELL}; \`experimentCount\` has the count).`,
  })
  experimentPks!: number[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Care transitions (rows) against the specialties that meet in them (columns); only non-empty cells are listed.",
})
export class TransitionMatrix {
  @Field(() => [TransitionMatrixCell], { description: "The non-empty cells, by transition and then specialty." })
  cells!: TransitionMatrixCell[];

  @ReferencedNode("careTransitions", () => CareTransition, {
    many: true,
    description: "The rows: care transitions with at least one cell.",
  })
  careTransitionPks!: number[];

  @ReferencedNode("specialties", () => Specialty, { many: true, description: "The columns: specialties with at least one cell." })
  specialtyPks!: number[];
}
