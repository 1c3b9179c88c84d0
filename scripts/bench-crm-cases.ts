import type { Actor } from "../lib/auth/roles";

/** Dashboard and analytics cases of the CRM benchmark. */
export function benchCases(actor: Actor): Array<{ name: string; run: () => Promise<unknown> }> {
  void actor;
  return [];
}
