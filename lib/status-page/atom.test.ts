import { describe, expect, it } from "vitest";
import { escapeXml, incidentsFeed, type FeedWords } from "./atom";

const words: FeedWords = {
  title: "Orbite — incidents",
  subtitle: "Sub",
  author: "Orbite",
  impact: (impact) => `impact:${impact}`,
  state: (state) => `state:${state}`,
  services: "Services",
};

describe("the incidents feed", () => {
  it("escapes markup and drops what XML cannot hold", () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;");
    expect(escapeXml("a\u0001b\uFFFEc")).toBe("abc");
    expect(escapeXml("ok é 🚀")).toBe("ok é 🚀");
  });

  it("has one entry per incident, updated at its latest update, with its updates newest first", () => {
    const xml = incidentsFeed(
      [
        {
          id: "i1",
          title: "<b>Down</b>",
          impact: "MAJOR",
          state: "RESOLVED",
          createdAt: "2026-01-01T10:00:00.000Z",
          resolvedAt: "2026-01-01T12:00:00.000Z",
          services: ["Email"],
          updates: [
            { state: "INVESTIGATING", message: "first", createdAt: "2026-01-01T10:00:00.000Z" },
            { state: "RESOLVED", message: "last", createdAt: "2026-01-01T12:00:00.000Z" },
          ],
        },
      ],
      words,
      "https://status.example",
      new Date("2026-01-02T00:00:00Z"),
    );
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain('<title type="text">&lt;b&gt;Down&lt;/b&gt;</title>');
    expect(xml).toContain("<updated>2026-01-01T12:00:00.000Z</updated>");
    expect(xml).toContain('href="https://status.example/api/status/feed.atom"');
    expect(xml.indexOf("last")).toBeLessThan(xml.indexOf("first"));
    expect(xml).toContain("Services: Email");
  });

  it("is a valid empty feed when there is no incident, updated now", () => {
    const xml = incidentsFeed([], words, "https://status.example", new Date("2026-01-02T00:00:00Z"));
    expect(xml).toContain("<updated>2026-01-02T00:00:00.000Z</updated>");
    expect(xml).not.toContain("<entry>");
  });
});
