// Loads the WebAssembly build of Prisma's schema engine.
//
// The package's entry point (`schema_engine.js`) does
// `import * as wasm from "./schema_engine_bg.wasm"`, an ES-module WebAssembly
// import that Node 20 cannot evaluate. So we do by hand what that file does:
// instantiate the .wasm with the package's JS glue module as its import
// object, hand the instance back to the glue, then run the start function.

import { readFile } from "node:fs/promises";

/** @typedef {typeof import("@prisma/schema-engine-wasm/schema_engine_bg")} SchemaEngineWasm */

/** @type {Promise<SchemaEngineWasm> | undefined} */
let loading;

/** @returns {Promise<SchemaEngineWasm>} */
export function loadSchemaEngineWasm() {
  loading ??= load();
  return loading;
}

async function load() {
  // `./schema_engine_bg` is an exported subpath; the .wasm sits beside it.
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(new URL("schema_engine_bg.wasm", glueUrl));
  const compiled = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(compiled, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new Error("@prisma/schema-engine-wasm: the module exports no __wbindgen_start.");
  start();
  return glue;
}
