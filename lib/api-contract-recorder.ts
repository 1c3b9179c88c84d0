import "server-only";
import { appendFileSync } from "node:fs";
import { checkAnswer } from "./api-contract";
import { env } from "./env";
import type { RouteSpec } from "./http";

/** One line of the contract log: the route, the status answered, and what did not match its spec. */
export type RecordedAnswer = { route: string; status: number; problems?: string[] };

// Mismatches of this process not yet taken: a test run fails the test that caused them.
const store = globalThis as { __apiContractMismatches?: RecordedAnswer[] };
const mismatches = (store.__apiContractMismatches ??= []);

/** The mismatches recorded in this process since the last call, forgotten once taken. */
export function takeContractMismatches(): RecordedAnswer[] {
  return mismatches.splice(0);
}

/**
 * Checks an answer against its route's declared answers and appends the outcome to the contract log
 * (`API_CONTRACT_LOG`), one JSON line per answer. Only a JSON body is read, from a copy; a stream or
 * a file is checked by its media type.
 */
export async function recordAnswer(spec: RouteSpec<unknown, unknown, unknown>, response: Response): Promise<void> {
  const log = env.apiContractLog;
  if (!log) return;
  const contentType = response.headers.get("content-type");
  let body: unknown;
  if (contentType?.split(";")[0].trim().toLowerCase() === "application/json") {
    body = await response
      .clone()
      .json()
      .catch(() => Symbol.for("not JSON"));
  }
  const problems = checkAnswer(spec, { status: response.status, contentType, body });
  const line: RecordedAnswer = { route: `${spec.method} ${spec.path}`, status: response.status, ...(problems.length ? { problems } : {}) };
  if (problems.length) mismatches.push(line);
  appendFileSync(log, `${JSON.stringify(line)}\n`);
}
