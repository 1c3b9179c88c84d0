"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Type-ahead search kept in the URL's `q`: the URL follows 300 ms after the
 * last keystroke. `clear` empties the box without a second URL change.
 */
export function useSearchQuery(initial: string, update: (changes: Record<string, string | undefined>) => void) {
  const [q, setQ] = useState(initial);
  const lastSent = useRef(initial);
  useEffect(() => {
    if (q === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = q;
      update({ q: q.trim() || undefined });
    }, 300);
    return () => clearTimeout(timer);
  }, [q, update]);
  const clear = () => {
    setQ("");
    lastSent.current = "";
  };
  return { q, setQ, clear };
}
