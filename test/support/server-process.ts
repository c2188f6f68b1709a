import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { SignJWT } from "jose";
import { LOCAL_DEVELOPMENT_SECRET } from "../../src/request/auth-settings";
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from "../../src/app/server-process";

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server printed. */
  output: () => string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

const MAIN = path.resolve(__dirname, "../../dist/src/app/main.js");

/** `node dist/src/app/main.js` as `npm start` runs it, in a process of its own (own process group when `detached`). */
export function startServerProcess(env: Record<string, string>, { detached = false } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, MAIN], {
    env: {
      ...process.env,
      ...SERVER_ENVIRONMENT,
      NODE_ENV: "production",
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      RATE_LIMIT_REQUESTS: "1000000",
      AUTH_JWT_SECRET: LOCAL_DEVELOPMENT_SECRET,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached,
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /IPO Graph ready at (\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, child, output: () => output, exited });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => reject(new Error(`the server exited with ${code} before it was ready:\n${output}`)));
  });
}

export function editorToken(): Promise<string> {
  return new SignJWT({ role: "editor" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("fault-test")
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(LOCAL_DEVELOPMENT_SECRET));
}

export interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> } | undefined;
  /** A network error instead of an HTTP answer (ECONNREFUSED, ECONNRESET, ...). */
  networkError?: string;
}

export async function send(
  url: string,
  query: string,
  variables?: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: Answer["body"];
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { status: 0, retryAfter: null, body: undefined, networkError: cause?.code ?? (error as Error).name };
  }
}

/** One request on a fresh TCP connection (no keep-alive pool): how a new client meets the server. */
export function sendOnNewConnection(url: string, query: string, timeoutMs = 2000): Promise<Answer> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query });
    const request = http.request(
      url,
      {
        method: "POST",
        agent: false,
        timeout: timeoutMs,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), connection: "close" },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => {
          let parsed: Answer["body"];
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: (response.headers["retry-after"] as string | undefined) ?? null,
            body: parsed,
          });
        });
        response.on("error", (error: NodeJS.ErrnoException) =>
          resolve({ status: 0, retryAfter: null, body: undefined, networkError: error.code ?? error.message }),
        );
      },
    );
    request.on("timeout", () => request.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ status: 0, retryAfter: null, body: undefined, networkError: error.code ?? error.message }),
    );
    request.end(body);
  });
}
