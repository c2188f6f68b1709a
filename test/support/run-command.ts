import { execFile } from "node:child_process";

export interface CommandResult {
  code: number;
  /** stdout, then stderr. */
  output: string;
}

/** Runs a program to its end (60 s at most) and answers its exit code and output; never throws. */
export function runCommand(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: options.cwd, env: options.env ?? process.env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}
