// The incidents chosen for a submission: from the list's checkboxes or from the editor.

/** An incident chosen for a submission, with what identifies it on this device. */
export interface ExportPick {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

export function isPicked(picks: readonly ExportPick[], id: string): boolean {
  return picks.some((p) => p.id === id);
}

/** Adds or removes one incident, keeping the order they were chosen in. */
export function setPicked(picks: readonly ExportPick[], pick: ExportPick, on: boolean): ExportPick[] {
  const without = picks.filter((p) => p.id !== pick.id);
  return on ? [...without, pick] : without;
}

/** Adds every incident of a page that is not chosen yet. */
export function pickAll(picks: readonly ExportPick[], page: readonly ExportPick[]): ExportPick[] {
  return [...picks, ...page.filter((p) => !isPicked(picks, p.id))];
}

/** Each incident once (the first time it appears). */
export function uniquePicks(picks: readonly ExportPick[]): ExportPick[] {
  const seen = new Set<string>();
  return picks.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}
