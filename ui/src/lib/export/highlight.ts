// Marks, in the preview of the report, every place where a person was pseudonymised or
// something was withheld or changed: the text is cut into plain and marked segments, and the
// component renders them as text (never as HTML).

import type { Note } from "../ipc/bindings";

export interface Marker {
  /** The words as they appear in the report ("Person B", "[name withheld]"). */
  readonly text: string;
  /** Why: every distinct explanation for these words, joined. */
  readonly detail: string;
}

export interface Segment {
  readonly text: string;
  /** The explanation when this segment is marked, else `null`. */
  readonly mark: string | null;
}

/**
 * One marker per distinct `shown_as` (blank ones dropped), longest first. `describe` says a note
 * in words (the app passes its translation; the core's English by default).
 */
export function markersFrom<N extends Pick<Note, "shown_as" | "detail">>(
  notes: readonly N[],
  describe: (note: N) => string = (note) => note.detail,
): Marker[] {
  const details = new Map<string, string[]>();
  for (const note of notes) {
    if (note.shown_as.trim() === "") continue;
    const list = details.get(note.shown_as) ?? [];
    const detail = describe(note).trim();
    if (detail !== "" && !list.includes(detail)) list.push(detail);
    details.set(note.shown_as, list);
  }
  return [...details.entries()]
    .map(([text, list]) => ({ text, detail: list.join("; ") }))
    .sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/**
 * Cuts `text` into segments, marking each occurrence of a marker. Where two markers start at
 * the same place, the longer wins; occurrences never overlap. Joining the segments' text gives
 * back `text` exactly.
 */
export function segmentText(text: string, markers: readonly Marker[]): Segment[] {
  const segments: Segment[] = [];
  const usable = markers.filter((m) => m.text !== "");
  // Where each marker next occurs at or after `pos` (-1: nowhere).
  const next = usable.map((m) => text.indexOf(m.text));
  let pos = 0;
  while (pos < text.length) {
    let best = -1;
    for (let i = 0; i < usable.length; i++) {
      let at = next[i] ?? -1;
      if (at !== -1 && at < pos) {
        at = text.indexOf(usable[i]!.text, pos);
        next[i] = at;
      }
      if (at === -1) continue;
      const current = best === -1 ? -1 : (next[best] ?? -1);
      if (best === -1 || at < current || (at === current && usable[i]!.text.length > usable[best]!.text.length)) best = i;
    }
    if (best === -1) break;
    const marker = usable[best]!;
    const at = next[best]!;
    if (at > pos) segments.push({ text: text.slice(pos, at), mark: null });
    segments.push({ text: marker.text, mark: marker.detail });
    pos = at + marker.text.length;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), mark: null });
  return segments;
}
