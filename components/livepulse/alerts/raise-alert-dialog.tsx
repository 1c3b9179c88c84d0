"use client";

import { Siren } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

const RaiseAlertForm = lazyDialogForm(() => import("./raise-alert-form").then((m) => m.RaiseAlertForm), "h-80");

/** Staff raise an alert by hand: what is wrong, how bad, on which monitor, in more words. */
export function RaiseAlertDialog({ monitors }: { monitors: Array<{ id: string; name: string }> }) {
  const t = useTranslations("livepulseAlerts.raise");
  const [open, setOpen] = useState(false);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" data-testid="raise-alert">
          <Siren aria-hidden="true" /> {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <RaiseAlertForm monitors={monitors} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
