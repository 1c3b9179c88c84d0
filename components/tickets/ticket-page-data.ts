import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getTicket } from "@/lib/tickets/queries";

/** The signed-in user and the ticket of a detail page; a ticket they may not see is a real 404. */
export async function loadTicketPage(id: string, path: string) {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  try {
    return { user, ticket: await getTicket(user, id) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
