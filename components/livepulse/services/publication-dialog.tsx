"use client";

import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { Globe } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";
import type { PublicationInput } from "@/lib/status-page/schemas";

const PublicationForm = lazyDialogForm(() => import("./publication-form").then((m) => m.PublicationForm), "h-64");

/** An admin's "publish on the status page" control for one monitor: on or off, public names, plans affected. */
export function PublicationDialog({
  monitorId,
  name,
  publication,
  plans,
}: {
  monitorId: string;
  name: string;
  publication: PublicationInput | null;
  plans: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations("statusPublication");
  const [open, setOpen] = useState(false);
  return (
    <DialogOnIntent
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="icon" aria-label={t("openNamed", { name })} data-testid="publication-open">
          <Globe aria-hidden="true" />
        </Button>
      }
      title={t("title")}
      description={t("description")}
      className="sm:max-w-lg"
    >
      <PublicationForm monitorId={monitorId} name={name} publication={publication} plans={plans} onDone={() => setOpen(false)} />
    </DialogOnIntent>
  );
}
