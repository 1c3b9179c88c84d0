"use client";

import * as React from "react";
import { useTheme } from "next-themes";
import { Toaster as Sonner, type ToasterProps } from "sonner";
import { CircleCheckIcon, InfoIcon, LoaderCircleIcon, OctagonXIcon, TriangleAlertIcon } from "lucide-react";

function richColor(type: "success" | "info" | "warning" | "error", token: string) {
  return {
    [`--${type}-bg`]: `color-mix(in oklab, var(${token}) 10%, var(--popover))`,
    [`--${type}-border`]: `color-mix(in oklab, var(${token}) 30%, var(--popover))`,
    [`--${type}-text`]: `var(${token})`,
  };
}

/** App-wide toast outlet; render once in the root layout (inside next-themes' ThemeProvider). */
function Toaster({ ...props }: ToasterProps) {
  const { theme = "system" } = useTheme();

  return (
    <Sonner
      theme={theme as ToasterProps["theme"]}
      className="toaster group"
      icons={{
        success: <CircleCheckIcon className="size-4 text-success" aria-hidden />,
        info: <InfoIcon className="size-4 text-info" aria-hidden />,
        warning: <TriangleAlertIcon className="size-4 text-warning" aria-hidden />,
        error: <OctagonXIcon className="size-4 text-destructive" aria-hidden />,
        loading: <LoaderCircleIcon className="size-4 animate-spin" aria-hidden />,
      }}
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--normal-bg-hover": "var(--accent)",
          "--normal-border-hover": "var(--border)",
          "--border-radius": "var(--radius)",
          // `richColors` palettes built from the theme tokens (AA in light and dark).
          ...richColor("success", "--success"),
          ...richColor("info", "--info"),
          ...richColor("warning", "--warning"),
          ...richColor("error", "--destructive"),
        } as React.CSSProperties
      }
      toastOptions={{
        classNames: {
          toast: "font-sans shadow-lg",
          description: "text-muted-foreground!",
        },
      }}
      {...props}
    />
  );
}

export { Toaster };
