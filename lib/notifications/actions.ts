"use server";

import { revalidatePath } from "next/cache";
import { userActionClient } from "../safe-action";
import { markAllRead } from "./service";

export const markAllReadAction = userActionClient.action(async ({ ctx }) => {
  const count = await markAllRead(ctx.user);
  revalidatePath("/", "layout");
  return { count };
});
