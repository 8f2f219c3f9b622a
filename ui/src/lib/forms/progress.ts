// Text for a progress event: the step, translated from the core's stable code, and the count.

import type { ProgressEvent } from "../ipc/bindings";
import type { MessageKey } from "../i18n/keys.generated";
import { hasMessage } from "../i18n/translate";
import { t } from "../i18n/index.svelte";

/** The message key for a step code, if the front end knows the step. */
export function stepKey(step: string): MessageKey | null {
  const key = `rotate-step-${step}`;
  return hasMessage(key) ? key : null;
}

export function progressText(event: ProgressEvent): string {
  const key = stepKey(event.step);
  const step = key === null ? event.step : t(key);
  return t("rotate-progress", { step, done: event.done, total: event.total });
}
