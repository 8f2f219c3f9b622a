// The incident list's words, filters and page, kept in memory while the vault is open so that
// coming back from an incident finds the same list. Forgotten when the vault locks.

import { emptyFilters, type Filters } from "./query";

export const listState = $state<{ filters: Filters; offset: number }>({ filters: emptyFilters(), offset: 0 });

export function resetListState(): void {
  listState.filters = emptyFilters();
  listState.offset = 0;
}
