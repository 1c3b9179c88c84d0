"use client";

import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";

// The leads list, which most visits of this page are, does not download the form.
const CreateLeadForm = lazyDialogForm(() => import("./create-lead-form").then((m) => m.CreateLeadForm), "h-96");

type Assignees = Array<{ id: string; name: string }>;

export function CreateLeadDialog({ assignees, currentUserId }: { assignees: Assignees; currentUserId: string }) {
  const t = useTranslations("leads");
  const [open, setOpen] = useState(false);
  return (
    <DialogOnIntent
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          {t("new")}
        </Button>
      }
      title={t("createTitle")}
      description={t("createDescription")}
      closeLabel={t("cancel")}
      className="sm:max-w-lg"
    >
      {open && <CreateLeadForm assignees={assignees} currentUserId={currentUserId} onDone={() => setOpen(false)} />}
    </DialogOnIntent>
  );
}
