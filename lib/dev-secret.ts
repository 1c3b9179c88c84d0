import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the generated development secret lives, so sessions survive a restart. */
export const devSecretPath = path.join(process.cwd(), ".data", "auth-secret");

/** Reads the secret kept under `.data/`, creating it on first use. */
export function readOrCreateDevSecret(): { secret: string; created: boolean } {
  if (existsSync(devSecretPath)) {
    const secret = readFileSync(devSecretPath, "utf8").trim();
    if (secret.length >= 32) return { secret, created: false };
  }
  mkdirSync(path.dirname(devSecretPath), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(devSecretPath, secret + "\n", { mode: 0o600 });
  return { secret, created: true };
}
