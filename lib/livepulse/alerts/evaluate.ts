/**
 * The alert rules' logic, pure: whether a value breaks a rule, and what an
 * evaluation does with the rule's open alert. Shared by the evaluator and
 * the rule editor's preview.
 */
import type { AlertComparatorName, AlertStatusName } from "./schemas";

export function breaks(value: number, comparator: AlertComparatorName, threshold: number): boolean {
  switch (comparator) {
    case "GT":
      return value > threshold;
    case "GTE":
      return value >= threshold;
    case "LT":
      return value < threshold;
    case "LTE":
      return value <= threshold;
  }
}

export type Decision = "fire" | "resolve" | "keep" | "none";

/**
 * An evaluation's outcome: a broken rule without an open alert fires one; an
 * open alert (firing or acknowledged) whose condition cleared resolves; an
 * open alert whose condition holds stays as it is (acknowledged ones are not
 * announced again).
 */
export function decide(broken: boolean, open: { status: AlertStatusName } | null): Decision {
  if (broken) return open ? "keep" : "fire";
  return open ? "resolve" : "none";
}

/** A value as an alert's text carries it: integers as they are, others with two decimals at most. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
