import { describe, expect, it } from "vitest";
import type { NotificationView } from "@/lib/notifications/types";
import { adoptSnapshot, bellSize, markRead, receive, type BellState } from "./bell-state";

let n = 0;
function item(minutesAgo: number, read = false): NotificationView {
  n += 1;
  const createdAt = new Date(Date.UTC(2026, 10, 25, 12, 0) - minutesAgo * 60_000).toISOString();
  return {
    id: `n${String(n).padStart(3, "0")}`,
    type: "LEAD_CREATED",
    title: `HR-2026-${n}`,
    body: null,
    link: "/crm",
    readAt: read ? createdAt : null,
    createdAt,
  };
}

describe("bell state", () => {
  it("puts a live notification on top and counts it once", () => {
    const old = item(10);
    const state: BellState = { unread: 1, items: [old] };
    const fresh = item(0);
    const after = receive(state, fresh);
    expect(after.items.map((i) => i.id)).toEqual([fresh.id, old.id]);
    expect(after.unread).toBe(2);
    expect(receive(after, fresh)).toBe(after);
  });

  it("keeps only the latest few", () => {
    let state: BellState = { unread: 0, items: [] };
    for (let i = 0; i < bellSize + 3; i++) state = receive(state, item(100 - i));
    expect(state.items).toHaveLength(bellSize);
    expect(state.unread).toBe(bellSize + 3);
  });

  it("ignores a replayed notification older than everything a full list shows", () => {
    const items = Array.from({ length: bellSize }, (_, i) => item(i + 1));
    const state: BellState = { unread: 4, items };
    expect(receive(state, item(60))).toBe(state);
    expect(receive({ unread: 1, items: items.slice(0, 2) }, item(60)).unread).toBe(2);
  });

  it("marks listed items read and lowers the count by those that were unread", () => {
    const [a, b, c] = [item(1), item(2, true), item(3)];
    const state: BellState = { unread: 7, items: [a, b, c] };
    const after = markRead(state, [a.id, b.id], "2026-11-25T12:00:00.000Z");
    expect(after.unread).toBe(6);
    expect(after.items.map((i) => i.readAt !== null)).toEqual([true, true, false]);
    expect(markRead(state, "all", "2026-11-25T12:00:00.000Z")).toMatchObject({ unread: 0 });
    expect(markRead(state, [c.id], "2026-11-25T12:00:00.000Z", 3).unread).toBe(3);
  });

  it("adopts a server snapshot but keeps what arrived after it was read", () => {
    const [older, newer] = [item(30), item(20)];
    const live = item(0);
    const local: BellState = receive({ unread: 1, items: [newer, older] }, live);
    const snapshot: BellState = { unread: 0, items: [{ ...newer, readAt: newer.createdAt }, older] };
    const adopted = adoptSnapshot(local, snapshot);
    expect(adopted.items.map((i) => i.id)).toEqual([live.id, newer.id, older.id]);
    expect(adopted.unread).toBe(1);
  });

  it("drops a local item older than the snapshot's newest when the snapshot does not list it", () => {
    const [gone, newest] = [item(50), item(1)];
    const adopted = adoptSnapshot({ unread: 1, items: [gone] }, { unread: 0, items: [newest] });
    expect(adopted.items.map((i) => i.id)).toEqual([newest.id]);
    expect(adopted.unread).toBe(0);
  });
});
