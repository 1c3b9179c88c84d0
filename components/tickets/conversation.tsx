import { Lock } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { cn } from "@/lib/utils";
import { getDateFormat } from "@/lib/date-format-server";

type Message = {
  id: string;
  body: string;
  internal: boolean;
  createdAt: Date;
  author: { id: string; name: string; role: Role } | null;
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");

/**
 * A ticket's thread: the opening description, then every comment the viewer
 * may read (the service already left internal notes out for a customer).
 * Staff messages sit on the support side; internal notes are marked.
 */
export async function Conversation({ opening, comments }: { opening: Message; comments: Message[] }) {
  const [t, tRoles, dates] = await Promise.all([getTranslations("tickets.conversation"), getTranslations("roles"), getDateFormat()]);
  const messages = [opening, ...comments];
  return (
    <ol className="flex flex-col gap-4" aria-label={t("label")} data-testid="conversation">
      {messages.map((message, index) => {
        const staff = message.author !== null && message.author.role !== "CUSTOMER";
        return (
          <li
            key={message.id}
            data-testid={message.internal ? "internal-note" : "public-message"}
            className={cn("flex gap-3", staff && "flex-row-reverse")}
          >
            <span
              aria-hidden="true"
              className={cn(
                "flex size-9 shrink-0 items-center justify-center rounded-full text-xs font-semibold",
                staff ? "bg-primary/10 text-primary" : "bg-secondary text-secondary-foreground",
              )}
            >
              {message.author ? initials(message.author.name) : "?"}
            </span>
            <article
              className={cn(
                "flex max-w-[min(42rem,85%)] min-w-0 flex-col gap-1.5 rounded-xl border px-4 py-3",
                message.internal ? "border-dashed border-warning/50 bg-warning/10" : staff ? "border-primary/20 bg-primary/5" : "bg-card",
              )}
            >
              <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                <span className="font-medium">{message.author?.name ?? t("deletedUser")}</span>
                {message.author && <span className="text-xs text-muted-foreground">{tRoles(message.author.role)}</span>}
                {message.internal && (
                  <Badge variant="warning">
                    <Lock aria-hidden="true" />
                    {t("internal")}
                  </Badge>
                )}
                {index === 0 && <Badge variant="outline">{t("opening")}</Badge>}
                <time dateTime={message.createdAt.toISOString()} className="ml-auto text-xs text-muted-foreground">
                  {formatDate(message.createdAt, dates, true)}
                </time>
              </header>
              <p className="text-sm leading-relaxed break-words whitespace-pre-wrap">{message.body}</p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
