import fc from "fast-check";
import { z } from "zod";

/**
 * Hostile input, generated from the schemas the doors run: an object schema becomes objects that are
 * wrong in one or more ways (a field of the wrong type or beyond its limits, a required field
 * missing, extra keys, text PostgreSQL cannot store), mixed with values that fit no schema at all.
 * Fields named like record ids take the ids of existing records now and then, so that input on real
 * records reaches the services.
 */

/** The subset of JSON Schema (as `z.toJSONSchema` writes it) the generators read. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
};

const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();

/**
 * A schema's input side as JSON Schema; what it cannot say (preprocessing, transforms) is left open.
 * Converted once per schema (every sweep of a route reads it again), and read only.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = jsonSchemas.get(schema);
  if (!json) jsonSchemas.set(schema, (json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema));
  return json;
}

/** The ids of existing records by collection (`leads`, `tickets`, `users`…), read when a value is drawn. */
export type IdPool = () => Readonly<Record<string, readonly string[]>>;

/** Where an action may go further than JSON: what React's encoding of a server action's arguments can carry. */
export type Channel = "json" | "action";

// Marks a key left out of an object.
const ABSENT = Symbol("absent");
type Maybe = unknown | typeof ABSENT;

const LONE_HIGH = "\ud800";
const LONE_LOW = "\udc00";

/** Strings that have broken parsers, databases and URL handling before. */
export const hostileStrings: readonly string[] = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  LONE_HIGH,
  `x${LONE_LOW}y`,
  "\ud83d",
  "\ufeff",
  "\u202e\u202d",
  "\u200b\u200d",
  "\uffff\ufffe",
  "🦄",
  "👨‍👩‍👧‍👦",
  "e\u0301\u0301\u0301",
  "İıß",
  "%00",
  "%C0%AF",
  "%ff",
  "%",
  "%ZZ",
  "..",
  "../../etc/passwd",
  "/",
  "\\",
  "'",
  '"',
  "' OR '1'='1",
  '1; DROP TABLE "User" --',
  "<script>alert(1)</script>",
  "${7*7}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-1e309",
  "-0",
  "0x1F",
  " 42 ",
  "+1",
  "-1",
  "2147483648",
  "-2147483649",
  "9007199254740993",
  "99999999999999999999999",
  "0000-01-01",
  "9999-99-99",
  "2026-02-30",
  "1899-12-31",
  "3000-01-01",
  "-8640000000000000",
  "8640000000000001",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "2026-13-01T25:61:61Z",
  "true",
  "false",
  "[]",
  "{}",
  "a,b,,c",
  "%%%",
  "\\u0000",
];

/** Numbers beyond columns, ranges and precision. */
export const hostileNumbers: readonly number[] = [
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  -1,
  -0,
  0,
  0.5,
  -0.5,
  1e-7,
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e21,
  8_640_000_000_000_000,
  -8_640_000_000_000_000,
  8_640_000_000_000_001,
];

/** Dates no one means, as strings and as numbers of milliseconds. */
const hostileDates: readonly unknown[] = [
  "0000-01-01",
  "9999-99-99",
  "2026-02-30",
  "2026-02-29",
  "1899-12-31",
  "1900-01-01",
  "2999-12-31",
  "3000-01-01",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "2026-01-01T24:00:00Z",
  "2026-06-01T12:00:00+25:00",
  "now",
  -8_640_000_000_000_000,
  8_640_000_000_000_001,
  1e20,
  -1,
];

/** A name a record id goes by in input: `id`, `ids`, `leadId`, `assigneeId`… */
const idKey = /^(id|ids)$|Id$|Ids$/;

/** Which collection a key's ids come from; an unknown key takes ids of any record. */
function collectionFor(key: string): string | null {
  const name = key.replace(/Ids?$/, "").toLowerCase();
  if (["assignee", "customer", "user", "author", "createdby", "acknowledgedby"].includes(name)) return "users";
  if (["lead", "after", "before"].includes(name)) return "leads";
  if (name === "ticket") return "tickets";
  if (["servicecheck", "monitor", "check"].includes(name)) return "monitors";
  if (["hostingrequest", "request"].includes(name)) return "requests";
  if (name === "plan") return "plans";
  if (name === "rule" || name === "alertrule") return "alert-rules";
  if (name === "alert") return "alerts";
  if (name === "channel") return "alert-channels";
  if (name === "incident") return "incidents";
  if (name === "maintenance" || name === "window") return "maintenance";
  if (name === "session") return "sessions";
  if (name === "notification") return "notifications";
  if (name === "activity" || name === "task") return "activities";
  return null;
}

/** An id of an existing record of `collection` (any record when null or empty), drawn from the live pool. */
export function existingId(ids: IdPool, collection: string | null): fc.Arbitrary<string> {
  return fc.nat().map((n) => {
    const pool = ids();
    const own = collection ? pool[collection] : undefined;
    const all = own?.length ? own : Object.values(pool).flat();
    return all.length ? all[n % all.length] : "missing";
  });
}

/** Ids that name nothing, or cannot be ids at all. */
export function hostileIds(ids: IdPool): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...hostileStrings), weight: 6 },
    { arbitrary: fc.constantFrom("%00", "%C0%AF", "%ED%A0%80", "%2e%2e%2f", "..%2f", "%", "%%", "/"), weight: 2 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 60 }), weight: 2 },
    { arbitrary: fc.string({ unit: "grapheme", minLength: 41, maxLength: 300 }), weight: 1 },
    { arbitrary: fc.integer({ min: 41, max: 50_000 }).map((n) => "c".repeat(n)), weight: 1 },
    // An existing id spoiled: a character more, its case changed, NUL or a lone half appended.
    {
      arbitrary: fc
        .tuple(existingId(ids, null), fc.constantFrom("x", "\u0000", LONE_HIGH, "%00", "/..", "\u200b"))
        .map(([id, suffix]) => id + suffix),
      weight: 2,
    },
    { arbitrary: existingId(ids, null).map((id) => id.toUpperCase()), weight: 1 },
  );
}

/** Values that fit no schema: wrong types, limits, unstorable text, deep nesting, prototype keys. */
export function hostileValue(channel: Channel): fc.Arbitrary<unknown> {
  const arbitraries: Array<{ arbitrary: fc.Arbitrary<unknown>; weight: number }> = [
    { arbitrary: fc.constantFrom(...hostileStrings), weight: 8 },
    { arbitrary: fc.constantFrom(...hostileNumbers), weight: 4 },
    { arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [[]], [null], { "": "" }), weight: 3 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 2 },
    { arbitrary: hugeString(), weight: 1 },
    { arbitrary: fc.double(), weight: 1 },
    { arbitrary: fc.integer(), weight: 1 },
    { arbitrary: nested(), weight: 1 },
    { arbitrary: pollution(), weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  ];
  if (channel === "action") {
    arbitraries.push(
      {
        arbitrary: fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, undefined, new Date(Number.NaN), new Date(8.64e15)),
        weight: 3,
      },
      { arbitrary: fc.bigInt(), weight: 1 },
      { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
      {
        arbitrary: fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withObjectString: true,
          maxDepth: 3,
        }),
        weight: 2,
      },
    );
  }
  return fc.oneof(...arbitraries);
}

/** Long text: well within a body, around common limits, and unicode that is longer in bytes than in characters. */
function hugeString(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 101, max: 100_000 }), fc.constantFrom("x", "é", "🦄", "\u0301", " "))
    .map(([n, unit]) => unit.repeat(n));
}

/** Arrays and objects nested deeper than any form, but within the body limit. */
function nested(): fc.Arbitrary<unknown> {
  return fc.tuple(fc.integer({ min: 20, max: maxNesting }), fc.boolean()).map(([depth, asArray]) => {
    let value: unknown = asArray ? [] : {};
    for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
    return value;
  });
}

/** How deep generated values nest: far past what the doors accept (32), within the body limit. */
const maxNesting = 500;

/** An object with own `__proto__` and `constructor` keys, as JSON.parse makes them. */
function pollution(): fc.Arbitrary<unknown> {
  return fc
    .constantFrom(
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
    )
    .map((text) => JSON.parse(text) as unknown);
}

/** Keys no schema has: prototype keys, empty, unstorable, huge. */
const hostileKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "", " ", "\u0000", LONE_HIGH, "a.b", "0", "toString", "$where"),
  fc.string({ maxLength: 10 }),
  fc.integer({ min: 200, max: 5_000 }).map((n) => "k".repeat(n)),
);

function types(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

function branches(schema: JsonSchema): JsonSchema[] | undefined {
  return schema.anyOf ?? schema.oneOf;
}

/** A value the schema plausibly accepts (its type, within its limits); the key hints at ids. */
export function plausible(schema: JsonSchema, key: string, ids: IdPool): fc.Arbitrary<unknown> {
  const anyOf = branches(schema);
  if (anyOf) return fc.oneof(...anyOf.map((branch) => plausible(branch, key, ids)));
  if (schema.allOf?.length) return plausible(schema.allOf[0], key, ids);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const [type] = types(schema);
  switch (type) {
    case "string":
      return plausibleString(schema, key, ids);
    case "integer":
      return fc.integer({ min: Math.max(schema.minimum ?? 0, -(2 ** 31)), max: Math.min(schema.maximum ?? 1_000, 2 ** 31 - 1) });
    case "number":
      return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000, noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const min = schema.minItems ?? 0;
      const item = schema.items ? plausible(schema.items, key.replace(/s$/, ""), ids) : fc.jsonValue({ maxDepth: 1 });
      return fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(schema.maxItems ?? 4, 4)) });
    }
    case "object":
      return objectOf(schema, ids, { corrupt: false });
    default:
      // Open (preprocessed, coerced): dates and numbers are what such fields usually take.
      return fc.oneof(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom("", "2026-03-01", "true", "1"),
        fc.integer({ min: 0, max: 100 }),
      );
  }
}

function plausibleString(schema: JsonSchema, key: string, ids: IdPool): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
  // Stretched and cut rather than filtered: a pattern's short matches would be refused by a long
  // minimum again and again, and a filter then never ends. Repeating a match of `^[…]+$` keeps it a match.
  const fitting = (arbitrary: fc.Arbitrary<string>) =>
    arbitrary.map((s) => {
      let out = s;
      while (out.length > 0 && out.length < min) out += s;
      return out.slice(0, schema.maxLength ?? out.length);
    });
  if (idKey.test(key)) {
    return fc.oneof(
      { arbitrary: existingId(ids, collectionFor(key)), weight: 3 },
      { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 1 },
    );
  }
  if (schema.format === "email" || /email/i.test(key)) return fitting(fc.emailAddress());
  if (schema.pattern) {
    try {
      return fitting(fc.stringMatching(new RegExp(schema.pattern)));
    } catch {
      // A pattern fast-check cannot invert (lookarounds): any text, mostly refused.
    }
  }
  return fc.string({ minLength: min, maxLength: max, unit: "grapheme" }).filter((s) => s.trim().length >= Math.min(min, 1));
}

/** A value the schema refuses: the wrong type, just past a limit, outside an enum, unstorable text. */
export function wrong(schema: JsonSchema, key: string, ids: IdPool, channel: Channel): fc.Arbitrary<unknown> {
  const targeted: fc.Arbitrary<unknown>[] = [];
  const anyOf = branches(schema);
  const [type] = anyOf ? types(anyOf.find((b) => b.type !== "null") ?? {}) : types(schema);
  if (schema.enum) {
    const values = schema.enum.map(String);
    targeted.push(
      fc.constantFrom(...values.map((v) => v.toLowerCase() + (v === v.toLowerCase() ? "x" : "")), ...values.map((v) => ` ${v}\u0000`)),
    );
  }
  switch (type) {
    case "string": {
      const max = schema.maxLength;
      if (max !== undefined) targeted.push(fc.integer({ min: max + 1, max: max + 64 }).map((n) => "w".repeat(n)));
      if (schema.minLength) targeted.push(fc.constantFrom("", " ".repeat(schema.minLength), "x".repeat(schema.minLength - 1)));
      targeted.push(fc.constantFrom<unknown>(0, -1, 2 ** 31, true, null, [], {}, ["a"], { toString: "x" }));
      if (idKey.test(key)) targeted.push(hostileIds(ids));
      break;
    }
    case "integer":
    case "number": {
      const { minimum, maximum } = schema;
      if (minimum !== undefined) targeted.push(fc.constantFrom(minimum - 1, minimum - 0.5, -(2 ** 31) - 1, -Number.MAX_VALUE));
      if (maximum !== undefined) targeted.push(fc.constantFrom(maximum + 1, maximum + 0.5, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE));
      if (type === "integer") targeted.push(fc.constantFrom(0.5, 1.000001, 1e-7));
      targeted.push(fc.constantFrom<unknown>("NaN", "Infinity", "-Infinity", "1e309", "abc", "0x10", "1,5", {}, ["1", "2"], true));
      if (channel === "action") targeted.push(fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, 10n));
      break;
    }
    case "boolean":
      targeted.push(fc.constantFrom<unknown>("true", "false", "1", 1, 0, "yes", null, [], {}));
      break;
    case "array": {
      const min = schema.minItems ?? 0;
      if (min > 0) targeted.push(fc.constant([]));
      if (schema.maxItems !== undefined) {
        const count = Math.min(schema.maxItems + 1, 20_000);
        const item = schema.items ? plausible(schema.items, key.replace(/s$/, ""), ids) : fc.constant("x");
        targeted.push(
          fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => Array.from({ length: count }, (_, i) => items[i % items.length])),
        );
      }
      if (schema.items) targeted.push(fc.array(wrong(schema.items, key.replace(/s$/, ""), ids, channel), { minLength: 1, maxLength: 4 }));
      targeted.push(fc.constantFrom<unknown>("a,b", {}, { 0: "a", length: 1 }, null));
      break;
    }
    case "object":
      targeted.push(objectOf(schema, ids, { corrupt: true, channel }), fc.constantFrom<unknown>([], "{}", null, 1));
      break;
    default:
      // Open fields are mostly dates and coerced numbers.
      targeted.push(fc.constantFrom(...hostileDates));
  }
  return fc.oneof({ arbitrary: fc.oneof(...targeted), weight: 3 }, { arbitrary: hostileValue(channel), weight: 2 });
}

type ObjectOptions = { corrupt: boolean; channel?: Channel };

/**
 * An object of the schema's keys: each one left out, plausible or wrong. When `corrupt`, one key at
 * least is wrong (or a required one left out) nine times in ten, and hostile extra keys come along.
 */
export function objectOf(schema: JsonSchema, ids: IdPool, { corrupt, channel = "json" }: ObjectOptions): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const required = new Set(schema.required ?? []);
  const entry = (key: string): fc.Arbitrary<Maybe> =>
    corrupt
      ? fc.oneof(
          { arbitrary: fc.constant(ABSENT), weight: required.has(key) ? 1 : 3 },
          { arbitrary: plausible(properties[key], key, ids), weight: 6 },
          { arbitrary: wrong(properties[key], key, ids, channel), weight: 2 },
        )
      : required.has(key)
        ? plausible(properties[key], key, ids)
        : fc.oneof({ arbitrary: fc.constant(ABSENT), weight: 1 }, { arbitrary: plausible(properties[key], key, ids), weight: 2 });
  const base = fc.tuple(...keys.map(entry));
  if (!corrupt) return base.map((values) => assemble(keys, values, [], []));
  const forced = keys.length
    ? fc.option(
        fc.oneof(
          ...keys.map((key) =>
            fc.tuple(
              fc.constant(key),
              required.has(key)
                ? fc.oneof(wrong(properties[key], key, ids, channel), fc.constant(ABSENT))
                : wrong(properties[key], key, ids, channel),
            ),
          ),
        ),
        { freq: 10 },
      )
    : fc.constant(null);
  const extras = fc.option(fc.array(fc.tuple(hostileKey, hostileValue(channel)), { minLength: 1, maxLength: 3 }), { freq: 4 });
  return fc.tuple(base, forced, extras).map(([values, force, extra]) => assemble(keys, values, force ? [force] : [], extra ?? []));
}

/** Builds the object with own properties only, so `__proto__` is a key like any other, as JSON.parse would make it. */
function assemble(
  keys: string[],
  values: Maybe[],
  forced: Array<[string, Maybe]>,
  extras: Array<[string, unknown]>,
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const put = (key: string, value: Maybe) => {
    if (value === ABSENT) delete object[key];
    else Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  };
  keys.forEach((key, i) => put(key, values[i]));
  for (const [key, value] of forced) put(key, value);
  for (const [key, value] of extras) put(key, value);
  return object;
}

/** Input for a schema: mostly objects wrong in some way, then values of no shape, then anything at all. */
export function inputFor(schema: JsonSchema | null, ids: IdPool, channel: Channel): fc.Arbitrary<unknown> {
  const anything =
    channel === "action" ? fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, maxDepth: 3 }) : fc.jsonValue();
  if (!schema) return fc.oneof({ arbitrary: hostileValue(channel), weight: 3 }, { arbitrary: anything, weight: 1 });
  const shaped =
    types(schema).includes("object") || schema.properties
      ? objectOf(schema, ids, { corrupt: true, channel })
      : wrong(schema, "", ids, channel);
  return fc.oneof({ arbitrary: shaped, weight: 12 }, { arbitrary: hostileValue(channel), weight: 3 }, { arbitrary: anything, weight: 1 });
}
