"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

// The leads list, which most visits of this page are, does not download the form.
const CreateLeadForm = lazyDialogForm(() => import("./create-lead-form").then((m) => m.CreateLeadForm), "h-96");

type Assignees = Array<{ id: string; name: string }>;

export function CreateLeadDialog({ assignees, currentUserId }: { assignees: Assignees; currentUserId: string }) {
  const t = useTranslations("leads");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {t("new")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("cancel")} className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("createTitle")}</DialogTitle>
          <DialogDescription>{t("createDescription")}</DialogDescription>
        </DialogHeader>
        {open && <CreateLeadForm assignees={assignees} currentUserId={currentUserId} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}
