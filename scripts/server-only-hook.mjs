/**
 * Lets a Node script (benchmarks) import the app's server modules: `server-only` only guards the
 * browser bundle, so outside Next it resolves to an empty module.
 *   tsx --import ./scripts/server-only-hook.mjs scripts/…
 */
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
