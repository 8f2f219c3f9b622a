// What the evidence step remembers between incidents, in memory only: the "Imported by" name.
// It goes when the vault locks (it names a person) and is never written anywhere.

class EvidenceSession {
  importedBy = $state("");

  reset(): void {
    this.importedBy = "";
  }
}

export const evidenceSession = new EvidenceSession();

export function resetEvidenceSession(): void {
  evidenceSession.reset();
}
