import { z } from "zod";
import { pagination } from "../../list-query";
import { AlertChannelKind, AlertDeliveryEvent, AlertDeliveryStatus } from "../../generated/prisma/enums.ts";
import { alertEmailRoles } from "../alerts/schemas";

export const channelKinds = Object.values(AlertChannelKind);
export type ChannelKind = AlertChannelKind;
export const deliveryStatuses = Object.values(AlertDeliveryStatus);
export const deliveryEvents = Object.values(AlertDeliveryEvent);

/** Past this a webhook URL is refused: long enough for any real endpoint, short enough to show. */
export const maxUrlLength = 2000;
/** Specific people an EMAIL channel may name, at most. */
export const maxChannelUsers = 50;

const id = z.string().trim().min(1, "required").max(40, "tooLong");

/** Where a WEBHOOK or SLACK channel posts: an absolute http:// or https:// URL. */
export const webhookUrlSchema = z
  .string()
  .trim()
  .max(maxUrlLength, "tooLong")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "httpUrl");

/**
 * A channel: EMAIL names roles and/or users (at least one of either), WEBHOOK and SLACK a URL. The
 * fields a kind does not use are emptied, so that what is stored always fits the kind.
 */
export const alertChannelSchema = z
  .object({
    name: z.string().trim().min(3, "tooShort").max(80, "tooLong"),
    kind: z.enum(channelKinds),
    enabled: z.boolean().default(true),
    emailRoles: z
      .array(z.enum(alertEmailRoles))
      .max(alertEmailRoles.length * 2, "tooLong")
      .default([])
      .transform((list) => alertEmailRoles.filter((role) => list.includes(role))),
    userIds: z
      .array(id)
      .max(maxChannelUsers, "tooLong")
      .default([])
      .transform((list) => [...new Set(list)]),
    url: z.string().trim().max(maxUrlLength, "tooLong").nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "EMAIL") {
      if (value.emailRoles.length === 0 && value.userIds.length === 0)
        ctx.addIssue({ code: "custom", path: ["emailRoles"], message: "recipientsRequired" });
      return;
    }
    const url = webhookUrlSchema.safeParse(value.url ?? "");
    if (!url.success) ctx.addIssue({ code: "custom", path: ["url"], message: url.error.issues[0]?.message ?? "httpUrl" });
  })
  .transform((value) =>
    value.kind === "EMAIL"
      ? { ...value, url: null }
      : { ...value, url: webhookUrlSchema.parse(value.url ?? ""), emailRoles: [], userIds: [] },
  );
export type AlertChannelInput = z.input<typeof alertChannelSchema>;
export type AlertChannel = z.output<typeof alertChannelSchema>;

export const channelIdParams = z.object({ id });
export const channelIdSchema = z.object({ id });

/** The delivery log: by channel and/or status, newest first, paginated. */
export const deliveryListQuery = z.object({
  channelId: id.optional().catch(undefined),
  status: z.enum(deliveryStatuses).optional().catch(undefined),
  ...pagination(20),
});
export type DeliveryListQuery = z.infer<typeof deliveryListQuery>;
