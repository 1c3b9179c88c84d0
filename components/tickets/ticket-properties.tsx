"use client";

import { Loader2, UserRoundCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { actionError } from "@/lib/forms/action-error";
import { updateTicketAction } from "@/lib/tickets/actions";
import type { TicketUpdate } from "@/lib/tickets/schemas";
import { ticketPriorities, ticketStatuses, type TicketPriorityName, type TicketStatusName } from "@/lib/tickets/sla";
import { useTicketErrorMessage } from "./action-errors";

const NOBODY = "none";

/** Status, priority and assignee of a ticket; each change saves at once. */
export function TicketProperties({
  ticket,
  assignees,
  currentUserId,
}: {
  ticket: { id: string; status: TicketStatusName; priority: TicketPriorityName; assigneeId: string | null };
  assignees: Array<{ id: string; name: string }>;
  currentUserId: string;
}) {
  const t = useTranslations("tickets.properties");
  const tStatus = useTranslations("ticketStatus");
  const tPriority = useTranslations("ticketPriority");
  const describe = useTicketErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const save = (changes: TicketUpdate, done: string) =>
    startTransition(async () => {
      const error = actionError(await updateTicketAction({ id: ticket.id, changes }));
      if (error) toast.error(describe(error));
      else toast.success(done);
      router.refresh();
    });

  return (
    <div className="grid gap-4" aria-busy={pending}>
      <div className="grid gap-1.5">
        <Label htmlFor="ticket-status">{t("status")}</Label>
        <Select
          value={ticket.status}
          disabled={pending}
          onValueChange={(value) =>
            save({ status: value as TicketStatusName }, t("statusSaved", { status: tStatus(value as TicketStatusName) }))
          }
        >
          <SelectTrigger id="ticket-status" className="w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {ticketStatuses.map((value) => (
              <SelectItem key={value} value={value}>
                {tStatus(value)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="ticket-priority">{t("priority")}</Label>
        <Select
          value={ticket.priority}
          disabled={pending}
          onValueChange={(value) =>
            save({ priority: value as TicketPriorityName }, t("prioritySaved", { priority: tPriority(value as TicketPriorityName) }))
          }
        >
          <SelectTrigger id="ticket-priority" className="w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {[...ticketPriorities].reverse().map((value) => (
              <SelectItem key={value} value={value}>
                {tPriority(value)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <p className="text-xs text-muted-foreground">{t("priorityHint")}</p>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="ticket-assignee">{t("assignee")}</Label>
        <Select
          value={ticket.assigneeId ?? NOBODY}
          disabled={pending}
          onValueChange={(value) => save({ assigneeId: value === NOBODY ? null : value }, t("assigneeSaved"))}
        >
          <SelectTrigger id="ticket-assignee" className="w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={NOBODY}>{t("nobody")}</SelectItem>
            {assignees.map((user) => (
              <SelectItem key={user.id} value={user.id}>
                {user.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {ticket.assigneeId !== currentUserId && (
          <Button
            variant="outline"
            size="sm"
            className="justify-self-start"
            disabled={pending}
            onClick={() => save({ assigneeId: currentUserId }, t("assigneeSaved"))}
          >
            {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : <UserRoundCheck aria-hidden="true" />}
            {t("assignToMe")}
          </Button>
        )}
      </div>
    </div>
  );
}
