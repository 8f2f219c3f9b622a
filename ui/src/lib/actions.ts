// Svelte actions shared by the screens.

/**
 * Puts the keyboard focus on the element when it appears: the first field of a screen, or
 * its heading (with tabindex="-1") so a screen reader announces where the user now is.
 * Used instead of the `autofocus` attribute, which Svelte applies only on first render.
 */
export function focusOnMount(node: HTMLElement, enabled: boolean = true): void {
  if (!enabled) return;
  queueMicrotask(() => {
    if (node.isConnected) node.focus();
  });
}
