import type { RouteHandler } from "../http";
import { buildOpenApiDocument, type OpenApiDocument } from "./document";
import { apiReference, type TagReference } from "./reference";
import { routeModules } from "./routes";

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

const isRouteHandler = (value: unknown): value is RouteHandler =>
  typeof value === "function" && typeof (value as { spec?: unknown }).spec === "object";

/** Every handler built with `route()`, from every route module of app/api. */
export const routeHandlers = (): RouteHandler[] =>
  Object.values(routeModules).flatMap((module) => methods.map((method) => module[method]).filter(isRouteHandler));

let cached: OpenApiDocument | undefined;

/** The API's OpenAPI document, built once per process: the routes cannot change while it runs. */
export function apiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument(routeHandlers());
  return cached;
}

let reference: TagReference[] | undefined;

/** The reference page's reading of the same document, also once per process. */
export function apiDocumentReference(): TagReference[] {
  reference ??= apiReference(apiDocument());
  return reference;
}
