import { accountProfile } from "@/lib/account-settings/queries";
import { meSchema, profilePatchSchema } from "@/lib/account-settings/schemas";
import { updateProfile } from "@/lib/account-settings/update-profile";
import { permissions, scopeOf } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { route } from "@/lib/http";
import { chosenEmailCategories } from "@/lib/mail/preferences";

export const dynamic = "force-dynamic";

/** The account's profile and what its role may do. */
async function me(user: SessionUser) {
  const profile = await accountProfile(user);
  return {
    id: profile.id,
    email: profile.email,
    name: profile.name,
    company: profile.company,
    phone: profile.phone,
    locale: profile.locale,
    role: user.role,
    emailCategories: chosenEmailCategories({ role: user.role, emailCategories: profile.emailCategories }),
    permissions: Object.fromEntries(permissions.flatMap((p) => (scopeOf(user, p) ? [[p, scopeOf(user, p)]] : []))),
  };
}

export const GET = route(
  {
    method: "GET",
    path: "/api/me",
    summary: "The signed-in user, their profile and what their role may do",
    tags: ["account"],
    access: "user",
    response: meSchema,
    errors: [],
  },
  async ({ user }) => me(user),
);

export const PATCH = route(
  {
    method: "PATCH",
    path: "/api/me",
    summary: "Change the signed-in user's name, company, phone or language",
    tags: ["account"],
    access: "account:manage",
    body: profilePatchSchema,
    response: meSchema,
    errors: [],
  },
  async ({ user, body }) => {
    await updateProfile(user, body);
    return me(user);
  },
);
