"use client";

import { Ban, CircleCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { roles, type Role } from "@/lib/auth/roles";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import type { ActionError } from "@/lib/safe-action";
import { changeUserAccessAction } from "@/lib/users/actions";

type Account = { id: string; name: string; role: Role; disabled: boolean };

const isLastAdmin = (error: ActionError | null) => error?.code === "CONFLICT" && Boolean(error.fields?.role?.includes("lastAdmin"));

/**
 * An account's role and whether it may sign in, each changed after a confirmation (its sessions end
 * at once). Refusing to remove the last active admin is said next to the controls.
 */
export function UserAccessControls({ account }: { account: Account }) {
  const t = useTranslations("users");
  const tRole = useTranslations("roles");
  const router = useRouter();
  const errorMessage = useActionErrorMessage();
  const [pendingRole, setPendingRole] = useState<Role | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const change = async (changes: { role?: Role; disabled?: boolean }, success: string) => {
    setRefusal(null);
    const result = await changeUserAccessAction({ id: account.id, changes });
    const error = actionError(result);
    if (!error) {
      toast.success(success);
      router.refresh();
      return;
    }
    if (isLastAdmin(error)) setRefusal(t("lastAdmin"));
    else toast.error(errorMessage(error));
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <Label htmlFor="user-role">{t("changeRole")}</Label>
        <ChoiceSelect
          id="user-role"
          value={account.role}
          options={roles.map((value) => ({ value, label: tRole(value) }))}
          onValueChange={(value) => value !== account.role && setPendingRole(value as Role)}
          className="w-full sm:w-60"
          aria-describedby={refusal ? "user-access-refusal" : undefined}
        />
      </div>
      <ConfirmDialog
        open={pendingRole !== null}
        onOpenChange={(open) => !open && setPendingRole(null)}
        title={pendingRole ? t("changeRoleTitle", { name: account.name, role: tRole(pendingRole) }) : ""}
        description={t("changeRoleDescription", { name: account.name })}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirmRole")}
        pendingLabel={t("working")}
        onConfirm={async () => {
          if (pendingRole) await change({ role: pendingRole }, t("roleChanged"));
          setPendingRole(null);
        }}
      />
      <div>
        {account.disabled ? (
          <ConfirmDialog
            trigger={
              <Button variant="outline">
                <CircleCheck aria-hidden="true" />
                {t("enable")}
              </Button>
            }
            title={t("enableTitle", { name: account.name })}
            description={t("enableDescription", { name: account.name })}
            cancelLabel={t("cancel")}
            confirmLabel={t("enable")}
            pendingLabel={t("working")}
            onConfirm={() => change({ disabled: false }, t("enabled"))}
          />
        ) : (
          <ConfirmDialog
            trigger={
              <Button variant="outline" className="text-destructive hover:text-destructive">
                <Ban aria-hidden="true" />
                {t("disable")}
              </Button>
            }
            title={t("disableTitle", { name: account.name })}
            description={t("disableDescription", { name: account.name })}
            cancelLabel={t("cancel")}
            confirmLabel={t("disable")}
            pendingLabel={t("working")}
            destructive
            onConfirm={() => change({ disabled: true }, t("disabled"))}
          />
        )}
      </div>
      {refusal && (
        <p id="user-access-refusal" role="alert" className="text-sm text-destructive">
          {refusal}
        </p>
      )}
      <p className="text-xs text-muted-foreground">{t("accessHint")}</p>
    </div>
  );
}
