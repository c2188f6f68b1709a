import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..");

/** The layers `npm run check` enforces (.dependency-cruiser.cjs), lowest first. */
function enforcedLayers(): string[] {
  const config = readFileSync(path.join(ROOT, ".dependency-cruiser.cjs"), "utf8");
  const list = /const LAYERS = \[([^\]]*)\]/.exec(config)?.[1] ?? "";
  return [...list.matchAll(/"([a-z-]+)"/g)].map((match) => match[1]!);
}

describe("docs/architecture.md describes the layers the rules enforce", () => {
  it("its table names each layer, in the enforced order, and each is a folder of src/", () => {
    const layers = enforcedLayers();
    expect(layers.length).toBe(10);
    const doc = readFileSync(path.join(ROOT, "docs", "architecture.md"), "utf8");
    const documented = [...doc.matchAll(/^\| `([a-z-]+)\/` \|/gm)].map((match) => match[1]!);
    expect(documented).toEqual(layers);
    const folders = readdirSync(path.join(ROOT, "src"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    for (const layer of layers) expect(folders).toContain(layer);
  });
});
