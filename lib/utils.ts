import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Merge class names, resolving conflicting Tailwind utilities (last wins). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

/**
 * A component's class followed by the caller's, without merging: such a component is styled in
 * app/globals.css's components layer, which the caller's utilities come after, so they win anyway.
 */
export function withClass(base: string, className?: string): string {
  return className ? `${base} ${className}` : base;
}
