import fc from "fast-check";
import { NextRequest } from "next/server.js";
import { errorStatus } from "@/lib/errors";
import { defaultBodyLimit } from "@/lib/http";
import { unstorableFields } from "@/lib/input";
import {
  existingId,
  hostileIds,
  hostileNumbers,
  hostileStrings,
  inputFor,
  jsonSchemaOf,
  plausible,
  type IdPool,
  type JsonSchema,
} from "./arbitraries";
import { collectionOf, pathParameters, type Route, type RouteSpec } from "./registry";

/** What one hostile request aims at: its body, one query parameter, one path parameter, or junk in the query. */
export type Target = { kind: "body" } | { kind: "query"; key: string } | { kind: "path"; key: string } | { kind: "junk-query" };

/** A request as sent: path parameters as Next would hand them, the query string, the body's text and headers. */
export type Attempt = {
  params: Record<string, unknown>;
  query: string;
  body?: { text: string; contentType?: string; declaredLength?: string };
};

/** The targets of a route: its body, each query parameter, each path parameter; junk in the query when it declares none. */
export function targetsOf(spec: RouteSpec): Target[] {
  const targets: Target[] = [];
  if (spec.body) targets.push({ kind: "body" });
  const query = spec.query ? Object.keys(jsonSchemaOf(spec.query).properties ?? {}) : [];
  for (const key of query) targets.push({ kind: "query", key });
  for (const key of pathParameters(spec)) targets.push({ kind: "path", key });
  if (!spec.query) targets.push({ kind: "junk-query" });
  return targets;
}

export function targetName(target: Target): string {
  return target.kind === "query" || target.kind === "path" ? `${target.kind} ${target.key}` : target.kind;
}

/** Query values written into the URL as they are: bad escapes, separators, a fragment. */
const rawQueryValues = [
  "%00",
  "%C0%AF",
  "%ED%A0%80",
  "%ff%fe",
  "%ZZ",
  "%",
  "%2",
  "a%00b",
  "%EF%BF%BF",
  "a&b",
  "=",
  "==",
  ";",
  "+",
  "%2B",
  "#x",
  "a,,b",
];

/** A query value as a URL carries it: most percent-encoded, some written raw (bad escapes, separators). */
const hostileQueryValue: fc.Arbitrary<{ raw: string } | { value: string }> = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileStrings).map((value) => ({ value })), weight: 6 },
  { arbitrary: fc.constantFrom(...hostileNumbers).map((n) => ({ value: String(n) })), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }).map((value) => ({ value })), weight: 2 },
  { arbitrary: fc.integer({ min: 100, max: 60_000 }).map((n) => ({ value: "q".repeat(n) })), weight: 1 },
  { arbitrary: fc.constantFrom(...rawQueryValues).map((raw) => ({ raw })), weight: 3 },
);

function encode(value: unknown): string {
  try {
    return encodeURIComponent(String(value));
  } catch {
    // A lone UTF-16 half: its UTF-8 bytes as a browser might send them.
    return "%ED%A0%80";
  }
}

/** The query string: hostile in `key` (repeated, or with brackets, now and then), plausible or absent elsewhere. */
function queryArbitrary(spec: RouteSpec, target: Target, ids: IdPool): fc.Arbitrary<string> {
  const properties = spec.query ? (jsonSchemaOf(spec.query).properties ?? {}) : {};
  const others = Object.entries(properties).filter(([key]) => target.kind !== "query" || key !== target.key);
  const plausibleParts = fc.tuple(
    ...others.map(([key, schema]) =>
      fc.option(
        plausibleQueryValue(schema, key, ids).map((value) => `${encode(key)}=${encode(value)}`),
        { freq: 2 },
      ),
    ),
  );
  const hostilePart = (key: string) =>
    fc.tuple(hostileQueryValue, fc.constantFrom("plain", "plain", "plain", "repeated", "brackets")).map(([value, form]) => {
      const text = "raw" in value ? value.raw : encode(value.value);
      if (form === "repeated") return `${key}=${text}&${key}=${text}`;
      if (form === "brackets") return `${key}[]=${text}&${key}[0]=x`;
      return `${key}=${text}`;
    });
  const target$ =
    target.kind === "query"
      ? hostilePart(encode(target.key))
      : target.kind === "junk-query"
        ? fc.oneof(hostilePart("q"), hostilePart("__proto__"), hostilePart("page"), fc.constantFrom("&&&", "=", "a=%", "%00=%00"))
        : fc.constant(null);
  return fc.tuple(plausibleParts, target$).map(([parts, hostile]) => [...parts, hostile].filter((p) => p !== null).join("&"));
}

function plausibleQueryValue(schema: JsonSchema, key: string, ids: IdPool): fc.Arbitrary<string> {
  return plausible(schema, key, ids).map((value) => (Array.isArray(value) ? value.join(",") : String(value)));
}

/** Text that is not JSON, or JSON in a form nobody expects. */
const notJson = fc.constantFrom(
  "{",
  "[1,",
  "{'a':1}",
  '{"a":1,}',
  "NaN",
  "undefined",
  "\u0000",
  "\ufeff{}",
  '"unterminated',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  "a=1&b=2",
  "--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--",
  "<xml/>",
  "1e999999",
  "[".repeat(2_000),
);

const contentTypes = [
  "application/json",
  "application/json; charset=utf-16",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "",
];

/** A form body: the object's fields as text, objects as JSON, or raw text a form encoder would never write. */
function formText(value: unknown): string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return encode(JSON.stringify(value) ?? "");
  return Object.entries(value)
    .map(([key, field]) => `${encode(key)}=${encode(typeof field === "object" ? JSON.stringify(field) : field)}`)
    .join("&");
}

function bodyArbitrary(spec: RouteSpec, ids: IdPool): fc.Arbitrary<NonNullable<Attempt["body"]>> {
  const limit = spec.bodyLimit ?? defaultBodyLimit;
  const schema = spec.body ? jsonSchemaOf(spec.body) : null;
  const encoded = inputFor(schema, ids, "json").map((value) =>
    spec.bodyEncoding === "form" ? formText(value) : (JSON.stringify(value) ?? ""),
  );
  const defaultType = spec.bodyEncoding === "form" ? "application/x-www-form-urlencoded" : "application/json";
  return fc.oneof(
    { arbitrary: encoded.map((text) => ({ text, contentType: defaultType })), weight: 100 },
    { arbitrary: fc.tuple(encoded, fc.constantFrom(...contentTypes)).map(([text, contentType]) => ({ text, contentType })), weight: 10 },
    { arbitrary: notJson.map((text) => ({ text, contentType: defaultType })), weight: 10 },
    {
      arbitrary: fc
        .constantFrom("&&", "=", "a=%ZZ&b", "%00=%00", "__proto__[polluted]=yes", "a=1&a=2")
        .map((text) => ({ text, contentType: defaultType })),
      weight: 5,
    },
    { arbitrary: fc.constant({ text: "", contentType: defaultType }), weight: 5 },
    // Over the limit, or claiming to be; and lengths that are no numbers.
    { arbitrary: fc.constant({ text: `"${"x".repeat(limit)}"`, contentType: defaultType }), weight: 1 },
    {
      arbitrary: fc
        .tuple(encoded, fc.constantFrom(String(limit + 1), "1e99", "-1", "abc", "0"))
        .map(([text, declaredLength]) => ({ text, contentType: defaultType, declaredLength })),
      weight: 5,
    },
  );
}

/** A path parameter: a hostile id, or (for a body aimed at a real record) an existing id of its collection. */
function paramsArbitrary(spec: RouteSpec, target: Target, ids: IdPool): fc.Arbitrary<Record<string, unknown>> {
  const keys = pathParameters(spec);
  // An existing record only where the body is what is hostile: a request with no body on a real record may be a valid one.
  const real = target.kind !== "path" && (spec.body !== undefined || spec.method === "GET");
  const value = (key: string) => {
    if (target.kind === "path" && target.key === key) {
      return fc.oneof(
        { arbitrary: hostileIds(ids), weight: 9 },
        { arbitrary: fc.array(fc.string(), { minLength: 2, maxLength: 3 }), weight: 1 },
      );
    }
    return real
      ? fc.oneof({ arbitrary: existingId(ids, collectionOf(spec, key)), weight: 4 }, { arbitrary: hostileIds(ids), weight: 1 })
      : hostileIds(ids);
  };
  return fc.tuple(...keys.map(value)).map((values) => Object.fromEntries(keys.map((key, i) => [key, values[i]])));
}

export function attemptArbitrary(route: Route, target: Target, ids: IdPool): fc.Arbitrary<Attempt> {
  const { spec } = route;
  const body =
    spec.method === "GET"
      ? fc.constant(undefined)
      : spec.body
        ? bodyArbitrary(spec, ids)
        : fc.option(bodyArbitrary(spec, ids), { freq: 3, nil: undefined });
  return fc
    .tuple(paramsArbitrary(spec, target, ids), queryArbitrary(spec, target, ids), body)
    .map(([params, query, body]) => ({ params, query, body }));
}

/**
 * Every listed hostile value once at a query or path target, before the generated requests: the
 * catalogue is covered whatever the number of runs. Other path parameters name an existing record
 * on a read, and a missing one on a write, which can then only be refused.
 */
export function catalogue(route: Route, target: Target, ids: IdPool): Attempt[] {
  if (target.kind !== "query" && target.kind !== "path") return [];
  const { spec } = route;
  const pool = ids();
  const other = (key: string) =>
    (spec.method === "GET" ? (pool[collectionOf(spec, key) ?? ""] ?? Object.values(pool).flat())[0] : undefined) ?? "missing-record";
  const params = Object.fromEntries(pathParameters(spec).map((key) => [key, other(key)]));
  const values: unknown[] = [...hostileStrings, ...hostileNumbers.map(String)];
  if (target.kind === "path") return values.map((value) => ({ params: { ...params, [target.key]: value }, query: "" }));
  const key = encode(target.key);
  return [...values.map((value) => `${key}=${encode(value)}`), ...rawQueryValues.map((raw) => `${key}=${raw}`)].map((query) => ({
    params,
    query,
  }));
}

const bytes = new TextEncoder();
const text = new TextDecoder();

/** Whether a schema accepts a value; a schema that throws is a door that would answer 500, which the request then shows. */
export function accepts(schema: RouteSpec["body"] | null, value: unknown): boolean {
  try {
    return !schema || schema.safeParse(value).success;
  } catch {
    return false;
  }
}

/**
 * Whether the wrapper would let this request reach the service: a signed-in caller's JSON body sent
 * as JSON (the cross-site check), and every part passing its schema and its storable-text check.
 */
export function passesDoor(spec: RouteSpec, attempt: Attempt, signedIn: boolean): boolean {
  const body = attempt.body;
  const hasBody = body?.declaredLength !== undefined ? Number(body.declaredLength) > 0 : body !== undefined;
  const type = body?.contentType?.split(";")[0].trim().toLowerCase();
  if (signedIn && spec.body && hasBody && spec.bodyEncoding !== "form" && type !== "application/json") return false;
  if (unstorableFields(attempt.params).length || !accepts(spec.params, attempt.params)) return false;
  // As the handler reads it: from the URL, where a `#` ends the query.
  const query = Object.fromEntries(new URL(`http://localhost/?${attempt.query}`).searchParams);
  if (spec.query && (unstorableFields(query).length || !accepts(spec.query, query))) return false;
  if (!spec.body) return true;
  const sent = attempt.body?.text ?? "";
  const raw = bytes.encode(sent);
  const limit = spec.bodyLimit ?? defaultBodyLimit;
  if (raw.byteLength > limit || Number(attempt.body?.declaredLength) > limit) return false;
  const received = text.decode(raw);
  let value: unknown;
  if (!received) value = undefined;
  else if (spec.bodyEncoding === "raw") value = Buffer.from(raw);
  else if (spec.bodyEncoding === "form") value = Object.fromEntries(new URLSearchParams(received));
  else {
    try {
      value = JSON.parse(received);
    } catch {
      return false;
    }
  }
  return unstorableFields(value).length === 0 && accepts(spec.body, value);
}

export type Answer = { status: number; contentType: string; text: string };

/** The secret the sweep configures for routes only a machine calls, and sends to them: their input is swept, not their door. */
export const machineToken = "hostile-sweep-machine-token-0123456789";

/** Sends the attempt to the handler as Next would, reading the whole answer (a stream: its first chunk, then the client leaves). */
export async function send(route: Route, attempt: Attempt): Promise<Answer> {
  const { spec, handler } = route;
  const path = spec.path.replace(/\{(\w+)\}/g, (_, key: string) => encode(attempt.params[key]));
  const headers = new Headers({ "x-forwarded-for": "203.0.113.7" });
  if (typeof spec.access === "object" && !spec.access.orPermission) headers.set("authorization", `Bearer ${machineToken}`);
  if (attempt.body?.contentType) headers.set("content-type", attempt.body.contentType);
  if (attempt.body?.declaredLength) headers.set("content-length", attempt.body.declaredLength);
  const client = new AbortController();
  const request = new NextRequest(`http://localhost${path}${attempt.query ? `?${attempt.query}` : ""}`, {
    method: spec.method,
    headers,
    body: attempt.body ? attempt.body.text : undefined,
    signal: client.signal,
  });
  // A copy: the attempt is judged against the schemas after the answer, as it was sent.
  const params = structuredClone(attempt.params) as Record<string, string>;
  const response = await handler(request, { params: Promise.resolve(params) });
  const contentType = response.headers.get("content-type") ?? "";
  if (contentType.startsWith("text/event-stream") && response.body) {
    const reader = response.body.getReader();
    const first = await reader.read();
    client.abort();
    await reader.cancel();
    return { status: response.status, contentType, text: first.value ? text.decode(first.value) : "" };
  }
  return { status: response.status, contentType, text: await response.text() };
}

/** What is wrong with an answer, or null: a 5xx, or a 4xx that is not the one error shape with its code's status. */
export function problemWith(answer: Answer): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status < 400) return null;
  if (!answer.contentType.startsWith("application/json")) return `${answer.status} as ${answer.contentType || "no content type"}`;
  return errorShapeProblem(answer.status, answer.text);
}

function errorShapeProblem(status: number, body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `${status} with a body that is not JSON`;
  }
  const error = (parsed as { error?: Record<string, unknown> } | null)?.error;
  if (!error || Object.keys(parsed as object).length !== 1) return `${status} without the error shape`;
  const { code, message, fields, meta, ...rest } = error;
  if (typeof code !== "string" || !(code in errorStatus)) return `${status} with an unknown code ${String(code)}`;
  if (errorStatus[code as keyof typeof errorStatus] !== status) return `${status} with code ${code}`;
  if (typeof message !== "string" || /\n\s+at /.test(message)) return `${status} without a plain message`;
  if (fields !== undefined && !isFieldErrors(fields)) return `${status} with malformed fields`;
  if (meta !== undefined && (typeof meta !== "object" || meta === null)) return `${status} with malformed meta`;
  if (Object.keys(rest).length) return `${status} with extra keys ${Object.keys(rest).join(", ")}`;
  return null;
}

export function isFieldErrors(fields: unknown): boolean {
  return (
    typeof fields === "object" &&
    fields !== null &&
    !Array.isArray(fields) &&
    Object.values(fields).every((messages) => Array.isArray(messages) && messages.every((m) => typeof m === "string"))
  );
}

/** A short, printable form of a payload for a report: long text cut, control characters and UTF-16 halves escaped. */
export function show(value: unknown, max = 300): string {
  let shown: string;
  try {
    shown =
      typeof value === "string"
        ? value
        : (JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : cut(v))) ?? String(value));
  } catch {
    shown = String(value);
  }
  const escaped = cut(shown, max).replace(/[\u0000-\u001f\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

function cut<T>(value: T, max = 200): T | string {
  return typeof value === "string" && value.length > max ? `${value.slice(0, max)}… (${value.length} chars)` : value;
}
