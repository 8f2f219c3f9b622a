// What the backup screens say: how old the last backup is, and the progress of one under way.

import type { BackupProgress, BackupStatus } from "../ipc/bindings";
import type { MessageKey } from "../i18n/keys.generated";
import { hasMessage } from "../i18n/translate";
import { t, type Message } from "../i18n/index.svelte";
import { formatMoment } from "../records/dates";

/** The line under "Backup": never, or how many days ago and when. */
export function lastBackupLine(status: BackupStatus, locale: string): Message {
  if (status.lastAt === null) return { key: "backup-never" };
  return {
    plural: "backup-last",
    count: status.daysSince ?? 0,
    params: { date: formatMoment(status.lastAt, locale) },
  };
}

/** The reminder shown on the list of incidents, or null when no reminder is due. */
export function backupReminder(status: BackupStatus): Message | null {
  if (!status.due) return null;
  if (status.lastAt === null || status.daysSince === null) return { key: "backup-reminderNever" };
  return { plural: "backup-reminderOld", count: status.daysSince };
}

/** A whole percentage, 0 to 100 (0 while the total is not known yet). */
export function percentOf(progress: BackupProgress): number {
  if (!(progress.total > 0)) return 0;
  return Math.min(100, Math.max(0, Math.floor((progress.done / progress.total) * 100)));
}

/** "Writing the backup: 42 %", the step translated from the core's stable code. */
export function backupProgressText(progress: BackupProgress): string {
  const key = `backup-step-${progress.step}`;
  const step = hasMessage(key) ? t(key as MessageKey) : progress.step;
  return t("backup-progress", { step, percent: percentOf(progress) });
}
