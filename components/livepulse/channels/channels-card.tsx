import { Send } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ConfirmDeleteButton } from "@/components/forms/confirm-delete-button";
import { livepulseNames } from "@/components/livepulse/names-server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { alertEmailRoles } from "@/lib/livepulse/alerts/schemas";
import { deleteAlertChannelAction } from "@/lib/livepulse/channels/actions";
import type { PublicChannel } from "@/lib/livepulse/channels/queries";
import { ChannelFormDialog } from "./channel-form-dialog";
import { ChannelSecretButtons } from "./channel-secret-buttons";
import { TestChannelButton } from "./test-channel-button";

/** Every channel: its kind, where it sends, the rules using it; edit, test, secret and delete. */
export async function ChannelsCard({
  channels,
  users,
}: {
  channels: PublicChannel[];
  users: Array<{ id: string; name: string; email: string }>;
}) {
  const [t, tKind, tRole, nameOf] = await Promise.all([
    getTranslations("livepulseChannels"),
    getTranslations("alertChannelKind"),
    getTranslations("roles"),
    livepulseNames(),
  ]);
  const target = (channel: PublicChannel) => {
    if (channel.kind !== "EMAIL") return channel.url ?? "";
    const roles = channel.emailRoles.map((role) => tRole(role));
    const people = channel.users.map((user) => user.name);
    return [...roles, ...people].join(", ");
  };

  return (
    <Card className="gap-0 pb-0">
      <CardHeader className="pb-4">
        <CardTitle as="h2">{t("channelsTitle")}</CardTitle>
        <CardDescription>{t("channelsHint")}</CardDescription>
      </CardHeader>
      {channels.length === 0 ? (
        <CardContent className="pb-6">
          <EmptyState icon={<Send />} title={t("noChannels")} description={t("noChannelsHint")} titleAs="p" />
        </CardContent>
      ) : (
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="pl-6">{t("columns.channel")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("columns.target")}</TableHead>
              <TableHead className="pr-6 text-right">
                <span className="sr-only">{t("columns.actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {channels.map((channel) => {
              const name = nameOf(channel);
              return (
                <TableRow key={channel.id} data-testid="channel-row">
                  <TableCell className="max-w-56 pl-6 sm:max-w-none">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge variant="outline">{tKind(channel.kind)}</Badge>
                      <span className="font-medium">{name}</span>
                      {!channel.enabled && <Badge variant="secondary">{t("disabled")}</Badge>}
                    </div>
                    {/* On a phone the target rides under the name. */}
                    <p className="mt-1 truncate text-xs text-muted-foreground md:hidden">{target(channel)}</p>
                  </TableCell>
                  <TableCell className="hidden max-w-64 text-sm md:table-cell">
                    <span className={`block truncate ${channel.kind === "EMAIL" ? "" : "font-mono text-xs"}`} title={target(channel)}>
                      {target(channel)}
                    </span>
                    <span className="block truncate text-xs text-muted-foreground">
                      {channel.rules.length ? t("usedBy", { rules: channel.rules.map((rule) => nameOf(rule)).join(", ") }) : t("noRules")}
                    </span>
                  </TableCell>
                  <TableCell className="pr-6 text-right">
                    <div className="flex flex-wrap items-center justify-end gap-1 lg:flex-nowrap">
                      <TestChannelButton id={channel.id} name={name} disabled={!channel.enabled} />
                      <ChannelFormDialog
                        users={users}
                        channel={{
                          id: channel.id,
                          name,
                          savedName: channel.name,
                          kind: channel.kind,
                          enabled: channel.enabled,
                          emailRoles: alertEmailRoles.filter((role) => channel.emailRoles.includes(role)),
                          userIds: channel.users.map((user) => user.id),
                          url: channel.url,
                        }}
                      />
                      {channel.kind === "WEBHOOK" && channel.hasSecret && <ChannelSecretButtons id={channel.id} name={name} />}
                      <ConfirmDeleteButton
                        messages="livepulseChannels.delete"
                        id={channel.id}
                        name={name}
                        action={deleteAlertChannelAction}
                      />
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
