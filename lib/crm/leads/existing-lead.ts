import "server-only";
import type { Tx } from "../../db";
import { AppError } from "../../errors";

/** The lead a write is about, or the 404 every lead write answers when it is gone. */
export async function existingLead(tx: Tx, id: string) {
  const lead = await tx.cRMLead.findUnique({ where: { id } });
  if (!lead) throw new AppError("NOT_FOUND", "This lead does not exist.");
  return lead;
}
