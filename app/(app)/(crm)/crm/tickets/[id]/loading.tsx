import { RouteLoading } from "@/components/shell/route-loading";

export default RouteLoading;
