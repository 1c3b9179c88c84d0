import { route } from "@/lib/http";
import { listAlertDeliveries } from "@/lib/livepulse/channels/queries";
import { deliveryListResponse } from "@/lib/livepulse/channels/responses";
import { deliveryListQuery } from "@/lib/livepulse/channels/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/alert-deliveries",
    summary:
      "The alert channels' delivery log (admin), newest first: channel, alert or test, status, attempts, last error; by channelId and/or status",
    tags: ["livepulse"],
    access: "livepulse:manage",
    query: deliveryListQuery,
    response: deliveryListResponse,
    errors: [],
  },
  async ({ user, query }) => listAlertDeliveries(user, query),
);
