import { route } from "@/lib/http";
import { createAlertChannel } from "@/lib/livepulse/channels/create-alert-channel";
import { listAlertChannels } from "@/lib/livepulse/channels/queries";
import { channelListResponse, channelWithSecretResponse } from "@/lib/livepulse/channels/responses";
import { alertChannelSchema } from "@/lib/livepulse/channels/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/alert-channels",
    summary: "Alert channels (admin): EMAIL, WEBHOOK and SLACK, with their recipients or URL and the rules using them; never a secret",
    tags: ["livepulse"],
    access: "livepulse:manage",
    response: channelListResponse,
    errors: [],
  },
  async ({ user }) => ({ items: await listAlertChannels(user) }),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/alert-channels",
    summary:
      "Add an alert channel (admin): EMAIL with emailRoles and/or userIds, or WEBHOOK / SLACK with an http(s) url; a webhook's signing secret is answered once",
    tags: ["livepulse"],
    access: "livepulse:manage",
    body: alertChannelSchema,
    response: channelWithSecretResponse,
    status: 201,
    errors: [],
  },
  async ({ user, body }) => Response.json(await createAlertChannel(user, body), { status: 201 }),
);
