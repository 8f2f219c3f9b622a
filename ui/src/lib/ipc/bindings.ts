// Generated from src-tauri/src/ipc.rs by `cargo test -p tadamun-desktop` with
// UPDATE_BINDINGS=1. Do not edit by hand: CI fails when this file is stale.

export type VaultState = "missing" | "locked" | "unlocked" | "erase_incomplete";

export type VaultStatus = { 
/**
 * Locked, unlocked, missing…
 */
state: VaultState, 
/**
 * The vault folder, for display.
 */
location: string, 
/**
 * Minutes of inactivity before the app locks.
 */
autoLockMinutes: number, 
/**
 * The scrypt work factor protecting the passphrase, if known.
 */
kdfLogN: number | null, 
/**
 * How the open vault was unlocked (none while locked).
 */
unlockedWith: UnlockedWith | null, 
/**
 * Whether this is the demonstration vault (fictional cases, public passphrase).
 */
demo: boolean, 
/**
 * While open: the previous session as the vault recorded it (its latest change and when
 * it was opened), so that a person can notice a vault older than they remember.
 */
lastSession: LastSessionInfo | null, 
/**
 * While open: why the database looks older than when the vault was last used (someone
 * may have put back an older copy); none when all is as recorded.
 */
rollbackWarning: RollbackWarning | null, 
/**
 * While open: the unlock found an erase mark beside intact keys (an erase cut off as it
 * started, or a mark someone placed) and removed it; nothing was erased.
 */
eraseMarkRemoved: boolean, 
/**
 * The language the person chose for the screens, if they chose one (else the system's).
 */
language: string | null, 
/**
 * While locked: why the vault last locked. A lock replaces the page (and its web
 * process), so the new page learns it here rather than from the `vault-locked` event.
 */
lockedBecause: LockReason | null, };

export type UnlockedWith = "new_vault" | "passphrase" | "recovery_key";

export type LastSessionInfo = { 
/**
 * The number of the latest change then (audit entry).
 */
change: number, 
/**
 * When the vault was opened then (RFC 3339, UTC).
 */
unlockedAt: string, };

export type RollbackWarning = { 
/**
 * `rolled_back` (the database's latest change is older than the one recorded when the
 * vault was last closed) or `record_altered` (that record does not match this vault's key).
 */
code: string, 
/**
 * The latest change in the database, for `rolled_back`.
 */
databaseChange: number | null, 
/**
 * The latest change recorded when the vault was last closed, for `rolled_back`.
 */
lastChange: number | null, 
/**
 * The same in English (the CLI's words).
 */
message: string, };

export type PassphraseStrength = { 
/**
 * 0 (guessable) to 4 (very hard to guess).
 */
score: number, 
/**
 * Whether the passphrase may be used.
 */
acceptable: boolean, 
/**
 * Whether it is shorter than `min_length`.
 */
tooShort: boolean, 
/**
 * The minimum number of characters.
 */
minLength: number, 
/**
 * Estimated time to guess it offline, in seconds (the screen says it in its language).
 */
crackSeconds: number, 
/**
 * The main warning's code (`DatesAreOftenEasyToGuess`…), if any.
 */
warning: string | null, 
/**
 * The codes of the suggestions to make it stronger.
 */
suggestions: Array<string>, };

export type CreatedVault = { 
/**
 * The recovery key, to show once. Not kept anywhere in the vault.
 */
recoveryKey: string, 
/**
 * The scrypt work factor chosen for this computer.
 */
kdfLogN: number, 
/**
 * The new state (unlocked).
 */
status: VaultStatus, };

export type ErrorCode = "wrong_passphrase" | "wrong_recovery_key" | "key_file_damaged" | "database_damaged" | "vault_not_found" | "vault_exists" | "newer_format" | "disk_full" | "weak_passphrase" | "locked" | "erase_incomplete" | "in_use" | "invalid_input" | "invalid_record" | "record_not_found" | "conflict" | "cancelled" | "evidence_damaged" | "not_shareable" | "io";

export type AppError = { 
/**
 * Stable code.
 */
code: ErrorCode, 
/**
 * Plain-words message in English.
 */
message: string, 
/**
 * For `invalid_record`: what is wrong, field by field (empty otherwise).
 */
problems: Array<Problem>, 
/**
 * The finer reason, where the core gives one (`not_a_public_key`, `pdf`…): the screen
 * says it in its own language with `params`, never the English `message`.
 */
detail: string | null, 
/**
 * The values of the finer reason, by name.
 */
params: Record<string, string>, };

export type LockReason = "user" | "inactivity" | "suspend" | "screen_locked" | "erased";

export type VaultLockedEvent = { 
/**
 * Why.
 */
reason: LockReason, };

export type ProgressEvent = { 
/**
 * The step being done, as a stable code.
 */
step: string, 
/**
 * Steps done.
 */
done: number, 
/**
 * Steps in all.
 */
total: number, };

export type VerifyReport = { 
/**
 * Audit entries read.
 */
auditEntries: number, 
/**
 * Whether the audit hash chain is intact.
 */
auditChainIntact: boolean, 
/**
 * Whether every database page authenticated.
 */
databaseIntact: boolean, 
/**
 * Attachments re-hashed against their SHA-256.
 */
attachmentsChecked: number, 
/**
 * Whether every attachment is present and unaltered, with no stray file.
 */
attachmentsIntact: boolean, 
/**
 * Problems, in plain words.
 */
problems: Array<string>, };

export type CreatedDemoVault = { 
/**
 * The demo passphrase (public; the vault holds fictional cases only).
 */
passphrase: string, 
/**
 * How many fictional cases it holds.
 */
cases: number, 
/**
 * The vault's state.
 */
status: VaultStatus, };

export type PartialDate = { 
/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision` (any of them when approximate).
 */
date: string, 
/**
 * How precisely the date is known.
 */
precision: DatePrecision, };

export type DatePrecision = "day" | "month" | "year" | "approximate";

export type Place = { 
/**
 * The place as written by the person recording it (an address, a port, a town).
 */
name: string, 
/**
 * How precise `name` is.
 */
precision: PlacePrecision, };

export type PlacePrecision = "exact" | "locality" | "region" | "country";

export type Status = "draft" | "verified" | "submitted" | "closed";

export type Urgency = "routine" | "high" | "urgent";

export type IncidentField = "narrative" | "place" | "current_situation" | "domestic_remedies";

export type Incident = { 
/**
 * Stable identifier (a random UUID when created here).
 */
id: string, 
/**
 * A short title.
 */
title: string, 
/**
 * The chronological account of what happened.
 */
narrative: string, 
/**
 * When it started.
 */
start: PartialDate | null, 
/**
 * When it ended; absent when unknown or ongoing.
 */
end: PartialDate | null, 
/**
 * Still going on (a detention, a ban, a frozen account).
 */
ongoing: boolean, 
/**
 * Where it happened.
 */
place: Place | null, 
/**
 * ISO 3166-1 alpha-2 code of the country where it happened.
 */
country: string | null, 
/**
 * Where the case stands.
 */
status: Status, 
/**
 * How urgently it needs action.
 */
urgency: Urgency, 
/**
 * Incident types (codes of the `incident_type` vocabulary).
 */
types: Array<string>, 
/**
 * Free tags for the team's own grouping.
 */
tags: Array<string>, 
/**
 * The situation now (still detained, account still frozen…).
 */
current_situation: string, 
/**
 * Domestic remedies tried and their results, or why they were impossible.
 */
domestic_remedies: string, 
/**
 * Notes for the team. Never exported, whatever the recipient.
 */
internal_notes: string, 
/**
 * The people, organisations, vessels and State bodies involved, with their role.
 */
involvements: Array<Involvement>, 
/**
 * What was done to whom.
 */
acts: Array<Act>, 
/**
 * The cooperation with the UN that the reprisal answers.
 */
un_links: Array<UnLink>, 
/**
 * Whether the case was already raised in an official UN document (unknown when absent).
 */
un_raised: boolean | null, 
/**
 * The reference of that UN document or communication.
 */
un_raised_reference: string, 
/**
 * Consent decisions of the people involved, oldest first. For each person, their last
 * record is the one in force; earlier ones are the history.
 */
consent: Array<ConsentRecord>, 
/**
 * How the information was obtained.
 */
sources: Array<Source>, 
/**
 * Where the case was sent and what followed.
 */
submissions: Array<Submission>, 
/**
 * Fields flagged confidential.
 */
confidential: Array<IncidentField>, 
/**
 * When the record was created (RFC 3339, UTC).
 */
created_at: string, 
/**
 * When the record was last saved (RFC 3339, UTC).
 */
updated_at: string, };

export type ActorKind = "person" | "organisation" | "vessel" | "aircraft" | "state_body";

export type ActorField = "name" | "other_names" | "gender" | "age" | "nationality" | "occupation" | "work" | "registration";

export type Actor = { 
/**
 * Stable identifier (a random UUID when created here).
 */
id: string, 
/**
 * What kind of actor.
 */
kind: ActorKind, 
/**
 * The name (a person's full name, a ship's name, a unit's name).
 */
name: string, 
/**
 * Other names, spellings and transliterations (also replaced when sanitising).
 */
other_names: Array<string>, 
/**
 * A person's gender, as they describe it.
 */
gender: string, 
/**
 * A person's age when the incident happened.
 */
age: number | null, 
/**
 * A person's birth year.
 */
birth_year: number | null, 
/**
 * Nationality (persons) or country (organisations, State bodies): ISO 3166-1 alpha-2.
 */
nationality: string | null, 
/**
 * Occupation, function or title (captain, lawyer, director; a State agent's rank).
 */
occupation: string, 
/**
 * The human-rights or solidarity work they do; for an organisation, its nature and scope.
 */
work: string, 
/**
 * A vessel's or aircraft's flag State: ISO 3166-1 alpha-2.
 */
flag_state: string | null, 
/**
 * Registration: IMO number, call sign, aircraft registration, organisation number.
 */
registration: string, 
/**
 * How to reach them safely. Always confidential: never leaves the vault except on a
 * cover sheet the user asks for.
 */
contact: string, 
/**
 * Other things that identify them: licence plates, addresses, workplaces, nicknames,
 * account handles. Never exported as fields; withheld from free text like their names.
 */
identifiers: Array<string>, 
/**
 * Fields flagged confidential.
 */
confidential: Array<ActorField>, 
/**
 * When the record was created (RFC 3339, UTC).
 */
created_at: string, 
/**
 * When the record was last saved (RFC 3339, UTC).
 */
updated_at: string, };

export type Involvement = { 
/**
 * The actor (its `id`).
 */
actor_id: string, 
/**
 * Their role: a code of the `role` vocabulary (victim, alleged_perpetrator, witness…).
 */
role: string, 
/**
 * For an alleged perpetrator, the link to the State (`state_link` vocabulary).
 */
state_link: string | null, 
/**
 * What they did or suffered, or why a perpetrator is believed responsible.
 */
description: string, };

export type NameForm = "full_name" | "initials" | "anonymous_description";

export type ConsentGiver = "person" | "family" | "legal_representative";

export type ConsentMethod = "oral" | "written";

export type ConsentRecord = { 
/**
 * The person (or organisation) consenting: an actor involved in the incident.
 */
actor_id: string, 
/**
 * 0 to 3.
 */
level: number, 
/**
 * For level 3: how the person chose to be named in public.
 */
name_form: NameForm | null, 
/**
 * For `anonymous_description`: the description to use.
 */
anonymous_description: string, 
/**
 * Who consented.
 */
given_by: ConsentGiver, 
/**
 * Whether the risks were explained before consent was given.
 */
risks_explained: boolean, 
/**
 * When (YYYY-MM-DD).
 */
date: string, 
/**
 * Oral or written.
 */
method: ConsentMethod, 
/**
 * Who recorded it.
 */
recorded_by: string, 
/**
 * The use it covers, in the person's words if possible.
 */
purpose: string, 
/**
 * When it was withdrawn (YYYY-MM-DD); from then on nothing about the person leaves.
 */
revoked_at: string | null, 
/**
 * Arrived in a file from another vault for a person this vault already knew: it does
 * not count until someone confirms it here (a file must not be able to raise the
 * consent of a person this vault documents).
 */
unconfirmed_import: boolean, };

export type LawyerAccess = "yes" | "no" | "unknown";

export type ActField = "description" | "case_number" | "detention_place" | "authority";

export type Act = { 
/**
 * Stable identifier within the incident.
 */
id: string, 
/**
 * The act type: a code of the `incident_type` vocabulary.
 */
type: string, 
/**
 * The victim (an actor involved in the incident).
 */
victim_id: string, 
/**
 * The alleged perpetrators (actors involved in the incident).
 */
perpetrator_ids: Array<string>, 
/**
 * When.
 */
date: PartialDate | null, 
/**
 * What happened.
 */
description: string, 
/**
 * Law, charges or administrative basis invoked.
 */
legal_basis: string, 
/**
 * The authority that issued the decision.
 */
authority: string, 
/**
 * Case or decision number.
 */
case_number: string, 
/**
 * Where the person (or vessel) is held.
 */
detention_place: string, 
/**
 * Access to a lawyer during detention.
 */
lawyer_access: LawyerAccess | null, 
/**
 * Criminal or administrative (`proceeding_type` vocabulary).
 */
proceeding_type: string | null, 
/**
 * Open, closed, acquitted, convicted (`proceeding_status` vocabulary).
 */
proceeding_status: string | null, 
/**
 * Fines imposed, with currency ("€20,000").
 */
fine: string, 
/**
 * How many days a vessel or aircraft was detained or blocked.
 */
vessel_detention_days: number | null, 
/**
 * Fields flagged confidential.
 */
confidential: Array<ActField>, };

export type UnLink = { 
/**
 * The mechanism: a code of the `un_mechanism` vocabulary.
 */
mechanism: string, 
/**
 * Which one: the HRC session, the named Special Procedure mandate, the treaty body.
 */
body: string, 
/**
 * The form of cooperation: a code of the `cooperation_form` vocabulary.
 */
form: string, 
/**
 * When.
 */
date: PartialDate | null, 
/**
 * A reference (session number, submission title, communication reference).
 */
reference: string, };

export type SourceKind = "victim_testimony" | "witness_testimony" | "document" | "media" | "social_media" | "partner_organisation" | "other";

export type Reliability = "high" | "medium" | "low" | "unknown";

export type Source = { 
/**
 * Stable identifier within the incident.
 */
id: string, 
/**
 * How the information was obtained.
 */
kind: SourceKind, 
/**
 * What the source is and what it says.
 */
description: string, 
/**
 * The actor who is the source, when one is recorded.
 */
actor_id: string | null, 
/**
 * How reliable it is judged to be.
 */
reliability: Reliability, 
/**
 * When it was obtained (YYYY-MM-DD).
 */
obtained_on: string | null, };

export type Submission = { 
/**
 * Stable identifier within the incident.
 */
id: string, 
/**
 * To whom (OHCHR reprisals team, a Special Procedure mandate…).
 */
recipient: string, 
/**
 * When it was sent (YYYY-MM-DD).
 */
date_sent: string | null, 
/**
 * Reference given by the recipient or used in the letter.
 */
reference: string, 
/**
 * When a response was received (YYYY-MM-DD).
 */
response_received: string | null, 
/**
 * What the response said.
 */
response_summary: string, 
/**
 * What to do next.
 */
next_step: string, 
/**
 * When the next step is due (YYYY-MM-DD).
 */
next_step_due: string | null, 
/**
 * SHA-256 of the files sent, when the export was made by Tadamun.
 */
file_hashes: Array<string>, };

export type ConsentState = "no_people" | "missing" | "internal_only" | "complete";

export type IncidentView = { 
/**
 * The record.
 */
incident: Incident, 
/**
 * The actors it involves, as stored now.
 */
actors: Array<Actor>, 
/**
 * Its short number in this vault.
 */
number: number, 
/**
 * Its current revision (1 for a record saved once).
 */
revision: number, 
/**
 * What is still missing for a UN submission.
 */
warnings: Array<Warning>, 
/**
 * The consent state.
 */
consent_state: ConsentState, };

export type Saved = { 
/**
 * The incident's identifier.
 */
id: string, 
/**
 * Its short number.
 */
number: number, 
/**
 * The revision just written.
 */
revision: number, 
/**
 * What is still missing for a UN submission.
 */
warnings: Array<Warning>, };

export type Snapshot = { 
/**
 * The incident as saved.
 */
incident: Incident, 
/**
 * The actors it involved, as they were then.
 */
actors: Array<Actor>, };

export type Deleted = { 
/**
 * How many revisions were removed with the incident.
 */
revisions: number, 
/**
 * How many actors were removed because no other incident involves them.
 */
actors: number, 
/**
 * How many attachments were removed with the incident.
 */
attachments: number, };

export type ActorSummary = { 
/**
 * The actor.
 */
actor: Actor, 
/**
 * The incidents it appears in: number and title.
 */
incidents: Array<ActorIncident>, };

export type ActorIncident = { 
/**
 * The incident's identifier.
 */
id: string, 
/**
 * Its number.
 */
number: number, 
/**
 * Its title.
 */
title: string, 
/**
 * The actor's roles in it.
 */
roles: Array<string>, };

export type Draft = { 
/**
 * The key it was saved under.
 */
key: string, 
/**
 * When (RFC 3339, UTC).
 */
saved_at: string, 
/**
 * The editor's state.
 */
data: string, };

export type Problem = { 
/**
 * Where: a path such as `title`, `acts[1].victim_id`, `actors[0].nationality`.
 */
path: string, 
/**
 * A stable code the UI translates (`end_before_start`, `unknown_country`…).
 */
code: string, 
/**
 * The explanation in plain English (the CLI's words).
 */
message: string, 
/**
 * The values in the explanation (`len`, `max`, `value`…), for a screen that says it in
 * its own language from `code`, the path's field and these.
 */
params: Record<string, string>, };

export type Warning = { 
/**
 * A stable code the UI translates (`no_un_link`, `no_consent`…).
 */
code: string, 
/**
 * The explanation in plain English.
 */
message: string, 
/**
 * The actor concerned, when there is one.
 */
actor_id: string | null, 
/**
 * The values in the explanation (`who`: the actor's name), for a screen that says it in
 * its own language.
 */
params: Record<string, string>, };

export type Country = { 
/**
 * The alpha-2 code.
 */
code: string, 
/**
 * The English short name (the UI shows the name in its own language).
 */
name: string, };

export type Sort = "relevance" | "date_desc" | "date_asc" | "updated_desc" | "number_desc";

export type Query = { 
/**
 * Words to find (titles, narratives, actor names, places, tags, references).
 */
text: string, 
/**
 * Any of these incident types.
 */
types: Array<string>, 
/**
 * Any of these countries (ISO 3166-1 alpha-2).
 */
countries: Array<string>, 
/**
 * Any of these statuses.
 */
statuses: Array<Status>, 
/**
 * Any of these urgencies.
 */
urgencies: Array<Urgency>, 
/**
 * Any of these consent states.
 */
consent: Array<ConsentState>, 
/**
 * With (true) or without (false) a UN cooperation link.
 */
has_un_link: boolean | null, 
/**
 * Incidents whose period reaches this day or later (YYYY-MM-DD, YYYY-MM or YYYY).
 */
from: string | null, 
/**
 * Incidents whose period starts on this day or earlier.
 */
to: string | null, 
/**
 * Order.
 */
sort: Sort, 
/**
 * How many results to skip.
 */
offset: number, 
/**
 * How many to return (1 to 500; 0 means 50).
 */
limit: number, };

export type Summary = { 
/**
 * Identifier.
 */
id: string, 
/**
 * Short number.
 */
number: number, 
/**
 * Title.
 */
title: string, 
/**
 * Status.
 */
status: Status, 
/**
 * Urgency.
 */
urgency: Urgency, 
/**
 * Country code.
 */
country: string | null, 
/**
 * Start date.
 */
start: PartialDate | null, 
/**
 * Ongoing.
 */
ongoing: boolean, 
/**
 * Incident type codes.
 */
types: Array<string>, 
/**
 * Whether a UN cooperation link is recorded.
 */
has_un_link: boolean, 
/**
 * Consent state.
 */
consent: ConsentState, 
/**
 * Current revision.
 */
revision: number, 
/**
 * Last saved (RFC 3339).
 */
updated_at: string, };

export type Page = { 
/**
 * How many incidents match in all.
 */
total: number, 
/**
 * This page.
 */
items: Array<Summary>, };

export type Revision = { 
/**
 * 1 for the first save.
 */
revision: number, 
/**
 * When it was saved (RFC 3339, UTC).
 */
saved_at: string, 
/**
 * The title it had then.
 */
title: string, };

export type Change = { 
/**
 * Where: `incident.title`, `incident.acts[0].case_number`, `actors[<id>].name`.
 */
path: string, 
/**
 * The value in the older revision (absent when the field was added).
 */
before: string | null, 
/**
 * The value in the newer revision (absent when the field was removed).
 */
after: string | null, };

export type Imported = { 
/**
 * The incidents added: identifier and number.
 */
incidents: Array<Saved>, };

export type Labels = { 
/**
 * English.
 */
en: string, 
/**
 * French.
 */
fr: string, 
/**
 * Spanish.
 */
es: string, 
/**
 * Arabic.
 */
ar: string, 
/**
 * Russian.
 */
ru: string, 
/**
 * Chinese (simplified).
 */
zh: string, };

export type Term = { 
/**
 * Stable code stored in records (`travel_ban`).
 */
code: string, 
/**
 * For incident types: the code of their group in `incident_group`.
 */
group?: string | null, 
/**
 * The taxonomy the term comes from (a key of [`Vocabularies::sources`]).
 */
source: string, 
/**
 * The HURIDOCS "Types of Acts" code, where one exists (12 digits).
 */
source_code?: string | null, 
/**
 * Labels in every language.
 */
labels: Labels, };

export type Vocabularies = { 
/**
 * Always `tadamun-vocabularies`.
 */
format: string, 
/**
 * Raised whenever a code is added, renamed or retired.
 */
version: number, 
/**
 * The label languages.
 */
languages: Array<string>, 
/**
 * Taxonomy id -> what it is.
 */
sources: { [key in string]: string }, 
/**
 * Vocabulary name -> its terms, in display order.
 */
vocabularies: { [key in string]: Array<Term> }, };

export type AuditEntry = { 
/**
 * Position in the log, from 1 with no gaps.
 */
seq: number, 
/**
 * When it happened (UTC, RFC 3339).
 */
at: string, 
/**
 * What happened, as a stable code (`vault_created`, `passphrase_changed`, …).
 */
event: string, 
/**
 * Non-secret details as a JSON object.
 */
detail: string, };

export type Attachment = { 
/**
 * Identifier.
 */
id: string, 
/**
 * The incident it belongs to.
 */
incident_id: string, 
/**
 * The file's name where it was imported from (confidential; never exported).
 */
original_name: string, 
/**
 * Media type sniffed from the content (`image/jpeg`, `application/pdf`…).
 */
media_type: string, 
/**
 * Size in bytes.
 */
size: number, 
/**
 * SHA-256 of the original bytes (hex), taken at import.
 */
sha256: string, 
/**
 * When it was imported (RFC 3339, UTC).
 */
imported_at: string, 
/**
 * Who imported it.
 */
imported_by: string, 
/**
 * Capture details from its metadata.
 */
metadata: CaptureMetadata, 
/**
 * What it shows.
 */
description: string, 
/**
 * Whether it may leave the vault in a sanitised export (off by default).
 */
shareable: boolean, };

export type CaptureMetadata = { 
/**
 * When it was taken, as the device recorded it (EXIF DateTimeOriginal).
 */
taken_at: string | null, 
/**
 * Latitude in decimal degrees.
 */
latitude: number | null, 
/**
 * Longitude in decimal degrees.
 */
longitude: number | null, 
/**
 * The device (make and model).
 */
device: string | null, 
/**
 * Image width and height in pixels.
 */
dimensions: [number, number] | null, };

export type ImportedAttachment = { 
/**
 * The attachment (new, or the existing one when this file was already attached).
 */
attachment: Attachment, 
/**
 * The same content was already in the vault: stored once, linked here.
 */
duplicate_content: boolean, 
/**
 * The same content was already attached to this incident: nothing was added.
 */
already_attached: boolean, };

export type ImportProgress = { 
/**
 * Position of the file in the batch (0-based).
 */
index: number, 
/**
 * How many files in the batch.
 */
count: number, 
/**
 * The file's name.
 */
name: string, 
/**
 * Bytes done.
 */
done: number, 
/**
 * Bytes in all.
 */
total: number, };

export type ImportOutcome = { 
/**
 * The file's name.
 */
name: string, 
/**
 * What was stored, when it worked.
 */
imported: ImportedAttachment | null, 
/**
 * Why not, when it did not.
 */
error: AppError | null, 
/**
 * When it worked: a one-time token for removing the original from this computer
 * (`remove_originals`).
 */
original: string | null, };

export type OriginalRemoval = { 
/**
 * The file's name.
 */
name: string, 
/**
 * What was removed, when it worked.
 */
removed: RemovedOriginal | null, 
/**
 * Why not, when it did not.
 */
error: AppError | null, };

export type RemovedOriginal = { 
/**
 * The file was overwritten and deleted.
 */
file_removed: boolean, 
/**
 * How many cached thumbnails of it were deleted.
 */
thumbnails_removed: number, };

export type Format = "docx" | "pdf" | "json" | "csv" | "uwazi_csv";

export type Submitter = { 
/**
 * The submitter's name (a person or the organisation's contact person).
 */
name: string, 
/**
 * Their organisation.
 */
organisation: string, 
/**
 * A secure way to reach them (Signal number, ProtonMail address…).
 */
contact: string, 
/**
 * Their relation to the victim(s): the victim, family, lawyer, organisation…
 */
relation: string, };

export type ReportingPeriod = { 
/**
 * First day (YYYY-MM-DD).
 */
from: string, 
/**
 * Last day (YYYY-MM-DD).
 */
to: string, };

export type ExportRequest = { 
/**
 * The recipient profile's id (`ohchr-reprisals`, `special-procedures`, `sg-report`,
 * `legal-team`, `public-summary`).
 */
recipient: string, 
/**
 * The incidents, in the order they should appear.
 */
incident_ids: Array<string>, 
/**
 * The formats to write.
 */
formats: Array<Format>, 
/**
 * The report's language: `en`, `fr` or `es` (as the profile allows).
 */
language: string, 
/**
 * For Special Procedures: the mandate(s) addressed.
 */
mandates: Array<string>, 
/**
 * For the Secretary-General's report: the period covered.
 */
reporting_period: ReportingPeriod | null, 
/**
 * The submitter, for the cover sheet.
 */
submitter: Submitter | null, 
/**
 * Give a de-identified person the same pseudonym in every case of the report. Off by
 * default: the reader could then link cases ("the only person arrested at X and Y").
 */
same_pseudonym_across_cases: boolean, };

export type BlockKind = "title" | "heading" | "section" | "subheading" | "field" | "paragraph" | "note";

export type Block = { 
/**
 * What kind of line.
 */
kind: BlockKind, 
/**
 * A field's label (empty for other kinds).
 */
label: string, 
/**
 * The text.
 */
text: string, 
/**
 * Whether the text reads right to left (Arabic, Hebrew…).
 */
rtl: boolean, };

export type NoteKind = "pseudonymised" | "named_as_chosen" | "removed" | "name_in_text" | "field_removed" | "coarsened" | "attachment";

export type Note = { 
/**
 * The case number in the report (1-based), when the note is about one case.
 */
case: number | null, 
/**
 * What happened.
 */
kind: NoteKind, 
/**
 * The words as they appear in the report ("Person B", "[name withheld]").
 */
shown_as: string, 
/**
 * The explanation ("Name withheld: consent level 1").
 */
detail: string, 
/**
 * A stable code for the explanation (`pseudonymised`, `field_removed`…).
 */
code: string, 
/**
 * The values of the explanation, for a screen that says it in its own words.
 */
params: Record<string, string>, };

export type Finding = { 
/**
 * The case number in the report, when about one case.
 */
case: number | null, 
/**
 * The incident's number in the vault, when about one incident.
 */
incident_number: number | null, 
/**
 * A stable code (`no_un_link`, `no_consent`, `no_submitter`…).
 */
code: string, 
/**
 * What is wrong and what to do, in plain words.
 */
message: string, 
/**
 * The values of the message, for a screen that says it in its own words.
 */
params: Record<string, string>, };

export type LeftOut = { 
/**
 * The incident's id.
 */
incident_id: string, 
/**
 * Its number in the vault.
 */
number: number, 
/**
 * Its title (shown only on this device).
 */
title: string, 
/**
 * Why it is left out.
 */
reason: string, 
/**
 * A stable code for the reason (`victim_left_out`).
 */
reason_code: string, 
/**
 * The values of the reason, for a screen that says it in its own words.
 */
params: Record<string, string>, };

export type PlannedFile = { 
/**
 * Its name in the chosen folder.
 */
name: string, 
/**
 * What it holds, in plain words.
 */
what: string, 
/**
 * Whether it holds the confidential cover sheet.
 */
confidential: boolean, 
/**
 * What it contains: the fields (JSON), the columns (CSV) or the sections (DOCX, PDF)
 * that this recipient's profile carries, in plain words.
 */
contents: Array<string>, 
/**
 * What kind of file, as a code a screen translates: `report_docx`, `report_pdf`,
 * `report_json`, `report_csv`, `report_uwazi_csv`, `cover_docx`, `cover_pdf`, `cover_json`,
 * `attachment`, `checksums`.
 */
kind: string, 
/**
 * For an attachment: the case it belongs to.
 */
case: number | null, 
/**
 * The codes of what it contains: the submission's field keys (`victims`, `un_link`…) for
 * a document, `submitter`, `contacts`, `sources` for a cover sheet; empty for a CSV file,
 * whose `contents` are its column names as written in the file.
 */
content_codes: Array<string>, };

export type Preview = { 
/**
 * The recipient's name.
 */
recipient: string, 
/**
 * The report, line by line, as the recipient will read it.
 */
document: Array<Block>, 
/**
 * The cover sheet, line by line (empty when the profile has none).
 */
cover_sheet: Array<Block>, 
/**
 * What was removed, pseudonymised or coarsened.
 */
notes: Array<Note>, 
/**
 * What must be fixed before anything can be written.
 */
blockers: Array<Finding>, 
/**
 * What the person should know.
 */
warnings: Array<Finding>, 
/**
 * Incidents that will not be in the export.
 */
left_out: Array<LeftOut>, 
/**
 * Cases in the report.
 */
cases: number, 
/**
 * The files that will be written.
 */
files: Array<PlannedFile>, };

export type WrittenFile = { 
/**
 * Its name in the folder.
 */
name: string, 
/**
 * SHA-256 of its bytes as written.
 */
sha256: string, 
/**
 * Its size in bytes.
 */
size: number, };

export type ExportOutcome = { 
/**
 * The folder written to.
 */
dir: string, 
/**
 * Every file written, the manifest last.
 */
files: Array<WrittenFile>, 
/**
 * Whether the files are age-encrypted to the recipient's key(s).
 */
encrypted: boolean, 
/**
 * Cases in the report.
 */
cases: number, };

export type ChosenFolder = { 
/**
 * The one-time token `export_run` takes (the web view never names a path itself).
 */
token: string, 
/**
 * The folder, for display.
 */
path: string, };

export type BackupStatus = { 
/**
 * When the last backup was made (UTC, RFC 3339); none if never.
 */
lastAt: string | null, 
/**
 * Whole days since then.
 */
daysSince: number | null, 
/**
 * Whether to remind the person: cases are recorded and there is no backup of the last
 * `reminderDays` days.
 */
due: boolean, 
/**
 * After how many days a backup counts as old.
 */
reminderDays: number, };

export type BackupProgress = { 
/**
 * `database` (copying it), `files` (writing the backup), `reading` (reading a backup),
 * `checking` (checking what was read).
 */
step: string, 
/**
 * Bytes done in this step.
 */
done: number, 
/**
 * Bytes in all in this step.
 */
total: number, };

export type BackupSummary = { 
/**
 * The backup file, for display.
 */
path: string, 
/**
 * When it was made (UTC, RFC 3339).
 */
madeAt: string, 
/**
 * The version of Tadamun that made it.
 */
appVersion: string, 
/**
 * Incidents in it.
 */
incidents: number, 
/**
 * Attachments in it.
 */
attachments: number, 
/**
 * Entries in its audit log.
 */
auditEntries: number, };

export type BackupChecked = { 
/**
 * What it holds.
 */
summary: BackupSummary, 
/**
 * Attachments decrypted and compared with their SHA-256.
 */
attachmentsChecked: number, };

export type RestoredVault = { 
/**
 * What the backup held.
 */
summary: BackupSummary, 
/**
 * The vault's state now (unlocked).
 */
status: VaultStatus, };

export type ExportProgress = { 
/**
 * What is being done, in plain words ("Writing the PDF").
 */
stage: string, 
/**
 * Steps done.
 */
done: number, 
/**
 * Steps in all.
 */
total: number, };

export type ProfileSummary = { 
/**
 * The id used on the command line.
 */
id: string, 
/**
 * Its name (in English, the language of the app's screens).
 */
name: string, 
/**
 * The address submissions go to, when there is one.
 */
address: string, 
/**
 * What it receives, in plain words.
 */
about: string, 
/**
 * The report languages it accepts.
 */
languages: Array<string>, 
/**
 * The lowest consent level at which a person appears at all (as a pseudonym).
 */
include_min_level: number, 
/**
 * The lowest consent level at which a person is named.
 */
name_min_level: number, 
/**
 * Whether a confidential cover sheet is written.
 */
cover_sheet: boolean, 
/**
 * Whether shareable attachments go with it.
 */
attachments: boolean, 
/**
 * Whether it asks for a reporting period.
 */
reporting_period: boolean, 
/**
 * Whether it asks for Special Procedures mandates.
 */
mandates: boolean, };
