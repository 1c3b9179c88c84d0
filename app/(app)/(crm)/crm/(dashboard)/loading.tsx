import { RouteLoading } from "@/components/shell/route-loading";
import { SkeletonGrid } from "@/components/shell/skeletons";

/** The dashboard while its figures load: header, six KPI cards, three panels and two charts. */
export default function DashboardLoading() {
  return (
    <RouteLoading className="gap-6" header={{ title: "w-56", description: ["w-80 max-w-full"], action: "w-56" }}>
      <SkeletonGrid count={6} item="h-32 rounded-xl" className="sm:grid-cols-2 xl:grid-cols-3" />
      <SkeletonGrid count={3} item="h-80 rounded-xl" className="lg:grid-cols-2 2xl:grid-cols-3" />
      <SkeletonGrid count={2} item="h-96 rounded-xl" className="lg:grid-cols-2" />
    </RouteLoading>
  );
}
