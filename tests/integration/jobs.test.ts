import { describe, expect, it } from "vitest";
import { keepaliveSettings, Leadership } from "@/lib/jobs/leader";

const serverUrl = process.env.DATABASE_URL;

describe("leadership of the exclusive jobs", () => {
  it("is this process's on the embedded database (one process)", async () => {
    expect(await new Leadership(undefined, 1).lead()).toBe(true);
  });

  it.runIf(serverUrl)("goes to one instance at a time on PostgreSQL, and to another when the leader stops", async () => {
    const key = Math.floor(Math.random() * 1_000_000);
    const first = new Leadership(serverUrl, key);
    const second = new Leadership(serverUrl, key);
    try {
      expect(await first.lead()).toBe(true);
      expect(await second.lead()).toBe(false);
      // Asking again keeps the lead; it does not take the lock twice.
      expect(await first.lead()).toBe(true);
      expect(await second.lead()).toBe(false);
      await first.release();
      expect(await second.lead()).toBe(true);
      expect(await first.lead()).toBe(false);
    } finally {
      await Promise.all([first.release(), second.release()]);
    }
  });

  it.runIf(serverUrl)("is taken once when several jobs of one instance ask at the same time", async () => {
    const key = Math.floor(Math.random() * 1_000_000);
    const leader = new Leadership(serverUrl, key);
    const other = new Leadership(serverUrl, key);
    try {
      expect(await Promise.all([leader.lead(), leader.lead(), leader.lead()])).toEqual([true, true, true]);
      expect(await leader.lead()).toBe(true);
      expect(await other.lead()).toBe(false);
    } finally {
      await Promise.all([leader.release(), other.release()]);
    }
  });

  it.runIf(serverUrl)("asks the server to probe its lock connection, so that a vanished leader's lock is released in seconds", async () => {
    const leader = new Leadership(serverUrl, Math.floor(Math.random() * 1_000_000));
    try {
      expect(await leader.lead()).toBe(true);
      const settings = await leader.connectionSettings(Object.keys(keepaliveSettings));
      // Over TCP (CI's 127.0.0.1): the server applies them; on a Unix socket it reports 0.
      const overTcp = new URL(serverUrl!).hostname !== "" && !new URL(serverUrl!).searchParams.has("host");
      const expected = Object.fromEntries(Object.entries(keepaliveSettings).map(([name, value]) => [name, overTcp ? String(value) : "0"]));
      expect(settings).toEqual(expected);
    } finally {
      await leader.release();
    }
  });
});
