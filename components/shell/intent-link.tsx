"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A link whose page is fetched ahead only once the visitor shows the intent to follow it (pointer
 * over it, a touch, keyboard focus), not as soon as it is on screen. On the public pages every
 * header and footer link is on screen at once: fetching and decoding each of their pages ahead cost
 * a phone more than the visit itself.
 */
export function IntentLink({ onMouseEnter, onTouchStart, onFocus, ...props }: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  // Each gesture marks the intent, then calls the handler the link was given for it, if any.
  const showsIntent =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      setIntent(true);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={showsIntent(onMouseEnter)}
      onTouchStart={showsIntent(onTouchStart)}
      onFocus={showsIntent(onFocus)}
    />
  );
}
