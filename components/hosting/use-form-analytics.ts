"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import type { FormEventBatch } from "@/lib/livepulse/form-event-schemas";

type Event = FormEventBatch["events"][number];
export type FormSection = NonNullable<Event["section"]>;

/**
 * Sends a form's analytics events in small batches. VIEW on mount, START on
 * the first edit, ABANDON when the page is left after starting without submitting.
 */
export function useFormAnalytics(form: FormEventBatch["form"], sessionId: string) {
  const queue = useRef<Event[]>([]);
  const state = useRef({ started: false, done: false, startedAt: 0, completed: new Set<string>() });

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
    queue.current.push({ type: "VIEW" });
    flush();
    const onLeave = () => {
      const s = state.current;
      if (s.started && !s.done) {
        queue.current.push({ type: "ABANDON", durationMs: Date.now() - s.startedAt });
        s.done = true;
      }
      flush(true);
    };
    window.addEventListener("pagehide", onLeave);
    return () => {
      window.removeEventListener("pagehide", onLeave);
      onLeave();
    };
  }, [flush]);

  return useMemo(
    () => ({
      started() {
        if (state.current.started) return;
        state.current.started = true;
        state.current.startedAt = Date.now();
        queue.current.push({ type: "START" });
        flush();
      },
      sectionCompleted(section: FormSection) {
        if (state.current.completed.has(section)) return;
        state.current.completed.add(section);
        queue.current.push({ type: "SECTION_COMPLETE", section });
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
    }),
    [flush],
  );
}
