"use client";

import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

const InviteUserForm = lazyDialogForm(() => import("./invite-user-form").then((m) => m.InviteUserForm), "h-64");

/** The "Invite" button and its dialog: name, email, role and language of a new team member. */
export function InviteUserDialog() {
  const t = useTranslations("users");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          {t("invite")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("cancel")} className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("inviteTitle")}</DialogTitle>
          <DialogDescription>{t("inviteDescription")}</DialogDescription>
        </DialogHeader>
        {open && <InviteUserForm onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}
