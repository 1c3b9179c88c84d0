/*
 * Runs in the browser before hydration. The content security policy allows no eval: Zod must then
 * validate without compiling schemas into functions (jitless), and skip its `new Function` probe,
 * which the browser reports as a policy violation even though Zod catches the error.
 *
 * Zod keeps its configuration on `globalThis.__zod_globalConfig` and adopts an object set there
 * before it loads (`z.config()` writes to the same object). Setting it here rather than calling
 * `z.config()` keeps Zod out of the first load of pages that validate nothing.
 */
const zod = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zod.__zod_globalConfig ??= {}).jitless = true;
