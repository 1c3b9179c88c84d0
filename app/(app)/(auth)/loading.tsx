import { RouteLoading } from "@/components/shell/route-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The sign-in and registration forms while they load: a title and a few fields. */
export default function AuthLoading() {
  return (
    <RouteLoading className="gap-6" header={null}>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-4 w-64" />
      <Skeleton className="h-10" />
      <Skeleton className="h-10" />
      <Skeleton className="h-11" />
    </RouteLoading>
  );
}
