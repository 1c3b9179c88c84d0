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

/**
 * A built-in check's or rule's name as a fact: its key, which the UI translates when it shows the
 * title (`{livepulseNames.<key>}`), so each reader sees it in their own language.
 */
export function builtinNameFact(nameKey: string): string {
  return `{livepulseNames.${nameKey}}`;
}

const builtinName = /^\{livepulseNames\.(\w+)\}$/;

/** A title's facts with each built-in name translated by `translate` (unknown keys stay as they are). */
export function translateFacts(title: string, translate: (key: string) => string | null): string {
  return title
    .split(" · ")
    .map((part) => {
      const key = builtinName.exec(part)?.[1];
      return (key && translate(key)) ?? part;
    })
    .join(" · ");
}
