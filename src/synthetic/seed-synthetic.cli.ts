// Where ../shared/peer-bench loads its synthetic network from (`dist/src/synthetic/seed-synthetic.cli.js`): the
// command itself is src/app/cli/seed-synthetic.cli.ts.
import "../app/cli/seed-synthetic.cli";
