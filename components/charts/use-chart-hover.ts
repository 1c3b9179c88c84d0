import { useEffect, useRef, useState } from "react";

/**
 * What a chart's pointer is over. A mouse leaving the chart hides it; a finger's tap keeps it until
 * the next tap outside the chart, as a finger has no hover to leave.
 */
export function useChartHover<T>() {
  const [hover, setHover] = useState<T | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const shown = hover !== null;
  useEffect(() => {
    if (!shown) return;
    const hideOutside = (event: PointerEvent) => {
      if (!area.current?.contains(event.target as Node)) setHover(null);
    };
    document.addEventListener("pointerdown", hideOutside);
    return () => document.removeEventListener("pointerdown", hideOutside);
  }, [shown]);
  const onPointerLeave = (event: React.PointerEvent) => {
    if (event.pointerType !== "touch") setHover(null);
  };
  return { hover, setHover, area, onPointerLeave };
}
