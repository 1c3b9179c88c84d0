import type { JsonSchema } from "./document";

/**
 * A realistic, deterministic value for a JSON Schema: the schema's own `examples`, `example`,
 * `default`, `const` or first `enum` value when it has one, else one built from its type, format,
 * bounds and the property's name. The same schema always gives the same value, so the generated
 * guide only changes when the API does.
 */

const instant = "2026-03-14T09:30:00.000Z";

/** Values by property name, for strings without a format: what such a field holds in this product. */
const stringsByName: Array<[RegExp, string]> = [
  [/^(id|.+Id)$/, "cm8k2q4x70001la08h3b5c9de"],
  [/email/i, "jane.doe@example.com"],
  [/^(name|contactName)$/, "Jane Doe"],
  [/company/i, "Acme SARL"],
  [/phone/i, "+33 6 12 34 56 78"],
  [/^reference$/, "HR-2026-00042"],
  [/domain/i, "acme.example"],
  [/url|link|target/i, "https://acme.example/health"],
  [/password|confirm/i, "Correct-horse-battery-42"],
  [/token/i, "orb_9Xb2kQ7mN4pR8sT1vW3yZ6aC5dE0fG2hJ4kL7mNq"],
  [/idempotencyKey/i, "7d4f2c9e-1b3a-4e5f-8a6b-0c1d2e3f4a5b"],
  [/locale/i, "fr"],
  [/slug/i, "pro"],
  [/^(date|day)$|Day$/, "2026-03-14"],
  [/(At|On|From|To|Until)$/, instant],
  [/message|comment|body|notes?$/i, "Payments answer slowly; we are looking into it."],
  [/^(from|to)$/, "2026-03-01"],
  [/title|subject/i, "Checkout slower than usual"],
  [/^q$/, "acme"],
];

const stringsByFormat: Record<string, string> = {
  "date-time": instant,
  date: "2026-03-14",
  time: "09:30:00",
  email: "jane.doe@example.com",
  uri: "https://acme.example",
  url: "https://acme.example",
  uuid: "7d4f2c9e-1b3a-4e5f-8a6b-0c1d2e3f4a5b",
  cuid: "cm8k2q4x70001la08h3b5c9de",
  ipv4: "203.0.113.7",
  ipv6: "2001:db8::7",
};

function exampleString(schema: JsonSchema, name: string): string {
  const format = typeof schema.format === "string" ? stringsByFormat[schema.format] : undefined;
  const byName = stringsByName.find(([pattern]) => pattern.test(name))?.[1];
  let text = format ?? byName ?? (name ? name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() : "text");
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  while (text.length < min) text += text;
  return text.slice(0, max);
}

function exampleNumber(schema: JsonSchema, name: string): number {
  const integer = schema.type === "integer";
  const min =
    typeof schema.minimum === "number"
      ? schema.minimum
      : typeof schema.exclusiveMinimum === "number"
        ? schema.exclusiveMinimum + 1
        : undefined;
  const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
  let value = /cents$/i.test(name)
    ? 2900
    : /uptime|percent/i.test(name)
      ? 99.9
      : /^page$/.test(name)
        ? 1
        : /pageSize/.test(name)
          ? 20
          : /^(total|count)$/.test(name)
            ? 1
            : integer
              ? 2
              : 1.5;
  if (min !== undefined && value < min) value = min;
  if (max !== undefined && value > max) value = max;
  return value;
}

/** The schema a `$ref` names in the document's components. */
export type Resolve = (ref: string) => JsonSchema | undefined;

export function exampleOf(schema: JsonSchema, name = "", resolve: Resolve = () => undefined, depth = 0): unknown {
  if (depth > 12) return null;
  if (typeof schema.$ref === "string") {
    const target = resolve(schema.$ref);
    return target ? exampleOf(target, name, resolve, depth + 1) : {};
  }
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if ("example" in schema) return schema.example;
  if ("const" in schema) return schema.const;
  if ("default" in schema) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum.find((value) => value !== null) ?? null;
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const options = schema[key] as JsonSchema[] | undefined;
    // A typed schema's `allOf` only adds checks (several patterns of one string): its type says what to build.
    if (!options?.length || (key === "allOf" && schema.type)) continue;
    if (key === "allOf") return Object.assign({}, ...options.map((option) => exampleOf(option, name, resolve, depth + 1)));
    // The option that says most: not null, not the empty string a form may send instead.
    const chosen = options.find((option) => option.type !== "null" && option.const !== "") ?? options[0];
    return exampleOf(chosen, name, resolve, depth + 1);
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string":
      return exampleString(schema, name);
    case "integer":
    case "number":
      return exampleNumber(schema, name);
    case "boolean":
      return true;
    case "null":
      return null;
    case "array": {
      if (Array.isArray(schema.prefixItems))
        return (schema.prefixItems as JsonSchema[]).map((item) => exampleOf(item, name, resolve, depth + 1));
      const items = (schema.items as JsonSchema | undefined) ?? {};
      const count = Math.max(1, typeof schema.minItems === "number" ? schema.minItems : 1);
      const singular = name.replace(/ies$/, "y").replace(/s$/, "");
      return Array.from({ length: Math.min(count, 4) }, () => exampleOf(items, singular, resolve, depth + 1));
    }
    case "object":
    default: {
      const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
      const entries = Object.entries(properties).map(([key, value]) => [key, exampleOf(value, key, resolve, depth + 1)]);
      if (!entries.length && typeof schema.additionalProperties === "object") {
        return { key: exampleOf(schema.additionalProperties as JsonSchema, "", resolve, depth + 1) };
      }
      return Object.fromEntries(entries);
    }
  }
}
