// @ts-check

/**
 * The content security policy of every API answer: it loads nothing and is never framed. Plain
 * JavaScript, because next.config.mjs sends it with every answer under /api (a production server
 * reads that file without compiling TypeScript).
 */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
