import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("are stored as salted scrypt hashes at the app's cost, and checked against them", async () => {
    const stored = await hashPassword("correct-horse-42");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(await hashPassword("correct-horse-42")).not.toBe(stored);
    expect(await verifyPassword("correct-horse-42", stored)).toBe(true);
    expect(await verifyPassword("correct-horse-43", stored)).toBe(false);
  });

  it("are checked at the cost written in the hash", async () => {
    const cheap = await hashPassword("correct-horse-42", 1024);
    expect(cheap.startsWith("scrypt$1024$")).toBe(true);
    expect(await verifyPassword("correct-horse-42", cheap)).toBe(true);
    expect(await verifyPassword("", cheap)).toBe(false);
    expect(await verifyPassword("correct-horse-42", "bcrypt$whatever")).toBe(false);
  });
});
