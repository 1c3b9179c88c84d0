import { route } from "@/lib/http";
import { deleteAlertChannel } from "@/lib/livepulse/channels/delete-alert-channel";
import { channelDeletedResponse, channelWithSecretResponse } from "@/lib/livepulse/channels/responses";
import { alertChannelSchema, channelIdParams } from "@/lib/livepulse/channels/schemas";
import { updateAlertChannel } from "@/lib/livepulse/channels/update-alert-channel";

export const dynamic = "force-dynamic";

export const PUT = route(
  {
    method: "PUT",
    path: "/api/livepulse/alert-channels/{id}",
    summary: "Replace an alert channel's settings (admin); a channel that becomes a webhook gets a signing secret, answered once",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: channelIdParams,
    body: alertChannelSchema,
    response: channelWithSecretResponse,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, body }) => updateAlertChannel(user, params.id, body),
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/livepulse/alert-channels/{id}",
    summary: "Delete an alert channel (admin): rules stop using it, its deliveries go with it",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: channelIdParams,
    response: channelDeletedResponse,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => deleteAlertChannel(user, params.id),
);
