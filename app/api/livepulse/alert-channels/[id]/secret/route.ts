import { route } from "@/lib/http";
import { revealChannelSecret } from "@/lib/livepulse/channels/queries";
import { channelSecretResponse } from "@/lib/livepulse/channels/responses";
import { rotateChannelSecret } from "@/lib/livepulse/channels/rotate-channel-secret";
import { channelIdParams } from "@/lib/livepulse/channels/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/alert-channels/{id}/secret",
    summary: "A webhook channel's signing secret (admin)",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: channelIdParams,
    response: channelSecretResponse,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => revealChannelSecret(user, params.id),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/alert-channels/{id}/secret",
    summary: "Rotate a webhook channel's signing secret (admin); the new one is answered once and signs every delivery from now on",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: channelIdParams,
    response: channelSecretResponse,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => rotateChannelSecret(user, params.id),
);
