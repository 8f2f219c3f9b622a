// The props shared by the fields of the kit (`Field.svelte` and the controls built on it), and
// how a control separates them from the attributes that go to its own element.

import type { Snippet } from "svelte";
import type { ClassValue } from "svelte/elements";
import type { Problem } from "../../lib/ipc/bindings";

/** What the control inside a field is given, so that it is tied to its label and texts. */
export interface FieldControl {
  /** The control's id (the label's `for`). */
  id: string;
  /** For `aria-describedby`: the hint, any other describing text, then the problems (if any). */
  describedby: string | undefined;
  /** For `aria-invalid`: the core reported problems, or the field knows it is wrong. */
  invalid: boolean;
}

/** The "Confidential" switch shown next to the label of a field that can be withheld. */
export interface ConfidentialFlag {
  id: string;
  checked: boolean;
  onchange: (checked: boolean) => void;
}

/** What every field of the kit takes, whatever its control. */
export interface FieldProps {
  id: string;
  label: string;
  /** A line under the control (id `<id>-hint`), read out with it. */
  hint?: string | undefined;
  /** The hint's classes: `hint`, or `field-hint-warn` for a warning. */
  hintClass?: ClassValue;
  /** The hint stands between the label and the control. */
  hintBefore?: boolean;
  /** The core's problems for this field, listed under it (id `<id>-problems`). */
  problems?: readonly Problem[];
  /** Wrong for a reason of the field's own (a date not yet a date). */
  invalid?: boolean;
  /** The ids of other texts that describe the control (read after the hint). */
  describedby?: string | undefined;
  confidential?: ConfidentialFlag | undefined;
  /** More classes for the wrapper, besides `field`. */
  fieldClass?: ClassValue;
  /** Shown last, after the problems (a status line, an error). */
  children?: Snippet;
}

const FIELD_KEYS: readonly (keyof FieldProps)[] = [
  "id",
  "label",
  "hint",
  "hintClass",
  "hintBefore",
  "problems",
  "invalid",
  "describedby",
  "confidential",
  "fieldClass",
  "children",
];

/**
 * Splits a control's props into the field's (label, hint, problems…) and the attributes for the
 * control element itself (name, placeholder, handlers…). The id goes to the field, which hands it
 * to the control.
 */
export function splitFieldProps<P extends FieldProps>(props: P): { field: FieldProps; attributes: Omit<P, keyof FieldProps> } {
  const field: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if ((FIELD_KEYS as readonly string[]).includes(key)) field[key] = value;
    else attributes[key] = value;
  }
  return { field: field as unknown as FieldProps, attributes: attributes as Omit<P, keyof FieldProps> };
}

/** `aria-invalid` as WAI-ARIA reads it: present and "true", or absent. */
export const ariaInvalid = (invalid: boolean): "true" | undefined => (invalid ? "true" : undefined);
