import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ChannelFormDialog } from "@/components/livepulse/channels/channel-form-dialog";
import { ChannelsCard } from "@/components/livepulse/channels/channels-card";
import { DeliveriesCard } from "@/components/livepulse/channels/deliveries-card";
import { livepulseNames } from "@/components/livepulse/names-server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { listAlertChannels, listAlertDeliveries, listChannelUserOptions } from "@/lib/livepulse/channels/queries";
import { deliveryListQuery } from "@/lib/livepulse/channels/schemas";
import { channels as realtimeChannels } from "@/lib/realtime/channels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livepulseChannels"))("title") };
}

export default async function AlertChannelsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("livepulse:manage");
  const parsed = deliveryListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : deliveryListQuery.parse({});
  const [channels, deliveries, users, t, nameOf] = await Promise.all([
    listAlertChannels(user),
    listAlertDeliveries(user, query),
    listChannelUserOptions(user),
    getTranslations("livepulseChannels"),
    livepulseNames(),
  ]);

  return (
    <ClientMessages namespaces={["livepulseChannels", "alertChannelKind", "roles"]}>
      <LiveRefresh channel={realtimeChannels.livepulse} events={["alertChannel.updated"]} />
      <div className="flex flex-col gap-6">
        <PageHeader
          title={t("title")}
          description={t("subtitle")}
          className="pb-0"
          eyebrow={
            <Link href="/livepulse/alerts" className="inline-flex items-center gap-1 underline-offset-4 hover:underline">
              <ArrowLeft className="size-4" aria-hidden="true" />
              {t("back")}
            </Link>
          }
          actions={<ChannelFormDialog users={users} />}
        />
        <ChannelsCard channels={channels} users={users} />
        <DeliveriesCard
          deliveries={deliveries}
          query={query}
          channels={channels.map((channel) => ({ id: channel.id, name: nameOf(channel) }))}
        />
      </div>
    </ClientMessages>
  );
}
