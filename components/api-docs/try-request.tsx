"use client";

import { useTranslations } from "next-intl";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";
import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import type { TryRequestProps } from "./try-request-form";

const TryRequestForm = lazyDialogForm(() => import("./try-request-form").then((m) => m.TryRequestForm), "h-64");

/** "Try it": a route called from the page, its form and code loaded when the dialog first opens. */
export function TryRequest(props: TryRequestProps) {
  const t = useTranslations("apiReference.try");
  return (
    <DialogOnIntent
      trigger={
        <Button type="button" variant="outline" size="sm">
          {t("open")}
        </Button>
      }
      title={t("title", { method: props.method.toUpperCase(), path: props.path })}
      description={t("description")}
      closeLabel={t("close")}
      className="max-h-[90dvh] overflow-y-auto sm:max-w-2xl"
    >
      <TryRequestForm {...props} />
    </DialogOnIntent>
  );
}
