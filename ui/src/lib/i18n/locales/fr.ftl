### Tadamun — French (fr) user interface.
### Register: formal "vous" throughout; neutral wording where possible (no point médian).
### Translated from en.ftl (same ids, same order). Terminology: ui/src/lib/i18n/glossary/fr.md.
### Typography: « » with no-break spaces inside; no-break space before : and narrow no-break
### space before ; ? ! ; typographic apostrophe ’.

## app

app-name = Tadamun
app-loading = Ouverture de Tadamun…
app-startupFailed = Tadamun n’a pas pu accéder au dossier de son coffre-fort.
app-retry = Réessayer
app-skipToContent = Aller au contenu principal

## state

state-label = État du coffre-fort
state-locked = Verrouillé
state-unlocked = Déverrouillé

## nav

nav-label = Menu principal
nav-incidents = Incidents
nav-audit = Journal d’audit
nav-settings = Paramètres

## lock

lock-button = Verrouiller
lock-shortcut = Ctrl+L
lock-shortcutMac = ⌘L
lock-busy = Verrouillage…

## notice

notice-dismiss = Fermer
notice-lockedInactivity =
    { $count ->
        [one] Verrouillé après { $count } minute sans activité.
        [many] Verrouillé après { $count } minutes sans activité.
       *[other] Verrouillé après { $count } minutes sans activité.
    }
notice-lockedInactivityUnknown = Verrouillé après un moment sans activité.
notice-lockedSuspend = Verrouillé parce que l’ordinateur s’est mis en veille.
notice-lockedScreen = Verrouillé parce que l’écran de l’ordinateur a été verrouillé.
notice-eraseMarkRemoved = Ce coffre-fort était marqué comme en cours d’effacement, mais ses clés étaient intactes : soit un effacement a été interrompu dès son début, soit quelqu’un ayant accès au dossier du coffre-fort a placé cette marque. La marque a été retirée et rien n’a été effacé. Si vous vouliez effacer ce coffre-fort, effacez-le à nouveau dans les Paramètres.
notice-lastSession = Coffre-fort ouvert. L’ouverture précédente date du { $date } ; la dernière modification porte le numéro { $change }.

## rollback

rollback-title = Ce coffre-fort a peut-être été remplacé par une copie plus ancienne
rollback-advice = Si vous avez vous-même restauré une sauvegarde, c’est normal. Sinon, quelqu’un qui a eu accès à cet ordinateur a peut-être remis en place une ancienne copie du coffre-fort : vérifiez que les cas récents, les suppressions et les consentements retirés sont tels que vous les aviez laissés, et consultez le journal d’audit.
rollback-rolled_back = La base de données de ce coffre-fort est plus ancienne que lors de sa dernière utilisation : sa dernière modification porte le numéro { $database }, alors que la modification { $last } avait été enregistrée à la dernière fermeture du coffre-fort. Des cas supprimés ou des consentements retirés depuis sont peut-être de nouveau présents. Si vous n’avez pas vous-même restauré une sauvegarde, quelqu’un a peut-être remplacé la base de données.
rollback-record_altered = La trace de la dernière session ne correspond pas à la clé de ce coffre-fort : elle a été modifiée, ou copiée depuis un autre coffre-fort. Tadamun ne peut pas savoir si la base de données a été remplacée par une copie plus ancienne.
rollback-auditLog = Ouvrir le journal d’audit
rollback-understood = J’ai compris

## notice

notice-erased = Le coffre-fort a été effacé. Il ne pourra plus jamais être ouvert. Vous pouvez créer un nouveau coffre-fort ci-dessous.
notice-unlockedWithRecovery = Vous avez ouvert le coffre-fort avec votre clé de récupération. Si vous avez oublié votre phrase de passe, choisissez-en une nouvelle dans les Paramètres.

## passphrase

passphrase-show = Afficher
passphrase-hide = Masquer
passphrase-showLabel = Afficher le texte de « { $label } »
passphrase-hideLabel = Masquer le texte de « { $label } »

## strength

strength-label = Solidité de la phrase de passe
strength-score0 = Très faible
strength-score1 = Faible
strength-score2 = Moyenne
strength-score3 = Solide
strength-score4 = Très solide
strength-empty = Saisissez une phrase de passe pour voir si elle est solide.
strength-checking = Vérification…
strength-unavailable = La vérification de la solidité n’a pas répondu. Essayez de saisir à nouveau.
strength-crackTime = Temps qu’il faudrait pour la deviner : { $time }
strength-time-instant = moins d’une seconde
strength-time-seconds =
    { $count ->
        [one] { $count } seconde
        [many] { $count } secondes
       *[other] { $count } secondes
    }
strength-time-minutes =
    { $count ->
        [one] { $count } minute
        [many] { $count } minutes
       *[other] { $count } minutes
    }
strength-time-hours =
    { $count ->
        [one] { $count } heure
        [many] { $count } heures
       *[other] { $count } heures
    }
strength-time-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } jours
       *[other] { $count } jours
    }
strength-time-months =
    { $count ->
        [one] { $count } mois
        [many] { $count } mois
       *[other] { $count } mois
    }
strength-time-years =
    { $count ->
        [one] { $count } an
        [many] { $count } ans
       *[other] { $count } ans
    }
strength-time-centuries = des siècles
strength-warning-StraightRowsOfKeysAreEasyToGuess = Les suites de touches alignées sur le clavier sont faciles à deviner.
strength-warning-ShortKeyboardPatternsAreEasyToGuess = Les motifs courts tracés sur le clavier sont faciles à deviner.
strength-warning-RepeatsLikeAaaAreEasyToGuess = Les répétitions comme « aaa » sont faciles à deviner.
strength-warning-RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
strength-warning-ThisIsATop10Password = C’est l’un des dix mots de passe les plus courants.
strength-warning-ThisIsATop100Password = C’est l’un des cent mots de passe les plus courants.
strength-warning-ThisIsACommonPassword = C’est un mot de passe très courant.
strength-warning-ThisIsSimilarToACommonlyUsedPassword = Cela ressemble à un mot de passe couramment utilisé.
strength-warning-SequencesLikeAbcAreEasyToGuess = Les suites comme abc ou 6543 sont faciles à deviner.
strength-warning-RecentYearsAreEasyToGuess = Les années récentes sont faciles à deviner.
strength-warning-AWordByItselfIsEasyToGuess = Un mot seul est facile à deviner.
strength-warning-DatesAreOftenEasyToGuess = Les dates sont souvent faciles à deviner.
strength-warning-NamesAndSurnamesByThemselvesAreEasyToGuess = Les prénoms et les noms de famille seuls sont faciles à deviner.
strength-warning-CommonNamesAndSurnamesAreEasyToGuess = Les prénoms et les noms de famille courants sont faciles à deviner.
strength-suggestion-UseAFewWordsAvoidCommonPhrases = Utilisez plusieurs mots, et évitez les expressions courantes.
strength-suggestion-NoNeedForSymbolsDigitsOrUppercaseLetters = Inutile d’ajouter des symboles, des chiffres ou des majuscules.
strength-suggestion-AddAnotherWordOrTwo = Ajoutez encore un ou deux mots. Les mots peu courants sont préférables.
strength-suggestion-CapitalizationDoesntHelpVeryMuch = Les majuscules n’aident pas beaucoup.
strength-suggestion-AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase = Un texte tout en majuscules est presque aussi facile à deviner qu’un texte tout en minuscules.
strength-suggestion-ReversedWordsArentMuchHarderToGuess = Les mots écrits à l’envers ne sont guère plus difficiles à deviner.
strength-suggestion-PredictableSubstitutionsDontHelpVeryMuch = Les substitutions prévisibles, comme « @ » pour « a », n’aident pas beaucoup.
strength-suggestion-UseALongerKeyboardPatternWithMoreTurns = Utilisez un motif de clavier plus long, avec davantage de changements de direction.
strength-suggestion-AvoidRepeatedWordsAndCharacters = Évitez les mots et les caractères répétés.
strength-suggestion-AvoidSequences = Évitez les suites.
strength-suggestion-AvoidRecentYears = Évitez les années récentes.
strength-suggestion-AvoidYearsThatAreAssociatedWithYou = Évitez les années qui ont un lien avec vous.
strength-suggestion-AvoidDatesAndYearsThatAreAssociatedWithYou = Évitez les dates et les années qui ont un lien avec vous.
strength-tooShort = Trop courte : au moins { $min } caractères.
strength-acceptable = Assez solide pour protéger votre coffre-fort.
strength-notAcceptable = Pas encore assez solide.
strength-tip = Conseil : quatre ou cinq mots pris au hasard, sans rapport entre eux, font une phrase de passe solide et facile à saisir.

## firstRun

firstRun-title = Bienvenue dans Tadamun
firstRun-intro = Tadamun conserve vos données sur les représailles — ce qui a été fait, à qui, par qui — uniquement sur cet ordinateur, et sous forme chiffrée. Il ne se connecte jamais à Internet.
firstRun-passphraseIntro = Commencez par choisir une phrase de passe. Vous la saisirez à chaque ouverture de Tadamun. Sans elle, personne ne peut lire vos données.
firstRun-warning = Personne ne peut réinitialiser une phrase de passe oubliée. Le seul moyen de retrouver l’accès est la clé de récupération que vous allez recevoir à l’étape suivante.
firstRun-passphrase = Phrase de passe
firstRun-confirm = Répétez la phrase de passe
firstRun-submit = Créer mon coffre-fort
firstRun-busy = Création de votre coffre-fort — cela prend quelques secondes…
firstRun-location = Le coffre-fort sera conservé dans ce dossier : { $location }

## suggest

suggest-title = Une phrase de passe créée pour vous
suggest-hint = Des mots pris au hasard, que personne ne peut deviner à partir de votre vie. Notez-les sur papier et gardez ce papier à l’écart de cet ordinateur, jusqu’à ce que vous les connaissiez par cœur.
suggest-use = Utiliser cette phrase de passe
suggest-another = En proposer une autre
suggest-failed = Aucune phrase de passe n’a pu être proposée. Composez-en une avec au moins quatre mots sans rapport entre eux.
suggest-ownInstead = Ou saisissez votre propre phrase de passe ci-dessous : quatre mots ou plus, sans rapport entre eux, conviennent bien.

## reason

reason-empty = Saisissez d’abord une phrase de passe.
reason-checking = Vérification de la solidité de la phrase de passe…
reason-strengthUnavailable = La solidité de la phrase de passe n’a pas encore pu être vérifiée.
reason-tooShort = La phrase de passe est trop courte : au moins { $min } caractères.
reason-weak = La phrase de passe n’est pas encore assez solide. Allongez-la.
reason-repeat = Saisissez la phrase de passe une deuxième fois, pour être sûr qu’elle ne contient pas de faute de frappe.
reason-mismatch = Les deux phrases de passe ne sont pas identiques.
reason-current = Saisissez votre phrase de passe actuelle.

## recovery

recovery-title = Votre clé de récupération
recovery-explain = C’est le seul moyen de retrouver l’accès si vous oubliez votre phrase de passe. Notez-la sur papier ou enregistrez-la sur une clé USB, et gardez-la à l’écart de cet ordinateur portable. Elle ne sera plus jamais affichée.
recovery-keyLabel = Clé de récupération
recovery-save = Enregistrer dans un fichier…
recovery-saving = Enregistrement…
recovery-saved = Enregistrée.
recovery-stored = J’ai conservé ma clé de récupération en lieu sûr
recovery-continue = Continuer
recovery-continueReason = Cochez la case une fois votre clé de récupération conservée en lieu sûr.

## unlock

unlock-title = Déverrouiller votre coffre-fort
unlock-intro = Tadamun est verrouillé. Vos données restent chiffrées tant que vous ne le déverrouillez pas.
unlock-passphrase = Phrase de passe
unlock-recoveryKey = Clé de récupération
unlock-recoveryHint = Saisissez ou collez la clé de récupération que vous avez conservée lors de la création du coffre-fort.
unlock-submit = Déverrouiller
unlock-busy = Déverrouillage…
unlock-useRecovery = Phrase de passe oubliée ? Utilisez plutôt la clé de récupération
unlock-usePassphrase = Utiliser plutôt la phrase de passe
unlock-emptyPassphrase = Saisissez d’abord votre phrase de passe.
unlock-emptyRecoveryKey = Saisissez d’abord votre clé de récupération.

## language

language-label = Langue
language-title = Langue de l’interface
language-explain = Tadamun mémorise ce choix sur cet ordinateur, en dehors du coffre-fort chiffré, pour pouvoir vous accueillir dans votre langue avant le déverrouillage. Vos données restent chiffrées, mais quelqu’un qui a accès à cet ordinateur peut voir quelle langue vous avez choisie. Au moment de l’exportation, les rapports peuvent être rédigés dans une autre langue.
language-notSaved = Cette langue est utilisée maintenant, mais Tadamun n’a pas pu la mémoriser pour le prochain démarrage.

## settings

settings-title = Paramètres
settings-location = Dossier du coffre-fort : { $location }

## autoLock

autoLock-title = Verrouillage automatique
autoLock-explain = Tadamun se verrouille tout seul lorsque personne ne l’utilise pendant un moment.
autoLock-label = Verrouiller après cette durée sans activité
autoLock-option =
    { $count ->
        [one] { $count } minute
        [many] { $count } minutes
       *[other] { $count } minutes
    }
autoLock-saved = Enregistré.

## change

change-title = Changer de phrase de passe
change-explain = Vos données restent telles quelles ; seule change la phrase de passe qui les ouvre. Votre clé de récupération continue de fonctionner.
change-current = Phrase de passe actuelle
change-resetExplain = Vous avez ouvert le coffre-fort avec votre clé de récupération : vous pouvez donc choisir une nouvelle phrase de passe sans saisir l’ancienne.
change-new = Nouvelle phrase de passe
change-confirm = Répétez la nouvelle phrase de passe
change-submit = Changer de phrase de passe
change-busy = Changement de la phrase de passe…
change-done = Votre phrase de passe a été changée. Utilisez désormais la nouvelle.

## newRecovery

newRecovery-title = Créer une nouvelle clé de récupération
newRecovery-explain = Utilisez cette fonction si votre clé de récupération a été perdue, confisquée (par exemple à une frontière) ou vue par quelqu’un d’autre. Tadamun crée une nouvelle clé de récupération, et l’ancienne n’ouvre plus ce coffre-fort. Vos données et votre phrase de passe restent telles quelles.
newRecovery-copies = Les copies du coffre-fort faites avant ce moment, comme une sauvegarde ou une copie du disque, s’ouvrent toujours avec l’ancienne clé de récupération. Rien ne peut changer cela. S’il existe peut-être une telle copie, créez aussi une nouvelle clé de chiffrement (section suivante) juste après : ainsi, l’ancienne clé ne pourra pas ouvrir votre coffre-fort tel qu’il sera à partir de ce moment.
newRecovery-passphrase = Votre phrase de passe
newRecovery-submit = Créer une nouvelle clé de récupération
newRecovery-busy = Création d’une nouvelle clé de récupération…
newRecovery-shownTitle = Votre nouvelle clé de récupération
newRecovery-shownExplain = Notez-la sur papier ou enregistrez-la sur une clé USB, et gardez-la à l’écart de cet ordinateur portable. Elle ne sera plus jamais affichée : restez donc sur cette page jusqu’à ce qu’elle soit conservée. Votre ancienne clé de récupération n’ouvre plus ce coffre-fort.
newRecovery-keyLabel = Nouvelle clé de récupération
newRecovery-stored = Je l’ai notée ou enregistrée
newRecovery-confirm = Terminé, masquer la clé
newRecovery-confirmReason = Cochez la case une fois votre nouvelle clé de récupération conservée en lieu sûr.
newRecovery-done = C’est fait. Seule votre nouvelle clé de récupération ouvre désormais ce coffre-fort ; l’ancienne ne l’ouvre plus. S’il existe peut-être une copie plus ancienne du coffre-fort, créez ensuite une nouvelle clé de chiffrement.
newRecovery-notStored = Une nouvelle clé de récupération a été créée, mais vous n’avez pas confirmé l’avoir conservée, et elle ne peut plus être affichée. Si vous ne l’avez pas conservée, créez-en une autre dans les Paramètres : l’ancienne clé de récupération n’ouvre plus ce coffre-fort.

## rotate

rotate-title = Créer une nouvelle clé de chiffrement
rotate-explain = Crée une nouvelle clé pour toutes vos données. Utilisez cette fonction si vous pensez que quelqu’un a vu votre phrase de passe ou copié le disque de cet ordinateur.
rotate-explainMore = Si quelqu’un a pu voir votre phrase de passe, changez aussi de phrase de passe. Laissez Tadamun ouvert jusqu’à la fin de l’opération.
rotate-recoveryFirst = Si votre clé de récupération a pu être perdue ou vue, cochez la case ci-dessous : la nouvelle clé de chiffrement sera alors protégée aussi par une nouvelle clé de récupération, affichée une seule fois dans la section ci-dessus.
rotate-newRecovery = Créer aussi une nouvelle clé de récupération
rotate-newRecoveryHint = L’ancienne clé de récupération n’ouvrira alors plus rien de ce qui sera créé à partir de maintenant. Vous devrez conserver la nouvelle, comme la première fois.
rotate-passphrase = Votre phrase de passe
rotate-submit = Créer une nouvelle clé
rotate-busy = Création d’une nouvelle clé…
rotate-progress = { $step } ({ $done } sur { $total })
rotate-step-database = Rechiffrement de vos données
rotate-step-attachments = Rechiffrement de vos pièces jointes
rotate-step-passphrase_key = Protection de la nouvelle clé par votre phrase de passe
rotate-step-recovery_key = Protection de la nouvelle clé par votre clé de récupération
rotate-step-switch = Passage à la nouvelle clé
rotate-step-done = Terminé
rotate-done = C’est fait. Toutes vos données sont désormais protégées par une nouvelle clé.

## verify

verify-title = Vérifier le coffre-fort
verify-explain = Vérifie que vos données peuvent être lues et que personne n’a altéré l’historique des modifications.
verify-submit = Vérifier maintenant
verify-busy = Vérification…
verify-entries =
    { $count ->
        [one] { $count } entrée dans l’historique des modifications.
        [many] { $count } entrées dans l’historique des modifications.
       *[other] { $count } entrées dans l’historique des modifications.
    }
verify-ok = Tout est intact.
verify-chainBroken = L’historique des modifications a été altéré ou endommagé.
verify-databaseDamaged = La base de données est endommagée.
verify-problems = Problèmes détectés :
verify-attachmentsDamaged = Certaines pièces jointes sont manquantes ou ont été altérées.

## backup

backup-title = Sauvegarde
backup-explain = Une sauvegarde est un seul fichier qui contient tout ce que renferme ce coffre-fort : vos données et leurs versions successives, les pièces jointes et l’historique des modifications. Si cet ordinateur est confisqué ou tombe en panne, elle vous permet de retrouver votre travail sur un autre ordinateur.
backup-explainKey = Une sauvegarde s’ouvre uniquement avec votre clé de récupération, pas avec votre phrase de passe. Gardez la sauvegarde et la clé de récupération à l’écart de cet ordinateur, et à l’écart l’une de l’autre.
backup-never = Aucune sauvegarde n’a encore été faite.
backup-last =
    { $count ->
        [0] Dernière sauvegarde : aujourd’hui, le { $date }.
        [one] Dernière sauvegarde : il y a { $count } jour, le { $date }.
        [many] Dernière sauvegarde : il y a { $count } jours, le { $date }.
       *[other] Dernière sauvegarde : il y a { $count } jours, le { $date }.
    }
backup-make = Faire une sauvegarde…
backup-making = Sauvegarde en cours…
backup-done = Sauvegarde enregistrée dans { $path }. Incidents : { $incidents }. Pièces jointes : { $attachments }. Vérifiez-la dès maintenant, puis conservez-la en lieu sûr.
backup-checkTitle = Vérifier une sauvegarde
backup-checkExplain = Ouvre une sauvegarde avec la clé de récupération dans un dossier temporaire, et vérifie toutes les données et toutes les pièces jointes qu’elle contient. Ce coffre-fort n’est pas modifié.
backup-choose = Choisir une sauvegarde…
backup-chosen = Fichier de sauvegarde : { $path }
backup-recoveryKey = Clé de récupération
backup-recoveryHint = La clé de récupération qu’avait ce coffre-fort au moment de la sauvegarde.
backup-check = Vérifier la sauvegarde
backup-checking = Vérification de la sauvegarde…
backup-checked = La sauvegarde est complète et intacte. Faite le { $date }. Incidents : { $incidents }. Pièces jointes : { $attachments }, chacune comparée à son empreinte.
backup-step-database = Copie de la base de données
backup-step-files = Écriture de la sauvegarde
backup-step-reading = Lecture de la sauvegarde
backup-step-checking = Vérification des données et des pièces jointes
backup-progress = { $step } : { $percent } %
backup-reminderNever = Vous n’avez encore aucune sauvegarde de vos données. Si cet ordinateur est confisqué ou tombe en panne, elles seront perdues.
backup-reminderOld =
    { $count ->
        [one] Votre dernière sauvegarde remonte à { $count } jour. Les données ajoutées ou modifiées depuis n’y figurent pas.
        [many] Votre dernière sauvegarde remonte à { $count } jours. Les données ajoutées ou modifiées depuis n’y figurent pas.
       *[other] Votre dernière sauvegarde remonte à { $count } jours. Les données ajoutées ou modifiées depuis n’y figurent pas.
    }
backup-reminderAction = Faire une sauvegarde
restore-title = Restaurer à partir d’une sauvegarde
restore-explain = Vous utilisiez Tadamun sur un autre ordinateur ? Retrouvez votre coffre-fort à partir d’un fichier de sauvegarde, avec la clé de récupération qu’il avait au moment de la sauvegarde. Vous choisirez ensuite une nouvelle phrase de passe.
restore-start = Restaurer à partir d’une sauvegarde…
restore-passphraseIntro = Choisissez une nouvelle phrase de passe pour le coffre-fort restauré.
restore-passphrase = Nouvelle phrase de passe
restore-confirm = Répétez la nouvelle phrase de passe
restore-submit = Restaurer mon coffre-fort
restore-needKey = Saisissez d’abord la clé de récupération.
restore-busy = Restauration et vérification de votre coffre-fort…
restore-cancel = Annuler
restore-done = Votre coffre-fort a été restauré à partir de la sauvegarde faite le { $date }. Incidents : { $incidents }. Pièces jointes : { $attachments }. Toutes les vérifications ont réussi.

## erase

erase-title = Zone de danger : effacer le coffre-fort
erase-explain = L’effacement détruit les clés qui protègent votre coffre-fort. Ensuite, personne — ni vous, ni quiconque s’emparerait de cet ordinateur, même avec votre phrase de passe ou votre clé de récupération — ne pourra plus jamais l’ouvrir. C’est irréversible.
erase-word = EFFACER
erase-label = Pour confirmer, saisissez ici { $word }
erase-submit = Effacer définitivement le coffre-fort
erase-busy = Effacement…
erase-reason = Le bouton s’active une fois que vous avez saisi exactement { $word }.

## eraseIncomplete

eraseIncomplete-title = L’effacement a été interrompu
eraseIncomplete-explain = Tadamun s’est arrêté pendant l’effacement de ce coffre-fort. Plus personne ne peut ouvrir ce coffre-fort. Terminez l’effacement pour supprimer ce qui reste ; vous pourrez ensuite créer un nouveau coffre-fort.
eraseIncomplete-submit = Terminer l’effacement
eraseIncomplete-busy = Effacement…

## demo

demo-bannerTitle = DÉMO — cas fictifs uniquement
demo-bannerText = Ceci est un coffre-fort de démonstration. N’y enregistrez pas de cas réels : sa phrase de passe est publique.
demo-bannerPassphrase = Phrase de passe de la démo :
demo-leave = Pour créer un vrai coffre-fort, effacez la démo dans les Paramètres
demo-leaveLocked = Pour créer un vrai coffre-fort, déverrouillez la démo et effacez-la dans Paramètres → Zone de danger.
demo-try = Essayer un coffre-fort de démonstration
demo-tryTitle = Vous voulez simplement découvrir ?
demo-tryExplain = Un coffre-fort de démonstration contient des cas fictifs, pour vous montrer comment fonctionne Tadamun. Sa phrase de passe est publique : n’y mettez donc jamais de cas réels. Vous pourrez l’effacer plus tard et créer un vrai coffre-fort.
demo-busy = Création du coffre-fort de démonstration…
demo-createdTitle = Votre coffre-fort de démonstration est prêt
demo-createdText =
    { $count ->
        [one] Il contient { $count } cas fictif. Pour le rouvrir plus tard, utilisez cette phrase de passe :
        [many] Il contient { $count } cas fictifs. Pour le rouvrir plus tard, utilisez cette phrase de passe :
       *[other] Il contient { $count } cas fictifs. Pour le rouvrir plus tard, utilisez cette phrase de passe :
    }
demo-settingsHint = Ceci est le coffre-fort de démonstration. Pour créer un vrai coffre-fort destiné à de vrais cas, effacez celui-ci ci-dessous (Zone de danger) ; Tadamun vous permettra ensuite d’en créer un nouveau.
demo-continue = Afficher les cas de démonstration

## common

common-cancel = Annuler
common-close = Fermer
common-remove = Retirer
common-any = Indifférent
common-yes = Oui
common-no = Non
common-unknown = Inconnu
common-notSet = Non renseigné
common-none = Aucun
common-unnamed = (sans nom)
common-untitled = (sans titre)
common-loading = Chargement…
common-retry = Réessayer
common-confidential = Confidentiel
common-confidentialHint = ne sera ni transmis à l’État ni publié
## date

date-approximate = vers { $date }
date-invalid = Écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ (par exemple 2024-03-12).
date-needs-day = Pour un jour précis, écrivez AAAA-MM-JJ, ou choisissez une autre précision.
date-needs-month = Pour un mois, écrivez AAAA-MM, ou choisissez une autre précision.
date-needs-year = Pour une année, écrivez AAAA, ou choisissez une autre précision.
date-dayOnly = Écrivez le jour sous la forme AAAA-MM-JJ.
date-format = AAAA, AAAA-MM ou AAAA-MM-JJ
date-precision = Précision

## precision

precision-day = Jour exact
precision-month = Mois
precision-year = Année
precision-approximate = Approximative

## status

status-draft = Brouillon
status-verified = Vérifié
status-submitted = Soumis
status-closed = Clos

## urgency

urgency-routine = Ordinaire
urgency-high = Élevée
urgency-urgent = Urgent

## consentState

consentState-no_people = Aucune personne enregistrée
consentState-missing = Consentement manquant
consentState-internal_only = Usage interne uniquement
consentState-complete = Consentement enregistré

## sort

sort-relevance = Pertinence (les plus récents d’abord)
sort-updated_desc = Modifiés récemment
sort-date_desc = Incidents les plus récents d’abord
sort-date_asc = Incidents les plus anciens d’abord
sort-number_desc = Numéros les plus élevés d’abord

## kind

kind-person = Personne
kind-organisation = Organisation
kind-vessel = Navire
kind-aircraft = Aéronef
kind-state_body = Organe de l’État

## placePrecision

placePrecision-exact = Lieu exact
placePrecision-locality = Ville ou localité
placePrecision-region = Région
placePrecision-country = Pays seulement

## lawyer

lawyer-yes = Oui
lawyer-no = Non
lawyer-unknown = Inconnu

## sourceKind

sourceKind-victim_testimony = Témoignage de la victime
sourceKind-witness_testimony = Témoignage d’un témoin
sourceKind-document = Document
sourceKind-media = Médias
sourceKind-social_media = Réseaux sociaux
sourceKind-partner_organisation = Organisation partenaire
sourceKind-other = Autre

## reliability

reliability-high = Élevée
reliability-medium = Moyenne
reliability-low = Faible
reliability-unknown = Inconnue

## list

list-title = Incidents
list-new = Nouvel incident
list-search = Rechercher des incidents
list-searchHint = Titres, exposés des faits, noms, lieux, étiquettes et références
list-filters = Filtres
list-filtersCount = Filtres ({ $count })
list-activeFilters = Filtres actifs
list-chip = { $name } : { $value }
list-removeFilter = Retirer le filtre { $filter }
list-filterType = Type d’acte
list-filterCountry = Pays
list-filterStatus = Statut
list-filterUrgency = Urgence
list-filterConsent = Consentement
list-filterUnLink = Lié à une coopération avec l’ONU
list-filterFrom = Du
list-filterTo = Au
list-dateBad = Ce n’est pas encore une date : AAAA, AAAA-MM ou AAAA-MM-JJ.
list-sort = Trier par
list-clear = Réinitialiser les filtres
list-withUnLink = Avec un lien avec l’ONU
list-withoutUnLink = Sans lien avec l’ONU
list-showing = { $first }–{ $last } sur { $total }
list-showingNone = 0 incident trouvé
list-previous = Page précédente
list-next = Page suivante
list-emptyTitle = Aucun incident pour l’instant
list-emptyText = Enregistrez un premier acte de représailles : ce qui s’est passé, à qui, par qui.
list-noMatchTitle = Aucun résultat
list-noMatchText = Essayez d’autres mots, ou réinitialisez les filtres.
list-searching = Recherche…
list-results = Incidents trouvés
list-number = n° { $number }
list-ongoing = en cours
list-noDate = Sans date
list-unLinked = Lien avec l’ONU
list-noUnLink = Pas de lien avec l’ONU
list-drafts = Nouveaux incidents non terminés
list-draftsHint = Ils n’ont jamais été enregistrés. Leur texte est conservé, chiffré, dans le coffre-fort.
list-draftFrom = { $title } — non enregistré, datant du { $time }
list-draftContinue = Reprendre
list-draftDiscard = Abandonner
list-selectIncident = Choisir l’incident n° { $number } pour une communication
list-selected =
    { $count ->
        [one] { $count } sélectionné
        [many] { $count } sélectionnés
       *[other] { $count } sélectionnés
    }
list-noneSelected = Cochez des incidents pour préparer une communication.
list-selectPage = Tout cocher sur cette page
list-clearSelection = Tout décocher
list-exportOpen = Préparer une communication…

## editor

editor-newTitle = Nouvel incident
editor-title = Incident n° { $number }
editor-back = Retour aux incidents
editor-save = Enregistrer
editor-saveShortcut = Ctrl+S
editor-steps = Étapes
editor-step-details = Incident
editor-step-people = Personnes et organisations
editor-step-acts = Actes
editor-step-un = Lien avec l’ONU
editor-step-consent = Consentement
editor-step-sources = Sources
editor-step-evidence = Éléments de preuve
editor-step-followup = Suivi
editor-step-notes = Notes
editor-stepProblems =
    { $count ->
        [one] { $count } problème
        [many] { $count } problèmes
       *[other] { $count } problèmes
    }
editor-previousStep = Étape précédente
editor-nextStep = Étape suivante
editor-state-new = Pas encore enregistré
editor-state-clean = Aucune modification
editor-state-dirty = Modifications non enregistrées
editor-state-saving = Enregistrement…
editor-state-saved = Enregistré (version { $revision }) à { $time }
editor-state-failed = Non enregistré — voir le message ci-dessous
editor-state-draftKept = Modifications non enregistrées — conservées comme brouillon à { $time }
editor-loading = Ouverture de l’incident…
editor-problemsTitle = Corrigez ces points avant d’enregistrer :
editor-warningsTitle = Encore manquant pour une communication à l’ONU
editor-warningsHint = Vous pouvez enregistrer quand même ; ces points ne comptent qu’au moment d’envoyer le cas.
editor-noWarnings = Rien d’évident ne manque pour une communication à l’ONU.
editor-conflictReload = Recharger la version enregistrée
editor-draftOffer = Vous avez des modifications non enregistrées datant du { $time }.
editor-draftRestore = Restaurer les modifications non enregistrées
editor-draftDiscard = Les abandonner
editor-leaveTitle = Quitter sans enregistrer ?
editor-leaveText = Vos modifications sont conservées comme brouillon dans le coffre-fort, chiffrées. Vous pourrez les restaurer en rouvrant cet incident.
editor-leaveConfirm = Quitter
editor-leaveStay = Rester et continuer à modifier
editor-delete = Supprimer l’incident…
editor-history = Historique
editor-backToEditing = Retour à la modification
editor-notSavedYet = Cet incident n’a pas encore d’historique : enregistrez-le d’abord.
editor-exportThis = Préparer une communication
editor-exportSaveTitle = Enregistrer d’abord vos modifications ?
editor-exportSaveText = Une communication est établie à partir de la version enregistrée de cet incident. Enregistrez vos modifications maintenant, puis préparez la communication.
editor-exportSaveConfirm = Enregistrer et continuer

## delete

delete-title = Supprimer définitivement l’incident n° { $number } ?
delete-explain = Suppression définitive : l’incident, ses versions et ses entrées de recherche sont détruits. Le journal d’audit garde seulement la trace qu’une suppression a eu lieu. Les personnes et organisations qui n’apparaissent dans aucun autre incident sont aussi supprimées.
delete-label = Pour confirmer, saisissez le numéro de l’incident ({ $number })
delete-submit = Supprimer définitivement
delete-busy = Suppression…
delete-done =
    { $revisions ->
        [one] L’incident n° { $number } a été supprimé ({ $revisions } version détruite).
        [many] L’incident n° { $number } a été supprimé ({ $revisions } versions détruites).
       *[other] L’incident n° { $number } a été supprimé ({ $revisions } versions détruites).
    }

## details

details-title = Ce qui s’est passé
details-titleHint = Un titre court que l’équipe reconnaîtra, par exemple « Navire de sauvetage retenu au port ».
details-narrative = Ce qui s’est passé, dans l’ordre
details-narrativeHint = Un exposé chronologique : qui, quoi, quand, où. Des mots simples conviennent le mieux.
details-start = Date de début
details-end = Date de fin
details-ongoing = Toujours en cours (une détention, une interdiction, un compte gelé)
details-place = Lieu
details-placeHint = Ville, port ou adresse, aussi précis que la sécurité le permet.
details-placePrecision = Précision du lieu
details-country = Pays
details-status = Statut
details-urgency = Urgence
details-urgencyHint = Un préjudice en cours ou imminent justifie un appel urgent.
details-types = Types d’actes
details-typesSearch = Trouver un type
details-typesNone = Aucun type choisi pour l’instant.
details-typesNoMatch = Aucun type ne correspond à ces mots.
details-typesChosen = Types choisis
details-removeType = Retirer « { $label } »
details-otherGroup = Autre
details-tags = Étiquettes
details-tagsHint = Les étiquettes propres à votre équipe, séparées par des virgules.
details-currentSituation = Situation actuelle
details-currentSituationHint = Toujours en détention ? Compte toujours gelé ? Navire toujours au port ?
details-domesticRemedies = Recours internes
details-domesticRemediesHint = Recours ou plaintes engagés et leurs résultats, ou les raisons pour lesquelles c’était impossible.

## people

people-title = Personnes et organisations
people-intro = Toutes les personnes et entités concernées : victimes, auteurs présumés, témoins, proches, navires et organes de l’État.
people-empty = Personne n’a encore été ajouté.
people-add = Ajouter quelqu’un
people-addTitle = Ajouter une personne, une organisation, un navire ou un organe de l’État
people-newTab = Nouvelle entrée
people-existingTab = Déjà dans le coffre-fort
people-kind = De quoi s’agit-il
people-name = Nom
people-nameHint = Nom complet, nom du navire ou nom de l’unité. Il reste dans le coffre-fort, sauf si le consentement le permet.
people-role = Rôle dans cet incident
people-addButton = Ajouter
people-findExisting = Rechercher par nom
people-existingNone = Aucune entrée du coffre-fort ne correspond.
people-existingIn = Dans : { $incidents }
people-pick = Ajouter { $name }
people-remove = Retirer de cet incident
people-removeTitle = Retirer { $name } de cet incident ?
people-removeText = Cette entrée sera aussi retirée des actes, des sources et des consentements de cet incident. Sa fiche reste dans le coffre-fort si un autre incident la concerne.
people-stateLink = Lien avec l’État
people-involvementDescription = Ce qui a été fait ou subi (pour un auteur présumé : les raisons de le croire responsable)
people-details = Détails
people-hideDetails = Masquer les détails
people-otherNames = Autres noms et orthographes
people-otherNamesHint = Séparés par des virgules. Ils sont masqués comme le nom dans la communication expurgée.
people-gender = Genre (tel que la personne le décrit)
people-age = Âge au moment des faits
people-birthYear = Année de naissance
people-nationality = Nationalité
people-countryOf = Pays
people-occupation = Profession, fonction ou titre
people-work = Ses activités de défense des droits humains ou de solidarité
people-workOrg = Nature et portée de ses activités
people-flagState = État du pavillon
people-registration = Immatriculation (numéro OMI, indicatif d’appel, immatriculation de l’aéronef)
people-registrationOrg = Numéro d’enregistrement
people-contact = Contact sécurisé
people-contactHint = Toujours confidentiel : il ne quitte jamais le coffre-fort, sauf sur une page de garde que vous demandez.
people-identifiers = Autres identifiants
people-identifiersHint = Plaques d’immatriculation, adresses, lieux de travail, surnoms, noms de comptes — tout ce qui pourrait permettre d’identifier la personne. Ils n’apparaissent jamais dans un rapport ; Tadamun les retire du texte lorsque la personne n’est pas nommée.
people-identifierItem = Identifiant { $n }
people-identifierNew = Nouvel identifiant
people-identifierAdd = Ajouter l’identifiant
people-identifierRemove = Retirer
people-identifierRemoveLabel = Retirer l’identifiant { $n } : { $text }
people-sharedNote = Les modifications faites ici s’appliquent à cette fiche dans tous les incidents qui la concernent.
## acts

acts-title = Actes
acts-intro = Ce qui a été fait, et à qui : une entrée par acte (une arrestation, une amende, un navire retenu…).
acts-empty = Aucun acte enregistré pour l’instant.
acts-add = Ajouter un acte
acts-item = Acte { $n }
acts-remove = Retirer cet acte
acts-type = Type d’acte
acts-chooseType = Choisir un type…
acts-victim = Victime
acts-chooseVictim = Choisir qui…
acts-needPeople = Ajoutez d’abord les personnes concernées (étape « Personnes et organisations ») pour pouvoir choisir une victime.
acts-perpetrators = Auteurs présumés
acts-noPerpetrators = Aucune autre personne n’est encore concernée.
acts-date = Date
acts-description = Ce qui s’est passé
acts-legalBasis = Loi, chefs d’accusation ou fondement administratif invoqués
acts-authority = Autorité qui a décidé
acts-caseNumber = Numéro de dossier ou de décision
acts-detentionPlace = Lieu de détention
acts-lawyerAccess = Accès à un avocat
acts-proceedingType = Procédure
acts-proceedingStatus = Stade de la procédure
acts-fine = Amende (avec la devise)
acts-vesselDays = Jours d’immobilisation du navire ou de l’aéronef

## un

un-title = Lien avec la coopération avec l’ONU
un-intro = Un cas de représailles doit indiquer la coopération avec l’ONU à laquelle il répond : quel mécanisme, quelle forme, quand.
un-empty = Aucune coopération avec l’ONU enregistrée pour l’instant.
un-add = Ajouter un lien avec l’ONU
un-item = Lien avec l’ONU { $n }
un-remove = Retirer ce lien
un-mechanism = Mécanisme de l’ONU
un-chooseMechanism = Choisir…
un-body = Lequel
un-bodyHint = Par exemple « CDH 58 », l’intitulé du mandat du Rapporteur spécial, l’organe conventionnel.
un-form = Forme de coopération
un-chooseForm = Choisir…
un-date = Date
un-reference = Référence
un-referenceHint = Numéro de session, titre de votre communication ou référence de la communication de l’ONU.
un-raised = Déjà soulevé dans un document officiel de l’ONU ?
un-raisedReference = Référence de ce document ou de cette communication

## consent

consent-title = Consentement
consent-intro = Pour chaque personne : ce qu’elle a accepté, une fois les risques expliqués. Rien n’est envoyé sans consentement. Chaque nouvelle décision s’ajoute à l’historique ; rien n’est remplacé ni supprimé.
consent-empty = Ajoutez d’abord les personnes concernées (étape « Personnes et organisations »).
consent-whoIsAsked = Le consentement est demandé aux personnes et organisations concernées, pas aux auteurs présumés, aux navires ni aux organes de l’État.
consent-levelsTitle = Ce que permet chaque niveau
consent-level0-title = Niveau 0 — Usage interne uniquement
consent-level0-explain = Rien sur cette personne ne quitte le coffre-fort.
consent-level1-title = Niveau 1 — ONU, sans identifier la personne
consent-level1-explain = Les faits peuvent être transmis à l’ONU pour montrer des tendances, la personne apparaissant sous un pseudonyme, sans rien qui permette de l’identifier. Aucun nom ne parvient à l’État.
consent-level2-title = Niveau 2 — L’ONU peut nommer la personne auprès du Gouvernement
consent-level2-explain = L’ONU peut nommer la personne auprès du Gouvernement dans une communication confidentielle.
consent-level3-title = Niveau 3 — L’ONU peut publier
consent-level3-explain = L’ONU peut publier le cas (rapports sur les communications, rapport annuel), en désignant la personne de la manière qu’elle a choisie : nom complet, initiales ou description anonyme.
consent-current = En vigueur : niveau { $level }
consent-currentDetail = Donné le { $date }. Donné par : { $givenBy }. Forme : { $method }.
consent-withdrawnOn = Retiré le { $date } : rien sur cette personne ne quitte le coffre-fort.
consent-none = Aucun consentement enregistré : rien sur cette personne ne quitte le coffre-fort.
consent-record = Enregistrer un nouveau consentement
consent-recordButton = Ajouter à l’historique du consentement
consent-withdraw = Retirer le consentement
consent-withdrawTitle = Retirer le consentement de { $name } ?
consent-withdrawText = Son consentement actuel sera marqué comme retiré à la date d’aujourd’hui. À partir de ce moment, rien sur cette personne ne quitte le coffre-fort. L’historique garde ce qui avait été accepté auparavant.
consent-level = Niveau
consent-nameForm = Comment la personne veut être nommée en public
consent-chooseNameForm = Choisir…
consent-nameForm-full_name = Nom complet
consent-nameForm-initials = Initiales
consent-nameForm-anonymous_description = Une description anonyme
consent-anonymousDescription = La description à utiliser
consent-givenBy = Qui a donné son consentement
consent-givenBy-person = La personne elle-même
consent-givenBy-family = La famille
consent-givenBy-legal_representative = Un représentant légal
consent-risks = Les risques ont été expliqués avant que la personne donne son accord
consent-date = Date (AAAA-MM-JJ)
consent-method = Forme
consent-method-oral = Orale
consent-method-written = Écrite
consent-recordedBy = Enregistré par
consent-purpose = L’usage couvert (si possible avec les mots de la personne)
consent-concern-risks = Les risques n’ont pas été expliqués. Un consentement donné sans connaître les risques n’est pas un consentement éclairé.
consent-concern-nameForm = Pour le niveau 3, choisissez comment la personne veut être nommée.
consent-concern-description = Écrivez la description anonyme que la personne a choisie.
consent-concern-date = Écrivez la date sous la forme AAAA-MM-JJ.
consent-history = Historique
consent-historyItem = { $date } : niveau { $level }, donné par : { $givenBy } ({ $method })
consent-historyWithdrawn = retiré le { $date }
consent-recorded = Consentement enregistré. Enregistrez l’incident pour le conserver.
consent-submitterNote = Quel que soit le niveau, l’identité de la personne qui a transmis les informations reste confidentielle.
consent-noneConfirmed = Aucun consentement confirmé : rien sur cette personne ne quitte le coffre-fort.
consent-unconfirmedTitle = Consentement importé, non confirmé
consent-unconfirmedItem = { $date } : niveau { $level }, donné par : { $givenBy } ({ $method }) — dans un fichier importé
consent-unconfirmedWarning = Ce consentement provient d’un fichier importé, et ce coffre-fort connaissait déjà cette personne. Il ne compte pas — rien sur elle ne quitte le coffre-fort sur la foi de ce consentement — tant que vous ne l’avez pas confirmé avec elle.
consent-confirmImported = Je l’ai confirmé avec la personne
consent-confirmedImported = Confirmé. Enregistrez l’incident pour le conserver.
consent-historyUnconfirmed = importé, non confirmé : il ne compte pas
consent-concern-older = Cette date est antérieure au consentement en vigueur : cette entrée s’ajoute seulement à l’historique, elle ne remplace pas ce qui est en vigueur.

## sources

sources-title = Sources
sources-intro = Comment les informations ont été obtenues. Les sources ne sont jamais envoyées dans le corps du cas.
sources-empty = Aucune source enregistrée pour l’instant.
sources-add = Ajouter une source
sources-item = Source { $n }
sources-remove = Retirer cette source
sources-kind = Type de source
sources-description = Nature de la source et ce qu’elle dit
sources-actor = Qui est la source
sources-noActor = Aucune des personnes listées
sources-reliability = Degré de fiabilité
sources-obtainedOn = Obtenue le (AAAA-MM-JJ)

## followup

followup-title = Suivi
followup-intro = Où le cas a été envoyé, quelles réponses sont revenues, et la prochaine étape.
followup-empty = Pas encore envoyé.
followup-add = Ajouter une communication
followup-item = Communication { $n }
followup-remove = Retirer cette communication
followup-recipient = Envoyée à
followup-recipientHint = Par exemple l’équipe du HCDH chargée des représailles, le Rapporteur spécial sur la situation des défenseurs et défenseuses des droits humains.
followup-dateSent = Envoyée le (AAAA-MM-JJ)
followup-reference = Référence
followup-responseReceived = Réponse reçue le (AAAA-MM-JJ)
followup-responseSummary = Contenu de la réponse
followup-nextStep = Prochaine étape
followup-nextStepDue = Échéance de la prochaine étape (AAAA-MM-JJ)
followup-overdue = En retard
followup-files =
    { $count ->
        [one] { $count } fichier envoyé (empreinte enregistrée)
        [many] { $count } fichiers envoyés (empreintes enregistrées)
       *[other] { $count } fichiers envoyés (empreintes enregistrées)
    }

## notes

notes-title = Notes internes
notes-never = Jamais exportées. Ces notes restent dans le coffre-fort, quoi que vous envoyiez, et à qui que ce soit.
notes-label = Notes pour l’équipe

## history

history-title = Historique de l’incident n° { $number }
history-intro = Chaque enregistrement est conservé. Consultez une version antérieure, ou comparez-la avec la version actuelle.
history-loading = Chargement de l’historique…
history-empty = Aucune version enregistrée pour l’instant.
history-revision = Version { $revision }
history-current = actuelle
history-view = Afficher
history-viewLabel = Afficher la version { $revision }
history-compare = Comparer avec l’actuelle
history-compareFrom = Comparer la version
history-compareTo = avec la version
history-compareRun = Afficher les modifications
history-viewTitle = Version { $revision }, enregistrée le { $time } (lecture seule)
history-changesTitle = Modifications de la version { $older } à la version { $newer }
history-noChanges = Aucune différence.
history-before = Avant
history-after = Après
history-empty_value = (vide)
history-people = Personnes et organisations

## audit

audit-title = Journal d’audit
audit-intro = Le journal enregistre ce qui s’est passé, jamais le contenu.
audit-loading = Chargement du journal…
audit-empty = Rien n’a encore été enregistré.
audit-when = Quand
audit-what = Événement
audit-details = Détails
audit-seq = N°
audit-more = Afficher les entrées plus anciennes
audit-event-vault_created = Coffre-fort créé
audit-event-unlocked = Coffre-fort déverrouillé
audit-event-passphrase_changed = Phrase de passe changée
audit-event-passphrase_reset_with_recovery_key = Phrase de passe réinitialisée avec la clé de récupération
audit-event-recovery_key_replaced = Nouvelle clé de récupération créée (l’ancienne n’ouvre plus le coffre-fort)
audit-event-key_rotated = Nouvelle clé de chiffrement créée
audit-event-key_rotation_finished = Nouvelle clé de chiffrement en service
audit-event-key_rotation_rolled_back = Nouvelle clé de chiffrement abandonnée (opération interrompue)
audit-event-setting_changed = Paramètre modifié
audit-event-incident_created = Incident créé
audit-event-incident_updated = Incident modifié
audit-event-incident_deleted = Incident supprimé
audit-event-demo_cases_loaded = Cas fictifs de démonstration chargés
audit-event-evidence_imported = Pièce jointe ajoutée
audit-event-evidence_deleted = Pièce jointe supprimée
audit-event-evidence_copy_exported = Copie d’une pièce jointe enregistrée hors du coffre-fort
audit-event-export_written = Rapport exporté
audit-event-backup_made = Sauvegarde effectuée
audit-event-vault_restored = Coffre-fort restauré à partir d’une sauvegarde
audit-event-leftover_files_removed = Fichiers restants d’une modification inachevée supprimés

## warning

warning-no_un_link = Aucune coopération avec l’ONU n’est enregistrée pour ce cas.
warning-no_consent = Le consentement d’une personne concernée manque.
warning-no_country = Le pays n’est pas renseigné.
warning-no_date = La date n’est pas renseignée.
warning-date_imprecise = L’ONU demande au moins le mois et l’année.
warning-no_type = Aucun type d’acte n’est choisi.
warning-no_victim = Aucune victime n’est enregistrée.
warning-un_raised_unknown = Indiquez si le cas a déjà été soulevé dans un document officiel de l’ONU.
warning-risks_not_explained = Un consentement a été enregistré sans que les risques aient été expliqués.
warning-consent_revoked = Une personne a retiré son consentement.
warning-consent_unconfirmed = Un consentement provenant d’un fichier importé ne compte pas tant qu’il n’a pas été confirmé à l’étape « Consentement ».
warning-no_consent-person = Aucun consentement n’est enregistré pour { $who } : rien sur cette personne ne peut quitter le coffre-fort.
warning-consent_revoked-person = { $who } a retiré son consentement : rien sur cette personne ne peut quitter le coffre-fort.
warning-risks_not_explained-person = { $who } : le consentement a été enregistré sans que les risques aient été expliqués. Expliquez-les, puis enregistrez de nouveau le consentement.
warning-consent_unconfirmed-person = Le consentement concernant { $who } provient d’un fichier importé, et ce coffre-fort connaissait déjà cette personne : il ne compte pas tant que vous ne l’avez pas confirmé à l’étape « Consentement ».

## problem

problem-required = Ce champ est obligatoire.
problem-required-name = Un nom est nécessaire. Si vous ne connaissez pas le nom, écrivez une description, par exemple « agent non identifié ».
problem-required-title = Donnez un titre court à l’incident.
problem-required-tags = Une étiquette ne peut pas être vide.
problem-too_long = Ce texte est trop long ({ $len } caractères ; { $max } au maximum).
problem-too_many = Cette liste contient { $count } entrées ; { $max } au maximum sont autorisées.
problem-control_characters = Ce texte contient des caractères de contrôle invisibles. Retirez-les, puis enregistrez de nouveau.
problem-invalid_id = Un identifiant doit comporter de 1 à 64 lettres, chiffres, « - » ou « _ ».
problem-invalid_date = « { $value } » n’est pas une date. Écrivez AAAA-MM-JJ, AAAA-MM ou AAAA (entre 1900 et 2100).
problem-date_precision_mismatch = La date ne correspond pas à sa précision : un jour s’écrit AAAA-MM-JJ, un mois AAAA-MM, une année AAAA.
problem-end_before_start = La date de fin est antérieure à la date de début.
problem-ongoing_with_end = Un incident en cours n’a pas de date de fin : décochez « Toujours en cours » ou videz la date de fin.
problem-unknown_country = « { $value } » n’est pas un code de pays. Choisissez un pays dans la liste.
problem-unknown_term = « { $value } » ne figure pas dans la liste. Choisissez une valeur dans la liste.
problem-not_involved = Un consentement ne peut être enregistré que pour quelqu’un qui est concerné par cet incident.
problem-unknown_actor = Cette personne ou organisation ne figure pas dans le coffre-fort.
problem-duplicate = Cet élément apparaît deux fois.
problem-duplicate-types = Ce type est indiqué deux fois.
problem-duplicate-role = Cette personne ou organisation a déjà ce rôle dans l’incident.
problem-duplicate-id = Deux personnes ou organisations ont le même identifiant.
problem-not_applicable = Cela ne s’applique pas ici.
problem-not_applicable-flag_state = Seul un navire ou un aéronef a un État du pavillon.
problem-not_applicable-kind = L’âge, l’année de naissance et le genre ne concernent que les personnes.
problem-not_applicable-state_link = Un lien avec l’État n’est enregistré que pour un auteur présumé.
problem-out_of_range = Cette valeur est hors des limites autorisées.
problem-out_of_range-age = Un âge doit être compris entre 0 et 130.
problem-out_of_range-birth_year = Une année de naissance doit être comprise entre 1890 et 2100.
problem-out_of_range-level = Les niveaux de consentement sont 0, 1, 2 et 3.

## field

field-title = Titre
field-narrative = Exposé des faits
field-start = Date de début
field-end = Date de fin
field-ongoing = Toujours en cours
field-place = Lieu
field-country = Pays
field-status = Statut
field-urgency = Urgence
field-types = Types d’actes
field-tags = Étiquettes
field-current_situation = Situation actuelle
field-domestic_remedies = Recours internes
field-internal_notes = Notes internes
field-un_raised = Déjà soulevé par l’ONU
field-un_raised_reference = Référence du document de l’ONU
field-confidential = Champs confidentiels
field-created_at = Créé le
field-updated_at = Dernier enregistrement
field-date = Date
field-precision = Précision
field-name = Nom
field-actor_id = Qui
field-role = Rôle
field-state_link = Lien avec l’État
field-description = Description
field-type = Type d’acte
field-victim_id = Victime
field-perpetrator_ids = Auteurs présumés
field-legal_basis = Base légale
field-authority = Autorité
field-case_number = Numéro de dossier
field-detention_place = Lieu de détention
field-lawyer_access = Accès à un avocat
field-proceeding_type = Procédure
field-proceeding_status = Stade de la procédure
field-fine = Amende
field-vessel_detention_days = Jours d’immobilisation
field-mechanism = Mécanisme de l’ONU
field-body = Quel organe
field-form = Forme de coopération
field-reference = Référence
field-level = Niveau de consentement
field-name_form = Forme du nom
field-anonymous_description = Description anonyme
field-given_by = Donné par
field-risks_explained = Risques expliqués
field-method = Forme
field-recorded_by = Enregistré par
field-purpose = Usage couvert
field-revoked_at = Retiré le
field-kind = Nature
field-reliability = Fiabilité
field-obtained_on = Obtenue le
field-recipient = Envoyée à
field-date_sent = Envoyée le
field-response_received = Réponse reçue
field-response_summary = Réponse
field-next_step = Prochaine étape
field-next_step_due = Échéance de la prochaine étape
field-file_hashes = Fichiers envoyés
field-other_names = Autres noms
field-gender = Genre
field-age = Âge
field-birth_year = Année de naissance
field-nationality = Nationalité
field-occupation = Profession
field-work = Activités
field-flag_state = État du pavillon
field-registration = Immatriculation
field-contact = Contact
field-identifiers = Autres identifiants
field-unconfirmed_import = Importé, pas encore confirmé

## item

item-involvements = Personne ou organisation { $n }
item-acts = Acte { $n }
item-un_links = Lien avec l’ONU { $n }
item-consent = Consentement { $n }
item-sources = Source { $n }
item-submissions = Communication { $n }
item-actors = Personne ou organisation { $n }

## size

size-bytes = { $size } o
size-kib = { $size } Kio
size-mib = { $size } Mio
size-gib = { $size } Gio
size-tib = { $size } Tio

## evidence

evidence-title = Éléments de preuve
evidence-intro = Photos, documents et enregistrements relatifs à cet incident. Ils sont chiffrés dans le coffre-fort ; les fichiers originaux présents sur cet ordinateur ne sont ni modifiés ni supprimés.
evidence-saveFirst = Enregistrez d’abord l’incident, puis joignez des fichiers.
evidence-attach = Joindre des fichiers…
evidence-dropHint = ou déposez des fichiers n’importe où dans cette fenêtre.
evidence-importedByLabel = Importé par
evidence-importedByHint = Votre nom ou vos initiales. Mémorisé jusqu’au verrouillage du coffre-fort, jamais conservé ailleurs.
evidence-loading = Chargement des pièces jointes…
evidence-empty = Aucun élément de preuve joint pour l’instant.
evidence-listLabel = Pièces jointes
evidence-count =
    { $count ->
        [one] { $count } pièce jointe
        [many] { $count } pièces jointes
       *[other] { $count } pièces jointes
    }
evidence-busy = Attendez la fin de l’importation en cours, puis réessayez.
evidence-openIncidentFirst = Ouvrez un incident pour joindre des fichiers.
evidence-droppedSaveFirst = Enregistrez d’abord l’incident, puis joignez des fichiers. Les fichiers déposés n’ont pas été joints.
evidence-progressLabel = Progression de l’importation
evidence-progressFile = Chiffrement de { $name }
evidence-progressCount = Fichier { $n } sur { $m }
evidence-progressBytes = { $done } sur { $total }
evidence-progressSpeed = { $speed }/s, encore { $time }
evidence-progressEstimating = Estimation du temps restant…
evidence-progressStarting = Démarrage…
evidence-cancel = Annuler l’importation
evidence-cancelling = Annulation…
evidence-timeFewSeconds = quelques secondes
evidence-timeSeconds =
    { $count ->
        [one] environ { $count } seconde
        [many] environ { $count } secondes
       *[other] environ { $count } secondes
    }
evidence-timeMinutes =
    { $count ->
        [one] environ { $count } minute
        [many] environ { $count } minutes
       *[other] environ { $count } minutes
    }
evidence-timeHours = environ { $hours } h { $minutes } min
evidence-summaryAll =
    { $count ->
        [one] { $count } fichier joint.
        [many] { $count } fichiers joints.
       *[other] { $count } fichiers joints.
    }
evidence-summarySome =
    { $count ->
        [one] { $count } fichier joint sur { $files }.
        [many] { $count } fichiers joints sur { $files }.
       *[other] { $count } fichiers joints sur { $files }.
    }
evidence-summaryCancelled =
    { $count ->
        [one] Importation annulée. { $count } fichier avait été joint auparavant.
        [many] Importation annulée. { $count } fichiers avaient été joints auparavant.
       *[other] Importation annulée. { $count } fichiers avaient été joints auparavant.
    }
evidence-outcomeFailed = { $name } : non joint. { $reason }
evidence-outcomeSkipped = { $name } : ignoré (importation annulée).
evidence-outcomeAlready = { $name } : déjà joint à cet incident. Rien n’a été ajouté.
evidence-outcomeDuplicate = { $name } : même contenu qu’une autre pièce jointe du coffre-fort. Il est conservé une seule fois et lié ici.
evidence-failedUnknown = La raison est inconnue.
evidence-originalsTitle = Les fichiers originaux sont toujours sur cet ordinateur
evidence-originalsText = { $names } : le coffre-fort contient désormais une copie chiffrée, mais l’original est toujours à son emplacement, et le système peut en garder des miniatures (petites images d’aperçu). Toute personne qui ouvre cet ordinateur peut les trouver. Supprimez-les, sauf si vous en avez besoin ailleurs.
evidence-removeOriginals = Supprimer les originaux de cet ordinateur
evidence-keepOriginals = Les garder
evidence-originalsRemoved =
    { $count ->
        [one] L’original a été supprimé ({ $count } fichier), ainsi que ses miniatures.
        [many] Les originaux ont été supprimés ({ $count } fichiers), ainsi que leurs miniatures.
       *[other] Les originaux ont été supprimés ({ $count } fichiers), ainsi que leurs miniatures.
    }
evidence-originalsFailed = Ces originaux n’ont pas pu être supprimés : { $names }. Supprimez-les vous-même.
evidence-dismissSummary = Fermer
evidence-kind-image = Image
evidence-kind-pdf = PDF
evidence-kind-video = Vidéo
evidence-kind-audio = Audio
evidence-kind-document = Document
evidence-kind-archive = Archive
evidence-kind-other = Fichier
evidence-imageAlt = Image jointe
evidence-mediaType = Type de fichier
evidence-size = Taille
evidence-sha256 = Empreinte SHA-256
evidence-sha256Hint = Prouve que le fichier n’a pas été modifié depuis son importation.
evidence-copyHash = Copier
evidence-hashCopied = Empreinte copiée.
evidence-importedAt = Importé le
evidence-importedOnBy = { $time } par { $who }
evidence-importedOn = { $time }
evidence-originalName = Nom du fichier d’origine
evidence-originalNameConfidential = Confidentiel : jamais exporté.
evidence-metaFound = Trouvé dans le fichier :
evidence-metaKept = Conservé dans le coffre-fort ; jamais exporté, sauf si vous le choisissez.
evidence-metaNone = Aucune information de prise de vue (date, lieu, appareil) n’a été trouvée dans le fichier.
evidence-metaTaken = Date de prise de vue : { $time }
evidence-metaLocation = Latitude { $lat }, longitude { $lon }
evidence-metaDevice = Appareil : { $device }
evidence-metaDimensions = { $width } × { $height } pixels
evidence-metaGpsWarning = Ce fichier enregistre le lieu où il a été créé. Toute personne qui en a une copie exacte peut voir ce lieu.
evidence-description = Ce qu’il montre
evidence-descriptionHint = Enregistré lorsque vous quittez le champ ou appuyez sur Entrée.
evidence-descriptionSaved = Description enregistrée.
evidence-shareable = Peut être partagé (uniquement une copie sans métadonnées)
evidence-shareableOn = Peut être partagé : seule une copie sans métadonnées quitte le coffre-fort.
evidence-shareableOff = Conservé uniquement dans le coffre-fort.
evidence-notShareable = Ce type de fichier ne peut pas être partagé, seulement conservé dans le coffre-fort.
evidence-pdfNoPreview = Les PDF ne peuvent pas encore être affichés ici ; enregistrez une copie déchiffrée pour l’ouvrir.
evidence-view = Afficher
evidence-saveSanitised = Enregistrer une copie sans métadonnées…
evidence-saveDecrypted = Enregistrer une copie déchiffrée…
evidence-delete = Supprimer…
evidence-actionsFor = Actions pour cette pièce jointe
evidence-savedSanitised = Une copie sans métadonnées a été enregistrée. Elle n’est pas chiffrée.
evidence-savedDecrypted = Une copie déchiffrée a été enregistrée. Elle n’est pas chiffrée et conserve toutes les métadonnées : supprimez-la dès que vous n’en avez plus besoin.
evidence-decryptedTitle = Enregistrer une copie déchiffrée ?
evidence-decryptedWarning = Cette copie n’est PAS chiffrée et conserve toutes les métadonnées (GPS, appareil). Supprimez-la dès que vous n’en avez plus besoin.
evidence-decryptedConfirm = Choisir l’emplacement…
evidence-deleteTitle = Supprimer cette pièce jointe ?
evidence-deleteText = Son fichier chiffré est détruit, ainsi que sa description et ses métadonnées.
evidence-deleteConfirm = Supprimer la pièce jointe
evidence-deleted = La pièce jointe a été supprimée.
evidence-previewTitle = Aperçu
evidence-previewLoading = Déchiffrement de l’image…
evidence-previewFailed = Impossible d’afficher cette image.


## recipient

recipient-ohchr-reprisals-name = Équipe du HCDH chargée des représailles
recipient-ohchr-reprisals-about = Un cas confidentiel, destiné à l’équipe du HCDH chargée des actes d’intimidation et de représailles pour coopération avec l’ONU. Le HCDH peut le soulever auprès du Gouvernement : seules les personnes qui ont accepté d’être nommées auprès du Gouvernement (niveau 2 ou 3) sont donc nommées ; les personnes au niveau 1 apparaissent sous un pseudonyme, avec leur rôle.
recipient-special-procedures-name = Communication aux procédures spéciales
recipient-special-procedures-about = Une communication adressée à un ou plusieurs titulaires de mandat au titre des procédures spéciales, qui peuvent la transmettre au Gouvernement. Seules les personnes au niveau de consentement 2 ou 3 sont nommées ; celles du niveau 1 apparaissent sous un pseudonyme. Les procédures spéciales acceptent l’anglais, le français et l’espagnol.
recipient-sg-report-name = Contribution au rapport annuel du Secrétaire général sur les représailles
recipient-sg-report-about = Informations destinées au rapport annuel public du Secrétaire général « Coopération avec l’Organisation des Nations Unies, ses représentants et ses mécanismes dans le domaine des droits de l’homme ». Ce rapport est publié : les personnes ne sont nommées qu’au niveau de consentement 3, sous la forme qu’elles ont choisie (nom complet, initiales ou description anonyme) ; les autres apparaissent sous un pseudonyme, et le lieu du cas n’est alors indiqué qu’à l’échelle de la région et ses dates qu’au mois près, pour qu’une ville et un jour ne permettent pas de les identifier. Chaque cas doit comporter un lien avec une coopération avec l’ONU, un consentement donné après explication des risques, et une réponse à la question : l’ONU a-t-elle déjà soulevé ce cas ?
recipient-legal-team-name = Équipe juridique (au sein de l’organisation)
recipient-legal-team-about = Tous les détails, pour les juristes de votre propre organisation : toute personne qui a consenti à un usage quelconque hors du coffre-fort (niveau 1 ou plus) est nommée, y compris celles qui n’ont accepté qu’un usage par l’ONU sans être identifiées (l’aperçu le signale pour chacune : gardez le fichier au sein de votre organisation et envoyez-le chiffré) ; les champs confidentiels sont conservés et signalés, les lieux et les dates sont exacts. Les personnes au niveau 0 ou sans consentement n’apparaissent toujours pas. Les coordonnées figurent sur la page de garde.
recipient-public-summary-name = Résumé public
recipient-public-summary-about = Un résumé que tout le monde peut lire. Seules les personnes qui ont accepté la publication (niveau de consentement 3) y figurent, sous la forme qu’elles ont choisie : nom complet, initiales ou description anonyme. Un cas n’est inclus que si toutes ses victimes ont donné leur accord. Les lieux sont indiqués à l’échelle de la région, les dates au mois près, et aucune pièce jointe ni aucun champ confidentiel n’est inclus.

## finding
# What the export preview asks the person to fix (blockers) or to know (warnings). Values:
# { $who } a person's name, { $roles } their roles, { $why } why they do not appear,
# { $scripts } writing systems, { $languages } languages, { $recipient } a recipient.

finding-no_victim = Aucune victime n’est enregistrée. Ajoutez la personne ou l’organisation visée, à l’étape « Personnes et organisations ».
finding-no_victim_work = Les activités de défense des droits humains ou de solidarité de la victime ne sont pas décrites (étape « Personnes et organisations », champ « Ses activités de défense des droits humains ou de solidarité »). Les mécanismes de l’ONU demandent quel est leur lien avec ce qui s’est passé.
finding-no_un_link = Aucune coopération avec l’ONU n’est liée à ce cas. Les mécanismes chargés des représailles traitent les représailles pour coopération avec l’ONU : ajoutez ce lien à l’étape « Lien avec l’ONU ».
finding-no_date = Aucune date n’est enregistrée. Indiquez au moins le mois et l’année.
finding-no_country = Aucun pays n’est enregistré.
finding-no_account = L’exposé des faits est vide.
finding-date_year_only = La date n’est connue qu’à l’année près ; les mécanismes de l’ONU demandent au moins le mois.
finding-un_raised_unknown = Indiquez si l’ONU a déjà soulevé ce cas dans un document officiel (étape « Lien avec l’ONU »).
finding-no_perpetrator = Aucun auteur présumé n’est enregistré. Indiquez l’institution ou l’unité lorsqu’elle est connue.
finding-risks_not_explained = { $who } : le consentement a été enregistré sans que les risques aient été expliqués. Le rapport du Secrétaire général exige un consentement donné après explication des risques.
finding-outside_period = Ce cas a commencé en dehors de la période couverte. Il peut tout de même être inclus s’il s’est poursuivi pendant cette période ; précisez-le dans l’exposé des faits.
finding-no_mandate = Aucun mandat au titre des procédures spéciales n’est indiqué. Indiquez le ou les mandats auxquels vous écrivez (par exemple, le Rapporteur spécial sur la situation des défenseurs et défenseuses des droits humains).
finding-no_submitter = L’auteur de la communication n’est pas renseigné. Les mécanismes de l’ONU n’examinent pas les communications anonymes : indiquez un nom et un contact sécurisé pour la page de garde confidentielle.
finding-nothing_to_export = Aucun cas ne peut être exporté vers ce destinataire : tous les cas choisis ont été exclus (la raison est indiquée pour chacun).
finding-not_a_working_language = Langues de travail de « { $recipient } » : { $languages }. Un rapport dans une autre langue risque d’attendre une traduction : rédigez-le si possible dans l’une de ces langues.
finding-name_script_missing = { $who } : le texte de ce cas est en partie en écriture { $scripts }, mais aucune orthographe de ce nom n’est enregistrée dans cette écriture. Tadamun ne peut masquer que les orthographes qu’il connaît : ajoutez-la dans « Autres noms et orthographes » (étape « Personnes et organisations »), ou vérifiez l’aperçu ligne par ligne.
finding-named_at_level_1 = { $who } n’a accepté qu’un usage par l’ONU sans que la personne soit identifiée (niveau 1). Ce fichier donne son nom parce qu’il est destiné à votre propre équipe juridique : gardez-le au sein de votre organisation et envoyez-le chiffré.
finding-no_name_form = { $who } a accepté la publication, mais sans préciser sous quelle forme son nom doit apparaître (nom complet, initiales ou description) : un pseudonyme est donc utilisé.
finding-person_left_out = { $who } ({ $roles }) n’apparaît pas, car { $why }. Si cette personne a accepté davantage, enregistrez-le à l’étape « Consentement ».

## why
# Why a person does not appear in a report ({ $why } above); { $level } is a consent level.

export-why-no_consent = aucun consentement n’est enregistré
export-why-consent_withdrawn = son consentement a été retiré
export-why-consent_level = son consentement est de niveau { $level }

## note
# What the preview says was changed or left out of a case.

note-name_in_text = { $who } : nom remplacé dans le texte
note-name_in_text_other_case = Une personne enregistrée dans un autre cas : nom remplacé dans le texte
note-confidential_field = Champ confidentiel retiré : { $field }
note-coarsened = Précision réduite : { $field }, désormais { $precision }
note-acts_left_out =
    { $count ->
        [one] Retiré : { $count } acte commis contre ou par une personne qui n’apparaît pas, avec tous ses détails (date, description, autorité, numéro de dossier, lieu)
        [many] Retirés : { $count } actes commis contre ou par des personnes qui n’apparaissent pas, avec tous leurs détails (date, description, autorité, numéro de dossier, lieu)
       *[other] Retirés : { $count } actes commis contre ou par des personnes qui n’apparaissent pas, avec tous leurs détails (date, description, autorité, numéro de dossier, lieu)
    }
note-identifying_act_details_left_out =
    { $count ->
        [one] Retirés : le numéro de dossier et le lieu de détention de { $count } acte concernant une personne qui n’est pas nommée (ils permettraient de l’identifier)
        [many] Retirés : le numéro de dossier et le lieu de détention de { $count } actes concernant des personnes qui ne sont pas nommées (ils permettraient de les identifier)
       *[other] Retirés : le numéro de dossier et le lieu de détention de { $count } actes concernant des personnes qui ne sont pas nommées (ils permettraient de les identifier)
    }
note-sources_left_out =
    { $count ->
        [one] Retirée de la page de garde : { $count } source qui n’apparaît pas dans le rapport
        [many] Retirées de la page de garde : { $count } sources qui n’apparaissent pas dans le rapport
       *[other] Retirées de la page de garde : { $count } sources qui n’apparaissent pas dans le rapport
    }
note-attachment_not_for_recipient = Retirée : une pièce jointe (ce destinataire ne reçoit aucune pièce jointe)
note-attachment_not_shareable = Retirée : une pièce jointe non marquée comme partageable
note-attachment_not_cleanable = Retirée : une pièce jointe dont les métadonnées ne peuvent pas être supprimées
note-internal_notes_left_out = Retirées : les notes internes (jamais exportées)
note-name_confidential = { $who } : le nom est marqué confidentiel, un pseudonyme est donc utilisé.
note-person_removed = { $who } ({ $roles }) n’apparaît pas : { $why }.
note-perpetrator_not_named = { $who } — les auteurs présumés individuels ne sont pas nommés auprès de ce destinataire
note-pseudonymised = { $who } — nom masqué : niveau de consentement { $level }
note-named_as_chosen = { $who } — nom indiqué sous la forme choisie pour la publication
leftOut-victim_left_out = { $who } est victime et { $why } : le cas n’est pas envoyé à ce destinataire.

## field
# Parts of a case named in the notes ({ $field } above) and how precise a date became.

export-field-act_date = la date d’un acte
export-field-act_description = la description d’un acte
export-field-authority = une autorité
export-field-case_number = un numéro de dossier
export-field-detention_place = un lieu de détention
export-field-account = l’exposé des faits
export-field-current_situation = la situation actuelle
export-field-domestic_remedies = les recours internes
export-field-place = le lieu
export-field-start_date = la date de début
export-field-end_date = la date de fin
export-field-un_cooperation_date = la date d’une coopération avec l’ONU
export-field-name = un nom
export-field-gender = le genre
export-field-occupation = la profession
export-field-work = les activités de défense des droits humains ou de solidarité
export-field-registration = une immatriculation
export-precision-month = au mois près
export-precision-year = à l’année près
export-precision-day = au jour près
export-precision-country = limité au pays

## file
# The files an export writes, and what they contain.

export-file-report_docx = La communication, sous forme de document Word modifiable
export-file-report_pdf = La communication, au format PDF
export-file-report_json = La communication sous forme de données (JSON, format documenté)
export-file-report_csv = Une ligne par cas (CSV)
export-file-report_uwazi_csv = Une ligne par cas, pour l’importation CSV d’Uwazi
export-file-cover_docx = Page de garde confidentielle : l’auteur de la communication, les contacts et les sources. À envoyer séparément ; jamais à l’État.
export-file-cover_pdf = Page de garde confidentielle : l’auteur de la communication, les contacts et les sources. À envoyer séparément ; jamais à l’État.
export-file-cover_json = Page de garde confidentielle : l’auteur de la communication, les contacts et les sources. À envoyer séparément ; jamais à l’État.
export-file-attachment = Pièce jointe du cas { $case }, copiée sans métadonnées
export-file-checksums = L’empreinte SHA-256 de chaque fichier, pour vérifier que rien n’a changé en chemin
export-content-recipient = le destinataire
export-content-language = la langue
export-content-reporting_period = la période couverte
export-content-victims = les victimes
export-content-victim_work = les activités de défense des droits humains ou de solidarité des victimes
export-content-un_link = le lien avec la coopération avec l’ONU
export-content-dates_place_account = les dates, le lieu et l’exposé des faits
export-content-act_types = les actes et leurs types
export-content-perpetrators = les auteurs présumés
export-content-legal_basis = la base légale, les autorités et les numéros de dossier
export-content-detention = la détention
export-content-domestic_remedies = les recours internes
export-content-consent = le consentement
export-content-already_raised = si l’ONU a déjà soulevé le cas
export-content-urgency = l’urgence
export-content-sea_rescue = les navires, les aéronefs, les amendes et les jours d’immobilisation
export-content-supporting_documents = les pièces jointes (copies sans métadonnées)
export-content-submitter = l’auteur de la communication
export-content-contacts = comment joindre les personnes nommées dans le rapport
export-content-sources = les sources

## export

export-title = Préparer une communication
export-intro = Choisissez le destinataire, vérifiez exactement ce qui va quitter cet appareil, puis écrivez les fichiers dans un dossier. Rien n’est envoyé par Internet.
export-back = Retour aux incidents
export-incidents =
    { $count ->
        [one] { $count } incident dans cette communication
        [many] { $count } incidents dans cette communication
       *[other] { $count } incidents dans cette communication
    }
export-incidentItem = n° { $number } { $title }
export-removeIncident = Retirer
export-removeIncidentLabel = Retirer l’incident n° { $number } de cette communication
export-noIncidents = Il ne reste aucun incident dans cette communication. Revenez à la liste et cochez les incidents à envoyer.
export-loadingProfiles = Chargement des destinataires…
export-step-recipient = 1. Destinataire
export-step-options = 2. Langue, formats et détails
export-step-preview = 3. Vérifier ce qui va quitter cet appareil
export-step-write = 4. Écrire les fichiers
export-recipients = Destinataire
export-naming = Les personnes sont nommées à partir du niveau de consentement { $named } ; aux niveaux inférieurs, elles apparaissent sous un pseudonyme (à partir du niveau { $included }) ou n’apparaissent pas du tout.
export-namingOnly = Les personnes sont nommées à partir du niveau de consentement { $named } ; aux niveaux inférieurs, elles n’apparaissent pas du tout.
export-withAttachments = Les pièces jointes partageables sont incluses, sous forme de copies sans métadonnées.
export-withCoverSheet = L’identité de l’auteur de la communication figure sur une page de garde confidentielle distincte.
export-chooseRecipientFirst = Choisissez le destinataire pour voir les options qui s’y appliquent.
export-language = Langue du rapport
export-languageName-en = English
export-languageName-fr = Français
export-languageName-es = Español
export-languageName-ar = العربية
export-languageName-ru = Русский
export-languageName-zh = 中文
export-workingLanguage = { $language } — une langue de travail de ce destinataire
export-notWorkingLanguage = Ce destinataire travaille dans les langues suivantes : { $languages }. Un rapport dans une autre langue est tout de même écrit, mais il risque d’attendre une traduction avant d’être lu.
export-formats = Formats de fichier
export-format-docx = Document Word (.docx)
export-format-pdf = PDF
export-format-json = Données structurées (JSON)
export-format-csv = Tableur (CSV)
export-format-uwazi_csv = Importation Uwazi (CSV)
export-mandates = Mandats visés (un par ligne)
export-mandatesHint = Par exemple : Rapporteur spécial sur la situation des défenseurs et défenseuses des droits humains.
export-period = Période couverte
export-periodFrom = Du
export-periodTo = Au
export-submitter = Auteur de la communication
export-submitterNote = Ces informations figurent uniquement sur une page de garde confidentielle distincte, jamais dans le rapport.
export-submitterName = Nom
export-submitterOrganisation = Organisation
export-submitterContact = Un moyen sûr de vous joindre
export-submitterContactHint = Un numéro Signal, une adresse e-mail sécurisée…
export-submitterRelation = Votre lien avec la ou les victimes
export-submitterRelationHint = La victime elle-même, la famille, l’avocat, l’organisation…
export-samePseudonym = Utiliser le même pseudonyme pour une personne dans tous les cas
export-samePseudonymHint = Désactivé : chaque cas a ses propres Personne A, B…, si bien qu’un lecteur ne peut pas relier les cas entre eux. Activé : une personne garde le même pseudonyme dans tout le rapport, ce qui permet au lecteur de relier les cas.
export-previewButton = Afficher ce qui va quitter cet appareil
export-previewBusy = Préparation de l’aperçu…
export-needRecipient = Choisissez d’abord le destinataire.
export-needIncidents = Aucun incident n’est choisi.
export-needFormat = Cochez au moins un format.
export-previewStale = Vous avez modifié un choix ci-dessus. Affichez à nouveau ce qui va quitter cet appareil avant d’écrire les fichiers.
export-previewTitle = Ce qui va quitter cet appareil
export-previewCases =
    { $count ->
        [one] { $count } cas figurera dans le rapport (destinataire : { $recipient }).
        [many] { $count } cas figureront dans le rapport (destinataire : { $recipient }).
       *[other] { $count } cas figureront dans le rapport (destinataire : { $recipient }).
    }
export-blockersTitle = À corriger avant de pouvoir écrire quoi que ce soit
export-blockersExplain = Rien ne peut être exporté tant que ces problèmes subsistent. Corrigez-les dans les incidents, puis affichez à nouveau l’aperçu.
export-findingCase = Cas { $case } : { $message }
export-noteCase = Cas { $case } :
export-warningsTitle = À savoir avant l’envoi
export-leftOutTitle = Exclu de cette communication
export-leftOutItem = n° { $number } { $title } — { $reason }
export-notesTitle = Ce qui a été retiré ou modifié
export-notesNone = Rien n’a été retiré ni modifié.
export-documentTitle = Le rapport, tel que le lira le destinataire : { $recipient }
export-documentHint = Les mots signalés ont été remplacés par un pseudonyme, retirés ou modifiés (voir la liste ci-dessus).
export-documentEmpty = Le rapport est vide.
export-coverTitle = Page de garde confidentielle — un fichier distinct
export-coverHint = Écrite dans un fichier à part, pour que le rapport puisse être transmis sans elle.
export-filesTitle = Fichiers qui seront écrits
export-confidentialTag = confidentiel
export-fileContains = Contenu : { $contents }
export-fieldLabel = { $label } :
export-folder = Dossier de destination
export-folderHint = Un dossier sur cet ordinateur ou sur une clé USB, choisi dans la fenêtre de sélection (Tadamun n’écrit que là où vous l’avez choisi).
export-noFolderYet = Aucun dossier choisi pour l’instant
export-chooseFolder = Choisir un dossier…
export-keys = Chiffrer pour le destinataire (facultatif) : sa ou ses clés publiques age, une par ligne, commençant par age1…
export-keysHint = Seul le détenteur de la clé secrète correspondante pourra alors ouvrir les fichiers.
export-keysChecking = Vérification des clés…
export-run =
    { $count ->
        [one] Exporter { $count } fichier
        [many] Exporter { $count } fichiers
       *[other] Exporter { $count } fichiers
    }
export-runEncrypted =
    { $count ->
        [one] Exporter { $count } fichier, chiffré pour le destinataire
        [many] Exporter { $count } fichiers, chiffrés pour le destinataire
       *[other] Exporter { $count } fichiers, chiffrés pour le destinataire
    }
export-runNoPreview = Exporter
export-running = Écriture des fichiers…
export-needPreview = Affichez d’abord ce qui va quitter cet appareil (étape 3).
export-previewAgain = Un choix a changé depuis l’aperçu : affichez à nouveau ce qui va quitter cet appareil (étape 3).
export-blocked = Rien ne peut être exporté tant qu’il reste des problèmes à corriger (voir l’étape 3).
export-needFolder = Choisissez le dossier de destination.
export-fixKeys = Corrigez les clés de chiffrement, ou laissez le champ vide.
export-progressLabel = Progression de l’exportation
export-progressStarting = Démarrage…
export-progressStep = { $stage } ({ $done } sur { $total })
export-done =
    { $count ->
        [one] { $count } cas exporté vers { $dir }
        [many] { $count } cas exportés vers { $dir }
       *[other] { $count } cas exportés vers { $dir }
    }
export-writtenFiles = Fichiers écrits
export-writtenHash = SHA-256 { $hash }…
export-writtenEncrypted = (chiffré)
export-doneNote = Le fichier SHA256SUMS contient l’empreinte de chaque fichier. L’exportation a été enregistrée dans chaque cas comme une communication.
export-again = Préparer une autre communication

## error

error-wrong_passphrase = Cette phrase de passe n’a pas ouvert le coffre-fort (ou le coffre-fort est endommagé). Vérifiez qu’il n’y a pas de faute de frappe et que la touche Verr. Maj n’est pas activée, puis réessayez.
error-wrong_recovery_key = Cette clé de récupération n’a pas ouvert le coffre-fort (ou le coffre-fort est endommagé). Vérifiez chaque caractère, puis réessayez.
error-key_file_damaged = Un fichier de clé du coffre-fort est endommagé. Si vous avez votre clé de récupération, essayez de déverrouiller le coffre-fort avec cette clé.
error-database_damaged = Les données du coffre-fort sont endommagées et ne peuvent pas être lues.
error-vault_not_found = Le coffre-fort est introuvable à l’endroit où Tadamun l’attendait.
error-vault_exists = Un coffre-fort existe déjà dans ce dossier.
error-newer_format = Ce coffre-fort a été créé par une version plus récente de Tadamun. Installez cette version plus récente pour l’ouvrir.
error-disk_full = Le disque est plein. Libérez de l’espace, puis réessayez.
error-weak_passphrase = Cette phrase de passe est trop faible. Choisissez-en une plus longue.
error-locked = Le coffre-fort est verrouillé. Déverrouillez-le, puis réessayez.
error-erase_incomplete = Le coffre-fort était en cours d’effacement et ne peut plus être ouvert.
error-in_use = Le coffre-fort est déjà utilisé par une autre fenêtre de Tadamun. Fermez-la, puis réessayez.
error-invalid_input = Une des valeurs saisies n’est pas valide. Vérifiez-la, puis réessayez.
error-invalid_record = Certains champs doivent être corrigés avant que l’incident puisse être enregistré. Rien n’a encore été enregistré.
error-record_not_found = Cet élément n’existe plus dans le coffre-fort. Il a peut-être été supprimé.
error-conflict = Cet incident a été modifié et enregistré ailleurs depuis que vous l’avez ouvert. Vos modifications sont conservées comme brouillon ; rechargez l’incident pour voir la version la plus récente.
error-cancelled = Annulé. Rien n’a été conservé de ce fichier.
error-evidence_damaged = Le fichier chiffré de cette pièce jointe est manquant ou a été altéré. Lancez « Vérifier le coffre-fort » dans les Paramètres.
error-not_shareable = Ce fichier ne peut pas être copié sans ses métadonnées.
error-io = Tadamun n’a pas pu lire ou écrire l’un de ses fichiers.
error-unknown = Une erreur s’est produite.
error-technicalDetails = Détails techniques (pour la personne qui vous aide)
error-not_shareable-pdf = Les fichiers PDF peuvent contenir l’auteur, l’historique des modifications et des fichiers intégrés, et Tadamun ne peut pas encore les retirer de manière vérifiable. Partagez plutôt une photo ou une capture d’écran des pages, ou gardez le PDF pour un usage interne.
error-not_shareable-video = Les vidéos contiennent des métadonnées sur l’appareil, la date et le lieu, que Tadamun ne peut pas encore retirer de manière vérifiable. Gardez la vidéo pour un usage interne.
error-not_shareable-heic = Les photos HEIC et AVIF ne peuvent pas être décodées ici en toute sécurité. Convertissez la photo en JPEG sur le téléphone ou l’ordinateur, joignez le JPEG, puis partagez celui-ci.
error-not_shareable-office = Les documents Office contiennent l’auteur, l’historique des modifications et les commentaires, que Tadamun ne peut pas retirer de manière vérifiable. Gardez le document pour un usage interne, ou partagez-en une image.
error-not_shareable-other = Tadamun ne peut créer des copies sans métadonnées que pour les images JPEG, PNG et WebP. Ce fichier ne peut pas être partagé.
error-invalid_input-no_format = Choisissez au moins un format (DOCX, PDF, JSON, CSV ou CSV Uwazi).
error-invalid_input-secret_key_given = Il s’agit d’une clé secrète (AGE-SECRET-KEY-…), pas d’une clé publique. Ne la communiquez jamais. Demandez au destinataire sa clé publique, qui commence par age1…
error-invalid_input-not_a_public_key = « { $key }… » n’est pas une clé publique age. Les clés publiques commencent par age1 et comptent 62 caractères ; demandez au destinataire de vous renvoyer la sienne.
error-invalid_input-encrypt_failed = Tadamun n’a pas pu chiffrer pour ces clés. Vérifiez-les avec le destinataire.
error-invalid_input-folder_not_empty = Le dossier { $folder } contient déjà : { $files }. Choisissez un dossier vide ; rien n’a été écrasé.
error-invalid_input-folder_has_link = Dans le dossier choisi, « { $folder } » est un lien vers un autre emplacement, et Tadamun n’écrit pas à travers les liens. Choisissez un dossier vide. Rien n’a été conservé.
error-invalid_input-blockers_remain = Rien n’a été écrit. Corrigez d’abord ce que l’aperçu signale.
error-invalid_input-could_not_write = Tadamun n’a pas pu écrire { $name }. Rien n’a été écrit.
error-invalid_input-unknown_language = Un rapport ne peut pas être rédigé en « { $language } ». Choisissez l’une des six langues officielles de l’ONU.
error-invalid_input-no_incident_chosen = Choisissez au moins un incident à exporter.
error-invalid_input-bad_period = La période couverte doit comporter deux dates (AAAA-MM-JJ), la première antérieure à la seconde.
error-invalid_input-not_a_recovery_key = Ce n’est pas une clé de récupération. Une clé de récupération commence par AGE-SECRET-KEY-1, suivi de 58 lettres et chiffres.
error-invalid_input-current_passphrase_needed = Saisissez votre phrase de passe actuelle. Pour en définir une nouvelle sans elle, déverrouillez d’abord le coffre-fort avec votre clé de récupération.
error-invalid_input-rotation_unfinished = Un changement de clé précédent n’est pas encore terminé. Libérez de l’espace disque, verrouillez puis déverrouillez le coffre-fort (cela le termine), puis réessayez.
error-invalid_input-backup_damaged = Cette sauvegarde est endommagée ou incomplète. Rien n’a été restauré. Essayez une autre copie de la sauvegarde.
error-invalid_input-backup_wrong_key = Cette clé de récupération n’ouvre pas cette sauvegarde. Une sauvegarde s’ouvre avec la clé de récupération qu’avait le coffre-fort au moment où elle a été faite : si vous avez créé une nouvelle clé de récupération depuis, utilisez l’ancienne.
error-invalid_input-not_a_backup = Ce fichier n’est pas une sauvegarde Tadamun.
error-invalid_input-backup_not_found = Le fichier de sauvegarde { $path } n’est plus là. Choisissez-le de nouveau.
error-invalid_input-backup_newer_format = Cette sauvegarde a été faite par une version plus récente de Tadamun. Installez la dernière version, puis restaurez-la.
error-invalid_input-backup_file_exists = { $path } existe déjà. Choisissez un autre nom, ou supprimez d’abord ce fichier.
error-invalid_input-backup_target_is_folder = { $path } est un dossier. Indiquez un nom de fichier pour la sauvegarde.
error-invalid_input-backup_inside_vault = Une sauvegarde placée dans le dossier même du coffre-fort serait perdue avec lui. Enregistrez-la ailleurs : sur une clé USB ou un autre disque.
error-invalid_input-backup_attachment_missing = Le fichier d’une pièce jointe manque dans le coffre-fort : la sauvegarde serait donc incomplète. Lancez « Vérifier maintenant » pour savoir laquelle, puis refaites la sauvegarde.
error-invalid_input-backup_vault_changed = Le coffre-fort a été modifié pendant la sauvegarde. Refaites-la.
error-invalid_input-restore_folder_not_empty = Le dossier { $path } n’est pas vide. Restaurez dans un nouveau dossier, ou dans un dossier vide.
error-invalid_input-too_large_to_show = Ce fichier est trop volumineux pour être affiché dans Tadamun ({ $mib } Mio). Enregistrez plutôt une copie déchiffrée.
error-invalid_input-image_unreadable = Cette image ne peut pas être lue : aucune copie sans métadonnées ne peut donc être créée.
error-invalid_input-clean_copy_failed = La copie sans métadonnées n’a pas pu être créée.
error-invalid_input-original_not_removed = Le fichier original { $file } ne peut pas être supprimé.
error-invalid_input-original_not_a_file = { $file } n’est pas un fichier ordinaire : Tadamun n’y touche pas.
error-invalid_input-description_too_long = Cette description est trop longue.
error-invalid_input-cannot_be_shared = Ce fichier ne peut pas être partagé.
error-invalid_input-file_not_found = Le fichier « { $name } » est introuvable. Rien n’a été importé.
error-invalid_input-file_not_readable = Tadamun n’a pas l’autorisation de lire « { $name } ». Rien n’a été importé.
error-invalid_input-not_a_file = « { $name } » n’est pas un fichier (c’est un dossier ou un périphérique). Rien n’a été importé.
