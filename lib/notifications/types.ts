/**
 * Notifications as the browser sees them: plain strings (dates as ISO text), so server pages,
 * the REST API and realtime events hand the same shape to client components.
 */
import type { z } from "zod";
import { NotificationType } from "../generated/prisma/enums.ts";
import type { notificationSchema } from "./schemas";

export const notificationTypes = Object.values(NotificationType);
export type NotificationTypeName = NotificationType;

export type NotificationView = z.infer<typeof notificationSchema>;

/** What the `notification` event on a user's channel carries: a new notification, or read marks from another tab. */
export type NotificationEvent =
  { kind: "created"; notification: NotificationView } | { kind: "read"; ids: string[] | "all"; unread: number };

const isString = (v: unknown): v is string => typeof v === "string";

/** Links stay on this site: a path, never another origin. */
export function localLink(link: unknown): string | null {
  return isString(link) && link.startsWith("/") && !link.startsWith("//") ? link : null;
}

/** Reads an event's data defensively: anything unexpected is null and ignored. */
export function parseNotificationEvent(data: Record<string, unknown>): NotificationEvent | null {
  if (data.read === "all" || (Array.isArray(data.read) && data.read.every(isString))) {
    const unread = typeof data.unread === "number" && data.unread >= 0 ? data.unread : null;
    return unread === null ? null : { kind: "read", ids: data.read as string[] | "all", unread };
  }
  const { id, type, title, createdAt } = data;
  if (!isString(id) || !isString(title) || !(notificationTypes as readonly unknown[]).includes(type)) return null;
  const created = isString(createdAt) && !Number.isNaN(Date.parse(createdAt)) ? createdAt : new Date().toISOString();
  return {
    kind: "created",
    notification: {
      id,
      type: type as NotificationTypeName,
      title,
      body: isString(data.body) ? data.body : null,
      link: localLink(data.link),
      readAt: null,
      createdAt: created,
    },
  };
}
