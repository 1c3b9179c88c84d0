import { Skeleton } from "@/components/ui/skeleton";

export default function StatusLoading() {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-8 px-4 py-14 sm:px-6" aria-busy="true">
      <Skeleton className="h-10 w-64" />
      <Skeleton className="h-24 w-full rounded-2xl" />
      <Skeleton className="h-72 w-full rounded-xl" />
    </div>
  );
}
