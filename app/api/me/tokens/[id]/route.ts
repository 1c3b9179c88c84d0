import { revokeOwnToken } from "@/lib/api-tokens/revoke-token";
import { revokedTokenSchema, tokenIdParams } from "@/lib/api-tokens/schemas";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/me/tokens/{id}",
    summary: "Revoke one of the signed-in user's API tokens: it is refused from the next call",
    tags: ["account"],
    access: "account:manage",
    params: tokenIdParams,
    response: revokedTokenSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => revokeOwnToken(user, params.id),
);
