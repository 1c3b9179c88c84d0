import { z } from "zod";
import { scopeOf, type Permission } from "../auth/permissions";
import { roles, type Role } from "../auth/roles";
import { errorStatus, type ErrorCode } from "../errors";
import type { RouteHandler } from "../http";
import { exampleOf } from "./examples";
import { apiTags } from "./tags";

/**
 * The OpenAPI 3.1 document of the REST API, built from the specs the routes run with: their Zod
 * schemas become JSON Schema through Zod's own `toJSONSchema`, their policies become security
 * requirements and error answers. Nothing here is written twice.
 */

export type RouteSpec = RouteHandler["spec"];
type Access = RouteSpec["access"];
export type MachineToken = Extract<Access, { token: string }>["token"];
export type JsonSchema = { [key: string]: unknown };
type Media = { schema: JsonSchema; example?: unknown };
type Parameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema };
type ResponseRef = { $ref: string };
type Response = { description: string; headers?: Record<string, unknown>; content?: Record<string, Media> };
export type Operation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, Media> };
  responses: Record<string, Response | ResponseRef>;
  /** The route's own limit: `limit` calls per `windowSeconds`, counted per client address or user. */
  "x-rate-limit"?: { limit: number; windowSeconds: number; per: "ip" | "user" };
};
export type OpenApiDocument = {
  openapi: "3.1.1";
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string }>;
  tags: Array<{ name: string; "x-displayName": string; description: string }>;
  paths: Record<string, Partial<Record<Lowercase<RouteSpec["method"]>, Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, Response>;
    securitySchemes: Record<string, Record<string, unknown>>;
  };
};

/** Routes that exist only for the end-to-end tests (`TEST_HOOKS=1`): no client may rely on them. */
const hiddenTags = new Set(["testing"]);

/** Auth.js's session cookie; `__Secure-` prefixed when the app is served over HTTPS. */
export const sessionCookie = "authjs.session-token";

/** The environment variable that holds each machine's token. */
export const machineTokenSetting: Record<MachineToken, string> = {
  metrics: "METRICS_TOKEN",
  inbound: "INBOUND_EMAIL_SECRET",
};

const securitySchemes = {
  session: {
    type: "apiKey",
    in: "cookie",
    name: sessionCookie,
    description: `The browser session of a user signed in at /login (\`__Secure-${sessionCookie}\` over HTTPS). A state-changing call it carries must come from this site: a foreign Origin (or Referer) is refused with 403, and a JSON body must be sent as application/json.`,
  },
  apiToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "orb_…",
    description:
      "A personal API token (`Authorization: Bearer orb_…`), created at /account/tokens or with POST /api/me/tokens. It acts as its owner with their current role, narrowed to its scopes: the operation's permission must be among them (`account:manage` for the account's own routes). 600 calls a minute per token.",
  },
  metricsToken: {
    type: "http",
    scheme: "bearer",
    description: "The metrics scraper's token, `Authorization: Bearer <METRICS_TOKEN>`.",
  },
  inboundToken: {
    type: "http",
    scheme: "bearer",
    description:
      "The inbound mail service's secret, `Authorization: Bearer <INBOUND_EMAIL_SECRET>`; the route answers 404 while it is unset.",
  },
} satisfies Record<string, Record<string, unknown>>;

const machineScheme: Record<MachineToken, keyof typeof securitySchemes> = { metrics: "metricsToken", inbound: "inboundToken" };

/** The one error shape, as `AppError.toJSON` writes it. */
const errorSchema: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: Object.keys(errorStatus),
          description: "What went wrong, for programs; each code has one HTTP status.",
        },
        message: { type: "string", description: "What went wrong, for people (English)." },
        fields: {
          type: "object",
          additionalProperties: { type: "array", items: { type: "string" } },
          description: "Per invalid field (dotted path; `_` for the whole input): the reasons, as message keys.",
        },
        meta: { type: "object", additionalProperties: true, description: "Machine-readable detail, e.g. `retryAfterSeconds` or `reason`." },
      },
    },
  },
};

/** What each error status means here, whichever route answers it. */
export const errorMeaning: Record<ErrorCode, string> = {
  BAD_REQUEST: "The body is not valid JSON.",
  UNAUTHORIZED: "Nobody is signed in, or the Bearer token is unknown, expired or revoked.",
  FORBIDDEN:
    "The caller's role or token scopes do not hold the permission, or a state-changing call with the session cookie came from another site or without a JSON content type.",
  NOT_FOUND: "Nothing with this id, or nothing the caller may see.",
  CONFLICT: "The object's current state does not allow this change.",
  PAYLOAD_TOO_LARGE: "The body is larger than the route accepts; it is not read.",
  VALIDATION: "Path parameters, query or body are invalid: `fields` names each one with its reasons.",
  RATE_LIMITED: "Too many calls: wait the seconds of `Retry-After` (also `meta.retryAfterSeconds`).",
  INTERNAL: "An unexpected failure, logged on the server.",
  UNAVAILABLE: "The database cannot serve the call now: retry after `Retry-After` seconds.",
};

const retryAfterHeader = {
  "Retry-After": { description: "Seconds to wait before calling again.", schema: { type: "integer", minimum: 1 } },
};

const responseName = (code: ErrorCode) =>
  code
    .toLowerCase()
    .split("_")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");

const sampleMessages: Record<ErrorCode, string> = {
  BAD_REQUEST: "The request body is not valid JSON.",
  UNAUTHORIZED: "Sign in to continue.",
  FORBIDDEN: "You are not allowed to do this.",
  NOT_FOUND: "This does not exist.",
  CONFLICT: "This change is not possible in the current state.",
  PAYLOAD_TOO_LARGE: "The request body is larger than 1048576 bytes.",
  VALIDATION: "Invalid body.",
  RATE_LIMITED: "Too many requests. Please wait before trying again.",
  INTERNAL: "Something went wrong. Please try again.",
  UNAVAILABLE: "The service is temporarily unavailable. Please try again shortly.",
};

const sampleExtras: Partial<Record<ErrorCode, Record<string, unknown>>> = {
  VALIDATION: { fields: { name: ["required"] } },
  RATE_LIMITED: { meta: { retryAfterSeconds: 42 } },
  PAYLOAD_TOO_LARGE: { meta: { limit: 1048576 } },
  UNAVAILABLE: { meta: { retryAfterSeconds: 5 } },
};

/** The error sample of a code, as the wrapper answers it. */
export const errorExample = (code: ErrorCode) => ({ error: { code, message: sampleMessages[code], ...sampleExtras[code] } });

const errorResponses = Object.fromEntries(
  (Object.keys(errorStatus) as ErrorCode[]).map((code) => [
    responseName(code),
    {
      description: `\`${code}\`: ${errorMeaning[code]}`,
      ...(code === "RATE_LIMITED" || code === "UNAVAILABLE" ? { headers: retryAfterHeader } : {}),
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example: errorExample(code) } },
    },
  ]),
) as Record<string, Response>;

/** `GET /api/hosting/requests/{id}` → `getHostingRequestsById`: stable while the method and path are. */
export function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, "")
    .split("/")
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param ? ["by", ...param[1].split(/[^A-Za-z0-9]+/)] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return method.toLowerCase() + words.map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}

/** The named schemas of the document (`components.schemas`), filled as operations are converted. */
type NamedSchemas = Record<string, JsonSchema>;

/** Rewrites every `#/$defs/<name>` reference of a schema to the component it becomes. */
function pointAtComponents(value: unknown, names: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => pointAtComponents(item, names));
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === "$ref" && typeof inner === "string" && inner.startsWith("#/$defs/")) {
        return [key, `#/components/schemas/${names.get(inner.slice("#/$defs/".length)) ?? inner}`];
      }
      return [key, pointAtComponents(inner, names)];
    }),
  );
}

/**
 * Zod's JSON Schema of what a client sends (`input`: before defaults and coercion) or receives
 * (`output`), without the `$schema` key an embedded schema must not repeat. A schema named with
 * `.meta({ id })` (or a recursive one) becomes a component, `<id>Input` for its input side when that
 * differs; dates travel as ISO 8601 strings.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output", named: NamedSchemas = {}): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    reused: "inline",
    cycles: "ref",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" });
    },
  }) as JsonSchema;
  delete json.$schema;
  const definitions = (json.$defs ?? {}) as Record<string, JsonSchema>;
  delete json.$defs;
  const names = new Map<string, string>();
  for (const [id, definition] of Object.entries(definitions)) {
    const text = JSON.stringify(definition);
    const candidates = [id, `${id}Input`, `${id}Output`];
    const name = candidates.find((candidate) => !named[candidate] || JSON.stringify(named[candidate]) === text);
    if (!name) throw new Error(`Two different schemas are both named ${id}`);
    names.set(id, name);
  }
  for (const [id, definition] of Object.entries(definitions)) named[names.get(id)!] = pointAtComponents(definition, names) as JsonSchema;
  return pointAtComponents(json, names) as JsonSchema;
}

/** Whether a body may be left out: its schema accepts nothing at all. */
const acceptsNothing = (schema: z.ZodType) => schema.safeParse(undefined).success;

const objectProperties = (json: JsonSchema): { properties: Record<string, JsonSchema>; required: string[] } | null =>
  json.type === "object" && json.properties
    ? { properties: json.properties as Record<string, JsonSchema>, required: (json.required as string[] | undefined) ?? [] }
    : null;

function parametersOf(spec: RouteSpec, named: NamedSchemas): Parameter[] {
  const pathJson = spec.params ? objectProperties(jsonSchemaOf(spec.params, "input", named)) : null;
  const pathParameters: Parameter[] = [...spec.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => {
    const { description, ...schema } = pathJson?.properties[name] ?? { type: "string" };
    return { name, in: "path", required: true, ...(description ? { description: String(description) } : {}), schema };
  });
  const queryJson = spec.query ? jsonSchemaOf(spec.query, "input", named) : null;
  const query = queryJson ? objectProperties(queryJson) : null;
  if (queryJson && !query) throw new Error(`${spec.method} ${spec.path}: its query schema is not an object`);
  const queryParameters: Parameter[] = Object.entries(query?.properties ?? {}).map(([name, property]) => {
    const { description, ...schema } = property;
    const required = Boolean(query?.required.includes(name)) && !("default" in schema);
    return { name, in: "query", required, ...(description ? { description: String(description) } : {}), schema };
  });
  return [...pathParameters, ...queryParameters];
}

const bodyMediaType = { json: "application/json", form: "application/x-www-form-urlencoded", raw: "application/octet-stream" } as const;

function requestBodyOf(spec: RouteSpec, named: NamedSchemas): Operation["requestBody"] {
  if (!spec.body) return undefined;
  const encoding = spec.bodyEncoding ?? "json";
  const schema: JsonSchema =
    encoding === "raw" ? { type: "string", contentMediaType: "application/octet-stream" } : jsonSchemaOf(spec.body, "input", named);
  const example = encoding === "raw" ? undefined : exampleOf(schema, "", (ref) => named[ref.replace(componentPrefix, "")]);
  return {
    required: !acceptsNothing(spec.body),
    content: { [bodyMediaType[encoding]]: { schema, ...(example === undefined ? {} : { example }) } },
  };
}

const isSafe = (method: string) => method === "GET";
const acceptsPersonalToken = (access: Access) => access !== "public" && (typeof access !== "object" || Boolean(access.orPermission));

/**
 * The error codes a route can answer: those its policies imply (access, rate limit, body, schemas,
 * the same-origin rule on a state-changing call) and those its service declares.
 */
export function errorCodesOf(spec: RouteSpec): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  const { access } = spec;
  if (access !== "public") codes.add("UNAUTHORIZED");
  const machineOnly = typeof access === "object" && !access.orPermission;
  // A route only a machine calls is not there while its token is unset.
  if (machineOnly) codes.add("NOT_FOUND");
  // A role or token short of the permission; or a session cookie's state-changing call from another
  // site (checked for any signed-in caller, even on a public route).
  if (!machineOnly && (access !== "public" || !isSafe(spec.method))) codes.add("FORBIDDEN");
  if (spec.body) {
    if ((spec.bodyEncoding ?? "json") === "json") codes.add("BAD_REQUEST");
    codes.add("PAYLOAD_TOO_LARGE");
  }
  // An id no stored id can hold is simply not there.
  if (spec.params) codes.add("NOT_FOUND");
  if (spec.params || spec.query || spec.body) codes.add("VALIDATION");
  if (spec.rateLimit || acceptsPersonalToken(access)) codes.add("RATE_LIMITED");
  for (const code of spec.errors ?? []) codes.add(code);
  return [...codes].sort((a, b) => errorStatus[a] - errorStatus[b]);
}

const roleNames: Record<Role, string> = { CUSTOMER: "customers", SELLER: "sellers", SUPPORT: "support", ADMIN: "admins" };

/** The roles holding a permission, in words: `customers (their own), sellers, support, admins`. */
export function rolesWith(permission: Permission): string {
  const holders = roles.filter((role) => scopeOf(role, permission));
  if (holders.length === roles.length && holders.every((role) => scopeOf(role, permission) === "own"))
    return "every signed-in user, for their own";
  return holders.map((role) => roleNames[role] + (scopeOf(role, permission) === "own" ? " (their own)" : "")).join(", ");
}

/** Who may call, in one sentence. */
export function whoMayCall(access: Access): string {
  if (access === "public") return "Anyone, signed in or not.";
  if (access === "user") return "Any signed-in user (a token needs the `account:manage` scope).";
  if (typeof access === "object") {
    const machine = `A machine with \`Bearer ${machineTokenSetting[access.token]}\``;
    return access.orPermission ? `${machine}, or ${rolesWith(access.orPermission)} (\`${access.orPermission}\`).` : `${machine} only.`;
  }
  const holders = rolesWith(access);
  return `${holders[0].toUpperCase()}${holders.slice(1)} (permission \`${access}\`).`;
}

function securityOf(access: Access): Operation["security"] {
  if (access === "public") return undefined;
  const personal = (permission: Permission): Array<Record<string, string[]>> => [{ session: [] }, { apiToken: [permission] }];
  if (access === "user") return personal("account:manage");
  if (typeof access === "object")
    return [{ [machineScheme[access.token]]: [] }, ...(access.orPermission ? personal(access.orPermission) : [])];
  return personal(access);
}

const componentPrefix = "#/components/schemas/";

/** A JSON body's schema with the example the guide shows too, so both read the same sample. */
const jsonMedia = (schema: JsonSchema, named: NamedSchemas): Media => ({
  schema,
  example: exampleOf(schema, "", (ref) => named[ref.replace(componentPrefix, "")]),
});

function successOf(spec: RouteSpec, named: NamedSchemas): [string, Response] {
  if (spec.response) {
    return [
      String(spec.status ?? 200),
      { description: "Success.", content: { "application/json": jsonMedia(jsonSchemaOf(spec.response, "output", named), named) } },
    ];
  }
  if (spec.produces) {
    return [String(spec.status ?? 200), { description: "Success.", content: { [spec.produces]: { schema: { type: "string" } } } }];
  }
  return [String(spec.status ?? 200), { description: spec.status === 204 ? "Done; no content." : "Success." }];
}

function operationOf(spec: RouteSpec, named: NamedSchemas): Operation {
  const parameters = parametersOf(spec, named);
  const requestBody = requestBodyOf(spec, named);
  const [status, success] = successOf(spec, named);
  // A call that made nothing new (a repeat of an earlier one, an update of what was there) answers what was there.
  const repeat = spec.repeatStatus
    ? {
        [String(spec.repeatStatus)]: {
          ...success,
          description: "Nothing new was made: the answer is what was there, repeated or updated.",
          "x-repeat": true,
        },
      }
    : {};
  const errors = Object.fromEntries(
    errorCodesOf(spec).map((code) => [String(errorStatus[code]), { $ref: `#/components/responses/${responseName(code)}` }]),
  );
  const security = securityOf(spec.access);
  return {
    operationId: operationId(spec.method, spec.path),
    summary: spec.summary,
    description: `**Who may call:** ${whoMayCall(spec.access)}`,
    tags: spec.tags ?? [],
    ...(security ? { security } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: { [status]: success, ...repeat, ...errors },
    ...(spec.rateLimit
      ? { "x-rate-limit": { limit: spec.rateLimit.limit, windowSeconds: spec.rateLimit.windowSeconds, per: spec.rateLimit.key } }
      : {}),
  };
}

const sortedByName = (schemas: NamedSchemas): NamedSchemas =>
  Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));

/** The document of these routes (every route module's handlers), in path then method order. */
export function buildOpenApiDocument(handlers: RouteHandler[], { version = "1.0.0", serverUrl = "/" } = {}): OpenApiDocument {
  const specs = handlers.map((handler) => handler.spec).filter((spec) => !spec.tags?.some((tag) => hiddenTags.has(tag)));
  const methodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE"];
  specs.sort((a, b) => a.path.localeCompare(b.path) || methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method));
  const paths: OpenApiDocument["paths"] = {};
  const named: NamedSchemas = {};
  for (const spec of specs) {
    const item = (paths[spec.path] ??= {});
    const method = spec.method.toLowerCase() as Lowercase<RouteSpec["method"]>;
    if (item[method]) throw new Error(`${spec.method} ${spec.path} is declared twice`);
    item[method] = operationOf(spec, named);
  }
  const used = new Set(specs.flatMap((spec) => spec.tags ?? []));
  const unknown = [...used].filter((tag) => !apiTags.some((known) => known.name === tag));
  if (unknown.length) throw new Error(`Tags without a description in lib/openapi/tags.ts: ${unknown.join(", ")}`);
  return {
    openapi: "3.1.1",
    info: {
      title: "Hosting platform API",
      version,
      description:
        "The REST API of the hosting platform: plans and hosting requests, CRM, tickets, LivePulse monitoring, the status page and the user's account. Every route runs the same policies (access, rate limit, body size, same-origin rule) and answers errors in one shape.",
    },
    servers: [{ url: serverUrl }],
    tags: apiTags
      .filter((tag) => used.has(tag.name))
      .map(({ name, title, description }) => ({ name, "x-displayName": title, description })),
    paths,
    components: { schemas: { Error: errorSchema, ...sortedByName(named) }, responses: errorResponses, securitySchemes },
  };
}
