import { errorStatus, type ErrorCode } from "../errors";
import { machineTokenSetting, type JsonSchema, type OpenApiDocument, type Operation } from "./document";
import { exampleOf } from "./examples";

/**
 * The API's reference, read from the OpenAPI document once for its two readers: the guide in
 * docs/API.md (./markdown.ts) and the reference page in the app (/docs/api). Each operation with
 * its parameters, body, answer and errors as rows, and its examples.
 */

/** The host the examples call. */
export const exampleHost = "https://hosting.example";
export const tokenVariable = "ORBITE_TOKEN";

type Response = { description: string; content?: Record<string, { schema: JsonSchema }> };
type Resolve = (ref: string) => JsonSchema | undefined;

/** A field, or a parameter: its type in a few characters, and what it accepts beyond its type. */
export type FieldRow = { name: string; type: string; required: boolean; notes: string };
/** An object's fields (`each`: a list of such objects), or a value of another type. */
export type Fields = { kind: "fields"; each: boolean; rows: FieldRow[] } | { kind: "type"; type: string };

export type OperationReference = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  pathParameters: FieldRow[];
  queryParameters: FieldRow[];
  /** `fields` is null for a body of raw bytes. */
  body: { mediaType: string; required: boolean; fields: Fields | null; example: string | null } | null;
  answer: { status: string; mediaType: string | null; fields: Fields | null; example: string | null };
  /** Other successful answers: a repeated call's. */
  repeats: Array<{ status: string; description: string }>;
  errors: Array<{ status: number; code: ErrorCode }>;
  curl: string;
};

export type TagReference = { name: string; title: string; description: string; operations: OperationReference[] };

export function createResolver(document: OpenApiDocument): Resolve {
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
function objectOf(schema: JsonSchema, resolve: Resolve): { object: JsonSchema; each: boolean } | null {
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

function fieldsOf(schema: JsonSchema, resolve: Resolve): Fields {
  const found = objectOf(schema, resolve);
  if (!found) return { kind: "type", type: typeLabel(schema) };
  const required = new Set((found.object.required as string[] | undefined) ?? []);
  const rows = Object.entries(found.object.properties as Record<string, JsonSchema>).map(([name, field]) => ({
    name,
    type: typeLabel(field),
    required: required.has(name),
    notes: fieldNotes(field),
  }));
  return { kind: "fields", each: found.each, rows };
}

function parametersOf(operation: Operation, where: "path" | "query"): FieldRow[] {
  return (operation.parameters ?? [])
    .filter((parameter) => parameter.in === where)
    .map((parameter) => ({
      name: parameter.name,
      type: typeLabel(parameter.schema),
      required: parameter.required,
      notes: [parameter.description, fieldNotes(parameter.schema)].filter(Boolean).join("; "),
    }));
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
  return `${exampleHost}${url}${query.length ? `?${query.join("&")}` : ""}`;
}

function authorizationOf(operation: Operation): string | null {
  const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
  if (schemes.includes("apiToken")) return `$${tokenVariable}`;
  if (schemes.includes("metricsToken")) return `$${machineTokenSetting.metrics}`;
  if (schemes.includes("inboundToken")) return `$${machineTokenSetting.inbound}`;
  return null;
}

function curlOf(method: string, path: string, operation: Operation, resolve: Resolve): string {
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

function errorsOf(operation: Operation): OperationReference["errors"] {
  return Object.entries(operation.responses)
    .filter(([status]) => !status.startsWith("2"))
    .map(([, response]) => ("$ref" in response ? (response.$ref as string) : ""))
    .map((ref) => ref.split("/").pop() as string)
    .map((name) => (Object.keys(errorStatus) as ErrorCode[]).find((code) => code.replace(/_/g, "").toLowerCase() === name.toLowerCase()))
    .filter((code): code is ErrorCode => Boolean(code))
    .map((code) => ({ status: errorStatus[code], code }));
}

const jsonExample = (schema: JsonSchema, resolve: Resolve) => JSON.stringify(exampleOf(schema, "", resolve), null, 2);

function operationReference(method: string, path: string, operation: Operation, resolve: Resolve): OperationReference {
  const [bodyType, body] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  const [status, success] = successOf(operation);
  const [answerType, answer] = Object.entries(success.content ?? {})[0] ?? [];
  const jsonAnswer = answerType === "application/json" && answer;
  return {
    id: operation.operationId,
    method,
    path,
    summary: operation.summary,
    description: operation.description,
    pathParameters: parametersOf(operation, "path"),
    queryParameters: parametersOf(operation, "query"),
    body:
      bodyType && body
        ? {
            mediaType: bodyType,
            required: operation.requestBody?.required ?? false,
            fields: bodyType === "application/octet-stream" ? null : fieldsOf(body.schema, resolve),
            example: bodyType === "application/json" ? jsonExample(body.schema, resolve) : null,
          }
        : null,
    answer: {
      status,
      mediaType: answerType ?? null,
      fields: jsonAnswer ? fieldsOf(answer.schema, resolve) : null,
      example: jsonAnswer ? jsonExample(answer.schema, resolve) : null,
    },
    repeats: Object.entries(operation.responses)
      .filter(([, response]) => isRepeat(response))
      .map(([code, response]) => ({ status: code, description: (response as Response).description })),
    errors: errorsOf(operation),
    curl: curlOf(method, path, operation, resolve),
  };
}

/** The document's tags, each with its operations in the document's order. */
export function apiReference(document: OpenApiDocument): TagReference[] {
  const resolve = createResolver(document);
  return document.tags.map((tag) => ({
    name: tag.name,
    title: tag["x-displayName"],
    description: tag.description,
    operations: Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => operation.tags.includes(tag.name))
        .map(([method, operation]) => operationReference(method, path, operation, resolve)),
    ),
  }));
}
