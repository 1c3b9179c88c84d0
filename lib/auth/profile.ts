import "server-only";
import type { Locale } from "@/i18n/locales";
import { db } from "../db";
import type { Actor } from "./roles";

/** The user's own contact details, to prefill the forms they fill in. */
export async function contactDetails(actor: Actor) {
  return db.user.findUnique({ where: { id: actor.id }, select: { name: true, email: true, company: true, phone: true } });
}

/** The user's language, kept on their profile so it follows them to another browser. */
export async function saveLocale(actor: Actor, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { locale } });
}
