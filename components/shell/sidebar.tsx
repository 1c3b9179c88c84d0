import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/roles";
import { mainNav, sidebarFor, type Area, type IconName } from "@/lib/navigation";
import { MobileNavSheet } from "./signed-in-widgets";
import { SidebarNav, type SidebarSection } from "./sidebar-nav";

async function translatedSections(area: Area, role: Role): Promise<SidebarSection[]> {
  const t = await getTranslations("sidebar");
  return sidebarFor(area, role).map((section) => ({
    title: t(section.title as "crm"),
    items: section.items.map((item) => ({ href: item.href, icon: item.icon, label: t(item.label as "crm") })),
  }));
}

export async function AreaSidebar({ area, role }: { area: Area; role: Role }) {
  const [sections, t] = await Promise.all([translatedSections(area, role), getTranslations("nav")]);
  return (
    <aside className="hidden w-60 shrink-0 border-r bg-sidebar md:block">
      <div className="sticky top-16 p-4">
        <SidebarNav sections={sections} label={t("sectionNavigation")} />
      </div>
    </aside>
  );
}

const mainIcons: Record<string, IconName> = {
  hosting: "server",
  crm: "layout-dashboard",
  support: "life-buoy",
  livepulse: "activity",
  admin: "package",
};

/** On small screens the main navigation and the area's sidebar live in one drawer, Live Pulse's alert count included. */
export async function MobileNav({ area, role, alerts }: { area: Area; role: Role; alerts?: number }) {
  const [sections, t, tBrand] = await Promise.all([translatedSections(area, role), getTranslations("nav"), getTranslations("brand")]);
  const main: SidebarSection = {
    title: t("mainNavigation"),
    items: mainNav(role).map((item) => ({
      href: item.href,
      label: t(item.label as "hosting"),
      icon: mainIcons[item.label],
      alerts: item.href === "/livepulse" ? alerts : undefined,
    })),
  };
  const label = alerts ? `${t("openMenu")} — ${t("openAlerts", { count: alerts })}` : t("openMenu");
  return <MobileNavSheet sections={[main, ...sections]} label={label} title={tBrand("name")} alerting={Boolean(alerts)} />;
}
