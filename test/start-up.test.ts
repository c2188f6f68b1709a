import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startServerProcess } from "./support/server-process";
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from "../src/app/server-process";

describe("npm start", () => {
  it("runs the server as src/app/server-process.ts says every other start does", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as { scripts: Record<string, string> };
    const run = scripts.start!.split("&&").at(-1)!.trim();
    const environment = Object.entries(SERVER_ENVIRONMENT).map(([name, value]) => `${name}=${value}`);
    expect(run).toBe([...environment, "node", ...SERVER_NODE_FLAGS, "dist/src/main.js"].join(" "));
  });
});

describe("starting on a busy port", () => {
  it("stops before anything is created and says to set PORT", async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as net.AddressInfo).port;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "ipo-busy-port-"));
    try {
      // no DATABASE_URL: a start that got further would create an embedded PostgreSQL in dataDir
      const { DATABASE_URL: _ignored, ...env } = process.env;
      const started = startServerProcess({
        ...(env as Record<string, string>),
        DATABASE_URL: "",
        PORT: String(port),
        EMBEDDED_PG_DIR: dataDir,
      });
      const error = await started.then(
        () => undefined,
        (failure: Error) => failure,
      );
      expect(error?.message).toMatch(/exited with 1/);
      expect(error?.message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(error?.message).toMatch(/Set PORT to a free port, e\.g\. `PORT=\d+ npm start`, or PORT=0/);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      taken.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
