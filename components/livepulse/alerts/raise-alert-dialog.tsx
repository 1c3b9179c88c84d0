"use client";

import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { Siren } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";

const RaiseAlertForm = lazyDialogForm(() => import("./raise-alert-form").then((m) => m.RaiseAlertForm), "h-80");

/** Staff raise an alert by hand: what is wrong, how bad, on which monitor, in more words. */
export function RaiseAlertDialog({ monitors }: { monitors: Array<{ id: string; name: string }> }) {
  const t = useTranslations("livepulseAlerts.raise");
  const [open, setOpen] = useState(false);

  return (
    <DialogOnIntent
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="outline" data-testid="raise-alert">
          <Siren aria-hidden="true" /> {t("trigger")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      className="sm:max-w-lg"
    >
      <RaiseAlertForm monitors={monitors} onDone={() => setOpen(false)} />
    </DialogOnIntent>
  );
}
