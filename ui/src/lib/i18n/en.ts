// English source strings: the typed list of every message key.
// Other locales are `Record<MessageKey, string>` (see `locales.ts`), so the compiler
// tells a translator which keys are missing. `{name}` marks a parameter.
// Keys ending in `.one` / `.other` (and, for Arabic, `.zero` `.two` `.few` `.many`)
// are plural forms, chosen with Intl.PluralRules.

export const en = {
  "app.name": "Tadamun",
  "app.loading": "Opening Tadamun…",
  "app.startupFailed": "Tadamun could not look at its vault folder.",
  "app.retry": "Try again",
  "app.skipToContent": "Skip to main content",

  "state.label": "Vault state",
  "state.locked": "Locked",
  "state.unlocked": "Unlocked",

  "nav.label": "Main",
  "nav.home": "Home",
  "nav.settings": "Settings",

  "lock.button": "Lock",
  "lock.shortcut": "Ctrl+L",
  "lock.shortcutMac": "⌘L",
  "lock.busy": "Locking…",

  "notice.dismiss": "Dismiss",
  "notice.lockedInactivity.one": "Locked after {count} minute without activity.",
  "notice.lockedInactivity.other": "Locked after {count} minutes without activity.",
  "notice.lockedInactivityUnknown": "Locked after a while without activity.",
  "notice.lockedSuspend": "Locked because the computer went to sleep.",
  "notice.erased": "The vault was erased. It can never be opened again. You can start a new vault below.",
  "notice.unlockedWithRecovery":
    "You opened the vault with your recovery key. If you forgot your passphrase, choose a new one in Settings.",

  "passphrase.show": "Show",
  "passphrase.hide": "Hide",
  "passphrase.showLabel": "Show the text of “{label}”",
  "passphrase.hideLabel": "Hide the text of “{label}”",

  "strength.label": "Passphrase strength",
  "strength.score0": "Very weak",
  "strength.score1": "Weak",
  "strength.score2": "Fair",
  "strength.score3": "Strong",
  "strength.score4": "Very strong",
  "strength.empty": "Type a passphrase to see how strong it is.",
  "strength.checking": "Checking…",
  "strength.unavailable": "The strength check did not answer. Try typing again.",
  "strength.crackTime": "Time someone would need to guess it: {time}",
  "strength.tooShort": "Too short: at least {min} characters.",
  "strength.acceptable": "Strong enough to protect your vault.",
  "strength.notAcceptable": "Not strong enough yet.",
  "strength.tip": "Tip: four or five random words that do not belong together make a strong passphrase that is easy to type.",

  "firstRun.title": "Welcome to Tadamun",
  "firstRun.intro":
    "Tadamun keeps your records of reprisals — what was done, to whom, by whom — on this computer only, encrypted. It never connects to the internet.",
  "firstRun.passphraseIntro":
    "First, choose a passphrase. You will type it each time you open Tadamun. Without it, nobody can read your records.",
  "firstRun.warning":
    "Nobody can reset a forgotten passphrase. The only way back in is the recovery key you will get in the next step.",
  "firstRun.passphrase": "Passphrase",
  "firstRun.confirm": "Repeat the passphrase",
  "firstRun.submit": "Create my vault",
  "firstRun.busy": "Creating your vault — this takes a few seconds…",
  "firstRun.location": "The vault will be kept in this folder: {location}",

  "reason.empty": "Type a passphrase first.",
  "reason.checking": "Checking how strong the passphrase is…",
  "reason.strengthUnavailable": "The strength of the passphrase could not be checked yet.",
  "reason.tooShort": "The passphrase is too short: at least {min} characters.",
  "reason.weak": "The passphrase is not strong enough yet. Make it longer.",
  "reason.repeat": "Type the passphrase a second time to be sure it has no typing mistake.",
  "reason.mismatch": "The two passphrases are not the same.",
  "reason.current": "Type your current passphrase.",

  "recovery.title": "Your recovery key",
  "recovery.explain":
    "This is the only way back in if you forget your passphrase. Write it down or save it to a USB stick and keep it apart from this laptop. It will not be shown again.",
  "recovery.keyLabel": "Recovery key",
  "recovery.save": "Save to a file…",
  "recovery.saving": "Saving…",
  "recovery.saved": "Saved.",
  "recovery.stored": "I have stored my recovery key safely",
  "recovery.continue": "Continue",
  "recovery.continueReason": "Tick the box once your recovery key is stored safely.",

  "unlock.title": "Unlock your vault",
  "unlock.intro": "Tadamun is locked. Your records are encrypted until you unlock it.",
  "unlock.passphrase": "Passphrase",
  "unlock.recoveryKey": "Recovery key",
  "unlock.recoveryHint": "Type or paste the recovery key you stored when you created the vault.",
  "unlock.submit": "Unlock",
  "unlock.busy": "Unlocking…",
  "unlock.useRecovery": "Forgot your passphrase? Use the recovery key instead",
  "unlock.usePassphrase": "Use the passphrase instead",
  "unlock.emptyPassphrase": "Type your passphrase first.",
  "unlock.emptyRecoveryKey": "Type your recovery key first.",

  "home.title": "Home",
  "home.empty": "Your vault is open. Case records arrive in the next version.",
  "home.lockTip": "Lock it whenever you step away: press {keys} or use the Lock button at the top.",

  "settings.title": "Settings",
  "settings.location": "Vault folder: {location}",

  "autoLock.title": "Automatic lock",
  "autoLock.explain": "Tadamun locks itself when nobody uses it for a while.",
  "autoLock.label": "Lock after this long without activity",
  "autoLock.option.one": "{count} minute",
  "autoLock.option.other": "{count} minutes",
  "autoLock.saved": "Saved.",

  "change.title": "Change passphrase",
  "change.explain": "Your records stay as they are; only the passphrase that opens them changes. Your recovery key keeps working.",
  "change.current": "Current passphrase",
  "change.resetExplain":
    "You opened the vault with your recovery key, so you can choose a new passphrase without typing the old one.",
  "change.new": "New passphrase",
  "change.confirm": "Repeat the new passphrase",
  "change.submit": "Change passphrase",
  "change.busy": "Changing the passphrase…",
  "change.done": "Your passphrase was changed. Use the new one from now on.",

  "rotate.title": "Make a new encryption key",
  "rotate.explain":
    "Makes a new key for all your data. Use it if you think someone saw your passphrase or copied this computer's disk.",
  "rotate.explainMore": "If someone may have seen your passphrase, change the passphrase as well. Keep Tadamun open until this is done.",
  "rotate.passphrase": "Your passphrase",
  "rotate.submit": "Make a new key",
  "rotate.busy": "Making a new key…",
  "rotate.progress": "{step} ({done} of {total})",
  "rotate.step.database": "Re-encrypting your records",
  "rotate.step.passphrase_key": "Protecting the new key with your passphrase",
  "rotate.step.recovery_key": "Protecting the new key with your recovery key",
  "rotate.step.switch": "Switching to the new key",
  "rotate.step.done": "Finished",
  "rotate.progressLabel": "Progress of the new key",
  "rotate.done": "Done. All your data is now protected by a new key.",

  "verify.title": "Check the vault",
  "verify.explain": "Checks that your records can be read and that nobody altered the history of changes.",
  "verify.submit": "Check now",
  "verify.busy": "Checking…",
  "verify.entries.one": "{count} entry in the history of changes.",
  "verify.entries.other": "{count} entries in the history of changes.",
  "verify.ok": "Everything is intact.",
  "verify.chainBroken": "The history of changes was altered or damaged.",
  "verify.databaseDamaged": "The database is damaged.",
  "verify.problems": "Problems found:",

  "erase.title": "Danger zone: erase the vault",
  "erase.explain":
    "Erasing destroys the keys that protect your vault. After that, nobody — not you, not anyone who takes this computer, not with your passphrase or your recovery key — can ever open it again. This cannot be undone.",
  "erase.word": "ERASE",
  "erase.label": "To confirm, type {word} here",
  "erase.submit": "Erase the vault forever",
  "erase.busy": "Erasing…",
  "erase.reason": "The button works once you have typed {word} exactly.",

  "eraseIncomplete.title": "Erasing was interrupted",
  "eraseIncomplete.explain":
    "Tadamun stopped while it was erasing this vault. The vault can no longer be opened by anyone. Finish erasing to remove what is left; then you can start a new vault.",
  "eraseIncomplete.submit": "Finish erasing",
  "eraseIncomplete.busy": "Erasing…",

  "error.wrong_passphrase":
    "That passphrase did not open the vault (or the vault is damaged). Check for typing mistakes and Caps Lock, then try again.",
  "error.wrong_recovery_key":
    "That recovery key did not open the vault (or the vault is damaged). Check each character, then try again.",
  "error.key_file_damaged": "A key file of the vault is damaged. If you have your recovery key, try unlocking with it.",
  "error.database_damaged": "The vault's records are damaged and cannot be read.",
  "error.vault_not_found": "The vault was not found where Tadamun expected it.",
  "error.vault_exists": "A vault already exists in this folder.",
  "error.newer_format": "This vault was made by a newer version of Tadamun. Install the newer version to open it.",
  "error.disk_full": "The disk is full. Free some space, then try again.",
  "error.weak_passphrase": "That passphrase is too weak. Choose a longer one.",
  "error.locked": "The vault is locked. Unlock it, then try again.",
  "error.erase_incomplete": "The vault was being erased and can no longer be opened.",
  "error.in_use": "The vault is already in use by another Tadamun window. Close it, then try again.",
  "error.invalid_input": "Something typed here is not valid. Check it, then try again.",
  "error.io": "Tadamun could not read or write one of its files. Details: {message}",
  "error.unknown": "Something went wrong. Details: {message}",
} as const;

export type MessageKey = keyof typeof en;
