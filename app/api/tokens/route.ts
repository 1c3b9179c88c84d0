import { listTokens } from "@/lib/api-tokens/queries";
import { tokenListQuery, tokenListResponse } from "@/lib/api-tokens/schemas";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/tokens",
    summary: "Every user's API tokens with their owner (admin); filter by owner (q) and status; paginated",
    tags: ["users"],
    access: "tokens:manage",
    query: tokenListQuery,
    response: tokenListResponse,
    errors: [],
  },
  async ({ user, query }) => listTokens(user, query),
);
