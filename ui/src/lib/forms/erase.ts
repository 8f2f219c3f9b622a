// The crypto-erase confirmation: the button only works once the shown word is typed.

function normalise(text: string): string {
  return text.normalize("NFKC").trim().toUpperCase();
}

/**
 * True when `typed` is the confirmation `word`, ignoring surrounding spaces and letter case
 * (people under stress should not fail on Caps Lock), but nothing else: no partial match.
 */
export function eraseConfirmMatches(typed: string, word: string): boolean {
  const expected = normalise(word);
  return expected !== "" && normalise(typed) === expected;
}
