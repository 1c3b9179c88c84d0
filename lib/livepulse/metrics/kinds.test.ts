import { describe, expect, it } from "vitest";
import { isExcludedPath } from "./kinds";

describe("requests left out of the figures", () => {
  it("skips the scraper, the live views that read the figures, the realtime stream and files", () => {
    for (const path of [
      "/api/metrics",
      "/api/livepulse/metrics/realtime",
      "/api/realtime/stream",
      "/_next/static/chunks/a.js",
      "/favicon.ico",
      "/logo.svg",
    ]) {
      expect(isExcludedPath(path)).toBe(true);
    }
  });

  it("keeps pages and the rest of the API", () => {
    for (const path of ["/livepulse", "/crm/leads/[id]", "/api/hosting/plans/{id}", "/api/livepulse/alerts"]) {
      expect(isExcludedPath(path)).toBe(false);
    }
  });
});
