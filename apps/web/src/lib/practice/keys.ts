/** Keyboard helpers shared by the workspaces: repetitive work is done from the keyboard. */

/** Elements where typed keys are text, so single-key shortcuts must stay out of the way. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset", "range"].includes(target.type);
  }
  return false;
}

/** Elements that act on Enter themselves; Enter there must not also submit the item. */
export function handlesEnter(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    isTextEntry(target) ||
    target.closest("button, a[href], [role='button'], [role='option'], [role='menuitem']") !== null
  );
}

/** The digit a plain number-key press means (top row or keypad), or null. */
export function digitOf(event: KeyboardEvent): number | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const match = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
  if (match) return Number(match[1]);
  return /^\d$/.test(event.key) ? Number(event.key) : null;
}

/** A plain letter press, lower-cased, without modifiers (Shift excepted only for "?"). */
export function letterOf(event: KeyboardEvent): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return event.key.length === 1 ? event.key.toLowerCase() : null;
}

export function isSubmitChord(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey);
}
