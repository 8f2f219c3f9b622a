## app

app-name = Tadamun
app-loading = Opening Tadamun…
app-startupFailed = Tadamun could not look at its vault folder.
app-retry = Try again
app-skipToContent = Skip to main content

## state

state-label = Vault state
state-locked = Locked
state-unlocked = Unlocked

## nav

nav-label = Main
nav-incidents = Incidents
nav-audit = Audit log
nav-settings = Settings

## lock

lock-button = Lock
lock-shortcut = Ctrl+L
lock-shortcutMac = ⌘L
lock-busy = Locking…

## notice

notice-dismiss = Dismiss
notice-lockedInactivity =
    { $count ->
        [one] Locked after { $count } minute without activity.
       *[other] Locked after { $count } minutes without activity.
    }
notice-lockedInactivityUnknown = Locked after a while without activity.
notice-lockedSuspend = Locked because the computer went to sleep.
notice-lockedScreen = Locked because the computer's screen was locked.
notice-eraseMarkRemoved = This vault was marked as being erased, but its keys were intact: an erase was cut off as it started, or someone who could reach the vault folder placed the mark. The mark was removed and nothing was erased. If you meant to erase this vault, erase it again in Settings.
notice-lastSession = Vault opened. The time before, it was opened on { $date }; its latest change is number { $change }.

## rollback

rollback-title = This vault may have been replaced by an older copy
rollback-advice = If you restored a backup yourself, this is expected. If not, someone who had this computer may have put back an older copy of the vault: check that recent cases, deletions and withdrawn consent are as you left them, and look at the audit log.
rollback-rolled_back = This vault's database is older than the last time it was used: its latest change is number { $database }, but change { $last } was recorded when the vault was last closed. Cases deleted or consent withdrawn since may be back. If you did not restore a backup yourself, someone may have replaced the database.
rollback-record_altered = The record of the last session does not match this vault's key: it was altered or copied from another vault. Tadamun cannot tell whether the database was replaced by an older copy.
rollback-auditLog = Open the audit log
rollback-understood = I understand

## notice

notice-erased = The vault was erased. It can never be opened again. You can start a new vault below.
notice-unlockedWithRecovery = You opened the vault with your recovery key. If you forgot your passphrase, choose a new one in Settings.

## passphrase

passphrase-show = Show
passphrase-hide = Hide
passphrase-showLabel = Show the text of “{ $label }”
passphrase-hideLabel = Hide the text of “{ $label }”

## strength

strength-label = Passphrase strength
strength-score0 = Very weak
strength-score1 = Weak
strength-score2 = Fair
strength-score3 = Strong
strength-score4 = Very strong
strength-empty = Type a passphrase to see how strong it is.
strength-checking = Checking…
strength-unavailable = The strength check did not answer. Try typing again.
strength-crackTime = Time someone would need to guess it: { $time }
strength-time-instant = less than a second
strength-time-seconds =
    { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
strength-time-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
strength-time-hours =
    { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
strength-time-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
strength-time-months =
    { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
strength-time-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
strength-time-centuries = centuries
strength-warning-StraightRowsOfKeysAreEasyToGuess = Straight rows of keys are easy to guess.
strength-warning-ShortKeyboardPatternsAreEasyToGuess = Short keyboard patterns are easy to guess.
strength-warning-RepeatsLikeAaaAreEasyToGuess = Repeats like “aaa” are easy to guess.
strength-warning-RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess = Repeats like “abcabcabc” are only slightly harder to guess than “abc”.
strength-warning-ThisIsATop10Password = This is one of the ten most common passwords.
strength-warning-ThisIsATop100Password = This is one of the hundred most common passwords.
strength-warning-ThisIsACommonPassword = This is a very common password.
strength-warning-ThisIsSimilarToACommonlyUsedPassword = This is similar to a commonly used password.
strength-warning-SequencesLikeAbcAreEasyToGuess = Sequences like abc or 6543 are easy to guess.
strength-warning-RecentYearsAreEasyToGuess = Recent years are easy to guess.
strength-warning-AWordByItselfIsEasyToGuess = A word by itself is easy to guess.
strength-warning-DatesAreOftenEasyToGuess = Dates are often easy to guess.
strength-warning-NamesAndSurnamesByThemselvesAreEasyToGuess = Names and surnames by themselves are easy to guess.
strength-warning-CommonNamesAndSurnamesAreEasyToGuess = Common names and surnames are easy to guess.
strength-suggestion-UseAFewWordsAvoidCommonPhrases = Use a few words, and avoid common phrases.
strength-suggestion-NoNeedForSymbolsDigitsOrUppercaseLetters = There is no need for symbols, digits or capital letters.
strength-suggestion-AddAnotherWordOrTwo = Add another word or two. Uncommon words are better.
strength-suggestion-CapitalizationDoesntHelpVeryMuch = Capital letters do not help very much.
strength-suggestion-AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase = All capitals are almost as easy to guess as all small letters.
strength-suggestion-ReversedWordsArentMuchHarderToGuess = Words spelled backwards are not much harder to guess.
strength-suggestion-PredictableSubstitutionsDontHelpVeryMuch = Predictable substitutions, like “@” for “a”, do not help very much.
strength-suggestion-UseALongerKeyboardPatternWithMoreTurns = Use a longer keyboard pattern with more turns.
strength-suggestion-AvoidRepeatedWordsAndCharacters = Avoid repeated words and characters.
strength-suggestion-AvoidSequences = Avoid sequences.
strength-suggestion-AvoidRecentYears = Avoid recent years.
strength-suggestion-AvoidYearsThatAreAssociatedWithYou = Avoid years that are linked to you.
strength-suggestion-AvoidDatesAndYearsThatAreAssociatedWithYou = Avoid dates and years that are linked to you.
strength-tooShort = Too short: at least { $min } characters.
strength-acceptable = Strong enough to protect your vault.
strength-notAcceptable = Not strong enough yet.
strength-tip = Tip: four or five random words that do not belong together make a strong passphrase that is easy to type.

## firstRun

firstRun-title = Welcome to Tadamun
firstRun-intro = Tadamun keeps your records of reprisals — what was done, to whom, by whom — on this computer only, encrypted. It never connects to the internet.
firstRun-passphraseIntro = First, choose a passphrase. You will type it each time you open Tadamun. Without it, nobody can read your records.
firstRun-warning = Nobody can reset a forgotten passphrase. The only way back in is the recovery key you will get in the next step.
firstRun-passphrase = Passphrase
firstRun-confirm = Repeat the passphrase
firstRun-submit = Create my vault
firstRun-busy = Creating your vault — this takes a few seconds…
firstRun-location = The vault will be kept in this folder: { $location }

## suggest

suggest-title = A passphrase made for you
suggest-hint = Random words that nobody can guess from your life. Write them on paper and keep it apart from this computer until you know them by heart.
suggest-use = Use this passphrase
suggest-another = Show another one
suggest-failed = No passphrase could be suggested. Make one of four or more unrelated words.
suggest-ownInstead = Or type a passphrase of your own below: four or more unrelated words work well.

## reason

reason-empty = Type a passphrase first.
reason-checking = Checking how strong the passphrase is…
reason-strengthUnavailable = The strength of the passphrase could not be checked yet.
reason-tooShort = The passphrase is too short: at least { $min } characters.
reason-weak = The passphrase is not strong enough yet. Make it longer.
reason-repeat = Type the passphrase a second time to be sure it has no typing mistake.
reason-mismatch = The two passphrases are not the same.
reason-current = Type your current passphrase.

## recovery

recovery-title = Your recovery key
recovery-explain = This is the only way back in if you forget your passphrase. Write it down or save it to a USB stick and keep it apart from this laptop. It will not be shown again.
recovery-keyLabel = Recovery key
recovery-save = Save to a file…
recovery-saving = Saving…
recovery-saved = Saved.
recovery-stored = I have stored my recovery key safely
recovery-continue = Continue
recovery-continueReason = Tick the box once your recovery key is stored safely.

## unlock

unlock-title = Unlock your vault
unlock-intro = Tadamun is locked. Your records are encrypted until you unlock it.
unlock-passphrase = Passphrase
unlock-recoveryKey = Recovery key
unlock-recoveryHint = Type or paste the recovery key you stored when you created the vault.
unlock-submit = Unlock
unlock-busy = Unlocking…
unlock-useRecovery = Forgot your passphrase? Use the recovery key instead
unlock-usePassphrase = Use the passphrase instead
unlock-emptyPassphrase = Type your passphrase first.
unlock-emptyRecoveryKey = Type your recovery key first.

## language

language-label = Language
language-title = Language of the screens
language-explain = Tadamun remembers this choice on this computer, outside the encrypted vault, so that it can greet you in your language before you unlock. Your records stay encrypted, but someone who has this computer can see which language you chose. Reports can be written in another language when you export them.
language-notSaved = This language is used now, but Tadamun could not remember it for the next start.

## settings

settings-title = Settings
settings-location = Vault folder: { $location }

## autoLock

autoLock-title = Automatic lock
autoLock-explain = Tadamun locks itself when nobody uses it for a while.
autoLock-label = Lock after this long without activity
autoLock-option =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
autoLock-saved = Saved.

## change

change-title = Change passphrase
change-explain = Your records stay as they are; only the passphrase that opens them changes. Your recovery key keeps working.
change-current = Current passphrase
change-resetExplain = You opened the vault with your recovery key, so you can choose a new passphrase without typing the old one.
change-new = New passphrase
change-confirm = Repeat the new passphrase
change-submit = Change passphrase
change-busy = Changing the passphrase…
change-done = Your passphrase was changed. Use the new one from now on.

## newRecovery

newRecovery-title = Make a new recovery key
newRecovery-explain = Do this if your recovery key was lost, taken (for example at a border) or seen by someone else. Tadamun makes a new recovery key, and the old one stops opening this vault. Your records and your passphrase stay as they are.
newRecovery-copies = Copies of the vault made before now, such as a backup or a copied disk, still open with the old recovery key. Nothing can change that. If such a copy may exist, also make a new encryption key (the next section) right after this, so that the old key cannot open your vault as it is from then on.
newRecovery-passphrase = Your passphrase
newRecovery-submit = Make a new recovery key
newRecovery-busy = Making a new recovery key…
newRecovery-shownTitle = Your new recovery key
newRecovery-shownExplain = Write it down or save it to a USB stick, and keep it apart from this laptop. It will not be shown again, so stay on this page until it is stored. Your old recovery key no longer opens this vault.
newRecovery-keyLabel = New recovery key
newRecovery-stored = I have written it down or saved it
newRecovery-confirm = Done, hide the key
newRecovery-confirmReason = Tick the box once your new recovery key is stored safely.
newRecovery-done = Done. Only your new recovery key opens this vault now; the old one no longer does. If an older copy of the vault may exist, make a new encryption key next.
newRecovery-notStored = A new recovery key was made but not confirmed as stored, and it cannot be shown again. If you did not store it, make another one in Settings: the old recovery key no longer opens this vault.

## rotate

rotate-title = Make a new encryption key
rotate-explain = Makes a new key for all your data. Use it if you think someone saw your passphrase or copied this computer's disk.
rotate-explainMore = If someone may have seen your passphrase, change the passphrase as well. Keep Tadamun open until this is done.
rotate-recoveryFirst = If your recovery key may have been lost or seen, tick the box below: the new encryption key is then also protected by a new recovery key, shown once in the section above.
rotate-newRecovery = Also make a new recovery key
rotate-newRecoveryHint = The old recovery key then opens nothing made from now on. You will have to store the new one, as the first time.
rotate-passphrase = Your passphrase
rotate-submit = Make a new key
rotate-busy = Making a new key…
rotate-progress = { $step } ({ $done } of { $total })
rotate-step-database = Re-encrypting your records
rotate-step-attachments = Re-encrypting your attachments
rotate-step-passphrase_key = Protecting the new key with your passphrase
rotate-step-recovery_key = Protecting the new key with your recovery key
rotate-step-switch = Switching to the new key
rotate-step-done = Finished
rotate-done = Done. All your data is now protected by a new key.

## verify

verify-title = Check the vault
verify-explain = Checks that your records can be read and that nobody altered the history of changes.
verify-submit = Check now
verify-busy = Checking…
verify-entries =
    { $count ->
        [one] { $count } entry in the history of changes.
       *[other] { $count } entries in the history of changes.
    }
verify-ok = Everything is intact.
verify-chainBroken = The history of changes was altered or damaged.
verify-databaseDamaged = The database is damaged.
verify-problems = Problems found:
verify-attachmentsDamaged = Some attachments are missing or were altered.

## backup

backup-title = Backup
backup-explain = A backup is one file that holds everything in this vault: records, their history, attachments and the log of changes. If this computer is taken or breaks, it brings your work back on another computer.
backup-explainKey = A backup opens only with your recovery key, not with your passphrase. Keep the backup and the recovery key apart from this computer, and apart from each other.
backup-never = No backup has been made yet.
backup-last =
    { $count ->
        [0] Last backup: today, { $date }.
        [one] Last backup: { $count } day ago, { $date }.
       *[other] Last backup: { $count } days ago, { $date }.
    }
backup-make = Make a backup…
backup-making = Making the backup…
backup-done = Backup saved in { $path }. Incidents: { $incidents }. Attachments: { $attachments }. Check it now, and keep it somewhere safe.
backup-checkTitle = Check a backup
backup-checkExplain = Opens a backup with the recovery key in a temporary folder and checks every record and attachment in it. This vault is not changed.
backup-choose = Choose a backup…
backup-chosen = Backup file: { $path }
backup-recoveryKey = Recovery key
backup-recoveryHint = The recovery key this vault had when the backup was made.
backup-check = Check the backup
backup-checking = Checking the backup…
backup-checked = The backup is complete and intact. Made on { $date }. Incidents: { $incidents }. Attachments: { $attachments }, each compared with its fingerprint.
backup-step-database = Copying the database
backup-step-files = Writing the backup
backup-step-reading = Reading the backup
backup-step-checking = Checking records and attachments
backup-progress = { $step }: { $percent } %
backup-reminderNever = You have no backup of your records yet. If this computer is taken or breaks, they are lost.
backup-reminderOld =
    { $count ->
        [one] Your last backup is { $count } day old. Records added or changed since then are not in it.
       *[other] Your last backup is { $count } days old. Records added or changed since then are not in it.
    }
backup-reminderAction = Make a backup
restore-title = Restore from a backup
restore-explain = Had Tadamun on another computer? Bring your vault back from a backup file, with the recovery key it had when the backup was made. You will then choose a new passphrase.
restore-start = Restore from a backup…
restore-passphraseIntro = Choose a new passphrase for the restored vault.
restore-passphrase = New passphrase
restore-confirm = Repeat the new passphrase
restore-submit = Restore my vault
restore-needKey = Type the recovery key first.
restore-busy = Restoring and checking your vault…
restore-cancel = Cancel
restore-done = Your vault is back, from the backup made on { $date }. Incidents: { $incidents }. Attachments: { $attachments }. Every check passed.

## erase

erase-title = Danger zone: erase the vault
erase-explain = Erasing destroys the keys that protect your vault. After that, nobody — not you, not anyone who takes this computer, not with your passphrase or your recovery key — can ever open it again. This cannot be undone.
erase-word = ERASE
erase-label = To confirm, type { $word } here
erase-submit = Erase the vault forever
erase-busy = Erasing…
erase-reason = The button works once you have typed { $word } exactly.

## eraseIncomplete

eraseIncomplete-title = Erasing was interrupted
eraseIncomplete-explain = Tadamun stopped while it was erasing this vault. The vault can no longer be opened by anyone. Finish erasing to remove what is left; then you can start a new vault.
eraseIncomplete-submit = Finish erasing
eraseIncomplete-busy = Erasing…

## demo

demo-bannerTitle = DEMO — fictional cases only
demo-bannerText = This is a demonstration vault. Do not record real cases here: its passphrase is public.
demo-bannerPassphrase = Demo passphrase:
demo-leave = To start a real vault, erase the demo in Settings
demo-leaveLocked = To start a real vault, unlock the demo and erase it in Settings → Danger zone.
demo-try = Try a demo vault
demo-tryTitle = Just looking?
demo-tryExplain = A demo vault holds fictional cases so you can see how Tadamun works. Its passphrase is public, so never put real cases in it. You can erase it later and start a real vault.
demo-busy = Making the demo vault…
demo-createdTitle = Your demo vault is ready
demo-createdText =
    { $count ->
        [one] It holds { $count } fictional case. To open it again later, use this passphrase:
       *[other] It holds { $count } fictional cases. To open it again later, use this passphrase:
    }
demo-settingsHint = This is the demo vault. To start a real vault for real cases, erase it below (Danger zone); Tadamun then lets you create a new one.
demo-continue = Show the demo cases

## common

common-cancel = Cancel
common-close = Close
common-remove = Remove
common-any = Any
common-yes = Yes
common-no = No
common-unknown = Unknown
common-notSet = Not set
common-none = None
common-unnamed = (no name)
common-untitled = (untitled)
common-loading = Loading…
common-retry = Try again
common-confidential = Confidential
common-confidentialHint = won't be sent to the State or published
## date

date-approximate = about { $date }
date-invalid = Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-03-12).
date-needs-day = For an exact day, write YYYY-MM-DD, or choose another precision.
date-needs-month = For a month, write YYYY-MM, or choose another precision.
date-needs-year = For a year, write YYYY, or choose another precision.
date-dayOnly = Write the day as YYYY-MM-DD.
date-format = YYYY, YYYY-MM or YYYY-MM-DD
date-precision = How precise

## precision

precision-day = Exact day
precision-month = Month
precision-year = Year
precision-approximate = Approximate

## status

status-draft = Draft
status-verified = Verified
status-submitted = Submitted
status-closed = Closed

## urgency

urgency-routine = Routine
urgency-high = High
urgency-urgent = Urgent

## consentState

consentState-no_people = No people recorded
consentState-missing = Consent missing
consentState-internal_only = Internal only
consentState-complete = Consent recorded

## sort

sort-relevance = Best match (newest first)
sort-updated_desc = Recently changed
sort-date_desc = Newest incidents first
sort-date_asc = Oldest incidents first
sort-number_desc = Highest number first

## kind

kind-person = Person
kind-organisation = Organisation
kind-vessel = Vessel
kind-aircraft = Aircraft
kind-state_body = State body

## placePrecision

placePrecision-exact = Exact place
placePrecision-locality = Town or locality
placePrecision-region = Region
placePrecision-country = Country only

## lawyer

lawyer-yes = Yes
lawyer-no = No
lawyer-unknown = Unknown

## sourceKind

sourceKind-victim_testimony = Victim's testimony
sourceKind-witness_testimony = Witness testimony
sourceKind-document = Document
sourceKind-media = Media report
sourceKind-social_media = Social media
sourceKind-partner_organisation = Partner organisation
sourceKind-other = Other

## reliability

reliability-high = High
reliability-medium = Medium
reliability-low = Low
reliability-unknown = Unknown

## list

list-title = Incidents
list-new = New incident
list-search = Search incidents
list-searchHint = Titles, accounts, names, places, tags and references
list-filters = Filters
list-filtersCount = Filters ({ $count })
list-activeFilters = Active filters
list-chip = { $name }: { $value }
list-removeFilter = Remove filter { $filter }
list-filterType = Type
list-filterCountry = Country
list-filterStatus = Status
list-filterUrgency = Urgency
list-filterConsent = Consent
list-filterUnLink = Linked to UN cooperation
list-filterFrom = From
list-filterTo = To
list-dateBad = Not a date yet: YYYY, YYYY-MM or YYYY-MM-DD.
list-sort = Sort by
list-clear = Clear filters
list-withUnLink = With a UN link
list-withoutUnLink = Without a UN link
list-showing = Showing { $first }–{ $last } of { $total }
list-showingNone = 0 incidents found
list-previous = Previous page
list-next = Next page
list-emptyTitle = No incidents yet
list-emptyText = Record the first reprisal: what happened, to whom, by whom.
list-noMatchTitle = Nothing matches
list-noMatchText = Try other words, or clear the filters.
list-searching = Searching…
list-results = Incidents found
list-number = #{ $number }
list-ongoing = ongoing
list-noDate = No date
list-unLinked = UN link
list-noUnLink = No UN link
list-drafts = Unfinished new incidents
list-draftsHint = These were never saved. Their text is kept encrypted in the vault.
list-draftFrom = { $title } — unsaved, from { $time }
list-draftContinue = Continue
list-draftDiscard = Discard
list-selectIncident = Choose incident #{ $number } for a submission
list-selected =
    { $count ->
        [one] { $count } selected
       *[other] { $count } selected
    }
list-noneSelected = Tick incidents to prepare a submission.
list-selectPage = Tick all on this page
list-clearSelection = Clear the ticks
list-exportOpen = Prepare a submission…

## editor

editor-newTitle = New incident
editor-title = Incident #{ $number }
editor-back = Back to incidents
editor-save = Save
editor-saveShortcut = Ctrl+S
editor-steps = Steps
editor-step-details = Incident
editor-step-people = People & organisations
editor-step-acts = Acts
editor-step-un = UN link
editor-step-consent = Consent
editor-step-sources = Sources
editor-step-evidence = Evidence
editor-step-followup = Follow-up
editor-step-notes = Notes
editor-stepProblems =
    { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
editor-previousStep = Previous step
editor-nextStep = Next step
editor-state-new = Not saved yet
editor-state-clean = No changes
editor-state-dirty = Unsaved changes
editor-state-saving = Saving…
editor-state-saved = Saved (revision { $revision }) at { $time }
editor-state-failed = Not saved — see the message below
editor-state-draftKept = Unsaved changes — kept as a draft at { $time }
editor-loading = Opening the incident…
editor-problemsTitle = Please fix these before saving:
editor-warningsTitle = Still missing for a UN submission
editor-warningsHint = You can save anyway; these only matter when you send the case.
editor-noWarnings = Nothing obvious is missing for a UN submission.
editor-conflictReload = Reload the saved version
editor-draftOffer = You have unsaved changes from { $time }.
editor-draftRestore = Restore unsaved changes
editor-draftDiscard = Discard them
editor-leaveTitle = Leave without saving?
editor-leaveText = Your changes are kept as a draft in the vault, encrypted. You can restore them when you open this incident again.
editor-leaveConfirm = Leave
editor-leaveStay = Stay and keep editing
editor-delete = Delete incident…
editor-history = History
editor-backToEditing = Back to editing
editor-notSavedYet = This incident has no history yet: save it first.
editor-exportThis = Prepare a submission
editor-exportSaveTitle = Save your changes first?
editor-exportSaveText = A submission is made from the saved version of this incident. Save your changes now, then prepare the submission.
editor-exportSaveConfirm = Save and continue

## delete

delete-title = Delete incident #{ $number } for good?
delete-explain = Delete for good: the incident, its revisions and its search entries are destroyed. The audit log keeps only that a deletion happened. People and organisations that appear in no other incident are deleted too.
delete-label = To confirm, type the incident number ({ $number })
delete-submit = Delete for good
delete-busy = Deleting…
delete-done =
    { $revisions ->
        [one] Incident #{ $number } was deleted ({ $revisions } revision destroyed).
       *[other] Incident #{ $number } was deleted ({ $revisions } revisions destroyed).
    }

## details

details-title = What happened
details-titleHint = A short title the team will recognise, e.g. “Rescue ship detained in port”.
details-narrative = What happened, in order
details-narrativeHint = A chronological account: who, what, when, where. Plain words are best.
details-start = Start date
details-end = End date
details-ongoing = Still going on (a detention, a ban, a frozen account)
details-place = Place
details-placeHint = Town, port or address, as precise as is safe.
details-placePrecision = How precise is the place
details-country = Country
details-status = Status
details-urgency = Urgency
details-urgencyHint = Ongoing or imminent harm calls for an urgent appeal.
details-types = Types of acts
details-typesSearch = Find a type
details-typesNone = No type chosen yet.
details-typesNoMatch = No type matches these words.
details-typesChosen = Chosen types
details-removeType = Remove “{ $label }”
details-otherGroup = Other
details-tags = Tags
details-tagsHint = Your team's own labels, separated by commas.
details-currentSituation = Current situation
details-currentSituationHint = Still detained? Account still frozen? Ship still in port?
details-domesticRemedies = Domestic remedies
details-domesticRemediesHint = Appeals or complaints tried and their results, or why they were impossible.

## people

people-title = People & organisations
people-intro = Everyone involved: victims, alleged perpetrators, witnesses, relatives, ships and State bodies.
people-empty = Nobody added yet.
people-add = Add someone
people-addTitle = Add a person, organisation, vessel or State body
people-newTab = Someone new
people-existingTab = Someone already in the vault
people-kind = What is it
people-name = Name
people-nameHint = Full name, ship name or unit name. It stays inside the vault unless consent allows.
people-role = Role in this incident
people-addButton = Add
people-findExisting = Find by name
people-existingNone = Nobody in the vault matches.
people-existingIn = In: { $incidents }
people-pick = Add { $name }
people-remove = Remove from this incident
people-removeTitle = Remove { $name } from this incident?
people-removeText = They will also be taken out of this incident's acts, sources and consent records. Their record stays in the vault if another incident involves them.
people-stateLink = Link to the State
people-involvementDescription = What they did or suffered (for a perpetrator: why they are believed responsible)
people-details = Details
people-hideDetails = Hide details
people-otherNames = Other names and spellings
people-otherNamesHint = Separated by commas. They are hidden like the name when sanitising.
people-gender = Gender (as they describe it)
people-age = Age at the time
people-birthYear = Birth year
people-nationality = Nationality
people-countryOf = Country
people-occupation = Occupation, function or title
people-work = Their human-rights or solidarity work
people-workOrg = Nature and scope of its work
people-flagState = Flag State
people-registration = Registration (IMO number, call sign, aircraft registration)
people-registrationOrg = Registration number
people-contact = Safe contact
people-contactHint = Always confidential: it never leaves the vault except on a cover sheet you ask for.
people-identifiers = Other identifiers
people-identifiersHint = Licence plates, addresses, workplaces, nicknames, account handles — anything that could identify them. They never appear in a report; Tadamun removes them from the text when the person is not named.
people-identifierItem = Identifier { $n }
people-identifierNew = New identifier
people-identifierAdd = Add identifier
people-identifierRemove = Remove
people-identifierRemoveLabel = Remove identifier { $n }: { $text }
people-sharedNote = Changes here apply to this record in every incident that involves it.
## acts

acts-title = Acts
acts-intro = What was done to whom: one entry per act (an arrest, a fine, a ship detained…).
acts-empty = No act recorded yet.
acts-add = Add an act
acts-item = Act { $n }
acts-remove = Remove this act
acts-type = Type of act
acts-chooseType = Choose a type…
acts-victim = Victim
acts-chooseVictim = Choose who…
acts-needPeople = Add the people involved first (step “People & organisations”) to choose a victim.
acts-perpetrators = Alleged perpetrators
acts-noPerpetrators = Nobody else is involved yet.
acts-date = Date
acts-description = What happened
acts-legalBasis = Law, charges or administrative basis invoked
acts-authority = Authority that decided
acts-caseNumber = Case or decision number
acts-detentionPlace = Place of detention
acts-lawyerAccess = Access to a lawyer
acts-proceedingType = Proceedings
acts-proceedingStatus = Stage of the proceedings
acts-fine = Fine (with currency)
acts-vesselDays = Days the vessel or aircraft was held

## un

un-title = Link to cooperation with the UN
un-intro = A reprisal case needs the UN cooperation it answers: which mechanism, what form, when.
un-empty = No UN cooperation recorded yet.
un-add = Add a UN link
un-item = UN link { $n }
un-remove = Remove this link
un-mechanism = UN mechanism
un-chooseMechanism = Choose…
un-body = Which one
un-bodyHint = e.g. “HRC 58”, the name of the Special Rapporteur's mandate, the treaty body.
un-form = Form of cooperation
un-chooseForm = Choose…
un-date = Date
un-reference = Reference
un-referenceHint = Session number, submission title or communication reference.
un-raised = Already raised in an official UN document?
un-raisedReference = Reference of that document or communication

## consent

consent-title = Consent
consent-intro = For each person: what they agreed to, after the risks were explained. Nothing is sent without consent. Each new decision is added to the history; nothing is overwritten.
consent-empty = Add the people involved first (step “People & organisations”).
consent-whoIsAsked = Consent is asked of the people and organisations involved, not of alleged perpetrators, vessels or State bodies.
consent-levelsTitle = What each level allows
consent-level0-title = Level 0 — Internal only
consent-level0-explain = Nothing about this person leaves the vault.
consent-level1-title = Level 1 — UN, de-identified
consent-level1-explain = The facts may go to the UN, with this person under a pseudonym and without anything that identifies them, to show patterns. No name reaches the State.
consent-level2-title = Level 2 — UN may name them to the Government
consent-level2-explain = The UN may name the person to the Government in a confidential communication.
consent-level3-title = Level 3 — UN may publish
consent-level3-explain = The UN may publish the case (communications reports, the annual report), naming the person the way they choose: full name, initials or an anonymous description.
consent-current = In force: Level { $level }
consent-currentDetail = Given on { $date }. Who gave it: { $givenBy }. How: { $method }.
consent-withdrawnOn = Withdrawn on { $date }: nothing about this person leaves the vault.
consent-none = No consent recorded: nothing about this person leaves the vault.
consent-record = Record new consent
consent-recordButton = Add to the consent record
consent-withdraw = Withdraw consent
consent-withdrawTitle = Withdraw { $name }'s consent?
consent-withdrawText = Their current consent will be marked as withdrawn today. From then on, nothing about them leaves the vault. The history keeps what was agreed before.
consent-level = Level
consent-nameForm = How they want to be named in public
consent-chooseNameForm = Choose…
consent-nameForm-full_name = Full name
consent-nameForm-initials = Initials
consent-nameForm-anonymous_description = An anonymous description
consent-anonymousDescription = The description to use
consent-givenBy = Who consented
consent-givenBy-person = The person
consent-givenBy-family = Family
consent-givenBy-legal_representative = Legal representative
consent-risks = The risks were explained before they agreed
consent-date = Date (YYYY-MM-DD)
consent-method = How
consent-method-oral = Oral
consent-method-written = Written
consent-recordedBy = Recorded by
consent-purpose = The use it covers (in their words if possible)
consent-concern-risks = The risks were not explained. Consent given without knowing the risks is not informed consent.
consent-concern-nameForm = For level 3, choose how they want to be named.
consent-concern-description = Write the anonymous description they chose.
consent-concern-date = Write the date as YYYY-MM-DD.
consent-history = History
consent-historyItem = { $date }: Level { $level } — who gave it: { $givenBy }; how: { $method }
consent-historyWithdrawn = withdrawn on { $date }
consent-recorded = Consent recorded. Save the incident to keep it.
consent-submitterNote = Whatever the level, who submitted the information stays confidential.
consent-noneConfirmed = No confirmed consent: nothing about this person leaves the vault.
consent-unconfirmedTitle = Imported consent, not confirmed
consent-unconfirmedItem = { $date }: Level { $level } — who gave it: { $givenBy }; how: { $method } — in an imported file
consent-unconfirmedWarning = This consent came in an imported file, and this vault already knew this person. It does not count — nothing about them leaves the vault on its strength — until you confirm it with them.
consent-confirmImported = I confirmed this with them
consent-confirmedImported = Confirmed. Save the incident to keep it.
consent-historyUnconfirmed = imported, not confirmed: it does not count
consent-concern-older = This date is before the consent now in force, so this record only joins the history: it does not replace what is in force.

## sources

sources-title = Sources
sources-intro = How the information was obtained. Sources are never sent with the case body.
sources-empty = No source recorded yet.
sources-add = Add a source
sources-item = Source { $n }
sources-remove = Remove this source
sources-kind = Kind of source
sources-description = What the source is and what it says
sources-actor = Who is the source
sources-noActor = Not one of the people listed
sources-reliability = How reliable
sources-obtainedOn = Obtained on (YYYY-MM-DD)

## followup

followup-title = Follow-up
followup-intro = Where the case was sent, what came back, and what to do next.
followup-empty = Not sent anywhere yet.
followup-add = Add a submission
followup-item = Submission { $n }
followup-remove = Remove this submission
followup-recipient = Sent to
followup-recipientHint = e.g. OHCHR reprisals team, Special Rapporteur on human rights defenders.
followup-dateSent = Sent on (YYYY-MM-DD)
followup-reference = Reference
followup-responseReceived = Response received on (YYYY-MM-DD)
followup-responseSummary = What the response said
followup-nextStep = Next step
followup-nextStepDue = Next step due (YYYY-MM-DD)
followup-overdue = Overdue
followup-files =
    { $count ->
        [one] { $count } file sent (fingerprint recorded)
       *[other] { $count } files sent (fingerprints recorded)
    }

## notes

notes-title = Internal notes
notes-never = Never exported. These notes stay in the vault whatever you send, to whomever.
notes-label = Notes for the team

## history

history-title = History of incident #{ $number }
history-intro = Every save is kept. Look at an earlier version, or compare it with the current one.
history-loading = Loading the history…
history-empty = No saved revision yet.
history-revision = Revision { $revision }
history-current = current
history-view = View
history-viewLabel = View revision { $revision }
history-compare = Compare with current
history-compareFrom = Compare revision
history-compareTo = with revision
history-compareRun = Show the changes
history-viewTitle = Revision { $revision }, saved { $time } (read only)
history-changesTitle = Changes from revision { $older } to revision { $newer }
history-noChanges = No differences.
history-before = Before
history-after = After
history-empty_value = (empty)
history-people = People & organisations

## audit

audit-title = Audit log
audit-intro = The log records what happened, never the contents.
audit-loading = Loading the log…
audit-empty = Nothing recorded yet.
audit-when = When
audit-what = What happened
audit-details = Details
audit-seq = #
audit-more = Show older entries
audit-event-vault_created = Vault created
audit-event-unlocked = Vault unlocked
audit-event-passphrase_changed = Passphrase changed
audit-event-passphrase_reset_with_recovery_key = Passphrase reset with the recovery key
audit-event-recovery_key_replaced = New recovery key made (the old one no longer opens the vault)
audit-event-key_rotated = New encryption key made
audit-event-key_rotation_finished = New encryption key in use
audit-event-key_rotation_rolled_back = New encryption key abandoned (interrupted)
audit-event-setting_changed = Setting changed
audit-event-incident_created = Incident created
audit-event-incident_updated = Incident changed
audit-event-incident_deleted = Incident deleted
audit-event-demo_cases_loaded = Fictional demo cases loaded
audit-event-evidence_imported = Attachment added
audit-event-evidence_deleted = Attachment deleted
audit-event-evidence_copy_exported = Copy of an attachment saved outside the vault
audit-event-export_written = Report exported
audit-event-backup_made = Backup made
audit-event-vault_restored = Vault restored from a backup
audit-event-leftover_files_removed = Leftover files of an unfinished change removed

## warning

warning-no_un_link = No link to cooperation with the UN is recorded.
warning-no_consent = Consent is missing for someone involved.
warning-no_country = The country is not set.
warning-no_date = The date is not set.
warning-date_imprecise = The UN asks for at least the month and the year.
warning-no_type = No type of act is chosen.
warning-no_victim = No victim is recorded.
warning-un_raised_unknown = Say whether the case was already raised in an official UN document.
warning-risks_not_explained = Consent was recorded without the risks being explained.
warning-consent_revoked = Someone withdrew their consent.
warning-consent_unconfirmed = Consent that came in an imported file does not count until it is confirmed on the Consent step.
warning-no_consent-person = No consent is recorded for { $who }: nothing about them can leave the vault.
warning-consent_revoked-person = { $who } withdrew consent: nothing about them can leave the vault.
warning-risks_not_explained-person = The consent of { $who } was recorded without the risks being explained. Explain them and record consent again.
warning-consent_unconfirmed-person = Consent for { $who } came in an imported file, and this vault already knew them: it does not count until you confirm it on the Consent step.

## problem

problem-required = This is required.
problem-required-name = A name is needed. For someone whose name you do not know, write a description such as “unidentified officer”.
problem-required-title = Give the incident a short title.
problem-required-tags = A tag cannot be empty.
problem-too_long = This text is too long ({ $len } characters; at most { $max }).
problem-too_many = This list has { $count } entries; at most { $max } are allowed.
problem-control_characters = This text contains invisible control characters. Remove them and save again.
problem-invalid_id = An identifier must be 1 to 64 letters, digits, “-” or “_”.
problem-invalid_date = “{ $value }” is not a date. Write YYYY-MM-DD, YYYY-MM or YYYY (between 1900 and 2100).
problem-date_precision_mismatch = The date does not match its precision: a day needs YYYY-MM-DD, a month YYYY-MM, a year YYYY.
problem-end_before_start = The end date is before the start date.
problem-ongoing_with_end = An ongoing incident has no end date: untick “Still going on” or clear the end date.
problem-unknown_country = “{ $value }” is not a country code. Choose a country from the list.
problem-unknown_term = “{ $value }” is not in the list. Choose a value from the list.
problem-not_involved = Consent can be recorded only for someone involved in this incident.
problem-unknown_actor = This person or organisation is not in the vault.
problem-duplicate = This appears twice.
problem-duplicate-types = This type is listed twice.
problem-duplicate-role = This person or organisation already has this role in the incident.
problem-duplicate-id = Two people or organisations have the same identifier.
problem-not_applicable = This does not apply here.
problem-not_applicable-flag_state = Only a vessel or an aircraft has a flag State.
problem-not_applicable-kind = Age, birth year and gender are for persons only.
problem-not_applicable-state_link = A link to the State is recorded only for an alleged perpetrator.
problem-out_of_range = This value is out of range.
problem-out_of_range-age = An age must be between 0 and 130.
problem-out_of_range-birth_year = A birth year must be between 1890 and 2100.
problem-out_of_range-level = Consent levels are 0, 1, 2 and 3.

## field

field-title = Title
field-narrative = Account
field-start = Start date
field-end = End date
field-ongoing = Still going on
field-place = Place
field-country = Country
field-status = Status
field-urgency = Urgency
field-types = Types of acts
field-tags = Tags
field-current_situation = Current situation
field-domestic_remedies = Domestic remedies
field-internal_notes = Internal notes
field-un_raised = Already raised by the UN
field-un_raised_reference = UN document reference
field-confidential = Confidential fields
field-created_at = Created
field-updated_at = Last saved
field-date = Date
field-precision = Precision
field-name = Name
field-actor_id = Who
field-role = Role
field-state_link = Link to the State
field-description = Description
field-type = Type
field-victim_id = Victim
field-perpetrator_ids = Alleged perpetrators
field-legal_basis = Legal basis
field-authority = Authority
field-case_number = Case number
field-detention_place = Place of detention
field-lawyer_access = Access to a lawyer
field-proceeding_type = Proceedings
field-proceeding_status = Stage of proceedings
field-fine = Fine
field-vessel_detention_days = Days held
field-mechanism = UN mechanism
field-body = Which body
field-form = Form of cooperation
field-reference = Reference
field-level = Consent level
field-name_form = Name form
field-anonymous_description = Anonymous description
field-given_by = Given by
field-risks_explained = Risks explained
field-method = Method
field-recorded_by = Recorded by
field-purpose = Purpose
field-revoked_at = Withdrawn on
field-kind = Kind
field-reliability = Reliability
field-obtained_on = Obtained on
field-recipient = Sent to
field-date_sent = Sent on
field-response_received = Response received
field-response_summary = Response
field-next_step = Next step
field-next_step_due = Next step due
field-file_hashes = Files sent
field-other_names = Other names
field-gender = Gender
field-age = Age
field-birth_year = Birth year
field-nationality = Nationality
field-occupation = Occupation
field-work = Work
field-flag_state = Flag State
field-registration = Registration
field-contact = Contact
field-identifiers = Other identifiers
field-unconfirmed_import = Imported, not yet confirmed

## item

item-involvements = Person or organisation { $n }
item-acts = Act { $n }
item-un_links = UN link { $n }
item-consent = Consent record { $n }
item-sources = Source { $n }
item-submissions = Submission { $n }
item-actors = Person or organisation { $n }

## size

size-bytes = { $size } B
size-kib = { $size } KiB
size-mib = { $size } MiB
size-gib = { $size } GiB
size-tib = { $size } TiB

## evidence

evidence-title = Evidence
evidence-intro = Photos, documents and recordings about this incident. They are encrypted inside the vault; the original files on this computer are not changed or deleted.
evidence-saveFirst = Save the incident first, then attach files.
evidence-attach = Attach files…
evidence-dropHint = or drop files anywhere on this window.
evidence-importedByLabel = Imported by
evidence-importedByHint = Your name or initials. Remembered until the vault locks, never stored elsewhere.
evidence-loading = Loading the attachments…
evidence-empty = No evidence attached yet.
evidence-listLabel = Attachments
evidence-count =
    { $count ->
        [one] { $count } attachment
       *[other] { $count } attachments
    }
evidence-busy = Wait until the current import has finished, then try again.
evidence-openIncidentFirst = Open an incident to attach files.
evidence-droppedSaveFirst = Save the incident first, then attach files. The dropped files were not attached.
evidence-progressLabel = Import progress
evidence-progressFile = Encrypting { $name }
evidence-progressCount = File { $n } of { $m }
evidence-progressBytes = { $done } of { $total }
evidence-progressSpeed = { $speed }/s, { $time } left
evidence-progressEstimating = Estimating the time left…
evidence-progressStarting = Starting…
evidence-cancel = Cancel import
evidence-cancelling = Cancelling…
evidence-timeFewSeconds = a few seconds
evidence-timeSeconds =
    { $count ->
        [one] about { $count } second
       *[other] about { $count } seconds
    }
evidence-timeMinutes =
    { $count ->
        [one] about { $count } minute
       *[other] about { $count } minutes
    }
evidence-timeHours = about { $hours } h { $minutes } min
evidence-summaryAll =
    { $count ->
        [one] { $count } file attached.
       *[other] { $count } files attached.
    }
evidence-summarySome =
    { $count ->
        [one] { $count } of { $files } files attached.
       *[other] { $count } of { $files } files attached.
    }
evidence-summaryCancelled =
    { $count ->
        [one] Import cancelled. { $count } file was attached before that.
       *[other] Import cancelled. { $count } files were attached before that.
    }
evidence-outcomeFailed = { $name }: not attached. { $reason }
evidence-outcomeSkipped = { $name }: skipped (import cancelled).
evidence-outcomeAlready = { $name }: already attached to this incident. Nothing was added.
evidence-outcomeDuplicate = { $name }: same content as another attachment in the vault. It is stored once and linked here.
evidence-failedUnknown = The reason is unknown.
evidence-originalsTitle = The original files are still on this computer
evidence-originalsText = { $names }: the vault now holds an encrypted copy, but the original is still where it was, and the desktop may keep small pictures of it. Anyone who opens this computer can find them. Remove them unless you need them elsewhere.
evidence-removeOriginals = Remove the originals from this computer
evidence-keepOriginals = Keep them
evidence-originalsRemoved =
    { $count ->
        [one] The original was removed ({ $count } file), with the desktop's small pictures of it.
       *[other] The originals were removed ({ $count } files), with the desktop's small pictures of them.
    }
evidence-originalsFailed = These originals could not be removed: { $names }. Remove them by hand.
evidence-dismissSummary = Dismiss
evidence-kind-image = Image
evidence-kind-pdf = PDF
evidence-kind-video = Video
evidence-kind-audio = Audio
evidence-kind-document = Document
evidence-kind-archive = Archive
evidence-kind-other = File
evidence-imageAlt = Image attachment
evidence-mediaType = Type
evidence-size = Size
evidence-sha256 = SHA-256 fingerprint
evidence-sha256Hint = Proves the file was not altered since it was imported.
evidence-copyHash = Copy
evidence-hashCopied = Fingerprint copied.
evidence-importedAt = Imported
evidence-importedOnBy = { $time } by { $who }
evidence-importedOn = { $time }
evidence-originalName = Original file name
evidence-originalNameConfidential = Confidential: never exported.
evidence-metaFound = Found in the file:
evidence-metaKept = Kept inside the vault; never exported unless you choose.
evidence-metaNone = No capture details (time, place, device) were found in the file.
evidence-metaTaken = Taken { $time }
evidence-metaLocation = At latitude { $lat }, longitude { $lon }
evidence-metaDevice = Device: { $device }
evidence-metaDimensions = { $width } × { $height } pixels
evidence-metaGpsWarning = This file records where it was taken. Anyone with an exact copy can see that place.
evidence-description = What it shows
evidence-descriptionHint = Saved when you leave the field or press Enter.
evidence-descriptionSaved = Description saved.
evidence-shareable = May be shared (a metadata-free copy only)
evidence-shareableOn = May be shared: only a copy without metadata ever leaves the vault.
evidence-shareableOff = Kept in the vault only.
evidence-notShareable = This kind of file cannot be shared, only kept in the vault.
evidence-pdfNoPreview = PDFs cannot be shown here yet; save a decrypted copy to open it.
evidence-view = View
evidence-saveSanitised = Save a copy without metadata…
evidence-saveDecrypted = Save a decrypted copy…
evidence-delete = Delete…
evidence-actionsFor = Actions for this attachment
evidence-savedSanitised = A copy without metadata was saved. It is not encrypted.
evidence-savedDecrypted = A decrypted copy was saved. It is not encrypted and keeps all metadata: delete it when done.
evidence-decryptedTitle = Save a decrypted copy?
evidence-decryptedWarning = This copy is NOT encrypted and keeps all metadata (GPS, device). Delete it when done.
evidence-decryptedConfirm = Choose where to save…
evidence-deleteTitle = Delete this attachment?
evidence-deleteText = Its encrypted file is destroyed. Its description and metadata go with it.
evidence-deleteConfirm = Delete the attachment
evidence-deleted = The attachment was deleted.
evidence-previewTitle = Preview
evidence-previewLoading = Decrypting the image…
evidence-previewFailed = This image cannot be shown.


## recipient

recipient-ohchr-reprisals-name = OHCHR reprisals team
recipient-ohchr-reprisals-about = A confidential case for OHCHR's team on intimidation and reprisals for cooperation with the UN. OHCHR may raise it with the Government, so only people who agreed to be named to the Government (level 2 or 3) are named; people at level 1 appear as a pseudonym with their role.
recipient-special-procedures-name = Special Procedures communication
recipient-special-procedures-about = A communication to one or more Special Procedures mandates, which may transmit it to the Government. Only people at consent level 2 or 3 are named; level 1 appears as a pseudonym. Special Procedures accept English, French and Spanish.
recipient-sg-report-name = Contribution to the Secretary-General's annual report on reprisals
recipient-sg-report-about = Information for the Secretary-General's public annual report on cooperation with the UN. The report is published: people are named only at consent level 3, in the form they chose (full name, initials or an anonymous description); others appear as a pseudonym, and then the case's place is given only to the region and its dates to the month, so that a town and a day cannot point to them. Each case needs a link to UN cooperation, consent given after the risks were explained, and an answer to whether the UN already raised it.
recipient-legal-team-name = Legal team (inside the organisation)
recipient-legal-team-about = Full detail for the lawyers of your own organisation: everyone who consented to any use beyond the vault (level 1 or more) is named, including people who agreed only to de-identified use by the UN (the preview warns for each: keep the file inside your organisation and send it encrypted); confidential fields are kept and marked, places and dates are exact. People at level 0 or without consent still do not appear. Contact details go on the cover sheet.
recipient-public-summary-name = Public summary
recipient-public-summary-about = A summary anyone may read. Only people who agreed to publication (consent level 3) appear, as they chose: full name, initials or an anonymous description. A case is left out unless every victim agreed. Places are given to the region, dates to the month, and no attachments or confidential fields are included.

## finding
# What the export preview asks the person to fix (blockers) or to know (warnings). Values:
# { $who } a person's name, { $roles } their roles, { $why } why they do not appear,
# { $scripts } writing systems, { $languages } languages, { $recipient } a recipient.

finding-no_victim = No victim is recorded. Add the person or organisation targeted, on the People step.
finding-no_victim_work = The victim's human-rights or solidarity work is not described (People step, “Their work”). UN mechanisms ask how it connects to what happened.
finding-no_un_link = No cooperation with the UN is linked. Reprisal mechanisms act on reprisals for cooperation with the UN: add the link on the UN step.
finding-no_date = No date is recorded. Give at least the month and year.
finding-no_country = No country is recorded.
finding-no_account = The account of what happened is empty.
finding-date_year_only = The date is known only to the year; UN mechanisms ask for at least the month.
finding-un_raised_unknown = Say whether the UN already raised this case in an official document (UN step).
finding-no_perpetrator = No alleged perpetrator is recorded. Name the institution or unit where it is known.
finding-risks_not_explained = { $who }'s consent was recorded without the risks being explained. The Secretary-General's report needs consent given after the risks were explained.
finding-outside_period = This case started outside the reporting period. It may still be included if it continued into the period; say so in the account.
finding-no_mandate = No Special Procedures mandate is named. Name the mandate or mandates you are writing to (for example, the Special Rapporteur on the situation of human rights defenders).
finding-no_submitter = The submitter is not filled in. UN mechanisms do not consider anonymous communications: give a name and a secure contact for the confidential cover sheet.
finding-nothing_to_export = No case can be exported to this recipient: every chosen case was left out (the reason for each is listed with it).
finding-not_a_working_language = { $recipient } works in { $languages }. A report in another language may wait for translation: write it in one of those if you can.
finding-name_script_missing = The text of this case is partly in { $scripts } script, but { $who } has no spelling in it. Tadamun can only withhold spellings it knows: add theirs under “Other names and spellings” (People step), or check the preview line by line.
finding-named_at_level_1 = { $who } agreed only to de-identified use by the UN (level 1). This file names them because it is for your own legal team: keep it inside your organisation and send it encrypted.
finding-no_name_form = { $who } agreed to publication but not how to be named (full name, initials or a description): they appear as a pseudonym.
finding-person_left_out = { $who } ({ $roles }) does not appear because { $why }. If they agreed to more, record it on the Consent step.

## why
# Why a person does not appear in a report ({ $why } above); { $level } is a consent level.

export-why-no_consent = no consent is recorded
export-why-consent_withdrawn = consent was withdrawn
export-why-consent_level = their consent is level { $level }

## note
# What the preview says was changed or left out of a case.

note-name_in_text = { $who }: name replaced in the text
note-name_in_text_other_case = Someone recorded in another case: name replaced in the text
note-confidential_field = Left out, marked confidential: { $field }
note-coarsened = Made less precise: { $field } (given to the { $precision })
note-acts_left_out =
    { $count ->
        [one] Left out: { $count } act done to or by someone who does not appear, with all its details (date, description, authority, case number, place)
       *[other] Left out: { $count } acts done to or by someone who does not appear, with all their details (date, description, authority, case number, place)
    }
note-identifying_act_details_left_out =
    { $count ->
        [one] Left out: the case number and place of detention of { $count } act concerning someone who is not named (they would identify them)
       *[other] Left out: the case number and place of detention of { $count } acts concerning someone who is not named (they would identify them)
    }
note-sources_left_out =
    { $count ->
        [one] Left out of the cover sheet: { $count } source who does not appear in the report
       *[other] Left out of the cover sheet: { $count } sources who do not appear in the report
    }
note-attachment_not_for_recipient = Left out: an attachment (this recipient gets no attachments)
note-attachment_not_shareable = Left out: an attachment not marked shareable
note-attachment_not_cleanable = Left out: an attachment that cannot be cleaned of metadata
note-internal_notes_left_out = Left out: internal notes (never exported)
note-name_confidential = { $who }'s name is marked confidential, so a pseudonym is used.
note-person_removed = { $who } ({ $roles }) does not appear: { $why }.
note-perpetrator_not_named = { $who } — individual alleged perpetrators are not named to this recipient
note-pseudonymised = { $who } — name withheld: consent level { $level }
note-named_as_chosen = { $who } — named as they chose for publication
leftOut-victim_left_out = { $who } is a victim and { $why }: the case is not sent to this recipient.

## field
# Parts of a case named in the notes ({ $field } above) and how precise a date became.

export-field-act_date = an act's date
export-field-act_description = an act's description
export-field-authority = an authority
export-field-case_number = a case number
export-field-detention_place = a place of detention
export-field-account = the account
export-field-current_situation = the current situation
export-field-domestic_remedies = domestic remedies
export-field-place = the place
export-field-start_date = the start date
export-field-end_date = the end date
export-field-un_cooperation_date = a date of cooperation with the UN
export-field-name = a name
export-field-gender = gender
export-field-occupation = occupation
export-field-work = their work
export-field-registration = a registration
export-precision-month = month
export-precision-year = year
export-precision-day = day
export-precision-country = country only

## file
# The files an export writes, and what they contain.

export-file-report_docx = The submission, as an editable Word document
export-file-report_pdf = The submission, as a PDF
export-file-report_json = The submission as data (JSON, documented format)
export-file-report_csv = One row per case (CSV)
export-file-report_uwazi_csv = One row per case for Uwazi's CSV import
export-file-cover_docx = Confidential cover sheet: the submitter, contacts and sources. Send it separately; never to the State.
export-file-cover_pdf = Confidential cover sheet: the submitter, contacts and sources. Send it separately; never to the State.
export-file-cover_json = Confidential cover sheet: the submitter, contacts and sources. Send it separately; never to the State.
export-file-attachment = Attachment of case { $case }, copied without metadata
export-file-checksums = The SHA-256 of every file, to check nothing changed on the way
export-content-recipient = the recipient
export-content-language = the language
export-content-reporting_period = the reporting period
export-content-victims = victims
export-content-victim_work = the victims' human-rights or solidarity work
export-content-un_link = the link to cooperation with the UN
export-content-dates_place_account = dates, place and the account
export-content-act_types = acts and their types
export-content-perpetrators = alleged perpetrators
export-content-legal_basis = legal basis, authorities and case numbers
export-content-detention = detention
export-content-domestic_remedies = domestic remedies
export-content-consent = consent
export-content-already_raised = whether the UN already raised it
export-content-urgency = urgency
export-content-sea_rescue = vessels, aircraft, fines and days held
export-content-supporting_documents = attachments (copies without metadata)
export-content-submitter = the submitter
export-content-contacts = how to reach the people named in the report
export-content-sources = sources

## export

export-title = Prepare a submission
export-intro = Choose who receives it, check exactly what will leave this device, then write the files to a folder. Nothing is sent over the internet.
export-back = Back to incidents
export-incidents =
    { $count ->
        [one] { $count } incident in this submission
       *[other] { $count } incidents in this submission
    }
export-incidentItem = #{ $number } { $title }
export-removeIncident = Take out
export-removeIncidentLabel = Take incident #{ $number } out of this submission
export-noIncidents = No incident is left in this submission. Go back to the list and tick the incidents to send.
export-loadingProfiles = Loading the recipients…
export-step-recipient = 1. Who will receive it
export-step-options = 2. Language, formats and details
export-step-preview = 3. Check what will leave this device
export-step-write = 4. Write the files
export-recipients = Recipient
export-naming = People are named from consent level { $named }; people at lower levels appear as a pseudonym (from level { $included }) or not at all.
export-namingOnly = People are named from consent level { $named }; people at lower levels do not appear at all.
export-withAttachments = Shareable attachments go with it, as copies without metadata.
export-withCoverSheet = Who submits goes on a separate confidential cover sheet.
export-chooseRecipientFirst = Choose who will receive it to see the choices for it.
export-language = Language of the report
export-languageName-en = English
export-languageName-fr = Français
export-languageName-es = Español
export-languageName-ar = العربية
export-languageName-ru = Русский
export-languageName-zh = 中文
export-workingLanguage = { $language } — a working language of this recipient
export-notWorkingLanguage = This recipient works in { $languages }. A report in another language is written, but may wait for translation before anyone reads it.
export-formats = Formats
export-format-docx = Word document (.docx)
export-format-pdf = PDF
export-format-json = Structured data (JSON)
export-format-csv = Spreadsheet (CSV)
export-format-uwazi_csv = Uwazi import (CSV)
export-mandates = Mandates addressed (one per line)
export-mandatesHint = For example: Special Rapporteur on the situation of human rights defenders.
export-period = Reporting period
export-periodFrom = From
export-periodTo = To
export-submitter = Who is submitting
export-submitterNote = These go only on a separate confidential cover sheet, never in the report.
export-submitterName = Name
export-submitterOrganisation = Organisation
export-submitterContact = A safe way to reach you
export-submitterContactHint = A Signal number, a secure email address…
export-submitterRelation = Your relation to the victim(s)
export-submitterRelationHint = The victim, family, lawyer, organisation…
export-samePseudonym = Use the same pseudonym for a person in every case
export-samePseudonymHint = Off: each case has its own Person A, B… so a reader cannot link cases. On: a person keeps one pseudonym across the report, which lets the reader connect the cases.
export-previewButton = Show what will leave this device
export-previewBusy = Preparing the preview…
export-needRecipient = Choose who will receive it first.
export-needIncidents = No incident is chosen.
export-needFormat = Tick at least one format.
export-previewStale = You changed a choice above. Show what will leave this device again before writing the files.
export-previewTitle = What will leave this device
export-previewCases =
    { $count ->
        [one] { $count } case will be in the report for { $recipient }.
       *[other] { $count } cases will be in the report for { $recipient }.
    }
export-blockersTitle = Must be fixed before anything can be written
export-blockersExplain = Nothing can be exported while these remain. Fix them in the incidents, then show the preview again.
export-findingCase = Case { $case }: { $message }
export-noteCase = Case { $case }:
export-warningsTitle = Worth knowing before you send it
export-leftOutTitle = Left out of this submission
export-leftOutItem = #{ $number } { $title } — { $reason }
export-notesTitle = What was removed or changed
export-notesNone = Nothing was removed or changed.
export-documentTitle = The report, as the recipient will read it ({ $recipient })
export-documentHint = Marked words were pseudonymised, withheld or changed (see the list above).
export-documentEmpty = The report is empty.
export-coverTitle = Confidential cover sheet — a separate file
export-coverHint = Written as its own file, so the report can be passed on without it.
export-filesTitle = Files that will be written
export-confidentialTag = confidential
export-fileContains = Contains: { $contents }
export-fieldLabel = { $label }:
export-folder = Folder to write into
export-folderHint = A folder on this computer or on a USB stick, chosen in the folder dialog (Tadamun writes only where you chose).
export-noFolderYet = No folder chosen yet
export-chooseFolder = Choose folder…
export-keys = Encrypt for the recipient (optional): their age public key(s), one per line, starting with age1…
export-keysHint = Then only the holder of the matching secret key can open the files.
export-keysChecking = Checking the keys…
export-run =
    { $count ->
        [one] Export { $count } file
       *[other] Export { $count } files
    }
export-runEncrypted =
    { $count ->
        [one] Export { $count } file, encrypted for the recipient
       *[other] Export { $count } files, encrypted for the recipient
    }
export-runNoPreview = Export
export-running = Writing the files…
export-needPreview = First show what will leave this device (step 3).
export-previewAgain = A choice changed since the preview: show what will leave this device again (step 3).
export-blocked = Nothing can be exported while there are problems to fix (see step 3).
export-needFolder = Choose the folder to write into.
export-fixKeys = Fix the encryption keys, or leave the field empty.
export-progressLabel = Export progress
export-progressStarting = Starting…
export-progressStep = { $stage } ({ $done } of { $total })
export-done =
    { $count ->
        [one] Exported { $count } case to { $dir }
       *[other] Exported { $count } cases to { $dir }
    }
export-writtenFiles = Files written
export-writtenHash = SHA-256 { $hash }…
export-writtenEncrypted = (encrypted)
export-doneNote = SHA256SUMS lists the hash of every file. The export was recorded on each case as a submission.
export-again = Prepare another submission

## error

error-wrong_passphrase = That passphrase did not open the vault (or the vault is damaged). Check for typing mistakes and Caps Lock, then try again.
error-wrong_recovery_key = That recovery key did not open the vault (or the vault is damaged). Check each character, then try again.
error-key_file_damaged = A key file of the vault is damaged. If you have your recovery key, try unlocking with it.
error-database_damaged = The vault's records are damaged and cannot be read.
error-vault_not_found = The vault was not found where Tadamun expected it.
error-vault_exists = A vault already exists in this folder.
error-newer_format = This vault was made by a newer version of Tadamun. Install the newer version to open it.
error-disk_full = The disk is full. Free some space, then try again.
error-weak_passphrase = That passphrase is too weak. Choose a longer one.
error-locked = The vault is locked. Unlock it, then try again.
error-erase_incomplete = The vault was being erased and can no longer be opened.
error-in_use = The vault is already in use by another Tadamun window. Close it, then try again.
error-invalid_input = Something typed here is not valid. Check it, then try again.
error-invalid_record = Some fields need fixing before the incident can be saved. Nothing was saved yet.
error-record_not_found = This record no longer exists in the vault. It may have been deleted.
error-conflict = This incident was changed and saved elsewhere since you opened it. Your changes are kept as a draft; reload the incident to see the newer version.
error-cancelled = Cancelled. Nothing was kept from this file.
error-evidence_damaged = This attachment's encrypted file is missing or was altered. Run “Check the vault” in Settings.
error-not_shareable = This file cannot be copied without its metadata.
error-io = Tadamun could not read or write one of its files.
error-unknown = Something went wrong.
error-technicalDetails = Technical details (for whoever helps you)
error-not_shareable-pdf = PDF files can carry the author, the editing history and embedded files, and Tadamun cannot yet remove them provably. Share a photo or screenshot of the pages instead, or keep the PDF internal.
error-not_shareable-video = Videos carry device, time and place metadata that Tadamun cannot yet remove provably. Keep the video internal.
error-not_shareable-heic = HEIC and AVIF photos cannot be decoded safely here. Convert the photo to JPEG on the phone or computer, attach the JPEG, and share that.
error-not_shareable-office = Office documents carry the author, the editing history and comments, which Tadamun cannot remove provably. Keep the document internal, or share an image of it.
error-not_shareable-other = Tadamun can make clean copies of JPEG, PNG and WebP images only. This file cannot be shared.
error-invalid_input-no_format = Choose at least one format (DOCX, PDF, JSON, CSV or Uwazi CSV).
error-invalid_input-secret_key_given = That is a secret key (AGE-SECRET-KEY-…), not a public key. Never share it. Ask the recipient for their public key, which starts with age1…
error-invalid_input-not_a_public_key = “{ $key }…” is not an age public key. Public keys start with age1 and are 62 characters long; ask the recipient to send theirs again.
error-invalid_input-encrypt_failed = Tadamun could not encrypt for those keys. Check them with the recipient.
error-invalid_input-folder_not_empty = The folder { $folder } already holds { $files }. Choose an empty folder; nothing was overwritten.
error-invalid_input-folder_has_link = “{ $folder }” in the chosen folder is a link to another place, and Tadamun does not write through links. Choose an empty folder. Nothing was kept.
error-invalid_input-blockers_remain = Nothing was written. Fix what the preview lists first.
error-invalid_input-could_not_write = Tadamun could not write { $name }. Nothing was written.
error-invalid_input-unknown_language = A report cannot be written in “{ $language }”. Choose one of the six UN languages.
error-invalid_input-no_incident_chosen = Choose at least one incident to export.
error-invalid_input-bad_period = The reporting period needs two dates (YYYY-MM-DD), the first before the second.
error-invalid_input-not_a_recovery_key = This is not a recovery key. A recovery key starts with AGE-SECRET-KEY-1 followed by 58 letters and digits.
error-invalid_input-current_passphrase_needed = Type your current passphrase. To set a new one without it, unlock the vault with your recovery key first.
error-invalid_input-rotation_unfinished = An earlier key change is not finished yet. Free some disk space, lock and unlock the vault (that finishes it), then try again.
error-invalid_input-backup_damaged = This backup is damaged or incomplete. Nothing was restored. Try another copy of the backup.
error-invalid_input-backup_wrong_key = This recovery key does not open this backup. A backup opens with the recovery key the vault had when the backup was made: if you made a new recovery key since, use the old one.
error-invalid_input-not_a_backup = This file is not a Tadamun backup.
error-invalid_input-backup_not_found = The backup file { $path } is not there any more. Choose it again.
error-invalid_input-backup_newer_format = This backup was made by a newer version of Tadamun. Install the newest version, then restore it.
error-invalid_input-backup_file_exists = { $path } already exists. Choose another name, or remove it first.
error-invalid_input-backup_target_is_folder = { $path } is a folder. Give a file name for the backup.
error-invalid_input-backup_inside_vault = A backup inside the vault's own folder is lost with it. Save it somewhere else: a USB stick, or another disk.
error-invalid_input-backup_attachment_missing = An attachment's file is missing from the vault, so the backup would be incomplete. Run “Check now” to see which, then make the backup again.
error-invalid_input-backup_vault_changed = The vault changed while the backup was being made. Make it again.
error-invalid_input-restore_folder_not_empty = { $path } is not empty. Restore into a new folder, or an empty one.
error-invalid_input-too_large_to_show = This file is too large to show inside Tadamun ({ $mib } MiB). Save a decrypted copy instead.
error-invalid_input-image_unreadable = This image cannot be read, so no clean copy can be made.
error-invalid_input-clean_copy_failed = The clean copy could not be made.
error-invalid_input-original_not_removed = The original { $file } cannot be removed.
error-invalid_input-original_not_a_file = { $file } is not a plain file, so Tadamun leaves it alone.
error-invalid_input-description_too_long = This description is too long.
error-invalid_input-cannot_be_shared = This file cannot be shared.
error-invalid_input-file_not_found = The file “{ $name }” was not found. Nothing was imported.
error-invalid_input-file_not_readable = Tadamun may not read “{ $name }”. Nothing was imported.
error-invalid_input-not_a_file = “{ $name }” is not a file (a folder or a device). Nothing was imported.
