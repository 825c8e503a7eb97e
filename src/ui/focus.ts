/**
 * Focus management (WCAG 2.4.3, 2.4.11): dialogs take focus in, keep Tab inside, close on Esc and
 * give focus back; actions that remove the focused element put focus somewhere visible instead of
 * letting it drop to <body>.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), '
  + 'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Whether an element is in the page and drawn (not display:none, not inside a closed <details>). */
export function isShown(el: Element | null): el is HTMLElement {
  return !!el && el.isConnected && el.getClientRects().length > 0;
}

export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => isShown(el) && !el.closest('[inert]'));
}

/**
 * Focuses the first of the candidates that is shown and enabled, after React has drawn the next
 * frame (the candidate may not exist yet). Elements that are not natively focusable get
 * tabIndex=-1 so a script can focus them without adding a Tab stop.
 */
export function focusFirst(...candidates: (() => Element | null | undefined)[]): void {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    for (const get of candidates) {
      const el = get();
      if (!isShown(el ?? null) || el === document.body || (el as HTMLButtonElement).disabled) continue;
      const h = el as HTMLElement;
      if (!h.matches(FOCUSABLE) && !h.hasAttribute('tabindex')) h.tabIndex = -1;
      h.focus({ preventScroll: false });
      h.scrollIntoView?.({ block: 'nearest' });
      return;
    }
  }));
}

/**
 * A modal dialog's focus: on open, focus moves to `initial` (a selector inside the dialog) or its
 * first control; Tab and Shift+Tab cycle inside; Esc calls onClose; on close focus returns to the
 * element that opened it, or to `fallback` when that element is gone.
 */
export function useModalFocus(ref: RefObject<HTMLElement | null>, onClose: () => void,
  opts: { initial?: string; fallback?: () => Element | null } = {}): void {
  const close = useEffectEvent(onClose);
  const fallback = useEffectEvent(() => opts.fallback?.() ?? null);
  const initial = opts.initial;
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const opener = document.activeElement;
    const first = (initial ? box.querySelector<HTMLElement>(initial) : null) ?? focusables(box)[0] ?? box;
    if (first === box && !box.hasAttribute('tabindex')) box.tabIndex = -1;
    first.focus();
    // Keys count while focus is in the dialog, or lost to <body> (a removed row's button).
    const onKey = (e: KeyboardEvent) => {
      const at = document.activeElement;
      if (at && at !== document.body && !box.contains(at)) return;
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); return; }
      if (e.key !== 'Tab') return;
      const list = focusables(box);
      if (list.length === 0) { e.preventDefault(); return; }
      const a = list[0]!; const z = list[list.length - 1]!;
      if (e.shiftKey && (document.activeElement === a || document.activeElement === box)) { e.preventDefault(); z.focus(); }
      else if (!e.shiftKey && document.activeElement === z) { e.preventDefault(); a.focus(); }
    };
    // A click or script that moves focus outside the open dialog brings it back in.
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Node && !box.contains(e.target)) (focusables(box)[0] ?? box).focus();
    };
    // The focused control was removed (Remove on a row): focus the control now in its place.
    const onFocusOut = (e: FocusEvent) => {
      if (e.relatedTarget) return;
      const idx = focusables(box).indexOf(e.target as HTMLElement);
      requestAnimationFrame(() => {
        if (!box.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
        const list = focusables(box);
        (list[Math.min(Math.max(idx, 0), list.length - 1)] ?? box).focus();
      });
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    box.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
      box.removeEventListener('focusout', onFocusOut);
      focusFirst(() => opener, fallback);
    };
  }, [ref, initial]);
}

/**
 * A pop-up (menu, list) that is not modal: Esc closes it and returns focus to its button; it
 * closes when focus leaves it, so it never covers what the keyboard user moves on to.
 */
export function usePopup(ref: RefObject<HTMLElement | null>, open: boolean, onClose: () => void, button: () => HTMLElement | null): void {
  const close = useEffectEvent(onClose);
  const toButton = useEffectEvent(() => button()?.focus());
  useEffect(() => {
    const box = ref.current;
    if (!open || !box) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      close();
      toButton();
    };
    const onFocusOut = (e: FocusEvent) => {
      const next = e.relatedTarget;
      if (next instanceof Node && !box.contains(next)) close();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !box.contains(e.target)) close();
    };
    box.addEventListener('keydown', onKey);
    box.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      box.removeEventListener('keydown', onKey);
      box.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [ref, open]);
}
