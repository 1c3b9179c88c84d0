"use client";

import {
  DragDropContext,
  useMouseSensor,
  useTouchSensor,
  type DragStart,
  type DragUpdate,
  type DropResult,
  type ResponderProvided,
} from "@hello-pangea/dnd";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { useHydrated } from "@/components/use-hydrated";
import { useLiveRefresh } from "@/components/live/use-live-refresh";
import { markLeadLostAction, markLeadWonAction, moveLeadAction } from "@/lib/crm/lead-actions";
import type { PipelineBoard as Board, PipelineCard, PipelineColumn as Column } from "@/lib/crm/pipeline";
import { isOpenStage, openStages, type LeadStageName } from "@/lib/crm/stages";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import type { ActionResult } from "@/lib/forms/use-action-form";
import { channels } from "@/lib/realtime/channels";
import type { ActionError } from "@/lib/safe-action";
import { cn } from "@/lib/utils";
import { findCard, moveCard, neighboursOf, type Place } from "./board-state";
import { useBoardKeyboardSensor } from "./keyboard-sensor";
import { LostDialog } from "./lost-dialog";
import { PipelineColumn } from "./pipeline-column";
import { AccountCreatedDialog, WonDialog, type CreatedAccount } from "./won-dialog";

type OpenStage = (typeof openStages)[number];
const sensors = [useMouseSensor, useTouchSensor, useBoardKeyboardSensor];
const leadEvents = ["lead.created", "lead.updated"] as const;

/** A card dropped on Won or Lost, waiting for the seller to confirm; `from` is where it goes back on cancel. */
type PendingDrop = { kind: "WON" | "LOST"; card: PipelineCard; from: Place };

/**
 * The pipeline board. Moves are optimistic: the card moves and the column figures follow at once,
 * the server is asked afterwards, and a refusal puts the card back with a message. The server's
 * board replaces the local one whenever it changes and nothing is in flight.
 */
export function PipelineBoard({ board, readOnly }: { board: Board; readOnly: boolean }) {
  const t = useTranslations("pipeline");
  const tStage = useTranslations("leadStage");
  const errorMessage = useActionErrorMessage({
    FORBIDDEN: t("errorForbidden"),
    NOT_FOUND: t("errorNotFound"),
    CONFLICT: (error) => (error.fields?.customerId ? t("errorStaffEmail") : t("errorConflict")),
  });
  const router = useRouter();

  const [columns, setColumns] = useState(board.columns);
  const [adopted, setAdopted] = useState(board);
  const [inFlight, setInFlight] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [drop, setDrop] = useState<PendingDrop | null>(null);
  const [account, setAccount] = useState<CreatedAccount | null>(null);
  const confirming = useRef(false);
  /** The card of the last dialog: focus returns to it, in whichever column it ended up. */
  const dialogCard = useRef<string | null>(null);
  const hydrated = useHydrated();

  const busy = inFlight > 0 || dragging || drop !== null;
  if (board !== adopted && !busy) {
    setAdopted(board);
    setColumns(board.columns);
  }
  // Other people's moves and new leads re-read the board, never during a drag, an open Won/Lost
  // dialog or a move the server has not answered yet: held back, the refresh runs right after.
  useLiveRefresh(channels.pipeline, leadEvents, { paused: busy });

  const columnOf = (stage: string) => columns.find((c) => c.stage === stage) as Column;
  const stageName = (stage: string) => tStage(stage as LeadStageName);

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

  // Screen-reader announcements, in the UI's language (the library's own are in English).
  function onDragStart(start: DragStart, provided: ResponderProvided) {
    setDragging(true);
    const column = columnOf(start.source.droppableId);
    const card = column.leads[start.source.index];
    provided.announce(
      t("liftAnnounce", {
        name: card?.name ?? "",
        stage: stageName(column.stage),
        position: start.source.index + 1,
        count: column.leads.length,
      }),
    );
  }

  function onDragUpdate(update: DragUpdate, provided: ResponderProvided) {
    const destination = update.destination;
    if (!destination) return provided.announce(t("moveOutsideAnnounce"));
    const stage = destination.droppableId;
    if (!isOpenStage(stage as LeadStageName)) return provided.announce(t("moveClosedAnnounce", { stage: stageName(stage) }));
    const size = columnOf(stage).leads.length + (stage === update.source.droppableId ? 0 : 1);
    provided.announce(t("moveAnnounce", { stage: stageName(stage), position: destination.index + 1, count: size }));
  }

  function onDragEnd(result: DropResult, provided: ResponderProvided) {
    setDragging(false);
    const source = columnOf(result.source.droppableId);
    const card = source.leads[result.source.index];
    if (!card) return;
    const from: Place = { stage: source.stage, index: result.source.index };
    const destination = result.destination;
    const stays = () => provided.announce(t("cancelAnnounce", { name: card.name, stage: stageName(from.stage), position: from.index + 1 }));
    if (readOnly || !destination || result.reason === "CANCEL") return stays();
    const stage = destination.droppableId as LeadStageName;
    // Won and lost are sorted by date: there is nothing to reorder inside them.
    if (stage === from.stage && (destination.index === from.index || !isOpenStage(stage))) return stays();

    const next = moveCard(columns, card.id, { stage, index: destination.index });
    setColumns(next);
    if (stage === "WON" || stage === "LOST") {
      provided.announce(t("dropClosedAnnounce", { name: card.name, stage: stageName(stage) }));
      dialogCard.current = card.id;
      setDrop({ kind: stage, card, from });
      return;
    }
    const placed = findCard(next, card.id)!;
    provided.announce(
      t("dropAnnounce", {
        name: card.name,
        stage: stageName(stage),
        position: placed.index + 1,
        count: columnOf(stage).leads.length + (stage === from.stage ? 0 : 1),
      }),
    );
    void persist(card, from, () => moveLeadAction({ id: card.id, stage: stage as OpenStage, ...neighboursOf(next, card.id) }));
  }

  function focusDialogCard(event: Event) {
    const card = dialogCard.current && document.querySelector<HTMLElement>(`[data-lead-id="${CSS.escape(dialogCard.current)}"]`);
    if (!card) return;
    event.preventDefault();
    card.focus();
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

  // One scroll container for the whole board (the library supports one besides the window): sideways
  // on every screen, and from md up also downwards, so its scrollbar stays in view under the columns.
  const content = (
    <div
      role="group"
      aria-label={t("boardLabel")}
      data-pipeline-board=""
      data-ready={hydrated ? "" : undefined}
      className={cn(
        "-mx-4 overflow-x-auto overscroll-x-contain px-4 pb-4 sm:mx-0 sm:px-0",
        "md:max-h-[calc(100dvh-19rem)] md:min-h-[26rem] md:overflow-y-auto",
        !dragging && "snap-x snap-mandatory scroll-px-4 sm:scroll-px-0 md:snap-none",
      )}
    >
      <div className="flex w-max gap-3">
        {columns.map((column) => (
          <PipelineColumn key={column.stage} column={column} readOnly={readOnly} closedWindowDays={board.closedWindowDays} />
        ))}
      </div>
    </div>
  );

  if (readOnly) return content;
  return (
    <>
      <DragDropContext
        onDragStart={onDragStart}
        onDragUpdate={onDragUpdate}
        onDragEnd={onDragEnd}
        dragHandleUsageInstructions={t("dragInstructions")}
        enableDefaultSensors={false}
        sensors={sensors}
      >
        {content}
      </DragDropContext>
      <WonDialog
        lead={drop?.kind === "WON" ? drop.card : null}
        onConfirm={confirmWon}
        onCancel={cancelDrop}
        onCloseAutoFocus={focusDialogCard}
      />
      <LostDialog
        lead={drop?.kind === "LOST" ? drop.card : null}
        onConfirm={confirmLost}
        onCancel={cancelDrop}
        onCloseAutoFocus={focusDialogCard}
      />
      <AccountCreatedDialog account={account} onClose={() => setAccount(null)} onCloseAutoFocus={focusDialogCard} />
    </>
  );
}
