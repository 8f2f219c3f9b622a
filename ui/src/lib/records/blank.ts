// Empty records for the editor to fill in. Identifiers come from the core (`new_id`).

import type { Act, Actor, ActorKind, Incident, Source, Submission, UnLink } from "../ipc/bindings";

export const ACTOR_KINDS: readonly ActorKind[] = ["person", "organisation", "vessel", "aircraft", "state_body"];

export function blankIncident(id: string, now: string = new Date().toISOString()): Incident {
  return {
    id,
    title: "",
    narrative: "",
    start: null,
    end: null,
    ongoing: false,
    place: null,
    country: null,
    status: "draft",
    urgency: "routine",
    types: [],
    tags: [],
    current_situation: "",
    domestic_remedies: "",
    internal_notes: "",
    involvements: [],
    acts: [],
    un_links: [],
    un_raised: null,
    un_raised_reference: "",
    consent: [],
    sources: [],
    submissions: [],
    confidential: [],
    created_at: now,
    updated_at: now,
  };
}

export function blankActor(id: string, kind: ActorKind, name: string, now: string = new Date().toISOString()): Actor {
  return {
    id,
    kind,
    name,
    other_names: [],
    gender: "",
    age: null,
    birth_year: null,
    nationality: null,
    occupation: "",
    work: "",
    flag_state: null,
    registration: "",
    // A person's contact is always confidential: nobody needs to flag it.
    contact: "",
    // Never exported as fields; withheld from free text like the name.
    identifiers: [],
    confidential: [],
    created_at: now,
    updated_at: now,
  };
}

export function blankAct(id: string, type: string = "", victimId: string = ""): Act {
  return {
    id,
    type,
    victim_id: victimId,
    perpetrator_ids: [],
    date: null,
    description: "",
    legal_basis: "",
    authority: "",
    case_number: "",
    detention_place: "",
    lawyer_access: null,
    proceeding_type: null,
    proceeding_status: null,
    fine: "",
    vessel_detention_days: null,
    confidential: [],
  };
}

export function blankUnLink(): UnLink {
  return { mechanism: "", body: "", form: "", date: null, reference: "" };
}

export function blankSource(id: string): Source {
  return { id, kind: "victim_testimony", description: "", actor_id: null, reliability: "unknown", obtained_on: null };
}

export function blankSubmission(id: string): Submission {
  return {
    id,
    recipient: "",
    date_sent: null,
    reference: "",
    response_received: null,
    response_summary: "",
    next_step: "",
    next_step_due: null,
    file_hashes: [],
  };
}

/** Which kind-specific fields an actor has. */
export function actorFields(kind: ActorKind): { person: boolean; craft: boolean; organisation: boolean } {
  return {
    person: kind === "person",
    craft: kind === "vessel" || kind === "aircraft",
    organisation: kind === "organisation" || kind === "state_body",
  };
}

/** Adds or removes a confidential flag, keeping the others. */
export function toggleFlag<T extends string>(flags: readonly T[], flag: T, on: boolean): T[] {
  const without = flags.filter((f) => f !== flag);
  return on ? [...without, flag] : without;
}

/**
 * Adds an entry to a list of short texts (other identifiers): trimmed, and not when it is
 * blank or already there (ignoring case).
 */
export function addEntry(list: readonly string[], text: string): string[] {
  const entry = text.trim();
  if (entry === "" || list.some((e) => e.toLowerCase() === entry.toLowerCase())) return [...list];
  return [...list, entry];
}

/** Changes entry `index`; a blank entry is removed, so no empty text is ever saved. */
export function replaceEntry(list: readonly string[], index: number, text: string): string[] {
  const entry = text.trim();
  if (entry === "") return removeEntry(list, index);
  return list.map((e, i) => (i === index ? entry : e));
}

export function removeEntry(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}
