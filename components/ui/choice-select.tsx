"use client";

import type { Ref } from "react";
import { MenuOnIntent } from "@/components/ui/menu-on-intent";
import { withClass } from "@/lib/utils";

export type Choice = { value: string; label: string };

export type ChoiceSelectProps = {
  value: string | undefined;
  onValueChange: (value: string) => void;
  options: ReadonlyArray<Choice>;
  /**
   * Its accessible name, unless a label names it (`id`): a select's trigger shows the value, not
   * what it chooses.
   */
  "aria-label"?: string;
  /** A form's field: its label's target, hint and error, focus on error and touched state. */
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  ref?: Ref<HTMLButtonElement>;
  onBlur?: () => void;
  /** Shown while no option is chosen. */
  placeholder?: string;
  size?: "sm" | "default";
  className?: string;
  disabled?: boolean;
};

const loadMenu = () => import("./choice-select-menu").then((m) => m.ChoiceSelectMenu);

/**
 * A select of one value among a list (a filter, a page size): its trigger shows the chosen option's
 * label, and the list itself (radix's select, with its positioning code) loads when about to be
 * opened, so a page of lists does not carry it until then.
 */
export function ChoiceSelect({
  size = "default",
  className,
  placeholder,
  id,
  "aria-label": ariaLabel,
  "aria-describedby": describedBy,
  "aria-invalid": invalid,
  ref,
  onBlur,
  ...props
}: ChoiceSelectProps) {
  const chosen = props.options.find((option) => option.value === props.value);
  const trigger = (
    <button
      ref={ref}
      id={id}
      type="button"
      // Its expanded state and the list it controls are set by the loaded select (and, until then, by
      // MenuOnIntent): an attribute here would override theirs.
      // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
      role="combobox"
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      onBlur={onBlur}
      data-size={size}
      data-placeholder={chosen ? undefined : ""}
      disabled={props.disabled}
      className={withClass("ui-select-trigger", className)}
    >
      <span data-slot="select-value">{chosen?.label ?? placeholder}</span>
    </button>
  );
  // Disabled too (while a change saves, say), so the trigger stays the same element and keeps focus.
  return <MenuOnIntent load={loadMenu} popup="listbox" trigger={trigger} props={props} />;
}
