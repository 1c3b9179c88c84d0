import { route } from "@/lib/http";
import { testResponse } from "@/lib/livepulse/channels/responses";
import { channelIdParams } from "@/lib/livepulse/channels/schemas";
import { sendChannelTest } from "@/lib/livepulse/channels/send-channel-test";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/alert-channels/{id}/test",
    summary: "Send a test through a channel now, once (admin); answers the test delivery's outcome, which the delivery log keeps",
    tags: ["livepulse"],
    access: "livepulse:manage",
    params: channelIdParams,
    response: testResponse,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => sendChannelTest(user, params.id),
);
