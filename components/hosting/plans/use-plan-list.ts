"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { reorderPlansAction, setPlanActiveAction } from "@/lib/hosting/plans/actions";
import type { AdminPlan } from "./types";
import { usePlanErrorMessages } from "./use-plan-error-messages";

export type MoveDirection = "up" | "down";

/**
 * The editor's list of plans with its optimistic moves and on-sale switches: the local copy changes
 * at once, the server is asked, and a refusal puts it back. Fresh plans from the server replace it.
 */
export function usePlanList(plans: AdminPlan[]) {
  const t = useTranslations("admin");
  const router = useRouter();
  const planMessages = usePlanErrorMessages();
  const errorMessage = useActionErrorMessage(planMessages);
  // A move refused as invalid means the list changed meanwhile (another admin added or removed a plan).
  const moveErrorMessage = useActionErrorMessage({ ...planMessages, VALIDATION: t("orderChanged") });

  const [items, setItems] = useState(plans);
  const [source, setSource] = useState(plans);
  if (plans !== source) {
    setSource(plans);
    setItems(plans);
  }

  const [toggling, setToggling] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  // Moves are not disabled while one is saved (that would drop keyboard focus): extra presses wait.
  const movingRef = useRef(false);
  const focusAfterMove = useRef<{ id: string; direction: MoveDirection } | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const index = items.findIndex((p) => p.id === target.id);
    // At either end the pressed button is disabled: hand focus to its twin.
    const direction =
      target.direction === "up" && index === 0
        ? "down"
        : target.direction === "down" && index === items.length - 1
          ? "up"
          : target.direction;
    moveButtons.current.get(`${target.id}:${direction}`)?.focus();
  }, [items]);

  async function toggle(plan: AdminPlan, active: boolean) {
    setToggling(plan.id);
    setItems((current) => current.map((p) => (p.id === plan.id ? { ...p, active } : p)));
    const result = await setPlanActiveAction({ id: plan.id, active });
    const error = actionError(result);
    setToggling(null);
    if (error) {
      setItems((current) => current.map((p) => (p.id === plan.id ? { ...p, active: plan.active } : p)));
      toast.error(errorMessage(error));
      return;
    }
    toast.success(active ? t("activated", { name: plan.name }) : t("deactivated", { name: plan.name }));
    router.refresh();
  }

  async function move(index: number, direction: MoveDirection) {
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= items.length || movingRef.current) return;
    movingRef.current = true;
    const previous = items;
    const next = [...items];
    [next[index], next[target]] = [next[target], next[index]];
    focusAfterMove.current = { id: items[index].id, direction };
    setItems(next);
    setMoving(true);
    const result = await reorderPlansAction({ ids: next.map((p) => p.id) });
    const error = actionError(result);
    movingRef.current = false;
    setMoving(false);
    if (error) {
      setItems(previous);
      toast.error(moveErrorMessage(error));
      router.refresh();
      return;
    }
    toast.success(t("reordered"), { id: "plans-reordered" });
    router.refresh();
  }

  /** Keeps each move button at hand, so focus can follow the plan it moved. */
  function moveButtonRef(planId: string, direction: MoveDirection) {
    return (node: HTMLButtonElement | null) => {
      const key = `${planId}:${direction}`;
      if (node) moveButtons.current.set(key, node);
      else moveButtons.current.delete(key);
    };
  }

  return { items, toggling, moving, toggle, move, moveButtonRef };
}
