"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/lib/forms/use-action-form";
import { alertEmailRoles } from "@/lib/livepulse/alerts/schemas";
import { createAlertChannelAction, updateAlertChannelAction } from "@/lib/livepulse/channels/actions";
import { alertChannelSchema, channelKinds, type AlertChannelInput } from "@/lib/livepulse/channels/schemas";
import type { EditableChannel } from "./channel-form-dialog";
import type { ShownSecret } from "./channel-secret-dialog";

const blank: AlertChannelInput = { name: "", kind: "WEBHOOK", enabled: true, emailRoles: [], userIds: [], url: "" };

function channelInput(channel: EditableChannel): AlertChannelInput {
  const { name, kind, enabled, emailRoles, userIds, url } = channel;
  return { name, kind, enabled, emailRoles, userIds, url: url ?? "" };
}

/**
 * A new channel, or `channel`'s values: email recipients (roles, people), or the URL a webhook or
 * Slack message is posted to. `onSaved` receives a new webhook's secret, to be shown once.
 */
export function ChannelForm({
  channel,
  users,
  onSaved,
  onCancel,
}: {
  channel?: EditableChannel;
  users: Array<{ id: string; name: string; email: string }>;
  onSaved: (secret: ShownSecret | null) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("livepulseChannels.form");
  const tKind = useTranslations("alertChannelKind");
  const tRole = useTranslations("roles");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(
    (values) =>
      channel
        ? updateAlertChannelAction({
            id: channel.id,
            channel: { ...values, name: values.name === channel.name ? channel.savedName : values.name },
          })
        : createAlertChannelAction(values),
    alertChannelSchema,
    {
      defaultValues: channel ? channelInput(channel) : blank,
      errorMessages: { FORBIDDEN: t("forbidden") },
      onSuccess: (data, values) => {
        toast.success(channel ? t("saved") : t("created"));
        onSaved(data.secret ? { name: values.name, secret: data.secret, fresh: true } : null);
        router.refresh();
      },
    },
  );
  const kind = form.watch("kind");
  useEffect(() => form.setFocus("name"), [form]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <TextField control={form.control} name="name" label={t("name")} placeholder={t("namePlaceholder")} />
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <SelectField
          control={form.control}
          name="kind"
          label={t("kind")}
          options={channelKinds.map((value) => ({ value, label: tKind(value) }))}
        />
        <SwitchField control={form.control} name="enabled" label={t("enabled")} className="h-9 items-center" labelClassName="font-normal" />
      </div>
      {kind === "EMAIL" ? (
        <>
          <CheckboxGroupField
            control={form.control}
            name="emailRoles"
            label={t("emailRoles")}
            description={t("emailRolesHint")}
            options={alertEmailRoles.map((value) => ({ value, label: tRole(value) }))}
            groupClassName="grid-cols-3"
          />
          {users.length > 0 && (
            <CheckboxGroupField
              control={form.control}
              name="userIds"
              label={t("users")}
              description={t("usersHint")}
              options={users.map((user) => ({ value: user.id, label: user.name, description: user.email }))}
              groupClassName="max-h-48 overflow-y-auto rounded-md border p-3 sm:grid-cols-2"
            />
          )}
        </>
      ) : (
        <TextField
          control={form.control}
          name="url"
          type="url"
          inputMode="url"
          label={kind === "SLACK" ? t("slackUrl") : t("webhookUrl")}
          description={kind === "SLACK" ? t("slackUrlHint") : t("webhookUrlHint")}
          placeholder={kind === "SLACK" ? "https://hooks.slack.com/services/…" : "https://example.com/hooks/orbite"}
        />
      )}
      <DialogFormFooter cancel={t("cancel")} submit={channel ? t("save") : t("create")} onCancel={onCancel} />
    </ActionForm>
  );
}
