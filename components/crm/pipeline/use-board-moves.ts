"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { useLiveRefresh } from "@/components/realtime/use-live-refresh";
import { markLeadLostAction, markLeadWonAction, moveLeadAction } from "@/lib/crm/leads/actions";
import type { PipelineBoard as Board, PipelineCard, PipelineColumn } from "@/lib/crm/pipeline/queries";
import type { openStages } from "@/lib/crm/stages";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import type { ActionResult } from "@/lib/forms/use-action-form";
import { channels } from "@/lib/realtime/channels";
import type { ActionError } from "@/lib/safe-action";
import { neighboursOf, moveCard, type Place } from "./board-state";
import type { CreatedAccount } from "./won-dialog";

export type OpenStage = (typeof openStages)[number];

/** A card dropped on Won or Lost, waiting for the seller to confirm; `from` is where it goes back on cancel. */
type PendingDrop = { kind: "WON" | "LOST"; card: PipelineCard; from: Place };

const leadEvents = ["lead.created", "lead.updated"] as const;

/**
 * The board's columns and the moves on them. Moves are optimistic: the card moves and the column
 * figures follow at once, the server is asked afterwards, and a refusal puts the card back with a
 * message. The server's board replaces the local one whenever it changes and nothing is in flight.
 */
export function useBoardMoves(board: Board, { dragging }: { dragging: boolean }) {
  const t = useTranslations("pipeline");
  const errorMessage = useActionErrorMessage({
    FORBIDDEN: t("errorForbidden"),
    NOT_FOUND: t("errorNotFound"),
    CONFLICT: (error) => (error.fields?.customerId ? t("errorStaffEmail") : t("errorConflict")),
  });
  const router = useRouter();

  const [columns, setColumns] = useState<PipelineColumn[]>(board.columns);
  const [adopted, setAdopted] = useState(board);
  const [inFlight, setInFlight] = useState(0);
  const [drop, setDrop] = useState<PendingDrop | null>(null);
  const [account, setAccount] = useState<CreatedAccount | null>(null);
  const confirming = useRef(false);

  const busy = inFlight > 0 || dragging || drop !== null;
  if (board !== adopted && !busy) {
    setAdopted(board);
    setColumns(board.columns);
  }
  // Other people's moves and new leads re-read the board, never during a drag, an open Won/Lost
  // dialog or a move the server has not answered yet: held back, the refresh runs right after.
  useLiveRefresh(channels.pipeline, leadEvents, { paused: busy });

  function rollback(card: PipelineCard, from: Place) {
    setColumns((current) => moveCard(current, card.id, from, card));
  }

  function failed(card: PipelineCard, from: Place, error: ActionError | null) {
    rollback(card, from);
    toast.error(t("moveFailed", { name: card.name }), { description: errorMessage(error) });
    if (error?.code === "NOT_FOUND" || error?.code === "CONFLICT") router.refresh();
  }

  /** Runs a server action for a moved card; on refusal the card goes back. Resolves to `{ data }` or `{ error }`. */
  async function persist<T>(
    card: PipelineCard,
    from: Place,
    run: () => Promise<{ data?: T; serverError?: unknown; validationErrors?: unknown } | undefined>,
  ) {
    setInFlight((n) => n + 1);
    try {
      const result = await run();
      const error = actionError(result);
      if (error) {
        failed(card, from, error);
        return { error };
      }
      return { data: result!.data as T };
    } catch {
      failed(card, from, null);
      return { error: null };
    } finally {
      setInFlight((n) => n - 1);
    }
  }

  /** A card dropped in an open column: it shows there at once, then the server is asked. */
  function moveOpen(card: PipelineCard, from: Place, next: PipelineColumn[], stage: OpenStage) {
    setColumns(next);
    void persist(card, from, () => moveLeadAction({ id: card.id, stage, ...neighboursOf(next, card.id) }));
  }

  /** A card dropped on Won or Lost: it shows there while the seller confirms in a dialog. */
  function dropClosed(card: PipelineCard, from: Place, next: PipelineColumn[], kind: PendingDrop["kind"]) {
    setColumns(next);
    setDrop({ kind, card, from });
  }

  function cancelDrop() {
    if (!drop || confirming.current) return;
    rollback(drop.card, drop.from);
    setDrop(null);
  }

  async function confirmWon(card: PipelineCard) {
    if (!drop) return;
    confirming.current = true;
    const outcome = await persist(card, drop.from, () => markLeadWonAction({ id: card.id }));
    confirming.current = false;
    setDrop(null);
    if (!outcome.data) return;
    if (outcome.data.temporaryPassword) setAccount({ name: card.name, email: card.email, password: outcome.data.temporaryPassword });
    else toast.success(t("wonToast", { name: card.name }));
  }

  /** Resolves to the server's answer when the dialog should show its field errors, to `null` when the board took it. */
  async function confirmLost(card: PipelineCard, reason: string): Promise<ActionResult<unknown> | null> {
    if (!drop) return null;
    confirming.current = true;
    setInFlight((n) => n + 1);
    try {
      const result = await markLeadLostAction({ id: card.id, reason });
      const error = actionError(result);
      // A reason the server refuses stays in the dialog, next to the field; anything else puts the card back.
      if (error?.fields?.reason) return result;
      confirming.current = false;
      setDrop(null);
      if (error) failed(card, drop.from, error);
      else toast.success(t("lostToast", { name: card.name }));
      return null;
    } catch {
      confirming.current = false;
      setDrop(null);
      failed(card, drop.from, null);
      return null;
    } finally {
      confirming.current = false;
      setInFlight((n) => n - 1);
    }
  }

  return {
    columns,
    drop,
    account,
    closeAccount: () => setAccount(null),
    moveOpen,
    dropClosed,
    cancelDrop,
    confirmWon,
    confirmLost,
  };
}
