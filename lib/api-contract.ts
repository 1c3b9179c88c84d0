import { z } from "zod";
import { errorStatus, type ErrorCode } from "./errors";
import type { RouteSpec } from "./http";

/**
 * Whether an answer of a route is one its spec declares: the contract the OpenAPI document publishes,
 * checked against real answers (lib/api-contract-recorder.ts records them while tests run).
 */

type Spec = RouteSpec<unknown, unknown, unknown>;

/** The one error shape (lib/errors.ts `AppError.toJSON`). */
export const errorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]),
      message: z.string().min(1),
      fields: z.record(z.string(), z.array(z.string())).optional(),
      meta: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({
    description: "Every error answer: a stable code, a message for people, the fields at fault and machine-readable detail.",
    example: { error: { code: "VALIDATION", message: "Invalid body.", fields: { email: ["invalidEmail"] } } },
  });

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

type PolicySpec = Pick<Spec, "method" | "path" | "access" | "rateLimit" | "params" | "query" | "body" | "bodyEncoding">;

/**
 * The errors a route's policies give, which its spec never lists (lib/http.ts `route`): who may call
 * (401, 403; a route only a machine calls is 404 while its token is unset), the rate limit (429), the
 * body (413, 400 for JSON that does not parse, 422), params and query (422).
 */
export function derivedErrors(spec: PolicySpec): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  if (typeof spec.access === "object" && !spec.access.orPermission) codes.add("UNAUTHORIZED").add("NOT_FOUND");
  else if (spec.access !== "public") codes.add("UNAUTHORIZED").add("FORBIDDEN");
  if (spec.rateLimit) codes.add("RATE_LIMITED");
  if (spec.body) {
    codes.add("PAYLOAD_TOO_LARGE").add("VALIDATION");
    if ((spec.bodyEncoding ?? "json") === "json") codes.add("BAD_REQUEST");
  }
  if (spec.params || spec.query) codes.add("VALIDATION");
  return [...codes];
}

/**
 * What the wrapper may answer on any route beside its policies: a wrong personal token is 401 and an
 * overused one 429 wherever one is read (every route but a machine's), a state-changing call from a
 * session on another site is 403, a path id no stored id can be is 404.
 */
function wrapperErrors(spec: PolicySpec): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (typeof spec.access !== "object" || spec.access.orPermission) codes.push("UNAUTHORIZED", "RATE_LIMITED");
  if (!safeMethods.has(spec.method)) codes.push("FORBIDDEN");
  if (/\{\w+\}/.test(spec.path)) codes.push("NOT_FOUND");
  return codes;
}

/** The statuses of every error answer a route may give: declared, derived, and 503 when the database is away. */
export function errorStatuses(spec: Spec): number[] {
  const codes = new Set<ErrorCode>([...(spec.errors ?? []), ...derivedErrors(spec), ...wrapperErrors(spec), "UNAVAILABLE"]);
  return [...new Set([...codes].map((code) => errorStatus[code]))].sort((a, b) => a - b);
}

/** The status of a route's successful answer: declared, else 200 with a body and 204 without. */
export function successStatus(spec: Pick<Spec, "status" | "response" | "produces">): number {
  return spec.status ?? (spec.response || spec.produces ? 200 : 204);
}

/** Whether a route says what it answers: a JSON body, a media type, or nothing (204). */
export function declaresResponse(spec: Pick<Spec, "status" | "response" | "produces">): boolean {
  return Boolean(spec.response || spec.produces || spec.status === 204);
}

export type Answer = {
  status: number;
  /** The Content-Type header, if any. */
  contentType: string | null;
  /** The parsed JSON body, when the answer is JSON; undefined otherwise. */
  body: unknown;
};

const mediaType = (contentType: string | null) => contentType?.split(";")[0]?.trim().toLowerCase() ?? null;

function zodProblems(schema: z.ZodType, body: unknown): string[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.map(String).join(".") || "(body)"}: ${issue.message}`);
}

/**
 * What is wrong with an answer against its route's spec; nothing when it matches. A success has the
 * declared status and a body the `response` schema accepts (or the `produces` media type, or no body
 * on 204). An error has one of the route's error statuses and the one error shape, with the code of
 * that status. A 500 is always wrong: a 5xx is a bug. A not-ready instance's readiness answers 503
 * with the route's own body, which is accepted. A route that declares nothing at all (which
 * tests/integration/api-contract.test.ts refuses) only has its errors' shape checked.
 */
export function checkAnswer(spec: Spec, answer: Answer): string[] {
  const { status } = answer;
  const type = mediaType(answer.contentType);
  const undeclared = !declaresResponse(spec) && !spec.errors;
  if (status < 400) {
    if (undeclared) return [];
    const problems: string[] = [];
    const expected = successStatus(spec);
    if (status !== expected && status !== spec.repeatStatus) problems.push(`status ${status}, declared ${expected}`);
    if (spec.produces) {
      if (type !== mediaType(spec.produces)) problems.push(`content type ${type ?? "none"}, declared ${spec.produces}`);
    } else if (spec.response) {
      if (type !== "application/json") problems.push(`content type ${type ?? "none"}, declared application/json`);
      else problems.push(...zodProblems(spec.response, answer.body));
    } else if (expected !== 204) {
      problems.push("the route declares no response");
    } else if (answer.body !== undefined || (type !== null && status !== 204)) {
      problems.push("a body where none is declared");
    }
    return problems;
  }
  if (status === 503 && spec.response && zodProblems(spec.response, answer.body).length === 0) return [];
  const problems: string[] = [];
  if (status === 500) problems.push("500: an unexpected failure");
  else if (!undeclared && !errorStatuses(spec).includes(status))
    problems.push(`status ${status} is not declared (${errorStatuses(spec).join(", ")})`);
  if (type !== "application/json") return [...problems, `content type ${type ?? "none"} for an error, not application/json`];
  const shape = zodProblems(errorBodySchema, answer.body);
  if (shape.length) return [...problems, ...shape.map((p) => `error shape: ${p}`)];
  const code = (answer.body as z.infer<typeof errorBodySchema>).error.code;
  if (errorStatus[code] !== status) problems.push(`error code ${code} answered with status ${status}`);
  return problems;
}

/** A contract log's lines (lib/api-contract-recorder.ts), told: how many answers were checked, and those that did not match. */
export function readContractLog(text: string): {
  answers: number;
  mismatches: Array<{ route: string; status: number; problems: string[] }>;
} {
  const lines = text.split("\n").filter(Boolean);
  const mismatches = lines
    .map((line) => JSON.parse(line) as { route: string; status: number; problems?: string[] })
    .flatMap((answer) => (answer.problems ? [{ route: answer.route, status: answer.status, problems: answer.problems }] : []));
  return { answers: lines.length, mismatches };
}

/** The closing lines of a run: the count of answers checked, then each mismatch with its route, status and problems. */
export function contractReport({ answers, mismatches }: ReturnType<typeof readContractLog>): string {
  const head = `API contract: ${answers} answers validated against their routes' declared answers, ${mismatches.length} mismatched`;
  const seen = new Map<string, number>();
  for (const m of mismatches) {
    const key = `  ${m.route} → ${m.status}: ${m.problems.join("; ")}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [head, ...[...seen].map(([key, count]) => (count > 1 ? `${key} (×${count})` : key))].join("\n");
}
