"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import type { AlertChannelInput } from "@/lib/livepulse/channels/schemas";
import { ChannelSecretField, type ShownSecret } from "./channel-secret-dialog";

const ChannelForm = lazyDialogForm(() => import("./channel-form").then((m) => m.ChannelForm), "h-72");

/** `name` is the one shown (a default channel's translated name); `savedName` the one stored, sent back when left as shown. */
export type EditableChannel = AlertChannelInput & { id: string; savedName: string };

/** Adds a channel, or edits `channel`: email recipients (roles, people), or the URL a webhook or Slack message is posted to. */
export function ChannelFormDialog({
  channel,
  users,
}: {
  channel?: EditableChannel;
  users: Array<{ id: string; name: string; email: string }>;
}) {
  const t = useTranslations("livepulseChannels.form");
  const [open, setOpen] = useState(false);
  // A new webhook's secret, shown in the same dialog once the channel is saved.
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const tSecret = useTranslations("livepulseChannels.secret");
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setSecret(null);
  };

  return (
    <DialogOnIntent
      open={open}
      onOpenChange={onOpenChange}
      trigger={<CreateOrEditTrigger editLabel={channel ? t("editNamed", { name: channel.name }) : undefined} newLabel={t("new")} />}
      title={secret ? tSecret("title", { name: secret.name }) : channel ? t("editTitle") : t("createTitle")}
      description={secret ? tSecret("usage") : t("description")}
      className="max-h-[90dvh] overflow-y-auto sm:max-w-lg"
    >
      {secret ? (
        <>
          <ChannelSecretField shown={secret} />
          <DialogFooter>
            <Button type="button" onClick={() => onOpenChange(false)}>
              {tSecret("done")}
            </Button>
          </DialogFooter>
        </>
      ) : (
        <ChannelForm
          channel={channel}
          users={users}
          onSaved={(shown) => (shown ? setSecret(shown) : setOpen(false))}
          onCancel={() => onOpenChange(false)}
        />
      )}
    </DialogOnIntent>
  );
}
