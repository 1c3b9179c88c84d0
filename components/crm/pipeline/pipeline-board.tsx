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
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useHydrated } from "@/components/use-hydrated";
import type { PipelineBoard as Board, PipelineColumn as Column } from "@/lib/crm/pipeline/queries";
import { isOpenStage, type LeadStageName } from "@/lib/crm/stages";
import { cn } from "@/lib/utils";
import { findCard, moveCard, type Place } from "./board-state";
import { useBoardKeyboardSensor } from "./keyboard-sensor";
import { LostDialog } from "./lost-dialog";
import { PipelineColumn } from "./pipeline-column";
import { useBoardMoves, type OpenStage } from "./use-board-moves";
import { AccountCreatedDialog, WonDialog } from "./won-dialog";

const sensors = [useMouseSensor, useTouchSensor, useBoardKeyboardSensor];

/** The pipeline board: dragging with mouse, touch or keyboard, announced in the UI's language. */
export function PipelineBoard({ board, readOnly }: { board: Board; readOnly: boolean }) {
  const t = useTranslations("pipeline");
  const tStage = useTranslations("leadStage");
  const [dragging, setDragging] = useState(false);
  const { columns, drop, account, closeAccount, moveOpen, dropClosed, cancelDrop, confirmWon, confirmLost } = useBoardMoves(board, {
    dragging,
  });
  /** The card of the last dialog: focus returns to it, in whichever column it ended up. */
  const dialogCard = useRef<string | null>(null);
  const hydrated = useHydrated();

  const columnOf = (stage: string) => columns.find((c) => c.stage === stage) as Column;
  const stageName = (stage: string) => tStage(stage as LeadStageName);

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
    if (stage === "WON" || stage === "LOST") {
      provided.announce(t("dropClosedAnnounce", { name: card.name, stage: stageName(stage) }));
      dialogCard.current = card.id;
      dropClosed(card, from, next, stage);
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
    moveOpen(card, from, next, stage as OpenStage);
  }

  function focusDialogCard(event: Event) {
    const card = dialogCard.current && document.querySelector<HTMLElement>(`[data-lead-id="${CSS.escape(dialogCard.current)}"]`);
    if (!card) return;
    event.preventDefault();
    card.focus();
  }

  // One scroll container for the whole board (the library supports one besides the window): sideways
  // on every screen, and from md up also downwards, so its scrollbar stays in view under the columns.
  const content = (
    <div
      role="group"
      aria-label={t("boardLabel")}
      data-pipeline-board=""
      data-scroll-x=""
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
      <AccountCreatedDialog account={account} onClose={closeAccount} onCloseAutoFocus={focusDialogCard} />
    </>
  );
}
