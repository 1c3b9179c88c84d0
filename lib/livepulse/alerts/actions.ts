"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userActionClient } from "../../safe-action";
import { acknowledgeAlert } from "./acknowledge-alert";
import { createAlertRule } from "./create-alert-rule";
import { deleteAlertRule } from "./delete-alert-rule";
import { updateAlertRule } from "./update-alert-rule";
import { raiseAlert } from "./raise-alert";
import { alertRuleSchema, raiseAlertFormSchema } from "./schemas";

/** Thin adapters over the alert services, which check permissions. */
const id = z.string().trim().min(1).max(40);
const refresh = () => revalidatePath("/livepulse", "layout");

export const acknowledgeAlertAction = userActionClient.inputSchema(z.object({ id })).action(async ({ parsedInput, ctx }) => {
  const alert = await acknowledgeAlert(ctx.user, parsedInput.id);
  refresh();
  return { id: alert.id, status: alert.status };
});

export const raiseAlertAction = userActionClient.inputSchema(raiseAlertFormSchema).action(async ({ parsedInput, ctx }) => {
  const { alert } = await raiseAlert(ctx.user, {
    ...parsedInput,
    source: null,
    fingerprint: null,
    status: "firing",
    labels: null,
    link: null,
  });
  refresh();
  return { id: alert.id, status: alert.status };
});

export const createAlertRuleAction = userActionClient.inputSchema(alertRuleSchema).action(async ({ parsedInput, ctx }) => {
  const rule = await createAlertRule(ctx.user, parsedInput);
  refresh();
  return { id: rule.id };
});

export const updateAlertRuleAction = userActionClient
  .inputSchema(z.object({ id, rule: alertRuleSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const rule = await updateAlertRule(ctx.user, parsedInput.id, parsedInput.rule);
    refresh();
    return { id: rule.id };
  });

export const deleteAlertRuleAction = userActionClient.inputSchema(z.object({ id })).action(async ({ parsedInput, ctx }) => {
  const result = await deleteAlertRule(ctx.user, parsedInput.id);
  refresh();
  return result;
});
