import { getTranslations } from "next-intl/server";

type Named = { name: string; nameKey?: string | null };

/**
 * How the server cards name a check or a rule: a built-in one by its translated name (its key under
 * `livepulseNames`), any other by the name someone gave it.
 */
export async function livepulseNames() {
  const t = await getTranslations("livepulseNames");
  return ({ name, nameKey }: Named) => (nameKey && t.has(nameKey as "database") ? t(nameKey as "database") : name);
}
