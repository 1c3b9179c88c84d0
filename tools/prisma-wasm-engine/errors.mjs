// What the shim tells the CLI about a failure: an error's message and code,
// read from whatever was thrown (engine errors, pg errors, our own).

/** An error the CLI shows as "<code>: <message>". */
export class UserFacingError extends Error {
  /**
   * @param {string} code  a Prisma error code, e.g. P1003
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * The `code` of a thrown value: a Prisma code (P3006), a PostgreSQL SQLSTATE
 * (3D000) or a Node.js system error code (ECONNREFUSED).
 * @param {unknown} error
 * @returns {string | undefined}
 */
export function errorCode(error) {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" ? code : undefined;
}

/**
 * The message of a thrown value, without the "   0: schema_engine_wasm::…"
 * span trace the WASM engine appends, but keeping the one useful thing in it:
 * which migration failed.
 * @param {unknown} error
 */
export function errorMessage(error) {
  const raw = typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
  const message = typeof raw === "string" ? raw : String(error);
  const cut = message.search(/\n\s*0: [a-z_]+::/);
  if (cut === -1) return message.trimEnd();
  const text = message.slice(0, cut).trimEnd();
  const migration = /migration_name="([^"]+)"/.exec(message.slice(cut))?.[1];
  return migration && !text.includes(migration) ? `${text}\n\nMigration name: ${migration}` : text;
}
