/**
 * Notification titles are facts, joined by a middle dot, in no language: the UI puts the
 * translated label of the notification's type in front of them.
 */
export function facts(...parts: Array<string | null | undefined>): string {
  return parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" · ");
}

/** A few names of a longer list, then how many more: `Acme, Globex, Initech +9`. */
export function someOf(names: readonly string[], shown = 3): string {
  const head = names.slice(0, shown).join(", ");
  return names.length > shown ? `${head} +${names.length - shown}` : head;
}

/** Titles carry at most this many characters (a subject may be long). */
export function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
