import { describe, expect, it } from "vitest";
import { checkReplyToken, readReplyToken, replyAddressFor, replyTokenDays, signReplyToken, tokenInAddress } from "./reply-token";

const key = Buffer.alloc(32, 7);
const ticket = { id: "cmticket00000000000000001", number: 1234, customerId: "cmuser000000000000000001" };
const now = new Date("2026-12-05T12:00:00Z");
const day = 86_400_000;

describe("reply tokens", () => {
  it("are short, lower-case and URL-safe, and fit a local part with the address's own", () => {
    const token = signReplyToken(key, ticket, now);
    expect(token).toMatch(/^[a-z2-7]{39}$/);
    const address = replyAddressFor("support@example.com", token);
    expect(address).toBe(`support+t-${token}@example.com`);
    expect(address.split("@")[0].length).toBeLessThanOrEqual(64);
    expect(readReplyToken(token)).toMatchObject({ number: 1234, expires: now.getTime() / 1000 + replyTokenDays * 86_400 });
  });

  it("check valid for the ticket and its customer until they expire", () => {
    const token = signReplyToken(key, ticket, now);
    expect(checkReplyToken(key, token, ticket, now)).toBe("valid");
    expect(checkReplyToken(key, token.toUpperCase(), ticket, now)).toBe("valid");
    expect(checkReplyToken(key, token, ticket, new Date(now.getTime() + (replyTokenDays - 1) * day))).toBe("valid");
    expect(checkReplyToken(key, token, ticket, new Date(now.getTime() + (replyTokenDays + 1) * day))).toBe("expired");
  });

  it("are forged when anything they sign differs: key, ticket, customer, number, or one character", () => {
    const token = signReplyToken(key, ticket, now);
    expect(checkReplyToken(Buffer.alloc(32, 8), token, ticket, now)).toBe("forged");
    expect(checkReplyToken(key, token, { ...ticket, id: "cmticket00000000000000002" }, now)).toBe("forged");
    expect(checkReplyToken(key, token, { ...ticket, customerId: "someone-else" }, now)).toBe("forged");
    expect(checkReplyToken(key, token, { ...ticket, number: 1235 }, now)).toBe("forged");
    const flipped = token.slice(0, 20) + (token[20] === "a" ? "b" : "a") + token.slice(21);
    expect(checkReplyToken(key, flipped, ticket, now)).toBe("forged");
    // An expiry pushed later is no longer signed.
    const other = signReplyToken(key, ticket, new Date(now.getTime() + day));
    expect(checkReplyToken(key, other.slice(0, 13) + token.slice(13), ticket, now)).toBe("forged");
    expect(checkReplyToken(key, "", ticket, now)).toBe("forged");
    expect(checkReplyToken(key, "1".repeat(39), ticket, now)).toBe("forged");
    expect(checkReplyToken(key, `${token}a`, ticket, now)).toBe("forged");
  });

  it("are found in a reply address, whatever its case or display name", () => {
    const token = signReplyToken(key, ticket, now);
    expect(tokenInAddress(`support+t-${token}@example.com`)).toBe(token);
    expect(tokenInAddress(`SUPPORT+T-${token.toUpperCase()}@EXAMPLE.COM`)).toBe(token);
    expect(tokenInAddress(`support+team+t-${token}@example.com`)).toBe(token);
    expect(tokenInAddress("support@example.com")).toBeNull();
    expect(tokenInAddress(`support+t-${token.slice(1)}@example.com`)).toBeNull();
  });
});
