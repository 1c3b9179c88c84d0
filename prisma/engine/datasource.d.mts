// Types for datasource.mjs, imported by prisma.config.ts and scripts/*.ts.
export declare const PGLITE_HOST: string;
/** Placeholder datasource URL meaning "the embedded PGlite database". */
export declare const PGLITE_URL: string;
export declare const REPO_ROOT: string;
export declare const DEFAULT_PGLITE_DIR: string;
export declare function isPgliteUrl(url: string | undefined): boolean;
export declare function isPostgresUrl(url: string | undefined): boolean;
/** PGLITE_DIR (absolute, or `memory://…`), defaulting to <repo>/.data/pglite. */
export declare function resolvePgliteDir(env?: NodeJS.ProcessEnv): string;
export declare function isMemoryDir(dir: string): boolean;
export declare function ensurePgliteParent(dir: string): void;
