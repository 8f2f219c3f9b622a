// The people, organisations and vessels of an incident: adding, removing and listing them,
// keeping acts, consent and sources consistent with who is involved.

import type { Actor, Incident, Involvement } from "../ipc/bindings";

export const PERPETRATOR_ROLE = "alleged_perpetrator";

export function involve(incident: Incident, actorId: string, role: string): Incident {
  const involvement: Involvement = {
    actor_id: actorId,
    role,
    state_link: role === PERPETRATOR_ROLE ? "unknown" : null,
    description: "",
  };
  return { ...incident, involvements: [...incident.involvements, involvement] };
}

/** Changes a role; the link to the State exists only for alleged perpetrators. */
export function withRole(involvement: Involvement, role: string): Involvement {
  return {
    ...involvement,
    role,
    state_link: role === PERPETRATOR_ROLE ? (involvement.state_link ?? "unknown") : null,
  };
}

/**
 * Removes involvement `index`. When the actor has no other involvement it also leaves the
 * acts (as victim or perpetrator), the sources and the consent list, which may only name
 * involved actors; the user is told so before.
 */
export function removeInvolvement(incident: Incident, index: number): Incident {
  const removed = incident.involvements[index];
  if (removed === undefined) return incident;
  const involvements = incident.involvements.filter((_, i) => i !== index);
  if (involvements.some((inv) => inv.actor_id === removed.actor_id)) return { ...incident, involvements };
  const id = removed.actor_id;
  return {
    ...incident,
    involvements,
    acts: incident.acts.map((act) => ({
      ...act,
      victim_id: act.victim_id === id ? "" : act.victim_id,
      perpetrator_ids: act.perpetrator_ids.filter((p) => p !== id),
    })),
    consent: incident.consent.filter((c) => c.actor_id !== id),
    sources: incident.sources.map((s) => (s.actor_id === id ? { ...s, actor_id: null } : s)),
  };
}

/** The actors the incident involves, once each, in the order they were added. */
export function involvedActors(incident: Incident, actors: readonly Actor[]): Actor[] {
  const seen = new Set<string>();
  const result: Actor[] = [];
  for (const { actor_id } of incident.involvements) {
    if (seen.has(actor_id)) continue;
    seen.add(actor_id);
    const actor = actors.find((a) => a.id === actor_id);
    if (actor !== undefined) result.push(actor);
  }
  return result;
}

/** Replaces (or adds) an actor in the list the editor sends with the incident. */
export function upsertActor(actors: readonly Actor[], actor: Actor): Actor[] {
  const index = actors.findIndex((a) => a.id === actor.id);
  return index === -1 ? [...actors, actor] : actors.map((a, i) => (i === index ? actor : a));
}

export function actorName(actors: readonly Actor[], id: string, unnamed: string): string {
  const name = actors.find((a) => a.id === id)?.name.trim() ?? "";
  return name === "" ? unnamed : name;
}
