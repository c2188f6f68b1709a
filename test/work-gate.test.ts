import { createWorkGate } from "../src/features/limits/work-gate";
import { WORK_LIMIT_SETTINGS } from "../src/features/limits/work-limit-settings";
import { readSettings } from "../src/platform/settings";

const DEFAULTS = readSettings(WORK_LIMIT_SETTINGS, {});

describe("the work gate", () => {
  it("runs at most two of the heaviest operations at once; a third waits for room and gets it when one ends", async () => {
    const gate = createWorkGate({ ...DEFAULTS, queueMs: 1_000 });
    const first = await gate.admit(2_000_000);
    const second = await gate.admit(1_500_000);
    let thirdIn = false;
    const third = gate.admit(141_501).then((release) => {
      thirdIn = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(thirdIn).toBe(false);
    expect(gate.state().waiting).toBe(1);
    first();
    (await third)();
    second();
    expect(gate.state()).toEqual({ heavyRunning: 0, lightRunning: 0, waiting: 0 });
  });

  it("counts in full the part of an estimate that lists as long as an argument make: two 5,000-edge networks do not run together", async () => {
    const gate = createWorkGate({ ...DEFAULTS, queueMs: 100 });
    const network = await gate.admit(141_501, 141_501);
    const second = await gate.admit(141_501, 141_501).catch((error) => error);
    expect(second.extensions?.code).toBe("SERVER_BUSY");
    // an estimate as large, made by relation lists at their default length, counts half the room and fits beside a small one
    network();
    await new Promise((resolve) => setImmediate(resolve));
    const lists = [await gate.admit(1_520_201), await gate.admit(1_520_201)];
    expect(gate.state().heavyRunning).toBe(Math.ceil(DEFAULTS.heavyCostAtOnce / 1_000));
    lists.forEach((release) => release());
  });

  it("refuses with SERVER_BUSY (503, Retry-After) after WORK_QUEUE_MS, and gives the room back exactly once", async () => {
    const gate = createWorkGate({ ...DEFAULTS, queueMs: 100 });
    const held = [await gate.admit(DEFAULTS.heavyCostAtOnce), await gate.admit(DEFAULTS.heavyCostAtOnce)];
    const refusal = await gate.admit(DEFAULTS.heavyCost).catch((error) => error);
    expect(refusal.extensions).toMatchObject({ code: "SERVER_BUSY", retryAfterSeconds: 2, http: { status: 503 } });
    expect(refusal.extensions.http.headers.get("retry-after")).toBe("2");
    held[0]!();
    held[0]!();
    held[1]!();
    // the refused wait stays queued in async-mutex and is let in and given back at once when room frees
    await new Promise((resolve) => setImmediate(resolve));
    expect(gate.state().heavyRunning).toBe(0);
  });

  it("light operations never wait behind heavy ones", async () => {
    const gate = createWorkGate({ ...DEFAULTS, queueMs: 100 });
    const heavy = [await gate.admit(2_000_000), await gate.admit(2_000_000)];
    const light = await Promise.all(Array.from({ length: 50 }, () => gate.admit(500)));
    expect(gate.state().lightRunning).toBe(50);
    [...heavy, ...light].forEach((release) => release());
  });

  it("refuses at once when WORK_QUEUE_LENGTH operations are waiting already", async () => {
    const gate = createWorkGate({ ...DEFAULTS, queueMs: 300, queueLength: 2 });
    const held = [await gate.admit(DEFAULTS.heavyCostAtOnce), await gate.admit(DEFAULTS.heavyCostAtOnce)];
    const waiting = [gate.admit(DEFAULTS.heavyCost).catch((error) => error), gate.admit(DEFAULTS.heavyCost).catch((error) => error)];
    const started = Date.now();
    const refusal = await gate.admit(DEFAULTS.heavyCost).catch((error) => error);
    expect(Date.now() - started).toBeLessThan(50);
    expect(refusal.extensions.code).toBe("SERVER_BUSY");
    held.forEach((release) => release());
    for (const outcome of await Promise.all(waiting)) if (typeof outcome === "function") outcome();
  });
});
