import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Sessions, request headers and the page cache are whatever the suite says: see ./property/request-context.ts.
vi.mock("@/lib/auth/index", () => import("./property/request-context"));
vi.mock("next/headers", () => import("./property/request-context"));
vi.mock("next/cache", () => import("./property/request-context"));

// The registry first: it wraps next-safe-action's builder before any action module is loaded.
import {
  callersOf,
  exemptActions,
  exemptRouteModules,
  isRouteHandler,
  methods,
  routeModules,
  routesOf,
  serverActions,
  type Action,
  type Caller,
  type Route,
} from "./property/registry";
import fc from "fast-check";
import { env } from "@/lib/env";
import { errorStatus } from "@/lib/errors";
import { unstorableFields } from "@/lib/input";
import { logger } from "@/lib/logger";
import { closeAllStreams } from "@/lib/realtime/stream";
import { streamHub } from "@/lib/realtime/stream-hub";
import { inputFor, jsonSchemaOf, type IdPool } from "./property/arbitraries";
import { closeBookkeeping, countRowWrites, createUsers, ensureRecords, recordIds, rowWrites, type Users } from "./property/database";
import { signInAs } from "./property/request-context";
import { shardFrom, sweepsOf } from "./property/shard";
import {
  accepts,
  attemptArbitrary,
  catalogue,
  isFieldErrors,
  machineToken,
  passesDoor,
  problemWith,
  send,
  show,
  targetName,
  targetsOf,
  type Attempt,
  type Target,
} from "./property/requests";

/**
 * Hostile input, generated from the route specs and the actions' schemas, sent to every door of the
 * application as every caller it admits: nothing may answer 5xx, every refusal has the one error
 * shape, a refused request (and any read) writes no row, and input its schema refuses is never accepted.
 *
 * Each query and path parameter first gets every value of the hostile catalogue (about 110), then
 * generated requests up to HOSTILE_PER_TARGET per route and target (the body, each query parameter,
 * each path parameter), shared among the callers the route admits; HOSTILE_ACTION_RUNS calls per
 * action and caller. `npm test` sweeps 1,000 per target on PostgreSQL (in parts side by side:
 * HOSTILE_SHARD=k/n, see ./property/shard.ts) and a lighter 100 on the embedded database; the default
 * here is 300. HOSTILE_SEED replays a run (a number), or draws a new one (`random`).
 */
const perTarget = Number(process.env.HOSTILE_PER_TARGET || 300);
const actionRuns = Number(process.env.HOSTILE_ACTION_RUNS || 50);
const seed = process.env.HOSTILE_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.HOSTILE_SEED || 20_261_205);
/**
 * Requests between two clearings of the rate-limit counters (a route with a limit of its own is
 * cleared before each), and at most between two counts of the rows written (see RowWatch).
 */
const rateLimitEvery = 10;

const shard = shardFrom(process.env.HOSTILE_SHARD);

const modules = await routeModules();
const routes = routesOf(modules);
const { actions, exempt: exemptActionsFound } = await serverActions();

/** How many generated requests a route's sweep sends at a target as one caller (its catalogue comes first, when longer). */
function generatedFor(route: Route, target: Target): number {
  const share = Math.ceil(perTarget / callersOf(route.spec.access).length);
  // Junk beside a route's declared input: a tenth of a sweep shows it is ignored or refused.
  return target.kind === "junk-query" ? Math.ceil(share / 10) : share;
}
const sweepSize = (route: Route, target: Target) => Math.max(generatedFor(route, target), catalogue(route, target, () => ({})).length);

const routeKey = (route: Route, caller: Caller) => `${route.method} ${route.spec.path} as ${caller}`;
const actionKey = (action: Action, caller: Caller) => `${action.file}#${action.name} as ${caller}`;
const everyone: Caller[] = ["ANONYMOUS", "CUSTOMER", "SELLER", "SUPPORT", "ADMIN"];

/**
 * The sweeps of this part. A request's cost, measured: a read about 1, a write about 2 (it checks
 * more, and may write), an action's call about 2.5 (its rate-limit counters are cleared before each).
 */
const mine = sweepsOf(shard, [
  ...routes.flatMap((route) =>
    callersOf(route.spec.access).map((caller) => ({
      key: routeKey(route, caller),
      cost: (route.method === "GET" ? 1 : 2) * targetsOf(route.spec).reduce((sum, target) => sum + sweepSize(route, target), 0),
    })),
  ),
  ...actions.flatMap((action) => everyone.map((caller) => ({ key: actionKey(action, caller), cost: 2.5 * actionRuns }))),
]);
/** The checks that are no sweep run in the first part. */
const firstPart = shard.index === 1;

let users: Users;
let pool: Record<string, string[]> = {};
const ids: IdPool = () => pool;

/** What one door answered, summed over its callers and targets. */
type Tally = { sent: number; accepted: number; failed: number; fiveXx: number; ms: number };
const tallies = new Map<string, Tally>();
const started = Date.now();

function tally(door: string): Tally {
  let t = tallies.get(door);
  if (!t) tallies.set(door, (t = { sent: 0, accepted: 0, failed: 0, fiveXx: 0, ms: 0 }));
  return t;
}

/**
 * Failures, each kind kept once with the shortest payload that showed it. Payload and answer are
 * written out only for a failure, not for each of the requests that pass.
 */
class Findings {
  private byProblem = new Map<string, { payload: string; answer: string }>();
  add(problem: string, payload: () => string, answer: () => string) {
    const known = this.byProblem.get(problem);
    const shown = payload();
    if (!known || shown.length < known.payload.length) this.byProblem.set(problem, { payload: shown, answer: answer() });
  }
  report(): string[] {
    return [...this.byProblem].map(([problem, f]) => `${problem}\n      payload: ${f.payload}\n      answer: ${f.answer}`);
  }
}

/** A request as the row watch keeps it until its rows are counted: how it ended, and how a report shows it. */
type Sent = { outcome: "accepted" | "refused"; read: boolean; failed: boolean; payload: () => string; answer: () => string };
type RowProblem = (problem: string, payload: () => string, answer: () => string) => void;

/**
 * Counts the rows the requests write (a trigger counts every business row inserted, changed or
 * deleted): none for a refused request or a read. After an accepted write the records the next
 * requests aim at are made again where it used one up (deleted it, closed it), and looked up again.
 *
 * The count is read before a write whose input passes its door (which may then write), after an
 * accepted write, every `rateLimitEvery` requests and when the sweep ends: the counter only grows,
 * so nothing written between two counts by the requests that may write nothing goes unseen, without
 * a round trip to the database per request. When such requests did write, which one is not known:
 * they are reported together, and from then on each request is counted alone.
 *
 * The rate-limit counters are cleared with the count: before every request when `eachAlone` (a
 * route with a limit of its own, an action), else every `rateLimitEvery`.
 */
class RowWatch {
  private written = 0;
  private calls = 0;
  /** Requests since the last count, none of which may write. */
  private unchecked: Sent[] = [];

  constructor(
    private eachAlone: boolean,
    private readonly problem: RowProblem,
  ) {}

  async start() {
    this.written = await rowWrites({ clearRateLimits: true });
  }

  /** Sends one request; `mayWrite` when it may be accepted as a write, so that the requests before it are counted apart. */
  async around(mayWrite: boolean, run: () => Promise<Sent>): Promise<void> {
    if (mayWrite && this.unchecked.length > 0) await this.check(false);
    const sent = await run();
    const clear = this.eachAlone || ++this.calls % rateLimitEvery === rateLimitEvery - 1;
    if (sent.outcome === "accepted" && !sent.read) {
      // Rows written since the last count are its own (unless it should have been refused, a failure already).
      this.unchecked = [];
      if ((await this.count(clear)) > 0) {
        if (await ensureRecords(users)) await this.count(false);
        pool = await recordIds();
      }
      return;
    }
    this.unchecked.push(sent);
    if (clear) await this.check(true);
  }

  /** Counts what the last requests wrote, when the sweep ends. */
  async finish() {
    if (this.unchecked.length > 0) await this.check(false);
  }

  private async count(clearRateLimits: boolean): Promise<number> {
    const now = await rowWrites({ clearRateLimits });
    const wrote = now - this.written;
    this.written = now;
    return wrote;
  }

  private async check(clearRateLimits: boolean) {
    const wrote = await this.count(clearRateLimits);
    const batch = this.unchecked;
    this.unchecked = [];
    if (wrote === 0) return;
    if (batch.length === 1) {
      const [sent] = batch;
      // A request that failed already is reported once, for that.
      if (!sent.failed) {
        const what = sent.outcome === "refused" ? "refused, yet wrote" : "a read, yet wrote";
        this.problem(`${what} ${wrote} row(s)`, sent.payload, sent.answer);
      }
      return;
    }
    // Which of them wrote is not known: all are shown, and the next requests are counted one by one.
    this.eachAlone = true;
    const each = (show: (sent: Sent) => string) => () => batch.map(show).join("\n      or: ");
    this.problem(
      `refused or a read, yet wrote ${wrote} row(s): one of ${batch.length} requests`,
      each((sent) => sent.payload()),
      each((sent) => sent.answer()),
    );
  }
}

// The doors log what they hide behind a generic 500: its cause goes into the report. Cleared before
// every request, the spy keeps one request's calls at most.
const logged = vi.spyOn(logger, "error");
/** The cause of a request's last logged error, for the report: read as the request ends, written out only for a failure. */
function loggedCause(): () => string {
  const err = (logged.mock.lastCall?.[0] as { err?: unknown } | undefined)?.err;
  return () => (err instanceof Error ? ` (logged: ${err.message.split("\n")[0].slice(0, 200)})` : "");
}

function signIn(caller: Caller) {
  signInAs(caller === "ANONYMOUS" ? null : users[caller]);
}

/** A key a request left on every object's prototype (removed again). */
function polluted(): boolean {
  if (({} as Record<string, unknown>).polluted === undefined) return false;
  delete (Object.prototype as Record<string, unknown>).polluted;
  return true;
}

/** A stable seed per sweep, so that one failing sweep replays alone. */
function seedOf(label: string): number {
  let hash = seed;
  for (const char of label) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

beforeAll(async () => {
  // The inbound mail route is configured, and the sweep sends its secret: garbage reaches its parser.
  (env as { inboundEmailSecret?: string }).inboundEmailSecret = machineToken;
  await countRowWrites();
  users = await createUsers();
  await ensureRecords(users);
  pool = await recordIds();
});

afterAll(async () => {
  closeAllStreams();
  await streamHub().close();
  await closeBookkeeping();
  const sum = (pick: (t: Tally) => number) => [...tallies.values()].reduce((total, t) => total + pick(t), 0);
  const lines = [...tallies].map(
    ([door, t]) =>
      `  ${door.padEnd(62)} ${String(t.sent).padStart(7)} sent ${String(t.accepted).padStart(6)} accepted ` +
      `${String(t.fiveXx).padStart(4)} 5xx ${String(t.failed).padStart(4)} failed ${(t.ms / 1000).toFixed(1).padStart(6)} s`,
  );
  console.log(
    [
      `Hostile input (seed ${seed}; ${perTarget} per route and target, shared by its callers; ${actionRuns} per action and caller` +
        `${shard.count > 1 ? `; part ${shard.index} of ${shard.count}` : ""}):`,
      ...lines,
      `  total: ${sum((t) => t.sent)} requests and calls, ${sum((t) => t.fiveXx)} answered 5xx (or INTERNAL), ` +
        `${sum((t) => t.failed)} failed, in ${Math.round((Date.now() - started) / 1000)} s`,
    ].join("\n"),
  );
});

describe.runIf(firstPart)("the route registry", () => {
  it("finds every route module, and every handler it exports carries its spec", () => {
    expect(modules.length).toBeGreaterThan(20);
    const bare = modules
      .filter((m) => !(m.file in exemptRouteModules))
      .flatMap((m) =>
        methods
          .filter((method) => m.exports[method] !== undefined && !isRouteHandler(m.exports[method]))
          .map((method) => `${method} ${m.file}`),
      );
    expect(bare).toEqual([]);
    for (const file of Object.keys(exemptRouteModules)) expect(modules.map((m) => m.file)).toContain(file);
  });

  it("finds the server actions and the input schema of each", () => {
    expect(actions.length).toBeGreaterThan(20);
    expect(exemptActionsFound.sort()).toEqual(Object.keys(exemptActions).sort());
    // Only an action that takes no input has no schema.
    expect(
      actions
        .filter((a) => !a.schema)
        .map((a) => a.name)
        .sort(),
    ).toEqual(["markAllReadAction", "resendVerificationAction"]);
  });
});

/** A problem is counted and kept with its payload. */
function fail(t: Tally, findings: Findings, problem: string, payload: () => string, answer: () => string) {
  t.failed += 1;
  findings.add(problem, payload, answer);
}

/** Closes one call of a sweep: a polluted prototype is a problem too. Whether it failed. */
function noteProblem(t: Tally, findings: Findings, found: string | null, prefix: string, payload: () => string, answer: () => string) {
  const problem = polluted() ? "left a key on Object.prototype" : found;
  if (problem) fail(t, findings, `${prefix}${problem}`, payload, answer);
  return problem !== null;
}

/** One sweep: `count` hostile requests at one target of a route, as one caller. */
async function sweepRoute(route: Route, caller: Caller, target: Target, count: number, findings: Findings) {
  const door = `${route.method} ${route.spec.path}`;
  const t = tally(door);
  const prefix = `${targetName(target)}: `;
  const read = route.method === "GET";
  const signedIn = caller !== "ANONYMOUS";
  // A route with a rate limit of its own counts every request: each starts with none counted.
  const watch = new RowWatch(route.spec.rateLimit !== undefined, (problem, payload, answer) =>
    fail(t, findings, `${prefix}${problem}`, payload, answer),
  );
  await watch.start();
  const begun = performance.now();
  const property = fc.asyncProperty(attemptArbitrary(route, target, ids), async (attempt) => {
    // Whether a write passes its door tells whether it may write; a read's is asked only when it is accepted.
    const valid = read ? null : passesDoor(route.spec, attempt, signedIn);
    await watch.around(valid === true, async () => {
      signIn(caller);
      logged.mockClear();
      t.sent += 1;
      let problem: string | null = null;
      let answer = () => "";
      let status = 0;
      try {
        const response = await send(route, attempt);
        status = response.status;
        const cause = loggedCause();
        answer = () => `${status} ${show(response.text)}${cause()}`;
        problem = problemWith(response);
        // The handler had a copy of the attempt: it is judged as it was sent.
        if (!problem && status < 400 && !(valid ?? passesDoor(route.spec, attempt, signedIn))) {
          problem = `accepted (${status}) input its schemas refuse`;
        }
      } catch (error) {
        problem = `threw ${String(error).slice(0, 200)}`;
      } finally {
        signInAs(null);
      }
      if (status >= 500) t.fiveXx += 1;
      const accepted = status >= 200 && status < 300;
      if (accepted) t.accepted += 1;
      const payload = () => show(attempt, 400);
      const failed = noteProblem(t, findings, problem, prefix, payload, answer);
      return { outcome: accepted ? "accepted" : "refused", read, failed, payload, answer };
    });
  });
  const examples = catalogue(route, target, ids).map((attempt) => [attempt] as [Attempt]);
  await fc.assert(property, {
    numRuns: Math.max(count, examples.length),
    examples,
    seed: seedOf(`${door} ${caller} ${targetName(target)}`),
  });
  await watch.finish();
  t.ms += performance.now() - begun;
}

const callersHere = (route: Route) => callersOf(route.spec.access).filter((caller) => mine.has(routeKey(route, caller)));
const routesHere = routes.filter((route) => callersHere(route).length > 0);

describe.each(routesHere.map((route) => [`${route.method} ${route.spec.path}`, route] as const))("%s", (_, route) => {
  it.each(callersHere(route))(
    "as %s: no 5xx, one error shape, no row written by a refusal",
    async (caller) => {
      const findings = new Findings();
      for (const target of targetsOf(route.spec)) await sweepRoute(route, caller, target, generatedFor(route, target), findings);
      expect(findings.report()).toEqual([]);
    },
    900_000,
  );
});

type ActionResult =
  { serverError?: { code?: unknown; message?: unknown; fields?: unknown }; validationErrors?: unknown } | null | undefined;

/** What is wrong with an action's result, or null; and whether it was accepted. */
function judgeAction(result: ActionResult): { problem: string | null; accepted: boolean } {
  if (!result || typeof result !== "object") return { problem: null, accepted: true };
  const { serverError, validationErrors } = result;
  if (!serverError) return { problem: null, accepted: validationErrors === undefined };
  const { code, message, fields } = serverError;
  if (typeof code !== "string" || !(code in errorStatus))
    return { problem: `serverError with an unknown code ${String(code)}`, accepted: false };
  if (errorStatus[code as keyof typeof errorStatus] >= 500) return { problem: `serverError ${code}`, accepted: false };
  if (typeof message !== "string") return { problem: "serverError without a message", accepted: false };
  if (fields !== undefined && !isFieldErrors(fields)) return { problem: "serverError with malformed fields", accepted: false };
  return { problem: null, accepted: false };
}

async function sweepAction(action: Action, caller: Caller, findings: Findings) {
  const door = `action ${action.file.replace(/^lib\//, "")}#${action.name}`;
  const t = tally(door);
  // An action's rate limit would answer before its schema: every call starts with none counted.
  const watch = new RowWatch(true, (problem, payload, answer) => fail(t, findings, problem, payload, answer));
  await watch.start();
  const begun = performance.now();
  const schema = action.schema;
  const property = fc.asyncProperty(inputFor(schema ? jsonSchemaOf(schema) : null, ids, "action"), async (value) => {
    const valid = unstorableFields(value).length === 0 && accepts(schema, value);
    await watch.around(valid, async () => {
      signIn(caller);
      logged.mockClear();
      t.sent += 1;
      let problem: string | null = null;
      let answer = () => "";
      let accepted = false;
      try {
        const result = (await action.call(value)) as ActionResult;
        const cause = loggedCause();
        answer = () => `${show(result)}${cause()}`;
        ({ problem, accepted } = judgeAction(result));
        if (problem?.startsWith("serverError INTERNAL") || problem?.startsWith("serverError UNAVAILABLE")) t.fiveXx += 1;
        if (!problem && accepted && !valid) problem = "accepted input its schema refuses";
      } catch (error) {
        problem = `threw ${String(error).slice(0, 200)}`;
      } finally {
        signInAs(null);
      }
      if (accepted) t.accepted += 1;
      const payload = () => show(value, 400);
      const failed = noteProblem(t, findings, problem, "", payload, answer);
      return { outcome: accepted ? "accepted" : "refused", read: false, failed, payload, answer };
    });
  });
  await fc.assert(property, { numRuns: actionRuns, seed: seedOf(`${door} ${caller}`) });
  await watch.finish();
  t.ms += performance.now() - begun;
}

const callersOfAction = (action: Action) => everyone.filter((caller) => mine.has(actionKey(action, caller)));
const actionsHere = actions.filter((action) => callersOfAction(action).length > 0);

describe.each(actionsHere.map((action) => [`${action.file}#${action.name}`, action] as const))("server action %s", (_, action) => {
  it.each(callersOfAction(action))(
    "as %s: never throws, never INTERNAL, no row written by a refusal",
    async (caller) => {
      const findings = new Findings();
      await sweepAction(action, caller, findings);
      expect(findings.report()).toEqual([]);
    },
    900_000,
  );
});

/** Input nested far deeper than any form needs is refused like any bad input (and never exhausts the stack). */
describe.runIf(firstPart)("deeply nested input", () => {
  const depth = 5_000;
  const deep = () => {
    let value: unknown = "x";
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };

  it(`a body nested ${depth} levels deep is refused with a 4xx`, async () => {
    const route = routes.find((r) => r.method === "POST" && r.spec.path === "/api/forms/events")!;
    const answer = await send(route, {
      params: {},
      query: "",
      body: { text: `${'{"a":'.repeat(depth)}"x"${"}".repeat(depth)}`, contentType: "application/json" },
    });
    expect(answer.status).toBe(422);
  });

  it(`an action's input nested ${depth} levels deep is refused without INTERNAL`, async () => {
    const action = actions.find((a) => a.name === "createLeadAction")!;
    signIn("SELLER");
    try {
      expect(judgeAction((await action.call(deep())) as ActionResult).problem).toBeNull();
    } finally {
      signInAs(null);
    }
  });
});
