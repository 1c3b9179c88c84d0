export const dynamic = "force-dynamic";

const plans = [{ slug: "starter" }, { slug: "pro" }, { slug: "business" }];

export function GET() {
  return Response.json({ plans });
}
