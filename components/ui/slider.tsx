"use client";

import * as React from "react";

import { cn } from "@/lib/utils";

type SliderProps = Omit<React.ComponentProps<"input">, "type" | "value" | "onChange" | "min" | "max"> & {
  value: number;
  min: number;
  max: number;
  onValueChange: (value: number) => void;
};

/**
 * A single-value slider on a native `<input type="range">`: arrows, Page Up/Down, Home/End and the
 * `slider` role come from the platform. The filled part of the track follows `--slider-fill`.
 */
function Slider({ className, value, min, max, onValueChange, style, ...props }: SliderProps) {
  const fill = max > min ? ((value - min) / (max - min)) * 100 : 0;
  return (
    <input
      type="range"
      data-slot="slider"
      value={value}
      min={min}
      max={max}
      onChange={(event) => onValueChange(Number(event.target.value))}
      style={{ ...style, "--slider-fill": `${fill}%` } as React.CSSProperties}
      className={cn(
        "slider h-4 w-full cursor-pointer appearance-none bg-transparent disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}

export { Slider };
