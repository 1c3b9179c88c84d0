import { describe, expect, it } from "vitest";
import { bearerCredentials, displayPrefix, hashToken, isTokenShaped, newTokenSecret } from "./token";

describe("personal API tokens", () => {
  it("are orb_ and 40 base62 characters, each one new", () => {
    const tokens = Array.from({ length: 50 }, newTokenSecret);
    for (const token of tokens) expect(isTokenShaped(token), token).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("are stored as their SHA-256 and shown by their first characters", () => {
    const token = newTokenSecret();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token.slice(4));
    expect(displayPrefix(token)).toBe(token.slice(0, 12));
  });

  it("refuse what has another shape", () => {
    for (const value of ["", "orb_", "orb_short", `orb_${"a".repeat(39)}!`, `ORB_${"a".repeat(40)}`, `orb_${"a".repeat(41)}`]) {
      expect(isTokenShaped(value), value).toBe(false);
    }
  });

  it("are read from a Bearer authorization, whatever its case and spacing", () => {
    expect(bearerCredentials(null)).toBeNull();
    expect(bearerCredentials("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerCredentials("Bearer orb_abc")).toBe("orb_abc");
    expect(bearerCredentials("bearer   orb_abc  ")).toBe("orb_abc");
    expect(bearerCredentials("Bearer")).toBe("");
    expect(bearerCredentials("Bearer ")).toBe("");
    expect(bearerCredentials("Bearerorb_abc")).toBeNull();
  });
});
