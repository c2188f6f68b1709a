import { parse } from "graphql";
import { createDocumentStore } from "../src/server/document-store";

describe("the parsed-document store", () => {
  it("counts a document's source: three documents of one field and a 400 KB comment do not fit in 1 MB", async () => {
    const store = createDocumentStore(1024 * 1024);
    for (const name of ["a", "b", "c"]) await store.set(name, parse(`{ __typename } # ${name} ${"x".repeat(400_000)}`));
    // Apollo's own sizing (JSON.stringify, where loc prints as two numbers) counted each as about 200 bytes
    expect(store.keys()).toEqual(["c"]);
  });
});
