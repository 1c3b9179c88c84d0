import { revokeAnyToken } from "@/lib/api-tokens/revoke-token";
import { revokedTokenSchema, tokenIdParams } from "@/lib/api-tokens/schemas";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/tokens/{id}",
    summary: "Revoke anyone's API token (admin): it is refused from the next call",
    tags: ["users"],
    access: "tokens:manage",
    params: tokenIdParams,
    response: revokedTokenSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => revokeAnyToken(user, params.id),
);
