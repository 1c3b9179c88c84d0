import { getTranslations } from "next-intl/server";

type Named = { name: string; nameKey?: string | null };
type NamedAlert = { title: string | null; message: string; rule: Named | null };

/**
 * How the server cards name a check or a rule: a built-in one by its translated name (its key under
 * `livepulseNames`), any other by the name someone gave it.
 */
export async function livepulseNames() {
  const t = await getTranslations("livepulseNames");
  return ({ name, nameKey }: Named) => (nameKey && t.has(nameKey as "database") ? t(nameKey as "database") : name);
}

/** How the server cards name an alert: by its rule, or by the title it was raised with. */
export async function alertNames() {
  const nameOf = await livepulseNames();
  return (alert: NamedAlert) => (alert.rule ? nameOf(alert.rule) : (alert.title ?? alert.message));
}
