"use client";

import { cloneElement, useLayoutEffect, useRef, useState, type ComponentType, type ReactElement } from "react";

/** What a menu loaded on intent is given: the trigger to wrap, and whether to open as it mounts. */
export type IntentMenuProps = { trigger: ReactElement; defaultOpen: boolean };

/**
 * A menu (a dropdown, a drawer) whose code is fetched when the user is about to use it, rather than
 * with the page: the page hydrates with its trigger alone. The pointer coming over the trigger or
 * focus reaching it starts the download; a press (pointer, Enter, Space, ArrowDown) also opens the
 * menu once it has arrived. Keyboard focus on the trigger stays on it when the menu takes its place.
 */
export function MenuOnIntent<P extends object>({
  load,
  popup,
  trigger,
  props,
}: {
  load: () => Promise<ComponentType<P & IntentMenuProps>>;
  /** What the trigger opens, said to assistive technology until the menu's own code says it. */
  popup: "menu" | "listbox" | "dialog";
  /** A button; the menu wraps it, and sets its state attributes itself. */
  trigger: ReactElement<Record<string, unknown>>;
  props: P;
}) {
  const [Menu, setMenu] = useState<ComponentType<P & IntentMenuProps> | null>(null);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  const loading = useRef(false);
  const hadFocus = useRef(false);

  const fetchMenu = () => {
    if (loading.current) return;
    loading.current = true;
    load().then(
      (component) => {
        hadFocus.current = Boolean(box.current?.contains(document.activeElement));
        setMenu(() => component);
      },
      // Offline, say: the next intent tries again.
      () => (loading.current = false),
    );
  };
  const press = () => {
    setOpen(true);
    fetchMenu();
  };

  useLayoutEffect(() => {
    // An open menu takes focus itself, and hands it back to its trigger when it closes.
    if (Menu && hadFocus.current && !open) box.current?.querySelector<HTMLElement>("button, a")?.focus();
  }, [Menu, open]);

  if (Menu)
    return (
      <span ref={box} className="contents">
        <Menu {...props} trigger={trigger} defaultOpen={open} />
      </span>
    );
  return (
    <span
      ref={box}
      className="contents"
      onPointerOver={fetchMenu}
      onFocus={fetchMenu}
      onPointerDown={press}
      onClick={press}
      onKeyDown={(event) => event.key === "ArrowDown" && press()}
    >
      {cloneElement(trigger, { "aria-haspopup": popup, "aria-expanded": false })}
    </span>
  );
}
