import { describe, expect, it } from "vitest";
import { createTokenSchema, expiresAtOf } from "./schemas";
import { tokenStatus } from "./statuses";

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const base = { name: "CI", scopes: ["tickets:read"] };

describe("a new token's input", () => {
  it("takes a number of days or a date within a year", () => {
    expect(createTokenSchema.safeParse({ ...base, expiry: "30" }).success).toBe(true);
    expect(createTokenSchema.safeParse({ ...base, expiry: "date", expiresOn: day(200) }).success).toBe(true);
    expect(createTokenSchema.safeParse({ ...base, expiry: "400" }).success).toBe(false);
  });

  it("refuses a date in the past, beyond a year, or impossible", () => {
    for (const [expiresOn, message] of [
      [day(-2), "expiryRange"],
      [day(370), "expiryRange"],
      ["2026-02-30", "invalidDate"],
      ["tomorrow", "invalidDate"],
      [undefined, "invalidDate"],
    ]) {
      const result = createTokenSchema.safeParse({ ...base, expiry: "date", expiresOn });
      expect(result.success, String(expiresOn)).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["expiresOn"], message });
    }
  });

  it("wants a name and at least one known scope, each once", () => {
    expect(createTokenSchema.safeParse({ ...base, name: " ", expiry: "7" }).success).toBe(false);
    expect(createTokenSchema.safeParse({ ...base, scopes: [], expiry: "7" }).error?.issues[0].message).toBe("scopesRequired");
    expect(createTokenSchema.safeParse({ ...base, scopes: ["root"], expiry: "7" }).success).toBe(false);
    expect(createTokenSchema.parse({ ...base, scopes: ["tickets:read", "tickets:read"], expiry: "7" }).scopes).toEqual(["tickets:read"]);
  });

  it("expires after its days, or at the end of its day", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    expect(expiresAtOf({ expiry: "7" }, now).toISOString()).toBe("2026-03-08T10:00:00.000Z");
    expect(expiresAtOf({ expiry: "date", expiresOn: "2026-06-30" }, now).toISOString()).toBe("2026-06-30T23:59:59.999Z");
  });

  it("is active, expired or revoked", () => {
    const now = new Date();
    expect(tokenStatus({ expiresAt: new Date(now.getTime() + 1000), revokedAt: null }, now)).toBe("active");
    expect(tokenStatus({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(tokenStatus({ expiresAt: new Date(now.getTime() + 1000), revokedAt: now }, now)).toBe("revoked");
  });
});
