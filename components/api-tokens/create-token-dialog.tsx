"use client";

import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import type { Permission } from "@/lib/auth/permissions";
import { TokenSecretDialog, type CreatedToken } from "./token-secret-dialog";

const CreateTokenForm = lazyDialogForm(() => import("./create-token-form").then((m) => m.CreateTokenForm), "h-[32rem]");

/** "New token": name, expiry and scopes (those of the owner's role), then the secret, shown once. */
export function CreateTokenDialog({ scopes }: { scopes: Permission[] }) {
  const t = useTranslations("apiTokens");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  return (
    <>
      <DialogOnIntent
        open={open}
        onOpenChange={setOpen}
        trigger={<CreateOrEditTrigger newLabel={t("create")} />}
        title={t("createTitle")}
        description={t("createDescription")}
        className="max-h-[90dvh] overflow-y-auto sm:max-w-xl"
      >
        <CreateTokenForm
          scopes={scopes}
          onCreated={(token) => {
            setOpen(false);
            setCreated(token);
            router.refresh();
          }}
          onCancel={() => setOpen(false)}
        />
      </DialogOnIntent>
      <TokenSecretDialog created={created} onClose={() => setCreated(null)} />
    </>
  );
}
