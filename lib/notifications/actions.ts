"use server";

import { revalidatePath } from "next/cache";
import { userActionClient } from "../safe-action";
import { markReadSchema } from "./schemas";
import { markAllRead, markRead } from "./mark-read";

/** Thin adapters over the notification services: the bell and the notifications page call them. */
export const markReadAction = userActionClient.inputSchema(markReadSchema).action(async ({ parsedInput, ctx }) => {
  const result = await markRead(ctx.user, parsedInput);
  // The header's bell sits in every layout: re-render the page that asked, with its new count.
  revalidatePath("/", "layout");
  return result;
});

export const markAllReadAction = userActionClient.action(async ({ ctx }) => {
  const count = await markAllRead(ctx.user);
  revalidatePath("/", "layout");
  return { count };
});
