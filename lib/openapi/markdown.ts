import { errorStatus, type ErrorCode } from "../errors";
import {
  errorExample,
  errorMeaning,
  machineTokenSetting,
  sessionCookie,
  type JsonSchema,
  type OpenApiDocument,
  type Operation,
} from "./document";
import { exampleOf } from "./examples";

/**
 * docs/API.md, written from the OpenAPI document: the rules every route shares (hand-written here,
 * from lib/http.ts and the services they describe), then each tag's routes with their parameters,
 * body, answer, errors and a curl example built from the schemas. `npm run docs:api` writes it.
 */

const host = "https://hosting.example";
const tokenVariable = "ORBITE_TOKEN";

type Response = { description: string; content?: Record<string, { schema: JsonSchema }> };

/** GitHub's anchor of a heading. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-");

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n+/g, " ");

function table(headers: string[], rows: string[][]): string {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

function createResolver(document: OpenApiDocument) {
  return (ref: string) => {
    const name = ref.replace("#/components/schemas/", "");
    return document.components.schemas[name];
  };
}

/** A schema's type in a few characters: `string (date-time)`, `"A" | "B"`, `integer[]`, `object | null`. */
export function typeLabel(schema: JsonSchema): string {
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop() as string;
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options) return [...new Set(options.map(typeLabel))].join(" | ");
  if (Array.isArray(schema.type)) return (schema.type as string[]).join(" | ");
  if (schema.type === "array") {
    const item = typeLabel((schema.items as JsonSchema | undefined) ?? {});
    return item.includes(" ") ? `(${item})[]` : `${item}[]`;
  }
  if (schema.type === "string" && typeof schema.format === "string") return `string (${schema.format})`;
  return typeof schema.type === "string" ? schema.type : "any";
}

/** What a field accepts beyond its type: bounds, default, and its own description. */
function fieldNotes(schema: JsonSchema): string {
  const notes: string[] = [];
  if (typeof schema.description === "string") notes.push(schema.description);
  const bounds: Array<[string, string]> = [
    ["minimum", "≥"],
    ["maximum", "≤"],
    ["minLength", "length ≥"],
    ["maxLength", "length ≤"],
    ["minItems", "items ≥"],
    ["maxItems", "items ≤"],
  ];
  for (const [key, label] of bounds)
    if (typeof schema[key] === "number" && Math.abs(schema[key] as number) < 1e15) notes.push(`${label} ${schema[key]}`);
  if ("default" in schema) notes.push(`default \`${JSON.stringify(schema.default)}\``);
  if (typeof schema.pattern === "string") notes.push(`pattern \`${schema.pattern}\``);
  return notes.join("; ");
}

/** The object a schema describes, looking through `$ref`, nullable unions and an array's items. */
function objectOf(schema: JsonSchema, resolve: (ref: string) => JsonSchema | undefined): { object: JsonSchema; each: boolean } | null {
  if (typeof schema.$ref === "string") {
    const target = resolve(schema.$ref);
    return target ? objectOf(target, resolve) : null;
  }
  if (schema.type === "object" && schema.properties) return { object: schema, each: false };
  if (schema.type === "array" && schema.items) {
    const inner = objectOf(schema.items as JsonSchema, resolve);
    return inner ? { object: inner.object, each: true } : null;
  }
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  const nonNull = options?.filter((option) => option.type !== "null");
  return nonNull?.length === 1 ? objectOf(nonNull[0], resolve) : null;
}

function fieldsTable(schema: JsonSchema, resolve: (ref: string) => JsonSchema | undefined, withRequired: boolean): string {
  const found = objectOf(schema, resolve);
  if (!found) return `A \`${typeLabel(schema)}\`.`;
  const required = new Set((found.object.required as string[] | undefined) ?? []);
  const rows = Object.entries(found.object.properties as Record<string, JsonSchema>).map(([name, field]) => [
    `\`${name}\``,
    `\`${typeLabel(field)}\``,
    ...(withRequired ? [required.has(name) ? "yes" : "no"] : []),
    fieldNotes(field),
  ]);
  const headers = ["name", "type", ...(withRequired ? ["required"] : []), "description"];
  return (found.each ? "A list; each item:\n\n" : "") + table(headers, rows);
}

function parametersTable(operation: Operation, where: "path" | "query"): string | null {
  const parameters = (operation.parameters ?? []).filter((parameter) => parameter.in === where);
  if (!parameters.length) return null;
  return table(
    ["name", "type", "required", "description"],
    parameters.map((parameter) => [
      `\`${parameter.name}\``,
      `\`${typeLabel(parameter.schema)}\``,
      parameter.required ? "yes" : "no",
      [parameter.description, fieldNotes(parameter.schema)].filter(Boolean).join("; "),
    ]),
  );
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function urlOf(path: string, operation: Operation): string {
  let url = path;
  const query: string[] = [];
  for (const parameter of operation.parameters ?? []) {
    const value = exampleOf(parameter.schema, parameter.name);
    if (parameter.in === "path") url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    else if (parameter.required)
      query.push(`${parameter.name}=${encodeURIComponent(Array.isArray(value) ? value.join(",") : String(value))}`);
  }
  return `${host}${url}${query.length ? `?${query.join("&")}` : ""}`;
}

function authorizationOf(operation: Operation): string | null {
  const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
  if (schemes.includes("apiToken")) return `$${tokenVariable}`;
  if (schemes.includes("metricsToken")) return `$${machineTokenSetting.metrics}`;
  if (schemes.includes("inboundToken")) return `$${machineTokenSetting.inbound}`;
  return null;
}

function curlOf(method: string, path: string, operation: Operation, resolve: (ref: string) => JsonSchema | undefined): string {
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} ${shellQuote(urlOf(path, operation))}`];
  const authorization = authorizationOf(operation);
  if (authorization) lines.push(`-H "Authorization: Bearer ${authorization}"`);
  const [mediaType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  if (mediaType === "application/json" && media) {
    lines.push(`-H "Content-Type: application/json"`, `-d ${shellQuote(JSON.stringify(exampleOf(media.schema, "", resolve), null, 2))}`);
  } else if (mediaType === "application/x-www-form-urlencoded" && media) {
    const fields = exampleOf(media.schema, "", resolve) as Record<string, unknown>;
    for (const [name, value] of Object.entries(fields)) lines.push(`--data-urlencode ${shellQuote(`${name}=${String(value)}`)}`);
  } else if (mediaType) {
    lines.push(`-H "Content-Type: message/rfc822"`, `--data-binary @reply.eml`);
  }
  return lines.join(" \\\n  ");
}

const isRepeat = (response: unknown) => (response as { "x-repeat"?: boolean })["x-repeat"] === true;

function successOf(operation: Operation): [string, Response] {
  // Numeric keys keep numeric order: a repeat's 200 comes before the 201 of the call that makes something.
  const [status, response] = Object.entries(operation.responses).find(([code, r]) => code.startsWith("2") && !isRepeat(r)) ?? [
    "200",
    { description: "" },
  ];
  return [status, response as Response];
}

function errorsOf(operation: Operation): string {
  const codes = Object.entries(operation.responses)
    .filter(([status]) => !status.startsWith("2"))
    .map(([, response]) => ("$ref" in response ? (response.$ref as string) : ""))
    .map((ref) => ref.split("/").pop() as string)
    .map((name) => (Object.keys(errorStatus) as ErrorCode[]).find((code) => code.replace(/_/g, "").toLowerCase() === name.toLowerCase()))
    .filter((code): code is ErrorCode => Boolean(code));
  return codes.map((code) => `${errorStatus[code]} \`${code}\``).join(", ");
}

function operationSection(method: string, path: string, operation: Operation, resolve: (ref: string) => JsonSchema | undefined): string {
  const parts = [`### ${method.toUpperCase()} \`${path}\``, operation.summary, operation.description];
  const pathTable = parametersTable(operation, "path");
  if (pathTable) parts.push("**Path parameters**", pathTable);
  const queryTable = parametersTable(operation, "query");
  if (queryTable) parts.push("**Query parameters**", queryTable);
  const [bodyType, body] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  if (bodyType && body) {
    const required = operation.requestBody?.required ? "" : " (optional)";
    parts.push(
      `**Body** (\`${bodyType}\`)${required}`,
      bodyType === "application/octet-stream" ? "The raw bytes of the message." : fieldsTable(body.schema, resolve, true),
    );
  }
  const [status, success] = successOf(operation);
  const [answerType, answer] = Object.entries(success.content ?? {})[0] ?? [];
  if (answerType === "application/json" && answer) parts.push(`**Answer** \`${status}\``, fieldsTable(answer.schema, resolve, false));
  else if (answerType) parts.push(`**Answer** \`${status}\` as \`${answerType}\`.`);
  else parts.push(`**Answer** \`${status}\`${status === "204" ? ", no content" : ""}.`);
  const repeats = Object.entries(operation.responses).filter(([, response]) => isRepeat(response));
  for (const [code, response] of repeats) parts.push(`\`${code}\`: ${(response as Response).description}`);
  const errors = errorsOf(operation);
  if (errors) parts.push(`**Errors:** ${errors}.`);
  parts.push("**Example**", "```sh\n" + curlOf(method, path, operation, resolve) + "\n```");
  if (answerType === "application/json" && answer) {
    parts.push("```json\n" + JSON.stringify(exampleOf(answer.schema, "", resolve), null, 2) + "\n```");
  }
  return parts.join("\n\n");
}

function rateLimitRows(document: OpenApiDocument): string[][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, operation]) => {
      const limit = operation["x-rate-limit"];
      if (!limit) return [];
      const window = limit.windowSeconds % 3600 === 0 ? `${limit.windowSeconds / 3600} h` : `${limit.windowSeconds / 60} min`;
      return [
        [
          `${method.toUpperCase()} \`${path}\``,
          `${limit.limit} per ${window}`,
          limit.per === "user" ? "user (address when anonymous)" : "client address",
        ],
      ];
    }),
  );
}

function introduction(document: OpenApiDocument): string {
  const codes = Object.keys(errorStatus) as ErrorCode[];
  return `# REST API

<!-- Generated by \`npm run docs:api\` from the routes' specs (lib/openapi): edit those, not this file. -->

${document.info.description}

The same description is served as an OpenAPI ${document.openapi} document at \`GET /api/openapi.json\`
and can be browsed, and tried, at \`/docs/api\` in the app (any signed-in user).

## Contents

- [Authentication](#authentication)
- [Errors](#errors)
- [Pagination](#pagination)
- [Rate limits](#rate-limits)
- [Idempotency](#idempotency)
- [Cross-site requests](#cross-site-requests)
${document.tags.map((tag) => `- [${tag["x-displayName"]}](#${anchor(tag["x-displayName"])})`).join("\n")}

## Authentication

A call is made as a user in one of two ways; each route below says who may call it.

- **The session cookie** (\`${sessionCookie}\`, \`__Secure-${sessionCookie}\` over HTTPS) of a
  browser signed in at \`/login\`. State-changing calls with it follow the
  [same-origin rule](#cross-site-requests).
- **A personal API token** in \`Authorization: Bearer orb_…\`. Create one at \`/account/tokens\`
  (every role; the user menu's "API tokens"), or with \`POST /api/me/tokens\` from a signed-in
  browser session (a token cannot create tokens): give it a name, a lifetime (7, 30, 90 or 365
  days, or a last day at most a year ahead) and its scopes. The secret is shown once; only its
  SHA-256 is stored, and lists show its first characters (\`orb_AbCd1234…\`).

  A token acts as its owner, with the owner's current role, **narrowed to its scopes**: each scope
  is one permission of the role matrix (\`lib/auth/permissions.ts\`, e.g. \`tickets:read\`,
  \`crm:write\`), and a token can only be given permissions its owner's role holds. A route answers
  403 unless its permission is among the token's scopes; the account's own routes need
  \`account:manage\`. An unknown, malformed, expired or revoked token, or one whose owner is
  disabled, is refused with 401 (the cookie is not looked at when a \`Bearer\` header is sent). Its
  last use (time and address) is recorded at most once a minute. Tokens are revoked by their owner
  (\`DELETE /api/me/tokens/{id}\`) or an admin (\`DELETE /api/tokens/{id}\`).

\`\`\`sh
curl -H "Authorization: Bearer $${tokenVariable}" ${host}/api/me
\`\`\`

Two machines have their own token instead: the metrics scraper
(\`Authorization: Bearer <${machineTokenSetting.metrics}>\` on \`GET /api/metrics\`) and the inbound
mail service (\`Authorization: Bearer <${machineTokenSetting.inbound}>\` on \`POST /api/inbound/email\`,
which answers 404 while the secret is unset).

## Errors

Every error answers one shape, with the status of its code:

\`\`\`json
${JSON.stringify(errorExample("VALIDATION"), null, 2)}
\`\`\`

\`fields\` (validation errors) names each invalid field by its dotted path with the reasons, as
message keys; \`meta\` carries machine-readable detail such as \`retryAfterSeconds\` or a \`reason\`.
Unexpected failures are logged and answered with a generic message, never a stack trace.

${table(
  ["status", "code", "meaning"],
  codes.map((code) => [String(errorStatus[code]), `\`${code}\``, errorMeaning[code]]),
)}

Each route lists the errors it can answer: those its policies imply (who may call, rate limit, body,
parameters) and those its service gives. Any route that reads the database may also answer 503.

## Pagination

Lists take \`page\` (from 1) and \`pageSize\` (each list its own default and maximum, at most 100)
and answer \`{ items, total, page, pageSize }\`, \`total\` counting every match of the filters. A
\`page\` past the end answers an empty \`items\`. Filters that take several values accept \`a,b\` or
a repeated parameter. The audit log is paged by keyset instead: \`older\` and \`newer\` cursors from
the previous answer (see [Audit log](#audit-log)).

## Rate limits

These routes count their calls in fixed windows shared by every instance of the app:

${table(["route", "limit", "counted per"], rateLimitRows(document))}

Each personal API token may also make 600 calls a minute, whatever the route. Past a limit the call
answers 429 \`RATE_LIMITED\` with a \`Retry-After\` header (seconds) and \`meta.retryAfterSeconds\`;
signing in and registering, which are not API routes, have their own limits. A 503 (database
unavailable) also carries \`Retry-After\`.

## Idempotency

\`POST /api/hosting/requests\` takes an \`idempotencyKey\` in its body (8–100 characters, one per
submission, e.g. a UUID). The first call creates the request and answers 201; a call with the same
key by the same customer creates nothing and answers 200 with the request created first, so a
client may retry a submission whose answer it lost. \`POST /api/inbound/email\` is idempotent by the
message's \`Message-ID\` (200 for one already received). Other writes are not: retry them only after
reading the current state.

## Cross-site requests

A state-changing call (\`POST\`, \`PUT\`, \`PATCH\`, \`DELETE\`) carried by the session cookie must
come from the app's own pages: a foreign or opaque \`Origin\` (or \`Referer\` when \`Origin\` is
absent) is refused with 403 (\`meta.reason\`: \`crossOrigin\`), and a JSON body must be sent as
\`application/json\` (\`meta.reason\`: \`contentType\`), which a form on another site cannot send.
A browser's \`fetch\` from the app's pages meets both. Calls with a token carry no ambient
authority and need neither.`;
}

export function apiMarkdown(document: OpenApiDocument): string {
  const resolve = createResolver(document);
  const sections = document.tags.map((tag) => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => operation.tags.includes(tag.name))
        .map(([method, operation]) => operationSection(method, path, operation, resolve)),
    );
    return [`## ${tag["x-displayName"]}`, tag.description, ...operations].join("\n\n");
  });
  return [introduction(document), ...sections].join("\n\n") + "\n";
}
