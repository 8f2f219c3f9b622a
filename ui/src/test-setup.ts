// Every test starts with the screens in English, whatever an earlier test switched to.
import { beforeEach } from "vitest";
import { setLocale } from "./lib/i18n/index.svelte";

beforeEach(() => {
  setLocale("en");
});
