"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";

const draftKey = "orbite:hosting-request-draft";

function readDraft(planFromUrl: string | undefined): FieldValues | null {
  try {
    const draft = JSON.parse(localStorage.getItem(draftKey) ?? "null") as FieldValues | null;
    // A plan chosen on the pricing page wins over an older draft for another plan.
    if (!draft || (planFromUrl && draft.planSlug !== planFromUrl)) return null;
    return draft;
  } catch {
    return null;
  }
}

/** Forgets the draft (the request was sent). */
export function clearRequestDraft() {
  localStorage.removeItem(draftKey);
}

/**
 * Keeps the request form in a draft, so a reload loses nothing: restored once on mount (unless it
 * is for another plan than the URL's), then saved on every change. `onEdit` runs on each edit.
 */
export function useRequestDraft<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  { defaults, planFromUrl, onEdit }: { defaults: T; planFromUrl?: string; onEdit: () => void },
) {
  const t = useTranslations("request");
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const draft = readDraft(planFromUrl);
    if (draft) {
      form.reset({ ...defaults, ...draft });
      toast.info(t("draftRestored"));
    }
  }, [form, defaults, planFromUrl, t]);
  useEffect(() => {
    const subscription = form.watch((values, { type }) => {
      if (type === "change") onEdit();
      localStorage.setItem(draftKey, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [form, onEdit]);
}
