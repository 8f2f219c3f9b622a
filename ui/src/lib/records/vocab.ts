// Vocabulary terms (incident types, roles, UN mechanisms…) labelled in the UI language,
// filtered by what the user types, and grouped for pickers.

import type { Labels, Term, Vocabularies } from "../ipc/bindings";

export type VocabularyName =
  | "incident_type"
  | "incident_group"
  | "role"
  | "state_link"
  | "un_mechanism"
  | "cooperation_form"
  | "proceeding_type"
  | "proceeding_status"
  | "consent_level";

export function termsOf(vocabs: Vocabularies | null, name: VocabularyName): Term[] {
  return vocabs?.vocabularies[name] ?? [];
}

/** The label in `locale`, else English, else the code. */
export function termLabel(term: Term, locale: string): string {
  const own = (term.labels as Partial<Record<string, string>>)[locale as keyof Labels];
  if (typeof own === "string" && own.trim() !== "") return own;
  return term.labels.en.trim() !== "" ? term.labels.en : term.code;
}

/** The label of `code` in a vocabulary; the code itself when the term is unknown. */
export function labelOf(vocabs: Vocabularies | null, name: VocabularyName, code: string, locale: string): string {
  const term = termsOf(vocabs, name).find((candidate) => candidate.code === code);
  return term === undefined ? code : termLabel(term, locale);
}

/** Lower case without accents, so "dete" finds "Détention". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** The terms whose label (UI language or English) or code contains every typed word. */
export function filterTerms(terms: readonly Term[], typed: string, locale: string): Term[] {
  const words = fold(typed)
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [...terms];
  return terms.filter((term) => {
    const haystack = fold(`${termLabel(term, locale)} ${term.labels.en} ${term.code.replaceAll("_", " ")}`);
    return words.every((word) => haystack.includes(word));
  });
}

export interface TermGroup {
  /** The group's code (`""` for terms without a known group). */
  readonly code: string;
  readonly label: string;
  readonly terms: Term[];
}

/** Incident types under their group headings, groups in vocabulary order, empty groups left out. */
export function groupTerms(terms: readonly Term[], groups: readonly Term[], locale: string, otherLabel: string): TermGroup[] {
  const result: TermGroup[] = groups.map((g) => ({ code: g.code, label: termLabel(g, locale), terms: [] }));
  const other: TermGroup = { code: "", label: otherLabel, terms: [] };
  for (const term of terms) {
    const group = result.find((g) => g.code === (term.group ?? ""));
    (group ?? other).terms.push(term);
  }
  return [...result, other].filter((g) => g.terms.length > 0);
}
