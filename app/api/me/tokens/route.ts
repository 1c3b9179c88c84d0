import { createApiToken } from "@/lib/api-tokens/create-token";
import { listOwnTokens } from "@/lib/api-tokens/queries";
import { createTokenSchema, createdTokenSchema, ownTokenListResponse } from "@/lib/api-tokens/schemas";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/me/tokens",
    summary: "The signed-in user's personal API tokens, newest first (never their secrets)",
    tags: ["account"],
    access: "account:manage",
    response: ownTokenListResponse,
    errors: [],
  },
  async ({ user }) => ({ items: await listOwnTokens(user) }),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/me/tokens",
    summary: "Create a personal API token; its secret is in this answer only. A browser session only: a token cannot create tokens",
    tags: ["account"],
    access: "account:manage",
    rateLimit: { name: "api-token-create", limit: 20, windowSeconds: 60 * 60, key: "user" },
    body: createTokenSchema,
    status: 201,
    response: createdTokenSchema,
    errors: ["CONFLICT"],
  },
  async ({ user, body }) => createApiToken(user, body),
);
