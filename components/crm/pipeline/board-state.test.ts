import { describe, expect, it } from "vitest";
import type { PipelineCard, PipelineColumn } from "@/lib/crm/pipeline/queries";
import { leadStages } from "@/lib/crm/stages";
import { findCard, moveCard, neighboursOf } from "./board-state";

const card = (id: string, valueCents: number, closedAt: Date | null = null): PipelineCard => ({
  id,
  name: `Lead ${id}`,
  email: `${id}@example.test`,
  company: null,
  valueCents,
  source: "WEBSITE",
  assigneeName: null,
  lastActivityAt: null,
  createdAt: new Date("2025-12-01"),
  closedAt,
});

function board(): PipelineColumn[] {
  const leads: Record<string, PipelineCard[]> = {
    NEW: [card("a", 100), card("b", 200)],
    CONTACTED: [card("c", 1000), card("d", 2000)],
    WON: [card("w", 5000, new Date("2026-01-01"))],
  };
  return leadStages.map((stage) => {
    const list = leads[stage] ?? [];
    // A column may count more leads than it shows.
    const extra = stage === "CONTACTED" ? 1 : 0;
    return { stage, count: list.length + extra, valueCents: list.reduce((s, l) => s + l.valueCents, 0) + extra * 7, leads: list };
  });
}
const column = (columns: PipelineColumn[], stage: string) => columns.find((c) => c.stage === stage)!;

describe("moveCard", () => {
  it("moves a card between columns, with counts and values following", () => {
    const next = moveCard(board(), "a", { stage: "CONTACTED", index: 1 });
    expect(column(next, "NEW")).toMatchObject({ count: 1, valueCents: 200 });
    expect(column(next, "NEW").leads.map((l) => l.id)).toEqual(["b"]);
    expect(column(next, "CONTACTED")).toMatchObject({ count: 4, valueCents: 3107 });
    expect(column(next, "CONTACTED").leads.map((l) => l.id)).toEqual(["c", "a", "d"]);
    expect(neighboursOf(next, "a")).toEqual({ afterId: "c", beforeId: "d" });
  });

  it("reorders within a column without touching its figures", () => {
    const next = moveCard(board(), "c", { stage: "CONTACTED", index: 1 });
    expect(column(next, "CONTACTED")).toMatchObject({ count: 3, valueCents: 3007 });
    expect(column(next, "CONTACTED").leads.map((l) => l.id)).toEqual(["d", "c"]);
    expect(neighboursOf(next, "c")).toEqual({ afterId: "d", beforeId: null });
  });

  it("puts a closed card on top of won, dated now, and a rollback restores the original", () => {
    const start = board();
    const now = new Date("2026-03-01T10:00:00Z");
    const original = findCard(start, "d")!;
    const won = moveCard(start, "d", { stage: "WON", index: 5 }, undefined, now);
    expect(column(won, "WON").leads.map((l) => [l.id, l.closedAt])).toEqual([
      ["d", now],
      ["w", new Date("2026-01-01")],
    ]);
    expect(column(won, "WON")).toMatchObject({ count: 2, valueCents: 7000 });
    const back = moveCard(won, "d", { stage: original.stage, index: original.index }, original.card);
    expect(back).toEqual(start);
  });

  it("reopening a won card clears its closing date; an unknown card changes nothing", () => {
    const reopened = moveCard(board(), "w", { stage: "NEW", index: 0 });
    expect(column(reopened, "NEW").leads[0]).toMatchObject({ id: "w", closedAt: null });
    expect(neighboursOf(reopened, "w")).toEqual({ afterId: null, beforeId: "a" });
    const same = board();
    expect(moveCard(same, "nope", { stage: "NEW", index: 0 })).toBe(same);
  });
});
