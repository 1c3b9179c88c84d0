import { createTranslator } from "next-intl";
import { route } from "@/lib/http";
import { env } from "@/lib/env";
import { localeCookie, resolveLocale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { incidentsFeed } from "@/lib/status-page/atom";
import { statusSnapshot } from "@/lib/status-page/snapshot";

export const dynamic = "force-dynamic";

/** The entries the feed carries at most, newest first. */
const feedSize = 50;

export const GET = route(
  {
    method: "GET",
    path: "/api/status/feed.atom",
    summary:
      "The incidents of the status page as an Atom 1.0 feed: one entry per incident (published services only), updated with each of its updates, which its text lists newest first",
    tags: ["status"],
    access: "public",
    produces: "application/atom+xml",
    errors: [],
  },
  async ({ request }) => {
    const locale = resolveLocale(request.cookies.get(localeCookie)?.value, request.headers.get("accept-language"));
    const messages = await loadMessages(locale);
    const t = createTranslator({ locale, messages, namespace: "statusPage" });
    const tImpact = createTranslator({ locale, messages, namespace: "incidentImpact" });
    const tState = createTranslator({ locale, messages, namespace: "incidentState" });
    const snapshot = await statusSnapshot();
    const names = new Map(snapshot.services.map((service) => [service.id, service.name[locale]]));
    const incidents = [...snapshot.incidents]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, feedSize)
      .map((incident) => ({ ...incident, services: incident.serviceIds.flatMap((id) => names.get(id) ?? []) }));
    const xml = incidentsFeed(
      incidents,
      {
        title: t("feedTitle"),
        subtitle: t("feedSubtitle"),
        author: t("feedAuthor"),
        impact: (impact) => tImpact(impact as "NONE"),
        state: (state) => tState(state as "RESOLVED"),
        services: t("affectedServices"),
      },
      env.appUrl,
      new Date(snapshot.generatedAt),
    );
    return new Response(xml, {
      headers: {
        "content-type": "application/atom+xml; charset=utf-8",
        "cache-control": "public, max-age=60",
        vary: "accept-language, cookie",
      },
    });
  },
);
