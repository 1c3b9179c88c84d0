/*
 * What a person wrote in an emailed answer, without what their mail client added below it: the
 * quoted history ("> " lines, "On … wrote:" / "Le … a écrit :" and all that follows, Outlook's
 * "-----Original Message-----" and "From: / De :" headers), the signature after "-- ", and a
 * phone's "Sent from my …" line.
 */

/** A line that starts the quoted history or the signature: everything from it on is dropped. */
const cutLines: RegExp[] = [
  /^-{2,}\s*(original message|message d'origine|message original)\s*-{2,}\s*$/i,
  // A separator line (Outlook's, or a rule of an HTML message turned into text).
  /^[-_]{10,}\s*$/,
  /^--\s?$/,
  /^(sent from my|envoyé de mon|envoyé depuis mon)\b.{0,60}$/i,
];

/** "On … wrote:" and "Le … a écrit :", which clients wrap over up to three lines. */
const attribution = /^(on\b[\s\S]{0,400}\bwrote|le\b[\s\S]{0,400}\ba écrit)\s*:\s*$/i;

/** Outlook's header block of the quoted message: "From:" / "De :" followed by "Sent:", "Date:", "To:" or "Envoyé :". */
const headerStart = /^\*?(from|de)\s?:/i;
const headerNext = /^\*?(sent|date|to|envoyé|à|objet|subject)\s?:/i;

function startsHistory(lines: string[], at: number): boolean {
  const line = lines[at].trim();
  if (cutLines.some((pattern) => pattern.test(line))) return true;
  if (/^(on|le)\b/i.test(line)) {
    for (let span = 1; span <= 3 && at + span <= lines.length; span++) {
      if (
        attribution.test(
          lines
            .slice(at, at + span)
            .map((l) => l.trim())
            .join(" "),
        )
      )
        return true;
    }
  }
  if (headerStart.test(line)) {
    return lines.slice(at + 1, at + 4).some((next) => headerNext.test(next.trim()));
  }
  return false;
}

/** The answer's own text: quoted history and signature removed, blank lines tidied, trimmed; "" when nothing is left. */
export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (startsHistory(lines, at)) break;
    if (/^\s*>/.test(lines[at])) continue;
    kept.push(lines[at].replace(/\s+$/, ""));
  }
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
