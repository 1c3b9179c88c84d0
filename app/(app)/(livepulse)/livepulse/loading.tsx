import { RouteLoading } from "@/components/shell/route-loading";
import { SkeletonGrid } from "@/components/shell/skeletons";

/** The overview while its figures load: header, four traffic cards, three business cards, two panels. */
export default function LivePulseLoading() {
  return (
    <RouteLoading className="gap-8" header={{ title: "w-48", description: ["w-80 max-w-full"] }}>
      <SkeletonGrid count={4} item="h-40 rounded-xl" className="sm:grid-cols-2 xl:grid-cols-4" />
      <SkeletonGrid count={3} item="h-40 rounded-xl" className="sm:grid-cols-2 xl:grid-cols-3" />
      <SkeletonGrid count={2} item="h-72 rounded-xl" className="gap-6 lg:grid-cols-2" />
    </RouteLoading>
  );
}
