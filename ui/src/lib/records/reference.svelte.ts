// Reference data the editor and the list need: vocabularies and countries. Loaded once from
// the core (they are public data, not records) and kept in memory.

import type { Country, Vocabularies } from "../ipc/bindings";
import * as api from "../ipc/commands";

class ReferenceData {
  vocabs = $state<Vocabularies | null>(null);
  countries = $state<Country[]>([]);
  #loading: Promise<void> | null = null;

  /** Loads both lists if not yet loaded; a failure is retried on the next call. */
  load(): Promise<void> {
    if (this.vocabs !== null) return Promise.resolve();
    this.#loading ??= (async () => {
      try {
        const [vocabs, countries] = await Promise.all([api.vocabularies(), api.countries()]);
        this.vocabs = vocabs;
        this.countries = countries;
      } finally {
        this.#loading = null;
      }
    })();
    return this.#loading;
  }
}

export const reference = new ReferenceData();
