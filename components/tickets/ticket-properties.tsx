"use client";

import { Loader2, UserRoundCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { updateTicketAction } from "@/lib/tickets/actions";
import type { TicketUpdate } from "@/lib/tickets/schemas";
import { ticketPriorities, ticketStatuses, type TicketPriorityName, type TicketStatusName } from "@/lib/tickets/sla";
import { useTicketErrorMessages } from "./use-ticket-error-messages";

const NOBODY = "none";

function PropertySelect({
  id,
  label,
  hint,
  value,
  options,
  disabled,
  onChange,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  disabled: boolean;
  onChange: (value: string) => void;
  children?: ReactNode;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <ChoiceSelect id={id} value={value} options={options} disabled={disabled} onValueChange={onChange} className="w-full" />
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
      {children}
    </div>
  );
}

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
  const errorMessage = useActionErrorMessage(useTicketErrorMessages());
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const save = (changes: TicketUpdate, done: string) =>
    startTransition(async () => {
      const error = actionError(await updateTicketAction({ id: ticket.id, changes }));
      if (error) toast.error(errorMessage(error));
      else toast.success(done);
      router.refresh();
    });

  return (
    <div className="grid gap-4" aria-busy={pending}>
      <PropertySelect
        id="ticket-status"
        label={t("status")}
        value={ticket.status}
        disabled={pending}
        options={ticketStatuses.map((value) => ({ value, label: tStatus(value) }))}
        onChange={(value) => save({ status: value as TicketStatusName }, t("statusSaved", { status: tStatus(value as TicketStatusName) }))}
      />
      <PropertySelect
        id="ticket-priority"
        label={t("priority")}
        hint={t("priorityHint")}
        value={ticket.priority}
        disabled={pending}
        options={[...ticketPriorities].reverse().map((value) => ({ value, label: tPriority(value) }))}
        onChange={(value) =>
          save({ priority: value as TicketPriorityName }, t("prioritySaved", { priority: tPriority(value as TicketPriorityName) }))
        }
      />
      <PropertySelect
        id="ticket-assignee"
        label={t("assignee")}
        value={ticket.assigneeId ?? NOBODY}
        disabled={pending}
        options={[{ value: NOBODY, label: t("nobody") }, ...assignees.map((user) => ({ value: user.id, label: user.name }))]}
        onChange={(value) => save({ assigneeId: value === NOBODY ? null : value }, t("assigneeSaved"))}
      >
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
      </PropertySelect>
    </div>
  );
}
