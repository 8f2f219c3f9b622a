// Text for a progress event: "step: done/total". The step name comes from the core as is.

import type { ProgressEvent } from "../ipc/bindings";
import { t } from "../i18n/index.svelte";

export function progressText(event: ProgressEvent): string {
  return t("rotate.progress", { step: event.step, done: event.done, total: event.total });
}
