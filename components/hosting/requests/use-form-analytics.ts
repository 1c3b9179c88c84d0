"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import type { FormEventBatch } from "@/lib/livepulse/forms/schemas";

type Event = FormEventBatch["events"][number];
export type FormSection = NonNullable<Event["section"]>;

/**
 * Sends a form's analytics events in small batches. VIEW once per session on mount, START on
 * the first edit, ABANDON when the page is left (or the form unmounted by a navigation) after
 * starting without submitting. Whatever is queued when the tab is hidden goes out by beacon.
 */
export function useFormAnalytics(form: FormEventBatch["form"], sessionId: string) {
  const queue = useRef<Event[]>([]);
  const state = useRef({ viewed: false, started: false, done: false, startedAt: 0, completed: new Set<string>() });

  const flush = useCallback(
    (useBeacon = false) => {
      if (queue.current.length === 0) return;
      const body = JSON.stringify({ form, sessionId, events: queue.current.splice(0, 50) });
      if (useBeacon && navigator.sendBeacon) navigator.sendBeacon("/api/forms/events", new Blob([body], { type: "application/json" }));
      else
        void fetch("/api/forms/events", { method: "POST", body, headers: { "Content-Type": "application/json" }, keepalive: true }).catch(
          () => undefined,
        );
    },
    [form, sessionId],
  );

  useEffect(() => {
    // A remount (development's double effects) is the same session: one view.
    if (!state.current.viewed) {
      state.current.viewed = true;
      queue.current.push({ type: "VIEW" });
      flush();
    }
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush(true);
    };
    const onLeave = () => {
      const s = state.current;
      if (s.started && !s.done) {
        queue.current.push({ type: "ABANDON", durationMs: Date.now() - s.startedAt });
        s.done = true;
      }
      flush(true);
    };
    window.addEventListener("pagehide", onLeave);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", onLeave);
      document.removeEventListener("visibilitychange", onHidden);
      onLeave();
    };
  }, [flush]);

  return useMemo(() => {
    const start = () => {
      if (state.current.started) return;
      state.current.started = true;
      state.current.startedAt = Date.now();
      queue.current.push({ type: "START" });
    };
    const complete = (section: FormSection) => {
      if (state.current.completed.has(section)) return;
      state.current.completed.add(section);
      queue.current.push({ type: "SECTION_COMPLETE", section });
    };
    return {
      started() {
        start();
        flush();
      },
      sectionCompleted(section: FormSection) {
        complete(section);
        flush();
      },
      /** The whole form is valid and about to be sent: sections left at their defaults are complete too. */
      valid(sections: readonly FormSection[]) {
        start();
        sections.forEach(complete);
        flush();
      },
      validationErrors(section: FormSection, errors: Array<{ field: string; message: string }>) {
        for (const error of errors) queue.current.push({ type: "VALIDATION_ERROR", section, field: error.field, message: error.message });
        flush();
      },
      /** The submission records SUBMIT itself; nothing more is sent after it. */
      submitted() {
        state.current.done = true;
      },
    };
  }, [flush]);
}
