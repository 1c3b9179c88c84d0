/**
 * The incidents as an Atom 1.0 feed (RFC 4287), pure. One entry per incident, updated whenever the
 * incident is: its title, its impact and state, and its updates newest first as plain text (the
 * readers show text as text: nothing a staff member types can become markup).
 */

export type FeedIncident = {
  id: string;
  title: string;
  impact: string;
  state: string;
  createdAt: string;
  resolvedAt: string | null;
  services: string[];
  updates: Array<{ state: string; message: string; createdAt: string }>;
};

export type FeedWords = {
  title: string;
  subtitle: string;
  author: string;
  impact: (impact: string) => string;
  state: (state: string) => string;
  services: string;
};

const xmlSpecial: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text as XML character data or attribute value; characters XML 1.0 cannot hold at all are dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/[&<>"']/g, (c) => xmlSpecial[c]);
}

function entryText(incident: FeedIncident, words: FeedWords): string {
  const head = `${words.impact(incident.impact)} · ${words.state(incident.state)}`;
  const services = incident.services.length ? `\n${words.services}: ${incident.services.join(", ")}` : "";
  const updates = [...incident.updates]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((update) => `${words.state(update.state)} (${update.createdAt})\n${update.message}`);
  return [head + services, ...updates].join("\n\n");
}

/** The feed's XML; `incidents` newest first, `baseUrl` without a trailing slash. */
export function incidentsFeed(incidents: readonly FeedIncident[], words: FeedWords, baseUrl: string, now: Date): string {
  const lastChange = (incident: FeedIncident) =>
    [incident.createdAt, incident.resolvedAt ?? "", ...incident.updates.map((u) => u.createdAt)].sort().at(-1) ?? incident.createdAt;
  const updated = incidents.map(lastChange).sort().at(-1) ?? now.toISOString();
  const page = `${baseUrl}/status`;
  const entries = incidents.map(
    (incident) => `  <entry>
    <id>${escapeXml(`${page}#incident-${incident.id}`)}</id>
    <title type="text">${escapeXml(incident.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(`${page}#incident-${incident.id}`)}"/>
    <published>${escapeXml(incident.createdAt)}</published>
    <updated>${escapeXml(lastChange(incident))}</updated>
    <content type="text">${escapeXml(entryText(incident, words))}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(page)}</id>
  <title type="text">${escapeXml(words.title)}</title>
  <subtitle type="text">${escapeXml(words.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${baseUrl}/api/status/feed.atom`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>
  <updated>${escapeXml(updated)}</updated>
  <author><name>${escapeXml(words.author)}</name></author>
${entries.join("\n")}
</feed>
`;
}
