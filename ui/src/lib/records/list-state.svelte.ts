// The incident list's words, filters, page and ticked incidents, kept in memory while the vault is open so that
// coming back from an incident finds the same list. Forgotten when the vault locks.

import type { ExportPick } from "../export/selection";
import { emptyFilters, type Filters } from "./query";

export const listState = $state<{ filters: Filters; offset: number; selected: ExportPick[] }>({
  filters: emptyFilters(),
  offset: 0,
  // The incidents ticked for a submission (kept across pages and searches).
  selected: [],
});

export function resetListState(): void {
  listState.filters = emptyFilters();
  listState.offset = 0;
  listState.selected = [];
}
