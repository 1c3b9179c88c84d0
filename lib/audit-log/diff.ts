/**
 * What an audit row changed: its `before` and `after` snapshots compared field by field, nested
 * objects flattened to dotted paths (`tagline.fr`), arrays compared whole. Only changed fields come
 * out; a creation lists what it set, a deletion what it removed.
 */
export type FieldChange = {
  /** Dotted path of the field; empty when the snapshot is not an object. */
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
};

type Flat = Map<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Nested objects deeper than this are compared whole: a snapshot is a row, not a document. */
const maxDepth = 4;

function flatten(value: unknown, prefix = "", depth = 0, into: Flat = new Map()): Flat {
  if (isPlainObject(value) && depth < maxDepth && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, depth + 1, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

/** JSON with sorted keys, so two objects with the same content compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

const present = (value: unknown) => value !== undefined && value !== null;

export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  if (!present(before) && !present(after)) return [];
  const old = present(before) ? flatten(before) : new Map<string, unknown>();
  const next = present(after) ? flatten(after) : new Map<string, unknown>();
  const paths = [...new Set([...old.keys(), ...next.keys()])];
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const inOld = old.has(path);
    const inNext = next.has(path);
    if (inOld && inNext) {
      if (canonical(old.get(path)) !== canonical(next.get(path))) {
        changes.push({ path, kind: "changed", before: old.get(path), after: next.get(path) });
      }
    } else if (inNext) {
      changes.push({ path, kind: "added", after: next.get(path) });
    } else {
      changes.push({ path, kind: "removed", before: old.get(path) });
    }
  }
  return changes;
}

/** A value as text: strings as they are, everything else as indented JSON. */
export function auditValueText(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}
