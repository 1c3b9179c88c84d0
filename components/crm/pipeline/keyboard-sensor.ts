"use client";

import type { SensorAPI, SnapDragActions } from "@hello-pangea/dnd";
import { useEffect } from "react";

/**
 * The library's keyboard sensor (Space lifts, arrows move, Space drops, Escape cancels), with one
 * change for a board that scrolls sideways: the library only moves a card into a column whose cards
 * are fully visible, so a column scrolled out of view could not be reached with the keyboard. Before
 * a move left or right, this sensor scrolls the board until the next column is in view, lets the
 * library see the new scroll position, then moves.
 */

type Direction = "left" | "right";

/**
 * Where the dragged card is going: the library animates each keyboard move with a CSS transition,
 * so its current box may still lag behind; its inline style (fixed box plus translate) is the target.
 */
function draggedCenter(card: HTMLElement): { x: number; y: number } {
  const { left, top, width, height, transform } = card.style;
  const shift = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (card.style.position === "fixed" && left && top && width && height) {
    return {
      x: parseFloat(left) + (shift ? parseFloat(shift[1]) : 0) + parseFloat(width) / 2,
      y: parseFloat(top) + (shift ? parseFloat(shift[2]) : 0) + parseFloat(height) / 2,
    };
  }
  const box = card.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * Before a sideways move: scrolls the board (and the window, when the board does not scroll down) so
 * the next column, and its card nearest to the dragged one, are fully in view. False when nothing
 * had to scroll.
 */
function revealNextColumn(draggableId: string, direction: Direction): boolean {
  const card = document.querySelector<HTMLElement>(`[data-rfd-draggable-id="${CSS.escape(draggableId)}"]`);
  const board = card?.closest<HTMLElement>("[data-pipeline-board]");
  if (!card || !board) return false;
  const columns = [...board.querySelectorAll<HTMLElement>("[data-pipeline-column]")];
  const { x: centerX, y: centerY } = draggedCenter(card);
  const current = columns.findIndex((column) => {
    const box = column.getBoundingClientRect();
    return box.left <= centerX && centerX <= box.right;
  });
  const target = columns[current + (direction === "right" ? 1 : -1)];
  if (current < 0 || !target) return false;

  const frame = board.getBoundingClientRect();
  const view = {
    top: Math.max(frame.top, 0),
    bottom: Math.min(frame.bottom, window.innerHeight),
    left: Math.max(frame.left, 0),
    right: Math.min(frame.right, window.innerWidth),
  };
  const margin = 16;
  const box = target.getBoundingClientRect();
  let dx = 0;
  if (box.right > view.right) dx = box.right - view.right + margin;
  else if (box.left < view.left) dx = box.left - view.left - margin;

  // The library aims at a card of the target column that is fully visible: bring the nearest one in.
  let dy = 0;
  const nearest = [...target.querySelectorAll<HTMLElement>("[data-rfd-draggable-id]")]
    .map((el) => el.getBoundingClientRect())
    .sort((a, b) => Math.abs(a.top + a.height / 2 - centerY) - Math.abs(b.top + b.height / 2 - centerY))[0];
  if (nearest) {
    const header = target.querySelector("header")?.getBoundingClientRect().height ?? 0;
    if (nearest.bottom > view.bottom) dy = nearest.bottom - view.bottom + margin;
    else if (nearest.top < view.top + header) dy = nearest.top - view.top - header - margin;
  }

  if (dx === 0 && dy === 0) return false;
  board.scrollLeft += dx;
  if (dy !== 0) {
    if (board.scrollHeight > board.clientHeight) board.scrollTop += dy;
    else window.scrollBy({ top: dy, behavior: "instant" });
  }
  return true;
}

/** The library reads a container's scroll on its scroll event, throttled to animation frames: wait a few. */
const afterFrames = (count: number, run: () => void) => (count === 0 ? run() : requestAnimationFrame(() => afterFrames(count - 1, run)));

const keys = { space: " ", escape: "Escape", up: "ArrowUp", down: "ArrowDown", left: "ArrowLeft", right: "ArrowRight" };
/** Keys whose browser behaviour would fight the drag (submit, focus change, page jumps). */
const swallowed = new Set(["Enter", "Tab", "PageUp", "PageDown", "Home", "End"]);

function dragBindings(draggableId: string, actions: SnapDragActions, stop: () => void) {
  const cancel = () => {
    stop();
    actions.cancel();
  };
  const sideways = (direction: Direction) => {
    const move = () => (direction === "right" ? actions.moveRight() : actions.moveLeft());
    if (!revealNextColumn(draggableId, direction)) return move();
    afterFrames(3, () => {
      if (actions.isActive()) move();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case keys.escape:
        event.preventDefault();
        return cancel();
      case keys.space:
        event.preventDefault();
        stop();
        return actions.drop();
      case keys.down:
        event.preventDefault();
        return actions.moveDown();
      case keys.up:
        event.preventDefault();
        return actions.moveUp();
      case keys.right:
      case keys.left:
        event.preventDefault();
        return sideways(event.key === keys.right ? "right" : "left");
      default:
        if (swallowed.has(event.key)) event.preventDefault();
    }
  };
  const options = { capture: true, passive: false };
  const cancelOn = ["mousedown", "mouseup", "click", "touchstart", "resize", "visibilitychange"] as const;
  window.addEventListener("keydown", onKeyDown, options);
  for (const name of cancelOn) window.addEventListener(name, cancel, options);
  window.addEventListener("wheel", cancel, { capture: true, passive: true });
  return () => {
    window.removeEventListener("keydown", onKeyDown, options);
    for (const name of cancelOn) window.removeEventListener(name, cancel, options);
    window.removeEventListener("wheel", cancel, { capture: true });
  };
}

/** Use with `enableDefaultSensors={false}` and the library's mouse and touch sensors. */
export function useBoardKeyboardSensor(api: SensorAPI) {
  useEffect(() => {
    let unbindDrag: (() => void) | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key !== keys.space || unbindDrag) return;
      const draggableId = api.findClosestDraggableId(event);
      if (!draggableId) return;
      const stop = () => {
        unbindDrag?.();
        unbindDrag = null;
      };
      const preDrag = api.tryGetLock(draggableId, stop, { sourceEvent: event });
      if (!preDrag) return;
      event.preventDefault();
      unbindDrag = dragBindings(draggableId, preDrag.snapLift(), stop);
    };
    const options = { capture: true, passive: false };
    window.addEventListener("keydown", onKeyDown, options);
    return () => {
      window.removeEventListener("keydown", onKeyDown, options);
      unbindDrag?.();
    };
  }, [api]);
}
