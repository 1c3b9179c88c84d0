import { permissions, scopeOf } from "@/lib/auth/permissions";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  { method: "GET", path: "/api/me", summary: "The signed-in user and what their role may do", tags: ["auth"], access: "user" },
  async ({ user }) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    permissions: Object.fromEntries(permissions.flatMap((p) => (scopeOf(user.role, p) ? [[p, scopeOf(user.role, p)]] : []))),
  }),
);
