// The demo vault's passphrase. Public on purpose (the core prints it too): a demo vault holds
// fictional cases only, so it can be shown on the unlock screen for anyone to try.
export const DEMO_PASSPHRASE = "demo vault with fictional cases only";
