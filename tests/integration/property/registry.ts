import { readdirSync } from "node:fs";
import path from "node:path";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { roles, type Role } from "@/lib/auth/roles";
import type { RouteHandler } from "@/lib/http";

/**
 * Every door the application has, found where it lives: the route modules under `app/api`, which
 * carry their specs, and the server actions of `lib/**\/actions.ts`. A new route or action is swept
 * without anyone listing it.
 */

const root = path.resolve(import.meta.dirname, "../../..");

export const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof methods)[number];
export type RouteSpec = RouteHandler["spec"];
export type Access = RouteSpec["access"];

/** Route modules that are not built with `route()`, and why. */
export const exemptRouteModules: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js's own sign-in handlers, not built with route(); its doors are tested in auth.test.ts",
};

/** Actions that take no input, and why they are not called. */
export const exemptActions: Record<string, string> = {
  "lib/auth/actions.ts#logoutAction": "a plain function, not a safe action: it takes no input and ends in Auth.js's signOut redirect",
};

export type RouteModule = { file: string; exports: Record<string, unknown> };
export type Route = { file: string; method: Method; handler: RouteHandler; spec: RouteSpec };

function filesUnder(dir: string, name: (file: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .map((file) => path.posix.join(dir, file.split(path.sep).join("/")))
    .filter(name)
    .sort();
}

/** Every `app/api/**\/route.ts`, imported. */
export async function routeModules(): Promise<RouteModule[]> {
  const files = filesUnder("app/api", (file) => file.endsWith("/route.ts"));
  return Promise.all(files.map(async (file) => ({ file, exports: (await import(path.join(root, file))) as Record<string, unknown> })));
}

export function isRouteHandler(value: unknown): value is RouteHandler {
  return typeof value === "function" && typeof (value as { spec?: unknown }).spec === "object";
}

/** The handlers of every route module but the exempt ones. */
export function routesOf(modules: RouteModule[]): Route[] {
  return modules
    .filter((m) => !(m.file in exemptRouteModules))
    .flatMap((m) =>
      methods.flatMap((method) => {
        const handler = m.exports[method];
        return isRouteHandler(handler) ? [{ file: m.file, method, handler, spec: handler.spec }] : [];
      }),
    );
}

/** Who calls: a role, or nobody signed in. */
export type Caller = Role | "ANONYMOUS";

/**
 * The callers a route admits: everyone on a public route, every role on `user`, else the roles
 * holding the permission; a route only a machine calls, with its token, is tried by anyone.
 */
export function callersOf(access: Access): Caller[] {
  if (access === "public") return ["ANONYMOUS", ...roles];
  if (access === "user") return [...roles];
  const permission = typeof access === "object" ? access.orPermission : access;
  if (!permission) return ["ANONYMOUS"];
  return roles.filter((role) => can(role, permission));
}

/** The names of a route's path parameters, from its OpenAPI path. */
export function pathParameters(spec: RouteSpec): string[] {
  return [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** The collection a path parameter names a record of: the segment before it (`/api/crm/leads/{id}` → `leads`). */
export function collectionOf(spec: RouteSpec, parameter: string): string | null {
  const segments = spec.path.split("/");
  const at = segments.indexOf(`{${parameter}}`);
  return at > 0 ? segments[at - 1] : null;
}

// The input schema of each safe action. next-safe-action keeps it private, so its client's builder
// methods are wrapped before any action module is loaded: each new client inherits its parent's schema.
const schemaOfClient = new WeakMap<object, z.ZodType>();
const schemaOfAction = new WeakMap<object, z.ZodType>();
const clientPrototype = Object.getPrototypeOf(createSafeActionClient()) as Record<string, unknown>;
for (const name of Object.getOwnPropertyNames(clientPrototype)) {
  const original = clientPrototype[name];
  if (name === "constructor" || typeof original !== "function") continue;
  clientPrototype[name] = function (this: object, ...args: unknown[]) {
    const result: unknown = original.apply(this, args);
    const schema = name === "inputSchema" && args[0] instanceof z.ZodType ? args[0] : schemaOfClient.get(this);
    if (schema && result && (typeof result === "object" || typeof result === "function")) {
      (typeof result === "function" ? schemaOfAction : schemaOfClient).set(result, schema);
    }
    return result;
  };
}

export type Action = { file: string; name: string; call: (input?: unknown) => Promise<unknown>; schema: z.ZodType | null };

/** The exported functions of every `lib/**\/actions.ts`, with the input schema each was built with. */
export async function serverActions(): Promise<{ actions: Action[]; exempt: string[] }> {
  const files = filesUnder("lib", (file) => file.endsWith("/actions.ts"));
  const actions: Action[] = [];
  const exempt: string[] = [];
  for (const file of files) {
    const exports = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== "function") continue;
      if (`${file}#${name}` in exemptActions) {
        exempt.push(`${file}#${name}`);
        continue;
      }
      actions.push({ file, name, call: value as Action["call"], schema: schemaOfAction.get(value) ?? null });
    }
  }
  return { actions, exempt };
}
