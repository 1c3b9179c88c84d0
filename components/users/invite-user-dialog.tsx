"use client";

import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";

const InviteUserForm = lazyDialogForm(() => import("./invite-user-form").then((m) => m.InviteUserForm), "h-64");

/** The "Invite" button and its dialog: name, email, role and language of a new team member. */
export function InviteUserDialog() {
  const t = useTranslations("users");
  const [open, setOpen] = useState(false);
  return (
    <DialogOnIntent
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button>
          <UserPlus aria-hidden="true" />
          {t("invite")}
        </Button>
      }
      title={t("inviteTitle")}
      description={t("inviteDescription")}
      closeLabel={t("cancel")}
      className="sm:max-w-lg"
    >
      {open && <InviteUserForm onDone={() => setOpen(false)} />}
    </DialogOnIntent>
  );
}
