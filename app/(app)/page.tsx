import { redirect } from "next/navigation";

/** The shop window is the pricing page. */
export default function Home() {
  redirect("/pricing");
}
