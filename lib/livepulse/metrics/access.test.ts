import { describe, expect, it } from "vitest";
import { hasMetricsToken } from "./access";

const token = "s3cret-scraper-token-0123456789";

describe("metrics token", () => {
  it("accepts exactly the configured bearer token", () => {
    expect(hasMetricsToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasMetricsToken(`Bearer ${token}x`, token)).toBe(false);
    expect(hasMetricsToken(token, token)).toBe(false);
    expect(hasMetricsToken(null, token)).toBe(false);
  });

  it("accepts nothing when no token is configured", () => {
    expect(hasMetricsToken("Bearer ", undefined)).toBe(false);
    expect(hasMetricsToken(`Bearer ${token}`, undefined)).toBe(false);
  });
});
