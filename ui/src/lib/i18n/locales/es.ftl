# Spanish (es) catalogue of the Tadamun interface, translated from en.ftl.
# Register: formal "usted" throughout (neutral across Spain and Latin America, and the register
# of the United Nations' own Spanish texts). Neutral pan-Hispanic vocabulary: "computadora",
# "archivo", "carpeta", "memoria USB". Quotation marks: «…».
# UN terms follow the UN's official Spanish (OHCHR, UNTERM): see ../glossary/es.md.

## app

app-name = Tadamun
app-loading = Abriendo Tadamun…
app-startupFailed = Tadamun no pudo acceder a la carpeta de su bóveda.
app-retry = Volver a intentarlo
app-skipToContent = Ir al contenido principal

## state

state-label = Estado de la bóveda
state-locked = Bloqueada
state-unlocked = Desbloqueada

## nav

nav-label = Principal
nav-incidents = Incidentes
nav-audit = Registro de auditoría
nav-settings = Configuración

## lock

lock-button = Bloquear
lock-shortcut = Ctrl+L
lock-shortcutMac = ⌘L
lock-busy = Bloqueando…

## notice

notice-dismiss = Cerrar
notice-lockedInactivity =
    { $count ->
        [one] Se bloqueó tras { $count } minuto sin actividad.
        [many] Se bloqueó tras { $count } minutos sin actividad.
       *[other] Se bloqueó tras { $count } minutos sin actividad.
    }
notice-lockedInactivityUnknown = Se bloqueó tras un tiempo sin actividad.
notice-lockedSuspend = Se bloqueó porque la computadora entró en suspensión.
notice-lockedScreen = Se bloqueó porque se activó el bloqueo de pantalla de la computadora.
notice-eraseMarkRemoved = Esta bóveda estaba marcada como «en proceso de borrado», pero sus claves estaban intactas. O bien un borrado se interrumpió justo al empezar, o bien alguien con acceso a la carpeta de la bóveda puso esa marca. Se quitó la marca y no se borró nada. Si usted quería borrar esta bóveda, vuelva a borrarla en Configuración.
notice-lastSession = Bóveda abierta. La vez anterior se abrió el { $date }; su último cambio es el número { $change }.

## rollback

rollback-title = Puede que esta bóveda se haya sustituido por una copia más antigua
rollback-advice = Si fue usted quien restauró una copia de seguridad, esto es normal. Si no, alguien que tuvo esta computadora puede haber repuesto una copia antigua de la bóveda. Compruebe que los casos recientes, lo que eliminó y los consentimientos retirados estén como los dejó, y revise el registro de auditoría.
rollback-rolled_back = La base de datos de esta bóveda es más antigua que la de la última vez que se usó: su último cambio es el número { $database }, pero la última vez que se cerró la bóveda se registró el cambio { $last }. Puede que hayan reaparecido casos eliminados o consentimientos retirados desde entonces. Si no fue usted quien restauró una copia de seguridad, puede que alguien haya sustituido la base de datos.
rollback-record_altered = El registro de la última sesión no corresponde a la clave de esta bóveda: se alteró o se copió de otra bóveda. Tadamun no puede saber si la base de datos se sustituyó por una copia más antigua.
rollback-auditLog = Abrir el registro de auditoría
rollback-understood = Entendido

## notice

notice-erased = La bóveda se borró. Ya nunca se podrá abrir. Puede crear una bóveda nueva aquí abajo.
notice-unlockedWithRecovery = Abrió la bóveda con su clave de recuperación. Si olvidó su frase de contraseña, elija una nueva en Configuración.

## passphrase

passphrase-show = Mostrar
passphrase-hide = Ocultar
passphrase-showLabel = Mostrar el texto de «{ $label }»
passphrase-hideLabel = Ocultar el texto de «{ $label }»

## strength

strength-label = Solidez de la frase de contraseña
strength-score0 = Muy débil
strength-score1 = Débil
strength-score2 = Regular
strength-score3 = Fuerte
strength-score4 = Muy fuerte
strength-empty = Escriba una frase de contraseña para ver su solidez.
strength-checking = Comprobando…
strength-unavailable = La comprobación de solidez no respondió. Vuelva a escribir.
strength-crackTime = Tiempo que alguien tardaría en adivinarla: { $time }
strength-time-instant = menos de un segundo
strength-time-seconds =
    { $count ->
        [one] { $count } segundo
        [many] { $count } segundos
       *[other] { $count } segundos
    }
strength-time-minutes =
    { $count ->
        [one] { $count } minuto
        [many] { $count } minutos
       *[other] { $count } minutos
    }
strength-time-hours =
    { $count ->
        [one] { $count } hora
        [many] { $count } horas
       *[other] { $count } horas
    }
strength-time-days =
    { $count ->
        [one] { $count } día
        [many] { $count } días
       *[other] { $count } días
    }
strength-time-months =
    { $count ->
        [one] { $count } mes
        [many] { $count } meses
       *[other] { $count } meses
    }
strength-time-years =
    { $count ->
        [one] { $count } año
        [many] { $count } años
       *[other] { $count } años
    }
strength-time-centuries = siglos
strength-warning-StraightRowsOfKeysAreEasyToGuess = Las filas de teclas seguidas son fáciles de adivinar.
strength-warning-ShortKeyboardPatternsAreEasyToGuess = Los patrones de teclado cortos son fáciles de adivinar.
strength-warning-RepeatsLikeAaaAreEasyToGuess = Las repeticiones como «aaa» son fáciles de adivinar.
strength-warning-RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess = Las repeticiones como «abcabcabc» son solo un poco más difíciles de adivinar que «abc».
strength-warning-ThisIsATop10Password = Es una de las diez contraseñas más comunes.
strength-warning-ThisIsATop100Password = Es una de las cien contraseñas más comunes.
strength-warning-ThisIsACommonPassword = Es una contraseña muy común.
strength-warning-ThisIsSimilarToACommonlyUsedPassword = Se parece a una contraseña muy usada.
strength-warning-SequencesLikeAbcAreEasyToGuess = Las secuencias como abc o 6543 son fáciles de adivinar.
strength-warning-RecentYearsAreEasyToGuess = Los años recientes son fáciles de adivinar.
strength-warning-AWordByItselfIsEasyToGuess = Una palabra sola es fácil de adivinar.
strength-warning-DatesAreOftenEasyToGuess = Las fechas suelen ser fáciles de adivinar.
strength-warning-NamesAndSurnamesByThemselvesAreEasyToGuess = Los nombres y apellidos solos son fáciles de adivinar.
strength-warning-CommonNamesAndSurnamesAreEasyToGuess = Los nombres y apellidos comunes son fáciles de adivinar.
strength-suggestion-UseAFewWordsAvoidCommonPhrases = Use varias palabras y evite las frases hechas.
strength-suggestion-NoNeedForSymbolsDigitsOrUppercaseLetters = No hacen falta símbolos, cifras ni mayúsculas.
strength-suggestion-AddAnotherWordOrTwo = Añada una o dos palabras más. Mejor si son poco comunes.
strength-suggestion-CapitalizationDoesntHelpVeryMuch = Las mayúsculas no ayudan mucho.
strength-suggestion-AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
strength-suggestion-ReversedWordsArentMuchHarderToGuess = Las palabras escritas al revés no son mucho más difíciles de adivinar.
strength-suggestion-PredictableSubstitutionsDontHelpVeryMuch = Los cambios previsibles, como «@» en lugar de «a», no ayudan mucho.
strength-suggestion-UseALongerKeyboardPatternWithMoreTurns = Use un patrón de teclado más largo y con más cambios de dirección.
strength-suggestion-AvoidRepeatedWordsAndCharacters = Evite repetir palabras y caracteres.
strength-suggestion-AvoidSequences = Evite las secuencias.
strength-suggestion-AvoidRecentYears = Evite los años recientes.
strength-suggestion-AvoidYearsThatAreAssociatedWithYou = Evite los años relacionados con usted.
strength-suggestion-AvoidDatesAndYearsThatAreAssociatedWithYou = Evite las fechas y los años relacionados con usted.
strength-tooShort = Demasiado corta: al menos { $min } caracteres.
strength-acceptable = Suficientemente fuerte para proteger su bóveda.
strength-notAcceptable = Todavía no es suficientemente fuerte.
strength-tip = Consejo: cuatro o cinco palabras al azar que no tengan relación entre sí forman una frase de contraseña fuerte y fácil de escribir.

## firstRun

firstRun-title = Le damos la bienvenida a Tadamun
firstRun-intro = Tadamun guarda sus registros de represalias (qué se hizo, a quién y quién lo hizo) solo en esta computadora, cifrados. Nunca se conecta a internet.
firstRun-passphraseIntro = Primero, elija una frase de contraseña. La escribirá cada vez que abra Tadamun. Sin ella, nadie puede leer sus registros.
firstRun-warning = Nadie puede restablecer una frase de contraseña olvidada. La única forma de volver a entrar es la clave de recuperación que recibirá en el siguiente paso.
firstRun-passphrase = Frase de contraseña
firstRun-confirm = Repita la frase de contraseña
firstRun-submit = Crear mi bóveda
firstRun-busy = Creando su bóveda; esto tarda unos segundos…
firstRun-location = La bóveda se guardará en esta carpeta: { $location }

## suggest

suggest-title = Una frase de contraseña creada para usted
suggest-hint = Palabras al azar que nadie puede adivinar por lo que sepa de su vida. Escríbalas en un papel y guárdelo lejos de esta computadora hasta que se las sepa de memoria.
suggest-use = Usar esta frase de contraseña
suggest-another = Mostrar otra
suggest-failed = No se pudo proponer ninguna frase de contraseña. Invente una con cuatro o más palabras sin relación entre sí.
suggest-ownInstead = O escriba abajo su propia frase de contraseña: cuatro o más palabras sin relación entre sí funcionan bien.

## reason

reason-empty = Escriba primero una frase de contraseña.
reason-checking = Comprobando la solidez de la frase de contraseña…
reason-strengthUnavailable = Todavía no se pudo comprobar la solidez de la frase de contraseña.
reason-tooShort = La frase de contraseña es demasiado corta: al menos { $min } caracteres.
reason-weak = La frase de contraseña todavía no es suficientemente fuerte. Hágala más larga.
reason-repeat = Escriba la frase de contraseña por segunda vez, para asegurarse de que no tiene errores.
reason-mismatch = Las dos frases de contraseña no son iguales.
reason-current = Escriba su frase de contraseña actual.

## recovery

recovery-title = Su clave de recuperación
recovery-explain = Es la única forma de volver a entrar si olvida su frase de contraseña. Anótela en papel o guárdela en una memoria USB, y manténgala lejos de esta computadora. No se volverá a mostrar.
recovery-keyLabel = Clave de recuperación
recovery-save = Guardar en un archivo…
recovery-saving = Guardando…
recovery-saved = Guardada.
recovery-stored = He guardado mi clave de recuperación en un lugar seguro
recovery-continue = Continuar
recovery-continueReason = Marque la casilla cuando haya guardado su clave de recuperación en un lugar seguro.

## unlock

unlock-title = Desbloquee su bóveda
unlock-intro = Tadamun está bloqueado. Sus registros permanecen cifrados hasta que lo desbloquee.
unlock-passphrase = Frase de contraseña
unlock-recoveryKey = Clave de recuperación
unlock-recoveryHint = Escriba o pegue la clave de recuperación que guardó al crear la bóveda.
unlock-submit = Desbloquear
unlock-busy = Desbloqueando…
unlock-useRecovery = ¿Olvidó su frase de contraseña? Use la clave de recuperación
unlock-usePassphrase = Usar la frase de contraseña
unlock-emptyPassphrase = Escriba primero su frase de contraseña.
unlock-emptyRecoveryKey = Escriba primero su clave de recuperación.

## language

language-label = Idioma
language-title = Idioma de la aplicación
language-explain = Tadamun recuerda esta elección en esta computadora, fuera de la bóveda cifrada, para poder mostrarle las pantallas en su idioma antes de que desbloquee la bóveda. Sus registros siguen cifrados, pero quien tenga esta computadora puede ver qué idioma eligió. Al exportar, los informes pueden escribirse en otro idioma.
language-notSaved = Este idioma se usa ahora, pero Tadamun no pudo guardar la elección para la próxima vez que se abra.

## settings

settings-title = Configuración
settings-location = Carpeta de la bóveda: { $location }

## autoLock

autoLock-title = Bloqueo automático
autoLock-explain = Tadamun se bloquea solo cuando nadie lo usa durante un tiempo.
autoLock-label = Bloquear tras este tiempo sin actividad
autoLock-option =
    { $count ->
        [one] { $count } minuto
        [many] { $count } minutos
       *[other] { $count } minutos
    }
autoLock-saved = Guardado.

## change

change-title = Cambiar la frase de contraseña
change-explain = Sus registros no cambian; solo cambia la frase de contraseña que los abre. Su clave de recuperación sigue funcionando.
change-current = Frase de contraseña actual
change-resetExplain = Abrió la bóveda con su clave de recuperación, así que puede elegir una frase de contraseña nueva sin escribir la anterior.
change-new = Nueva frase de contraseña
change-confirm = Repita la nueva frase de contraseña
change-submit = Cambiar la frase de contraseña
change-busy = Cambiando la frase de contraseña…
change-done = Su frase de contraseña se cambió. A partir de ahora, use la nueva.

## newRecovery

newRecovery-title = Crear una nueva clave de recuperación
newRecovery-explain = Hágalo si su clave de recuperación se perdió, se la quitaron (por ejemplo, en una frontera) o alguien más la vio. Tadamun crea una nueva clave de recuperación, y la anterior deja de abrir esta bóveda. Sus registros y su frase de contraseña no cambian.
newRecovery-copies = Las copias de la bóveda hechas antes de este momento, como una copia de seguridad o un disco copiado, se siguen abriendo con la clave de recuperación anterior. Eso no se puede cambiar. Si puede existir una copia así, cree también una nueva clave de cifrado (la sección siguiente) justo después. Así, la clave anterior ya no podrá abrir su bóveda tal como quede a partir de entonces; solo las copias antiguas.
newRecovery-passphrase = Su frase de contraseña
newRecovery-submit = Crear una nueva clave de recuperación
newRecovery-busy = Creando una nueva clave de recuperación…
newRecovery-shownTitle = Su nueva clave de recuperación
newRecovery-shownExplain = Anótela en papel o guárdela en una memoria USB, y manténgala lejos de esta computadora. No se volverá a mostrar, así que no salga de esta página hasta haberla guardado. Su clave de recuperación anterior ya no abre esta bóveda.
newRecovery-keyLabel = Nueva clave de recuperación
newRecovery-stored = La he anotado o guardado
newRecovery-confirm = Listo, ocultar la clave
newRecovery-confirmReason = Marque la casilla cuando haya guardado su nueva clave de recuperación en un lugar seguro.
newRecovery-done = Listo. Ahora solo su nueva clave de recuperación abre esta bóveda; la anterior ya no. Si puede existir una copia antigua de la bóveda, cree a continuación una nueva clave de cifrado.
newRecovery-notStored = Se creó una nueva clave de recuperación, pero no se confirmó que se guardara, y ya no se puede volver a mostrar. Si no la guardó, cree otra en Configuración: la clave de recuperación anterior ya no abre esta bóveda.

## rotate

rotate-title = Crear una nueva clave de cifrado
rotate-explain = Crea una nueva clave para todos sus datos. Úsela si cree que alguien vio su frase de contraseña o copió el disco de esta computadora.
rotate-explainMore = Si alguien pudo ver su frase de contraseña, cámbiela también. Mantenga Tadamun abierto hasta que termine.
rotate-recoveryFirst = Si su clave de recuperación pudo perderse o alguien pudo verla, marque la casilla de abajo: la nueva clave de cifrado quedará protegida también por una nueva clave de recuperación, que se mostrará una sola vez en la sección anterior.
rotate-newRecovery = Crear también una nueva clave de recuperación
rotate-newRecoveryHint = La clave de recuperación anterior ya no abrirá nada de lo que se cree a partir de ahora. Tendrá que guardar la nueva, como la primera vez.
rotate-passphrase = Su frase de contraseña
rotate-submit = Crear una nueva clave
rotate-busy = Creando una nueva clave…
rotate-progress = { $step } ({ $done } de { $total })
rotate-step-database = Volviendo a cifrar sus registros
rotate-step-attachments = Volviendo a cifrar sus archivos adjuntos
rotate-step-passphrase_key = Protegiendo la nueva clave con su frase de contraseña
rotate-step-recovery_key = Protegiendo la nueva clave con su clave de recuperación
rotate-step-switch = Pasando a la nueva clave
rotate-step-done = Terminado
rotate-done = Listo. Ahora todos sus datos están protegidos con una nueva clave.

## verify

verify-title = Comprobar la bóveda
verify-explain = Comprueba que sus registros se pueden leer y que nadie alteró el historial de cambios.
verify-submit = Comprobar ahora
verify-busy = Comprobando…
verify-entries =
    { $count ->
        [one] { $count } entrada en el historial de cambios.
        [many] { $count } entradas en el historial de cambios.
       *[other] { $count } entradas en el historial de cambios.
    }
verify-ok = Todo está intacto.
verify-chainBroken = El historial de cambios fue alterado o está dañado.
verify-databaseDamaged = La base de datos está dañada.
verify-problems = Problemas encontrados:
verify-attachmentsDamaged = Faltan algunos archivos adjuntos o fueron alterados.

## backup

backup-title = Copia de seguridad
backup-explain = Una copia de seguridad es un único archivo que contiene todo lo que hay en esta bóveda: los registros y sus versiones anteriores, los archivos adjuntos y el historial de cambios. Si le quitan esta computadora o se avería, con ella podrá recuperar su trabajo en otra computadora.
backup-explainKey = Una copia de seguridad solo se abre con su clave de recuperación, no con su frase de contraseña. Guarde la copia de seguridad y la clave de recuperación lejos de esta computadora, y también separadas entre sí.
backup-never = Todavía no se ha hecho ninguna copia de seguridad.
backup-last =
    { $count ->
        [0] Última copia de seguridad: hoy, { $date }.
        [one] Última copia de seguridad: hace { $count } día, el { $date }.
        [many] Última copia de seguridad: hace { $count } días, el { $date }.
       *[other] Última copia de seguridad: hace { $count } días, el { $date }.
    }
backup-make = Hacer una copia de seguridad…
backup-making = Haciendo la copia de seguridad…
backup-done = Copia de seguridad guardada en { $path }. Incidentes: { $incidents }. Archivos adjuntos: { $attachments }. Compruébela ahora y guárdela en un lugar seguro.
backup-checkTitle = Comprobar una copia de seguridad
backup-checkExplain = Abre una copia de seguridad con la clave de recuperación en una carpeta temporal y comprueba cada registro y cada archivo adjunto que contiene. Esta bóveda no se modifica.
backup-choose = Elegir una copia de seguridad…
backup-chosen = Archivo de la copia de seguridad: { $path }
backup-recoveryKey = Clave de recuperación
backup-recoveryHint = La clave de recuperación que tenía esta bóveda cuando se hizo la copia de seguridad.
backup-check = Comprobar la copia de seguridad
backup-checking = Comprobando la copia de seguridad…
backup-checked = La copia de seguridad está completa e intacta. Se hizo el { $date }. Incidentes: { $incidents }. Archivos adjuntos: { $attachments }, cada uno comparado con su huella.
backup-step-database = Copiando la base de datos
backup-step-files = Escribiendo la copia de seguridad
backup-step-reading = Leyendo la copia de seguridad
backup-step-checking = Comprobando los registros y los archivos adjuntos
backup-progress = { $step }: { $percent } %
backup-reminderNever = Todavía no tiene ninguna copia de seguridad de sus registros. Si le quitan esta computadora o se avería, se perderán.
backup-reminderOld =
    { $count ->
        [one] Su última copia de seguridad es de hace { $count } día. Los registros añadidos o modificados desde entonces no están en ella.
        [many] Su última copia de seguridad es de hace { $count } días. Los registros añadidos o modificados desde entonces no están en ella.
       *[other] Su última copia de seguridad es de hace { $count } días. Los registros añadidos o modificados desde entonces no están en ella.
    }
backup-reminderAction = Hacer una copia de seguridad
restore-title = Restaurar desde una copia de seguridad
restore-explain = ¿Usaba Tadamun en otra computadora? Recupere su bóveda desde un archivo de copia de seguridad, con la clave de recuperación que tenía la bóveda cuando se hizo la copia. Después elegirá una nueva frase de contraseña.
restore-start = Restaurar desde una copia de seguridad…
restore-passphraseIntro = Elija una nueva frase de contraseña para la bóveda restaurada.
restore-passphrase = Nueva frase de contraseña
restore-confirm = Repita la nueva frase de contraseña
restore-submit = Restaurar mi bóveda
restore-needKey = Escriba primero la clave de recuperación.
restore-busy = Restaurando y comprobando su bóveda…
restore-cancel = Cancelar
restore-done = Su bóveda está de vuelta, restaurada desde la copia de seguridad hecha el { $date }. Incidentes: { $incidents }. Archivos adjuntos: { $attachments }. Todas las comprobaciones fueron correctas.

## erase

erase-title = Zona de peligro: borrar la bóveda
erase-explain = Borrar destruye las claves que protegen su bóveda. Después, nadie podrá volver a abrirla jamás: ni usted, ni quien se lleve esta computadora, ni siquiera con su frase de contraseña o su clave de recuperación. No se puede deshacer.
erase-word = BORRAR
erase-label = Para confirmar, escriba { $word } aquí
erase-submit = Borrar la bóveda para siempre
erase-busy = Borrando…
erase-reason = El botón se activará cuando haya escrito exactamente { $word }.

## eraseIncomplete

eraseIncomplete-title = El borrado se interrumpió
eraseIncomplete-explain = Tadamun se detuvo mientras borraba esta bóveda. Ya nadie puede abrirla. Termine el borrado para eliminar lo que queda; después podrá crear una bóveda nueva.
eraseIncomplete-submit = Terminar el borrado
eraseIncomplete-busy = Borrando…

## demo

demo-bannerTitle = DEMOSTRACIÓN: solo casos ficticios
demo-bannerText = Esta es una bóveda de demostración. No registre casos reales aquí: su frase de contraseña es pública.
demo-bannerPassphrase = Frase de contraseña de la demostración:
demo-leave = Para crear una bóveda real, borre la demostración en Configuración
demo-leaveLocked = Para crear una bóveda real, desbloquee la demostración y bórrela en Configuración → Zona de peligro.
demo-try = Probar una bóveda de demostración
demo-tryTitle = ¿Solo quiere echar un vistazo?
demo-tryExplain = Una bóveda de demostración contiene casos ficticios para que vea cómo funciona Tadamun. Su frase de contraseña es pública, así que nunca ponga casos reales en ella. Puede borrarla después y crear una bóveda real.
demo-busy = Creando la bóveda de demostración…
demo-createdTitle = Su bóveda de demostración está lista
demo-createdText =
    { $count ->
        [one] Contiene { $count } caso ficticio. Para volver a abrirla más tarde, use esta frase de contraseña:
        [many] Contiene { $count } casos ficticios. Para volver a abrirla más tarde, use esta frase de contraseña:
       *[other] Contiene { $count } casos ficticios. Para volver a abrirla más tarde, use esta frase de contraseña:
    }
demo-settingsHint = Esta es la bóveda de demostración. Para crear una bóveda real para casos reales, bórrela aquí abajo (Zona de peligro); después, Tadamun le permitirá crear una nueva.
demo-continue = Ver los casos de demostración

## common

common-cancel = Cancelar
common-close = Cerrar
common-remove = Quitar
common-any = Cualquiera
common-yes = Sí
common-no = No
common-unknown = Se desconoce
common-notSet = Sin indicar
common-none = Ninguno
common-unnamed = (sin nombre)
common-untitled = (sin título)
common-loading = Cargando…
common-retry = Volver a intentarlo
common-confidential = Confidencial
common-confidentialHint = no se enviará al Estado ni se publicará
## date

date-approximate = hacia { $date }
date-invalid = Escriba la fecha como AAAA, AAAA-MM o AAAA-MM-DD (por ejemplo, 2024-03-12).
date-needs-day = Para un día exacto, escriba AAAA-MM-DD, o elija otra precisión.
date-needs-month = Para un mes, escriba AAAA-MM, o elija otra precisión.
date-needs-year = Para un año, escriba AAAA, o elija otra precisión.
date-dayOnly = Escriba el día como AAAA-MM-DD.
date-format = AAAA, AAAA-MM o AAAA-MM-DD
date-precision = Precisión

## precision

precision-day = Día exacto
precision-month = Mes
precision-year = Año
precision-approximate = Aproximada

## status

status-draft = Borrador
status-verified = Verificado
status-submitted = Enviado
status-closed = Cerrado

## urgency

urgency-routine = Ordinaria
urgency-high = Alta
urgency-urgent = Urgente

## consentState

consentState-no_people = No hay personas registradas
consentState-missing = Falta el consentimiento
consentState-internal_only = Solo uso interno
consentState-complete = Consentimiento registrado

## sort

sort-relevance = Mejor coincidencia (más recientes primero)
sort-updated_desc = Modificados recientemente
sort-date_desc = Incidentes más recientes primero
sort-date_asc = Incidentes más antiguos primero
sort-number_desc = Número más alto primero

## kind

kind-person = Persona
kind-organisation = Organización
kind-vessel = Buque
kind-aircraft = Aeronave
kind-state_body = Órgano del Estado

## placePrecision

placePrecision-exact = Lugar exacto
placePrecision-locality = Ciudad o localidad
placePrecision-region = Región
placePrecision-country = Solo el país

## lawyer

lawyer-yes = Sí
lawyer-no = No
lawyer-unknown = Se desconoce

## sourceKind

sourceKind-victim_testimony = Testimonio de la víctima
sourceKind-witness_testimony = Testimonio de testigo
sourceKind-document = Documento
sourceKind-media = Información de prensa
sourceKind-social_media = Redes sociales
sourceKind-partner_organisation = Organización asociada
sourceKind-other = Otra

## reliability

reliability-high = Alta
reliability-medium = Media
reliability-low = Baja
reliability-unknown = Se desconoce

## list

list-title = Incidentes
list-new = Nuevo incidente
list-search = Buscar incidentes
list-searchHint = Títulos, relatos, nombres, lugares, etiquetas y referencias
list-filters = Filtros
list-filtersCount = Filtros ({ $count })
list-activeFilters = Filtros activos
list-chip = { $name }: { $value }
list-removeFilter = Quitar el filtro { $filter }
list-filterType = Tipo
list-filterCountry = País
list-filterStatus = Estado del incidente
list-filterUrgency = Urgencia
list-filterConsent = Consentimiento
list-filterUnLink = Vinculado a la cooperación con la ONU
list-filterFrom = Desde
list-filterTo = Hasta
list-dateBad = Todavía no es una fecha: AAAA, AAAA-MM o AAAA-MM-DD.
list-sort = Ordenar por
list-clear = Borrar los filtros
list-withUnLink = Con vínculo con la ONU
list-withoutUnLink = Sin vínculo con la ONU
list-showing = Mostrando { $first }–{ $last } de { $total }
list-showingNone = 0 incidentes encontrados
list-previous = Página anterior
list-next = Página siguiente
list-emptyTitle = Todavía no hay incidentes
list-emptyText = Registre la primera represalia: qué pasó, a quién y quién lo hizo.
list-noMatchTitle = No hay coincidencias
list-noMatchText = Pruebe con otras palabras o borre los filtros.
list-searching = Buscando…
list-results = Incidentes encontrados
list-number = #{ $number }
list-ongoing = en curso
list-noDate = Sin fecha
list-unLinked = Vínculo con la ONU
list-noUnLink = Sin vínculo con la ONU
list-drafts = Incidentes nuevos sin terminar
list-draftsHint = Nunca se guardaron. Su texto se conserva cifrado en la bóveda.
list-draftFrom = { $title }: sin guardar, del { $time }
list-draftContinue = Continuar
list-draftDiscard = Descartar
list-selectIncident = Elegir el incidente #{ $number } para una comunicación
list-selected =
    { $count ->
        [one] { $count } seleccionado
        [many] { $count } seleccionados
       *[other] { $count } seleccionados
    }
list-noneSelected = Marque incidentes para preparar una comunicación.
list-selectPage = Marcar todos los de esta página
list-clearSelection = Desmarcar todos
list-exportOpen = Preparar una comunicación…

## editor

editor-newTitle = Nuevo incidente
editor-title = Incidente #{ $number }
editor-back = Volver a los incidentes
editor-save = Guardar
editor-saveShortcut = Ctrl+S
editor-steps = Pasos
editor-step-details = Incidente
editor-step-people = Personas y organizaciones
editor-step-acts = Actos
editor-step-un = Vínculo con la ONU
editor-step-consent = Consentimiento
editor-step-sources = Fuentes
editor-step-evidence = Pruebas
editor-step-followup = Seguimiento
editor-step-notes = Notas
editor-stepProblems =
    { $count ->
        [one] { $count } problema
        [many] { $count } problemas
       *[other] { $count } problemas
    }
editor-previousStep = Paso anterior
editor-nextStep = Paso siguiente
editor-state-new = Sin guardar todavía
editor-state-clean = Sin cambios
editor-state-dirty = Cambios sin guardar
editor-state-saving = Guardando…
editor-state-saved = Guardado (versión { $revision }) a las { $time }
editor-state-failed = Sin guardar: vea el mensaje de abajo
editor-state-draftKept = Cambios sin guardar, conservados como borrador a las { $time }
editor-loading = Abriendo el incidente…
editor-problemsTitle = Corrija esto antes de guardar:
editor-warningsTitle = Falta para una comunicación a la ONU
editor-warningsHint = Puede guardar de todos modos; esto solo importa cuando envíe el caso.
editor-noWarnings = No falta nada evidente para una comunicación a la ONU.
editor-conflictReload = Volver a cargar la versión guardada
editor-draftOffer = Tiene cambios sin guardar del { $time }.
editor-draftRestore = Restaurar los cambios sin guardar
editor-draftDiscard = Descartarlos
editor-leaveTitle = ¿Salir sin guardar?
editor-leaveText = Sus cambios se conservan como borrador en la bóveda, cifrados. Podrá restaurarlos cuando vuelva a abrir este incidente.
editor-leaveConfirm = Salir
editor-leaveStay = Quedarme y seguir editando
editor-delete = Eliminar el incidente…
editor-history = Historial
editor-backToEditing = Volver a la edición
editor-notSavedYet = Este incidente todavía no tiene historial: guárdelo primero.
editor-exportThis = Preparar una comunicación
editor-exportSaveTitle = ¿Guardar primero los cambios?
editor-exportSaveText = La comunicación se prepara a partir de la versión guardada de este incidente. Guarde ahora sus cambios y después prepare la comunicación.
editor-exportSaveConfirm = Guardar y continuar

## delete

delete-title = ¿Eliminar definitivamente el incidente #{ $number }?
delete-explain = Eliminación definitiva: se destruyen el incidente, sus versiones y sus entradas de búsqueda. El registro de auditoría solo conserva que hubo una eliminación. También se eliminan las personas y organizaciones que no aparecen en ningún otro incidente.
delete-label = Para confirmar, escriba el número del incidente ({ $number })
delete-submit = Eliminar definitivamente
delete-busy = Eliminando…
delete-done =
    { $revisions ->
        [one] Se eliminó el incidente #{ $number } (se destruyó { $revisions } versión).
        [many] Se eliminó el incidente #{ $number } (se destruyeron { $revisions } versiones).
       *[other] Se eliminó el incidente #{ $number } (se destruyeron { $revisions } versiones).
    }

## details

details-title = Qué pasó
details-titleHint = Un título breve que el equipo reconozca; por ejemplo, «Buque de rescate retenido en puerto».
details-narrative = Qué pasó, en orden
details-narrativeHint = Un relato cronológico: quién, qué, cuándo, dónde. Mejor con palabras sencillas.
details-start = Fecha de inicio
details-end = Fecha de fin
details-ongoing = Sigue en curso (una detención, una prohibición, una cuenta congelada)
details-place = Lugar
details-placeHint = Ciudad, puerto o dirección, con la precisión que sea segura.
details-placePrecision = Precisión del lugar
details-country = País
details-status = Estado del incidente
details-urgency = Urgencia
details-urgencyHint = Un daño en curso o inminente justifica un llamamiento urgente.
details-types = Tipos de actos
details-typesSearch = Buscar un tipo
details-typesNone = Todavía no se eligió ningún tipo.
details-typesNoMatch = Ningún tipo coincide con estas palabras.
details-typesChosen = Tipos elegidos
details-removeType = Quitar «{ $label }»
details-otherGroup = Otros
details-tags = Etiquetas
details-tagsHint = Las etiquetas propias de su equipo, separadas por comas.
details-currentSituation = Situación actual
details-currentSituationHint = ¿Sigue detenida la persona? ¿Sigue congelada la cuenta? ¿Sigue el buque en puerto?
details-domesticRemedies = Recursos internos
details-domesticRemediesHint = Recursos o denuncias intentados y sus resultados, o por qué no fueron posibles.

## people

people-title = Personas y organizaciones
people-intro = Todas las partes implicadas: víctimas, presuntos autores, testigos, familiares, buques y órganos del Estado.
people-empty = Todavía no se ha añadido a nadie.
people-add = Añadir a alguien
people-addTitle = Añadir una persona, organización, buque u órgano del Estado
people-newTab = Alguien nuevo
people-existingTab = Alguien que ya está en la bóveda
people-kind = Qué es
people-name = Nombre
people-nameHint = Nombre completo, nombre del buque o de la unidad. No sale de la bóveda salvo que el consentimiento lo permita.
people-role = Función en este incidente
people-addButton = Añadir
people-findExisting = Buscar por nombre
people-existingNone = Nadie en la bóveda coincide.
people-existingIn = En: { $incidents }
people-pick = Añadir a { $name }
people-remove = Quitar de este incidente
people-removeTitle = ¿Quitar a { $name } de este incidente?
people-removeText = También se quitará de los actos, las fuentes y los registros de consentimiento de este incidente. Su ficha se conserva en la bóveda si aparece en otro incidente.
people-stateLink = Vínculo con el Estado
people-involvementDescription = Qué hizo o qué sufrió (si es un presunto autor: por qué se le considera responsable)
people-details = Datos
people-hideDetails = Ocultar los datos
people-otherNames = Otros nombres y grafías
people-otherNamesHint = Separados por comas. Al depurar la comunicación, se ocultan igual que el nombre.
people-gender = Género (como la persona lo describe)
people-age = Edad en el momento de los hechos
people-birthYear = Año de nacimiento
people-nationality = Nacionalidad
people-countryOf = País
people-occupation = Profesión, función o cargo
people-work = Su labor de derechos humanos o de solidaridad
people-workOrg = Naturaleza y alcance de su labor
people-flagState = Estado del pabellón
people-registration = Matrícula (número OMI, distintivo de llamada, matrícula de la aeronave)
people-registrationOrg = Número de registro
people-contact = Contacto seguro
people-contactHint = Siempre confidencial: nunca sale de la bóveda, salvo en una portada confidencial que usted solicite.
people-identifiers = Otros identificadores
people-identifiersHint = Matrículas de vehículos, direcciones, lugares de trabajo, apodos, nombres de usuario: todo lo que pueda identificar a la persona. Nunca aparecen en un informe; Tadamun los quita del texto cuando la persona no se nombra.
people-identifierItem = Identificador { $n }
people-identifierNew = Nuevo identificador
people-identifierAdd = Añadir un identificador
people-identifierRemove = Quitar
people-identifierRemoveLabel = Quitar el identificador { $n }: { $text }
people-sharedNote = Los cambios aquí se aplican a esta ficha en todos los incidentes en que aparece.
## acts

acts-title = Actos
acts-intro = Qué se le hizo a quién: una entrada por acto (una detención, una multa, un buque retenido…).
acts-empty = Todavía no hay ningún acto registrado.
acts-add = Añadir un acto
acts-item = Acto { $n }
acts-remove = Quitar este acto
acts-type = Tipo de acto
acts-chooseType = Elija un tipo…
acts-victim = Víctima
acts-chooseVictim = Elija a quién…
acts-needPeople = Para elegir una víctima, añada primero a las personas implicadas (paso «Personas y organizaciones»).
acts-perpetrators = Presuntos autores
acts-noPerpetrators = Todavía no hay nadie más implicado.
acts-date = Fecha
acts-description = Qué pasó
acts-legalBasis = Ley, cargos o fundamento administrativo invocados
acts-authority = Autoridad que decidió
acts-caseNumber = Número de causa o de resolución
acts-detentionPlace = Lugar de detención
acts-lawyerAccess = Acceso a un abogado
acts-proceedingType = Procedimiento
acts-proceedingStatus = Fase del procedimiento
acts-fine = Multa (con la moneda)
acts-vesselDays = Días de retención del buque o la aeronave

## un

un-title = Vínculo con la cooperación con la ONU
un-intro = Un caso de represalia debe indicar la cooperación con la ONU a la que responde: qué mecanismo, qué forma, cuándo.
un-empty = Todavía no hay ninguna cooperación con la ONU registrada.
un-add = Añadir un vínculo con la ONU
un-item = Vínculo con la ONU { $n }
un-remove = Quitar este vínculo
un-mechanism = Mecanismo de la ONU
un-chooseMechanism = Elija…
un-body = Cuál
un-bodyHint = Por ejemplo, «CDH 58», el nombre del mandato del Relator Especial o el órgano creado en virtud de tratados.
un-form = Forma de cooperación
un-chooseForm = Elija…
un-date = Fecha
un-reference = Referencia
un-referenceHint = Número del período de sesiones, título de lo que se presentó o referencia de la comunicación.
un-raised = ¿Ya se planteó en un documento oficial de la ONU?
un-raisedReference = Referencia de ese documento o comunicación

## consent

consent-title = Consentimiento
consent-intro = Para cada persona: qué aceptó, después de que se le explicaran los riesgos. No se envía nada sin consentimiento. Cada nueva decisión se añade al historial; no se sobrescribe nada.
consent-empty = Añada primero a las personas implicadas (paso «Personas y organizaciones»).
consent-whoIsAsked = El consentimiento se pide a las personas y organizaciones implicadas, no a los presuntos autores, los buques ni los órganos del Estado.
consent-levelsTitle = Qué permite cada nivel
consent-level0-title = Nivel 0: solo uso interno
consent-level0-explain = Nada sobre esta persona sale de la bóveda.
consent-level1-title = Nivel 1: ONU, sin identificar a la persona
consent-level1-explain = Los hechos pueden llegar a la ONU, con esta persona bajo un seudónimo y sin nada que la identifique, para mostrar patrones. Ningún nombre llega al Estado.
consent-level2-title = Nivel 2: la ONU puede nombrar a la persona ante el Gobierno
consent-level2-explain = La ONU puede nombrar a la persona ante el Gobierno en una comunicación confidencial.
consent-level3-title = Nivel 3: la ONU puede publicar
consent-level3-explain = La ONU puede publicar el caso (informes sobre comunicaciones, el informe anual) y nombrar a la persona como ella elija: nombre completo, iniciales o una descripción anónima.
consent-current = En vigor: nivel { $level }
consent-currentDetail = Otorgado el { $date }. Quién lo dio: { $givenBy } ({ $method }).
consent-withdrawnOn = Retirado el { $date }: nada sobre esta persona sale de la bóveda.
consent-none = No hay consentimiento registrado: nada sobre esta persona sale de la bóveda.
consent-record = Registrar un nuevo consentimiento
consent-recordButton = Añadir al registro de consentimiento
consent-withdraw = Retirar el consentimiento
consent-withdrawTitle = ¿Retirar el consentimiento de { $name }?
consent-withdrawText = Su consentimiento actual quedará marcado como retirado hoy. A partir de ese momento, nada sobre esta persona sale de la bóveda. El historial conserva lo que se había aceptado antes.
consent-level = Nivel
consent-nameForm = Cómo quiere que se le nombre en público
consent-chooseNameForm = Elija…
consent-nameForm-full_name = Nombre completo
consent-nameForm-initials = Iniciales
consent-nameForm-anonymous_description = Una descripción anónima
consent-anonymousDescription = La descripción que se usará
consent-givenBy = Quién dio el consentimiento
consent-givenBy-person = La propia persona
consent-givenBy-family = La familia
consent-givenBy-legal_representative = Representante legal
consent-risks = Se explicaron los riesgos antes de que la persona diera su consentimiento
consent-date = Fecha (AAAA-MM-DD)
consent-method = Forma
consent-method-oral = Verbal
consent-method-written = Por escrito
consent-recordedBy = Registrado por
consent-purpose = El uso que abarca (con sus propias palabras, si es posible)
consent-concern-risks = No se explicaron los riesgos. Un consentimiento dado sin conocer los riesgos no es un consentimiento informado.
consent-concern-nameForm = Para el nivel 3, elija cómo quiere que se le nombre.
consent-concern-description = Escriba la descripción anónima que eligió.
consent-concern-date = Escriba la fecha como AAAA-MM-DD.
consent-history = Historial
consent-historyItem = { $date }: nivel { $level }. Quién lo dio: { $givenBy } ({ $method })
consent-historyWithdrawn = retirado el { $date }
consent-recorded = Consentimiento registrado. Guarde el incidente para conservarlo.
consent-submitterNote = Sea cual sea el nivel, la identidad de quien presentó la información sigue siendo confidencial.
consent-noneConfirmed = No hay consentimiento confirmado: nada sobre esta persona sale de la bóveda.
consent-unconfirmedTitle = Consentimiento importado, sin confirmar
consent-unconfirmedItem = { $date }: nivel { $level }. Quién lo dio: { $givenBy } ({ $method }); llegó en un archivo importado
consent-unconfirmedWarning = Este consentimiento llegó en un archivo importado, y esta bóveda ya conocía a esta persona. No cuenta hasta que usted lo confirme con ella: mientras tanto, no permite que salga de la bóveda nada sobre esta persona.
consent-confirmImported = Lo he confirmado con la persona
consent-confirmedImported = Confirmado. Guarde el incidente para conservarlo.
consent-historyUnconfirmed = importado, sin confirmar: no cuenta
consent-concern-older = Esta fecha es anterior al consentimiento que está en vigor, así que este registro solo se añade al historial: no sustituye lo que está en vigor.

## sources

sources-title = Fuentes
sources-intro = Cómo se obtuvo la información. Las fuentes nunca se envían con el cuerpo del caso.
sources-empty = Todavía no hay ninguna fuente registrada.
sources-add = Añadir una fuente
sources-item = Fuente { $n }
sources-remove = Quitar esta fuente
sources-kind = Tipo de fuente
sources-description = Qué es la fuente y qué dice
sources-actor = Quién es la fuente
sources-noActor = No es ninguna de las personas de la lista
sources-reliability = Fiabilidad
sources-obtainedOn = Obtenida el (AAAA-MM-DD)

## followup

followup-title = Seguimiento
followup-intro = Adónde se envió el caso, qué respuesta llegó y qué hacer después.
followup-empty = Todavía no se ha enviado a ningún sitio.
followup-add = Añadir una comunicación
followup-item = Comunicación { $n }
followup-remove = Quitar esta comunicación
followup-recipient = Enviada a
followup-recipientHint = Por ejemplo, el equipo de represalias del ACNUDH o el Relator Especial sobre la situación de los defensores de los derechos humanos.
followup-dateSent = Enviada el (AAAA-MM-DD)
followup-reference = Referencia
followup-responseReceived = Respuesta recibida el (AAAA-MM-DD)
followup-responseSummary = Qué decía la respuesta
followup-nextStep = Próximo paso
followup-nextStepDue = Fecha límite del próximo paso (AAAA-MM-DD)
followup-overdue = Vencido
followup-files =
    { $count ->
        [one] { $count } archivo enviado (huella registrada)
        [many] { $count } archivos enviados (huellas registradas)
       *[other] { $count } archivos enviados (huellas registradas)
    }

## notes

notes-title = Notas internas
notes-never = Nunca se exportan. Estas notas se quedan en la bóveda, envíe lo que envíe y a quien sea.
notes-label = Notas para el equipo

## history

history-title = Historial del incidente #{ $number }
history-intro = Se conservan todas las versiones guardadas. Consulte una versión anterior o compárela con la actual.
history-loading = Cargando el historial…
history-empty = Todavía no hay ninguna versión guardada.
history-revision = Versión { $revision }
history-current = actual
history-view = Ver
history-viewLabel = Ver la versión { $revision }
history-compare = Comparar con la actual
history-compareFrom = Comparar la versión
history-compareTo = con la versión
history-compareRun = Mostrar los cambios
history-viewTitle = Versión { $revision }, guardada el { $time } (solo lectura)
history-changesTitle = Cambios de la versión { $older } a la versión { $newer }
history-noChanges = No hay diferencias.
history-before = Antes
history-after = Después
history-empty_value = (vacío)
history-people = Personas y organizaciones

## audit

audit-title = Registro de auditoría
audit-intro = El registro anota lo que pasó, nunca el contenido.
audit-loading = Cargando el registro…
audit-empty = Todavía no hay nada registrado.
audit-when = Cuándo
audit-what = Qué pasó
audit-details = Detalles
audit-seq = #
audit-more = Mostrar entradas anteriores
audit-event-vault_created = Bóveda creada
audit-event-unlocked = Bóveda desbloqueada
audit-event-passphrase_changed = Frase de contraseña cambiada
audit-event-passphrase_reset_with_recovery_key = Frase de contraseña restablecida con la clave de recuperación
audit-event-recovery_key_replaced = Nueva clave de recuperación creada (la anterior ya no abre la bóveda)
audit-event-key_rotated = Nueva clave de cifrado creada
audit-event-key_rotation_finished = Nueva clave de cifrado en uso
audit-event-key_rotation_rolled_back = Nueva clave de cifrado abandonada (proceso interrumpido)
audit-event-setting_changed = Configuración modificada
audit-event-incident_created = Incidente creado
audit-event-incident_updated = Incidente modificado
audit-event-incident_deleted = Incidente eliminado
audit-event-demo_cases_loaded = Casos ficticios de demostración cargados
audit-event-evidence_imported = Archivo adjunto añadido
audit-event-evidence_deleted = Archivo adjunto eliminado
audit-event-evidence_copy_exported = Copia de un archivo adjunto guardada fuera de la bóveda
audit-event-export_written = Informe exportado
audit-event-backup_made = Copia de seguridad hecha
audit-event-vault_restored = Bóveda restaurada desde una copia de seguridad
audit-event-leftover_files_removed = Archivos sobrantes de un cambio sin terminar eliminados

## warning

warning-no_un_link = No hay ningún vínculo registrado con la cooperación con la ONU.
warning-no_consent = Falta el consentimiento de alguna persona implicada.
warning-no_country = No se ha indicado el país.
warning-no_date = No se ha indicado la fecha.
warning-date_imprecise = La ONU pide al menos el mes y el año.
warning-no_type = No se ha elegido ningún tipo de acto.
warning-no_victim = No hay ninguna víctima registrada.
warning-un_raised_unknown = Indique si el caso ya se planteó en un documento oficial de la ONU.
warning-risks_not_explained = Se registró un consentimiento sin que se explicaran los riesgos.
warning-consent_revoked = Alguien retiró su consentimiento.
warning-consent_unconfirmed = Un consentimiento que llegó en un archivo importado no cuenta hasta que se confirme en el paso «Consentimiento».
warning-no_consent-person = No hay ningún consentimiento registrado de { $who }: nada sobre esta persona puede salir de la bóveda.
warning-consent_revoked-person = Se retiró el consentimiento de { $who }: nada sobre esta persona puede salir de la bóveda.
warning-risks_not_explained-person = El consentimiento de { $who } se registró sin que se explicaran los riesgos. Explíquelos y vuelva a registrar el consentimiento.
warning-consent_unconfirmed-person = El consentimiento de { $who } llegó en un archivo importado, y esta bóveda ya conocía a esta persona: no cuenta hasta que usted lo confirme en el paso «Consentimiento».

## problem

problem-required = Este dato es obligatorio.
problem-required-name = Hace falta un nombre. Si no conoce el nombre de alguien, escriba una descripción, como «agente sin identificar».
problem-required-title = Dé al incidente un título breve.
problem-required-tags = Una etiqueta no puede estar vacía.
problem-too_long = Este texto es demasiado largo ({ $len } caracteres; como máximo, { $max }).
problem-too_many = Esta lista tiene { $count } entradas; se permiten como máximo { $max }.
problem-control_characters = Este texto contiene caracteres de control invisibles. Quítelos y vuelva a guardar.
problem-invalid_id = Un identificador debe tener de 1 a 64 caracteres: letras, cifras, «-» o «_».
problem-invalid_date = «{ $value }» no es una fecha. Escriba AAAA-MM-DD, AAAA-MM o AAAA (entre 1900 y 2100).
problem-date_precision_mismatch = La fecha no corresponde a su precisión: un día se escribe AAAA-MM-DD; un mes, AAAA-MM; un año, AAAA.
problem-end_before_start = La fecha de fin es anterior a la fecha de inicio.
problem-ongoing_with_end = Un incidente en curso no tiene fecha de fin: desmarque «Sigue en curso» o deje vacía la fecha de fin.
problem-unknown_country = «{ $value }» no es un código de país. Elija un país de la lista.
problem-unknown_term = «{ $value }» no está en la lista. Elija un valor de la lista.
problem-not_involved = Solo se puede registrar el consentimiento de alguien implicado en este incidente.
problem-unknown_actor = Esta persona u organización no está en la bóveda.
problem-duplicate = Aparece dos veces.
problem-duplicate-types = Este tipo figura dos veces.
problem-duplicate-role = Esta persona u organización ya tiene esta función en el incidente.
problem-duplicate-id = Dos personas u organizaciones tienen el mismo identificador.
problem-not_applicable = Esto no corresponde aquí.
problem-not_applicable-flag_state = Solo un buque o una aeronave tiene Estado del pabellón.
problem-not_applicable-kind = La edad, el año de nacimiento y el género son solo para personas.
problem-not_applicable-state_link = El vínculo con el Estado solo se registra para un presunto autor.
problem-out_of_range = Este valor está fuera del intervalo permitido.
problem-out_of_range-age = La edad debe estar entre 0 y 130.
problem-out_of_range-birth_year = El año de nacimiento debe estar entre 1890 y 2100.
problem-out_of_range-level = Los niveles de consentimiento son 0, 1, 2 y 3.

## field

field-title = Título
field-narrative = Relato
field-start = Fecha de inicio
field-end = Fecha de fin
field-ongoing = Sigue en curso
field-place = Lugar
field-country = País
field-status = Estado del incidente
field-urgency = Urgencia
field-types = Tipos de actos
field-tags = Etiquetas
field-current_situation = Situación actual
field-domestic_remedies = Recursos internos
field-internal_notes = Notas internas
field-un_raised = Ya planteado por la ONU
field-un_raised_reference = Referencia del documento de la ONU
field-confidential = Campos confidenciales
field-created_at = Creado
field-updated_at = Guardado por última vez
field-date = Fecha
field-precision = Precisión
field-name = Nombre
field-actor_id = Quién
field-role = Función
field-state_link = Vínculo con el Estado
field-description = Descripción
field-type = Tipo
field-victim_id = Víctima
field-perpetrator_ids = Presuntos autores
field-legal_basis = Fundamento jurídico
field-authority = Autoridad
field-case_number = Número de causa
field-detention_place = Lugar de detención
field-lawyer_access = Acceso a un abogado
field-proceeding_type = Procedimiento
field-proceeding_status = Fase del procedimiento
field-fine = Multa
field-vessel_detention_days = Días de retención
field-mechanism = Mecanismo de la ONU
field-body = Qué órgano
field-form = Forma de cooperación
field-reference = Referencia
field-level = Nivel de consentimiento
field-name_form = Forma del nombre
field-anonymous_description = Descripción anónima
field-given_by = Otorgado por
field-risks_explained = Riesgos explicados
field-method = Forma
field-recorded_by = Registrado por
field-purpose = Finalidad
field-revoked_at = Retirado el
field-kind = Tipo
field-reliability = Fiabilidad
field-obtained_on = Obtenida el
field-recipient = Enviada a
field-date_sent = Enviada el
field-response_received = Respuesta recibida
field-response_summary = Respuesta
field-next_step = Próximo paso
field-next_step_due = Fecha límite del próximo paso
field-file_hashes = Archivos enviados
field-other_names = Otros nombres
field-gender = Género
field-age = Edad
field-birth_year = Año de nacimiento
field-nationality = Nacionalidad
field-occupation = Profesión
field-work = Labor
field-flag_state = Estado del pabellón
field-registration = Matrícula
field-contact = Contacto
field-identifiers = Otros identificadores
field-unconfirmed_import = Importado, todavía sin confirmar

## item

item-involvements = Persona u organización { $n }
item-acts = Acto { $n }
item-un_links = Vínculo con la ONU { $n }
item-consent = Registro de consentimiento { $n }
item-sources = Fuente { $n }
item-submissions = Comunicación { $n }
item-actors = Persona u organización { $n }

## size

size-bytes = { $size } B
size-kib = { $size } KiB
size-mib = { $size } MiB
size-gib = { $size } GiB
size-tib = { $size } TiB

## evidence

evidence-title = Pruebas
evidence-intro = Fotos, documentos y grabaciones sobre este incidente. Se guardan cifrados dentro de la bóveda; los archivos originales de esta computadora no se modifican ni se eliminan.
evidence-saveFirst = Guarde primero el incidente y después adjunte archivos.
evidence-attach = Adjuntar archivos…
evidence-dropHint = o arrastre archivos a cualquier parte de esta ventana.
evidence-importedByLabel = Importado por
evidence-importedByHint = Su nombre o sus iniciales. Se recuerda hasta que la bóveda se bloquee; nunca se guarda en otro sitio.
evidence-loading = Cargando los archivos adjuntos…
evidence-empty = Todavía no hay ninguna prueba adjunta.
evidence-listLabel = Archivos adjuntos
evidence-count =
    { $count ->
        [one] { $count } archivo adjunto
        [many] { $count } archivos adjuntos
       *[other] { $count } archivos adjuntos
    }
evidence-busy = Espere a que termine la importación en curso y vuelva a intentarlo.
evidence-openIncidentFirst = Abra un incidente para adjuntar archivos.
evidence-droppedSaveFirst = Guarde primero el incidente y después adjunte archivos. Los archivos que arrastró no se adjuntaron.
evidence-progressLabel = Progreso de la importación
evidence-progressFile = Cifrando { $name }
evidence-progressCount = Archivo { $n } de { $m }
evidence-progressBytes = { $done } de { $total }
evidence-progressSpeed = { $speed }/s, faltan { $time }
evidence-progressEstimating = Calculando el tiempo restante…
evidence-progressStarting = Empezando…
evidence-cancel = Cancelar la importación
evidence-cancelling = Cancelando…
evidence-timeFewSeconds = unos segundos
evidence-timeSeconds =
    { $count ->
        [one] alrededor de { $count } segundo
        [many] alrededor de { $count } segundos
       *[other] alrededor de { $count } segundos
    }
evidence-timeMinutes =
    { $count ->
        [one] alrededor de { $count } minuto
        [many] alrededor de { $count } minutos
       *[other] alrededor de { $count } minutos
    }
evidence-timeHours = alrededor de { $hours } h { $minutes } min
evidence-summaryAll =
    { $count ->
        [one] Se adjuntó { $count } archivo.
        [many] Se adjuntaron { $count } archivos.
       *[other] Se adjuntaron { $count } archivos.
    }
evidence-summarySome =
    { $count ->
        [one] Se adjuntó { $count } de { $files } archivos.
        [many] Se adjuntaron { $count } de { $files } archivos.
       *[other] Se adjuntaron { $count } de { $files } archivos.
    }
evidence-summaryCancelled =
    { $count ->
        [one] Importación cancelada. Antes se había adjuntado { $count } archivo.
        [many] Importación cancelada. Antes se habían adjuntado { $count } archivos.
       *[other] Importación cancelada. Antes se habían adjuntado { $count } archivos.
    }
evidence-outcomeFailed = { $name }: no se adjuntó. { $reason }
evidence-outcomeSkipped = { $name }: omitido (importación cancelada).
evidence-outcomeAlready = { $name }: ya está adjunto a este incidente. No se añadió nada.
evidence-outcomeDuplicate = { $name }: mismo contenido que otro archivo adjunto de la bóveda. Se guarda una sola vez y se vincula aquí.
evidence-failedUnknown = Se desconoce el motivo.
evidence-originalsTitle = Los archivos originales siguen en esta computadora
evidence-originalsText = { $names }: la bóveda ya tiene una copia cifrada, pero el original sigue donde estaba, y el escritorio puede guardar miniaturas suyas. Cualquiera que abra esta computadora puede encontrarlos. Elimínelos, salvo que los necesite en otro lugar.
evidence-removeOriginals = Eliminar los originales de esta computadora
evidence-keepOriginals = Conservarlos
evidence-originalsRemoved =
    { $count ->
        [one] Se eliminó el original ({ $count } archivo), junto con las miniaturas que el escritorio guardaba de él.
        [many] Se eliminaron los originales ({ $count } archivos), junto con las miniaturas que el escritorio guardaba de ellos.
       *[other] Se eliminaron los originales ({ $count } archivos), junto con las miniaturas que el escritorio guardaba de ellos.
    }
evidence-originalsFailed = No se pudieron eliminar estos originales: { $names }. Elimínelos a mano.
evidence-dismissSummary = Cerrar
evidence-kind-image = Imagen
evidence-kind-pdf = PDF
evidence-kind-video = Vídeo
evidence-kind-audio = Audio
evidence-kind-document = Documento
evidence-kind-archive = Archivo comprimido
evidence-kind-other = Archivo
evidence-imageAlt = Imagen adjunta
evidence-mediaType = Tipo
evidence-size = Tamaño
evidence-sha256 = Huella SHA-256
evidence-sha256Hint = Demuestra que el archivo no se ha alterado desde que se importó.
evidence-copyHash = Copiar
evidence-hashCopied = Huella copiada.
evidence-importedAt = Importado
evidence-importedOnBy = { $time }, por { $who }
evidence-importedOn = { $time }
evidence-originalName = Nombre original del archivo
evidence-originalNameConfidential = Confidencial: nunca se exporta.
evidence-metaFound = Encontrado en el archivo:
evidence-metaKept = Se conserva dentro de la bóveda; nunca se exporta salvo que usted lo decida.
evidence-metaNone = No se encontraron datos de captura (hora, lugar, dispositivo) en el archivo.
evidence-metaTaken = Fecha de captura: { $time }
evidence-metaLocation = En la latitud { $lat }, longitud { $lon }
evidence-metaDevice = Dispositivo: { $device }
evidence-metaDimensions = { $width } × { $height } píxeles
evidence-metaGpsWarning = Este archivo registra dónde se tomó. Cualquiera que tenga una copia exacta puede ver ese lugar.
evidence-description = Qué muestra
evidence-descriptionHint = Se guarda cuando sale del campo o pulsa Enter.
evidence-descriptionSaved = Descripción guardada.
evidence-shareable = Se puede compartir (solo una copia sin metadatos)
evidence-shareableOn = Se puede compartir: solo sale de la bóveda una copia sin metadatos.
evidence-shareableOff = Solo se guarda en la bóveda.
evidence-notShareable = Este tipo de archivo no se puede compartir; solo se puede guardar en la bóveda.
evidence-pdfNoPreview = Todavía no se pueden mostrar archivos PDF aquí; para abrir este, guarde una copia descifrada.
evidence-view = Ver
evidence-saveSanitised = Guardar una copia sin metadatos…
evidence-saveDecrypted = Guardar una copia descifrada…
evidence-delete = Eliminar…
evidence-actionsFor = Acciones para este archivo adjunto
evidence-savedSanitised = Se guardó una copia sin metadatos. No está cifrada.
evidence-savedDecrypted = Se guardó una copia descifrada. No está cifrada y conserva todos los metadatos: elimínela cuando termine.
evidence-decryptedTitle = ¿Guardar una copia descifrada?
evidence-decryptedWarning = Esta copia NO está cifrada y conserva todos los metadatos (GPS, dispositivo). Elimínela cuando termine.
evidence-decryptedConfirm = Elegir dónde guardarla…
evidence-deleteTitle = ¿Eliminar este archivo adjunto?
evidence-deleteText = Su archivo cifrado se destruye, junto con su descripción y sus metadatos.
evidence-deleteConfirm = Eliminar el archivo adjunto
evidence-deleted = Se eliminó el archivo adjunto.
evidence-previewTitle = Vista previa
evidence-previewLoading = Descifrando la imagen…
evidence-previewFailed = No se puede mostrar esta imagen.

## recipient

recipient-ohchr-reprisals-name = Equipo de represalias del ACNUDH
recipient-ohchr-reprisals-about = Un caso confidencial para el equipo del ACNUDH que se ocupa de los actos de intimidación y represalia por cooperar con la ONU. El ACNUDH puede plantearlo ante el Gobierno, así que solo se nombra a las personas que aceptaron ser nombradas ante el Gobierno (nivel 2 o 3); las de nivel 1 aparecen con un seudónimo y su función.
recipient-special-procedures-name = Comunicación a los procedimientos especiales
recipient-special-procedures-about = Una comunicación a uno o varios mandatos de los procedimientos especiales, que pueden transmitirla al Gobierno. Solo se nombra a las personas con nivel de consentimiento 2 o 3; las de nivel 1 aparecen con un seudónimo. Los procedimientos especiales aceptan comunicaciones en español, francés e inglés.
recipient-sg-report-name = Contribución al informe anual del Secretario General sobre represalias
recipient-sg-report-about = Información para el informe anual y público del Secretario General «Cooperación con las Naciones Unidas, sus representantes y mecanismos en la esfera de los derechos humanos». El informe se publica: solo se nombra a las personas con nivel de consentimiento 3, en la forma que eligieron (nombre completo, iniciales o una descripción anónima); las demás aparecen con un seudónimo y, entonces, el lugar solo se indica hasta la región y las fechas solo hasta el mes, para que una ciudad y un día no permitan identificarlas. Cada caso necesita un vínculo con la cooperación con la ONU, un consentimiento dado después de que se explicaran los riesgos y una respuesta sobre si la ONU ya lo planteó.
recipient-legal-team-name = Equipo jurídico (interno)
recipient-legal-team-about = Información completa para el equipo jurídico de su propia organización: se nombra a todas las personas que consintieron algún uso fuera de la bóveda (nivel 1 o superior), incluidas las que solo aceptaron un uso por la ONU sin que se las identifique (la vista previa lo advierte para cada una: mantenga el archivo dentro de su organización y envíelo cifrado); los campos confidenciales se conservan y se marcan, y los lugares y las fechas son exactos. Las personas de nivel 0 o sin consentimiento siguen sin aparecer. Los datos de contacto van en la portada confidencial.
recipient-public-summary-name = Resumen público
recipient-public-summary-about = Un resumen que cualquiera puede leer. Solo aparecen las personas que aceptaron la publicación (nivel de consentimiento 3), en la forma que eligieron: nombre completo, iniciales o una descripción anónima. Un caso se excluye salvo que todas sus víctimas lo hayan aceptado. Los lugares se indican solo hasta la región y las fechas solo hasta el mes, y no se incluyen archivos adjuntos ni campos confidenciales.

## finding
# What the export preview asks the person to fix (blockers) or to know (warnings). Values:
# { $who } a person's name, { $roles } their roles, { $why } why they do not appear,
# { $scripts } writing systems, { $languages } languages, { $recipient } a recipient.

finding-no_victim = No hay ninguna víctima registrada. Añada a la persona u organización afectada en el paso «Personas y organizaciones».
finding-no_victim_work = No se describe la labor de derechos humanos o de solidaridad de la víctima (paso «Personas y organizaciones», campo «Su labor de derechos humanos o de solidaridad»). Los mecanismos de la ONU preguntan qué relación tiene con lo que pasó.
finding-no_un_link = No hay ninguna cooperación con la ONU vinculada. Los mecanismos que se ocupan de las represalias actúan cuando responden a una cooperación con la ONU: añada el vínculo en el paso «Vínculo con la ONU».
finding-no_date = No hay ninguna fecha registrada. Indique al menos el mes y el año.
finding-no_country = No hay ningún país registrado.
finding-no_account = El relato de lo que pasó está vacío.
finding-date_year_only = De la fecha solo se conoce el año; los mecanismos de la ONU piden al menos el mes.
finding-un_raised_unknown = Indique si la ONU ya planteó este caso en un documento oficial (paso «Vínculo con la ONU»).
finding-no_perpetrator = No hay ningún presunto autor registrado. Si se conoce la institución o la unidad, indíquela.
finding-risks_not_explained = El consentimiento de { $who } se registró sin que se explicaran los riesgos. El informe del Secretario General exige un consentimiento dado después de explicar los riesgos.
finding-outside_period = Este caso empezó fuera del período del informe. Puede incluirse igualmente si continuó durante ese período; indíquelo en el relato.
finding-no_mandate = No se indica ningún mandato de los procedimientos especiales. Indique el mandato o los mandatos a los que se dirige (por ejemplo, el Relator Especial sobre la situación de los defensores de los derechos humanos).
finding-no_submitter = No se han indicado los datos del remitente. Los mecanismos de la ONU no examinan comunicaciones anónimas: indique un nombre y un contacto seguro para la portada confidencial.
finding-nothing_to_export = No se puede exportar ningún caso a este destinatario: todos los casos elegidos quedaron excluidos (el motivo de cada uno figura junto a él).
finding-not_a_working_language = Idiomas de trabajo de este destinatario ({ $recipient }): { $languages }. Un informe en otro idioma puede tener que esperar a que lo traduzcan: si puede, escríbalo en uno de esos idiomas.
finding-name_script_missing = Parte del texto de este caso usa el sistema de escritura { $scripts }, pero el nombre de { $who } no tiene ninguna grafía registrada en ese sistema. Tadamun solo puede ocultar las grafías que conoce: añada esa grafía en «Otros nombres y grafías» (paso «Personas y organizaciones») o revise la vista previa línea por línea.
finding-named_at_level_1 = { $who } solo dio su consentimiento para el nivel 1 (ONU, sin identificar a la persona). Este archivo nombra a esta persona porque es para el equipo jurídico de su propia organización: manténgalo dentro de su organización y envíelo cifrado.
finding-no_name_form = { $who } aceptó la publicación, pero no indicó cómo quiere que se le nombre (nombre completo, iniciales o una descripción): aparece con un seudónimo.
finding-person_left_out = { $who } ({ $roles }) no aparece porque { $why }. Si esta persona aceptó algo más, regístrelo en el paso «Consentimiento».

## why
# Why a person does not appear in a report ({ $why } above); { $level } is a consent level.

export-why-no_consent = no hay ningún consentimiento registrado
export-why-consent_withdrawn = se retiró su consentimiento
export-why-consent_level = su consentimiento es de nivel { $level }

## note
# What the preview says was changed or left out of a case.

note-name_in_text = { $who }: nombre sustituido en el texto
note-name_in_text_other_case = Alguien registrado en otro caso: nombre sustituido en el texto
note-confidential_field = Se omite un campo marcado como confidencial: { $field }
note-coarsened = Precisión reducida: { $field } (se indica { $precision })
note-acts_left_out =
    { $count ->
        [one] Se omite { $count } acto cuya víctima o presunto autor no aparece, con todos sus datos (fecha, descripción, autoridad, número de causa, lugar)
        [many] Se omiten { $count } actos cuya víctima o presunto autor no aparece, con todos sus datos (fecha, descripción, autoridad, número de causa, lugar)
       *[other] Se omiten { $count } actos cuya víctima o presunto autor no aparece, con todos sus datos (fecha, descripción, autoridad, número de causa, lugar)
    }
note-identifying_act_details_left_out =
    { $count ->
        [one] Se omiten el número de causa y el lugar de detención de { $count } acto relativo a alguien que no se nombra (permitirían identificar a esa persona)
        [many] Se omiten el número de causa y el lugar de detención de { $count } actos relativos a personas que no se nombran (permitirían identificarlas)
       *[other] Se omiten el número de causa y el lugar de detención de { $count } actos relativos a personas que no se nombran (permitirían identificarlas)
    }
note-sources_left_out =
    { $count ->
        [one] Se omite en la portada confidencial { $count } fuente que no aparece en el informe
        [many] Se omiten en la portada confidencial { $count } fuentes que no aparecen en el informe
       *[other] Se omiten en la portada confidencial { $count } fuentes que no aparecen en el informe
    }
note-attachment_not_for_recipient = Se omite un archivo adjunto (este destinatario no recibe archivos adjuntos)
note-attachment_not_shareable = Se omite un archivo adjunto que no está marcado para compartir
note-attachment_not_cleanable = Se omite un archivo adjunto al que no se le pueden quitar los metadatos
note-internal_notes_left_out = Se omiten las notas internas (nunca se exportan)
note-name_confidential = El nombre de { $who } está marcado como confidencial, así que se usa un seudónimo.
note-person_removed = { $who } ({ $roles }) no aparece: { $why }.
note-perpetrator_not_named = { $who }: no se nombra a presuntos autores individuales ante este destinatario
note-pseudonymised = { $who }: nombre omitido (nivel de consentimiento { $level })
note-named_as_chosen = { $who }: aparece con la forma de nombre que eligió para la publicación
leftOut-victim_left_out = { $who } es víctima y { $why }: el caso no se envía a este destinatario.

## field
# Parts of a case named in the notes ({ $field } above) and how precise a date became.

export-field-act_date = la fecha de un acto
export-field-act_description = la descripción de un acto
export-field-authority = una autoridad
export-field-case_number = un número de causa
export-field-detention_place = un lugar de detención
export-field-account = el relato
export-field-current_situation = la situación actual
export-field-domestic_remedies = los recursos internos
export-field-place = el lugar
export-field-start_date = la fecha de inicio
export-field-end_date = la fecha de fin
export-field-un_cooperation_date = una fecha de cooperación con la ONU
export-field-name = un nombre
export-field-gender = el género
export-field-occupation = la profesión
export-field-work = la labor de la persona
export-field-registration = una matrícula
export-precision-month = solo el mes y el año
export-precision-year = solo el año
export-precision-day = hasta el día
export-precision-country = solo el país

## file
# The files an export writes, and what they contain.

export-file-report_docx = La comunicación, como documento de Word editable
export-file-report_pdf = La comunicación, en PDF
export-file-report_json = La comunicación como datos (JSON, formato documentado)
export-file-report_csv = Una fila por caso (CSV)
export-file-report_uwazi_csv = Una fila por caso, para la importación CSV de Uwazi
export-file-cover_docx = Portada confidencial: el remitente, los contactos y las fuentes. Envíela por separado; nunca al Estado.
export-file-cover_pdf = Portada confidencial: el remitente, los contactos y las fuentes. Envíela por separado; nunca al Estado.
export-file-cover_json = Portada confidencial: el remitente, los contactos y las fuentes. Envíela por separado; nunca al Estado.
export-file-attachment = Archivo adjunto del caso { $case }, copiado sin metadatos
export-file-checksums = La huella SHA-256 de cada archivo, para comprobar que nada cambió por el camino
export-content-recipient = el destinatario
export-content-language = el idioma
export-content-reporting_period = el período del informe
export-content-victims = las víctimas
export-content-victim_work = la labor de derechos humanos o de solidaridad de las víctimas
export-content-un_link = el vínculo con la cooperación con la ONU
export-content-dates_place_account = las fechas, el lugar y el relato
export-content-act_types = los actos y sus tipos
export-content-perpetrators = los presuntos autores
export-content-legal_basis = el fundamento jurídico, las autoridades y los números de causa
export-content-detention = la detención
export-content-domestic_remedies = los recursos internos
export-content-consent = el consentimiento
export-content-already_raised = si la ONU ya lo planteó
export-content-urgency = la urgencia
export-content-sea_rescue = los buques, las aeronaves, las multas y los días de retención
export-content-supporting_documents = los archivos adjuntos (copias sin metadatos)
export-content-submitter = el remitente
export-content-contacts = cómo contactar a las personas nombradas en el informe
export-content-sources = las fuentes

## export

export-title = Preparar una comunicación
export-intro = Elija quién la recibirá, compruebe exactamente qué saldrá de este dispositivo y después escriba los archivos en una carpeta. No se envía nada por internet.
export-back = Volver a los incidentes
export-incidents =
    { $count ->
        [one] { $count } incidente en esta comunicación
        [many] { $count } incidentes en esta comunicación
       *[other] { $count } incidentes en esta comunicación
    }
export-incidentItem = #{ $number } { $title }
export-removeIncident = Sacar
export-removeIncidentLabel = Sacar el incidente #{ $number } de esta comunicación
export-noIncidents = No queda ningún incidente en esta comunicación. Vuelva a la lista y marque los incidentes que quiere enviar.
export-loadingProfiles = Cargando los destinatarios…
export-step-recipient = 1. Quién la recibirá
export-step-options = 2. Idioma, formatos y datos
export-step-preview = 3. Comprobar qué saldrá de este dispositivo
export-step-write = 4. Escribir los archivos
export-recipients = Destinatario
export-naming = Se nombra a las personas a partir del nivel de consentimiento { $named }; las de niveles inferiores aparecen con un seudónimo (desde el nivel { $included }) o no aparecen.
export-namingOnly = Se nombra a las personas a partir del nivel de consentimiento { $named }; las de niveles inferiores no aparecen.
export-withAttachments = Los archivos adjuntos que se pueden compartir van incluidos, como copias sin metadatos.
export-withCoverSheet = Los datos del remitente van en una portada confidencial aparte.
export-chooseRecipientFirst = Elija quién la recibirá para ver las opciones correspondientes.
export-language = Idioma del informe
export-languageName-en = English
export-languageName-fr = Français
export-languageName-es = Español
export-languageName-ar = العربية
export-languageName-ru = Русский
export-languageName-zh = 中文
export-workingLanguage = { $language }: idioma de trabajo de este destinatario
export-notWorkingLanguage = Este destinatario trabaja en { $languages }. Un informe en otro idioma se escribe igualmente, pero puede quedar a la espera de traducción antes de que alguien lo lea.
export-formats = Formatos
export-format-docx = Documento de Word (.docx)
export-format-pdf = PDF
export-format-json = Datos estructurados (JSON)
export-format-csv = Hoja de cálculo (CSV)
export-format-uwazi_csv = Importación a Uwazi (CSV)
export-mandates = Mandatos a los que se dirige (uno por línea)
export-mandatesHint = Por ejemplo: Relator Especial sobre la situación de los defensores de los derechos humanos.
export-period = Período del informe
export-periodFrom = Desde
export-periodTo = Hasta
export-submitter = Quién presenta la comunicación
export-submitterNote = Estos datos solo figuran en una portada confidencial aparte, nunca en el informe.
export-submitterName = Nombre
export-submitterOrganisation = Organización
export-submitterContact = Un medio seguro para contactar con usted
export-submitterContactHint = Un número de Signal, una dirección de correo electrónico segura…
export-submitterRelation = Su relación con la(s) víctima(s)
export-submitterRelationHint = La propia víctima, un familiar, su abogado, una organización…
export-samePseudonym = Usar el mismo seudónimo para una persona en todos los casos
export-samePseudonymHint = Desactivado: en cada caso los seudónimos empiezan de nuevo («Persona A», «Persona B»…), así que quien lea el informe no puede relacionar los casos. Activado: cada persona conserva el mismo seudónimo en todo el informe, lo que permite a quien lo lea relacionar los casos.
export-previewButton = Mostrar qué saldrá de este dispositivo
export-previewBusy = Preparando la vista previa…
export-needRecipient = Elija primero quién la recibirá.
export-needIncidents = No se ha elegido ningún incidente.
export-needFormat = Marque al menos un formato.
export-previewStale = Cambió una opción más arriba. Vuelva a mostrar qué saldrá de este dispositivo antes de escribir los archivos.
export-previewTitle = Qué saldrá de este dispositivo
export-previewCases =
    { $count ->
        [one] Destinatario: { $recipient }. El informe incluirá { $count } caso.
        [many] Destinatario: { $recipient }. El informe incluirá { $count } casos.
       *[other] Destinatario: { $recipient }. El informe incluirá { $count } casos.
    }
export-blockersTitle = Hay que corregir esto antes de poder escribir nada
export-blockersExplain = No se puede exportar nada mientras esto siga así. Corríjalo en los incidentes y vuelva a mostrar la vista previa.
export-findingCase = Caso { $case }: { $message }
export-noteCase = Caso { $case }:
export-warningsTitle = Conviene saberlo antes de enviarla
export-leftOutTitle = Excluido de esta comunicación
export-leftOutItem = #{ $number } { $title }: { $reason }
export-notesTitle = Qué se quitó o se cambió
export-notesNone = No se quitó ni se cambió nada.
export-documentTitle = El informe, tal como lo leerá el destinatario ({ $recipient })
export-documentHint = Las palabras marcadas se sustituyeron por un seudónimo, se omitieron o se cambiaron (vea la lista de arriba).
export-documentEmpty = El informe está vacío.
export-coverTitle = Portada confidencial: un archivo aparte
export-coverHint = Se escribe como un archivo independiente, para que el informe pueda transmitirse sin ella.
export-filesTitle = Archivos que se escribirán
export-confidentialTag = confidencial
export-fileContains = Contiene: { $contents }
export-fieldLabel = { $label }:
export-folder = Carpeta donde escribir
export-folderHint = Una carpeta de esta computadora o de una memoria USB, elegida en el cuadro de diálogo (Tadamun solo escribe donde usted eligió).
export-noFolderYet = Todavía no se ha elegido ninguna carpeta
export-chooseFolder = Elegir una carpeta…
export-keys = Cifrar para el destinatario (opcional): su clave pública de age, o sus claves, una por línea, que empiezan por age1…
export-keysHint = Así, solo quien tenga la clave secreta correspondiente podrá abrir los archivos.
export-keysChecking = Comprobando las claves…
export-run =
    { $count ->
        [one] Exportar { $count } archivo
        [many] Exportar { $count } archivos
       *[other] Exportar { $count } archivos
    }
export-runEncrypted =
    { $count ->
        [one] Exportar { $count } archivo, cifrado para el destinatario
        [many] Exportar { $count } archivos, cifrados para el destinatario
       *[other] Exportar { $count } archivos, cifrados para el destinatario
    }
export-runNoPreview = Exportar
export-running = Escribiendo los archivos…
export-needPreview = Primero muestre qué saldrá de este dispositivo (paso 3).
export-previewAgain = Una opción cambió después de la vista previa: vuelva a mostrar qué saldrá de este dispositivo (paso 3).
export-blocked = No se puede exportar nada mientras haya problemas que corregir (vea el paso 3).
export-needFolder = Elija la carpeta donde escribir.
export-fixKeys = Corrija las claves de cifrado o deje el campo vacío.
export-progressLabel = Progreso de la exportación
export-progressStarting = Empezando…
export-progressStep = { $stage } ({ $done } de { $total })
export-done =
    { $count ->
        [one] Se exportó { $count } caso a { $dir }
        [many] Se exportaron { $count } casos a { $dir }
       *[other] Se exportaron { $count } casos a { $dir }
    }
export-writtenFiles = Archivos escritos
export-writtenHash = SHA-256 { $hash }…
export-writtenEncrypted = (cifrado)
export-doneNote = SHA256SUMS contiene el hash de cada archivo. La exportación quedó registrada en cada caso como una comunicación.
export-again = Preparar otra comunicación

## error

error-wrong_passphrase = Esa frase de contraseña no abrió la bóveda (o la bóveda está dañada). Revise si hay errores de escritura y si Bloq Mayús está activado; después, vuelva a intentarlo.
error-wrong_recovery_key = Esa clave de recuperación no abrió la bóveda (o la bóveda está dañada). Compruebe cada carácter y vuelva a intentarlo.
error-key_file_damaged = Un archivo de claves de la bóveda está dañado. Si tiene su clave de recuperación, intente desbloquear la bóveda con esa clave.
error-database_damaged = Los registros de la bóveda están dañados y no se pueden leer.
error-vault_not_found = La bóveda no está donde Tadamun esperaba encontrarla.
error-vault_exists = Ya existe una bóveda en esta carpeta.
error-newer_format = Esta bóveda se creó con una versión más reciente de Tadamun. Instale la versión más reciente para abrirla.
error-disk_full = El disco está lleno. Libere espacio y vuelva a intentarlo.
error-weak_passphrase = Esa frase de contraseña es demasiado débil. Elija una más larga.
error-locked = La bóveda está bloqueada. Desbloquéela y vuelva a intentarlo.
error-erase_incomplete = La bóveda se estaba borrando y ya no se puede abrir.
error-in_use = La bóveda ya está en uso en otra ventana de Tadamun. Ciérrela y vuelva a intentarlo.
error-invalid_input = Algo de lo que escribió aquí no es válido. Revíselo y vuelva a intentarlo.
error-invalid_record = Hay campos que corregir antes de poder guardar el incidente. Todavía no se ha guardado nada.
error-record_not_found = Este registro ya no existe en la bóveda. Puede que se haya eliminado.
error-conflict = Este incidente se modificó y se guardó en otro lugar después de que usted lo abriera. Sus cambios se conservan como borrador; vuelva a cargar el incidente para ver la versión más reciente.
error-cancelled = Cancelado. No se conservó nada de este archivo.
error-evidence_damaged = Falta el archivo cifrado de este archivo adjunto, o se alteró. Use «Comprobar la bóveda» en Configuración.
error-not_shareable = Este archivo no se puede copiar sin sus metadatos.
error-io = Tadamun no pudo leer o escribir uno de sus archivos.
error-unknown = Algo salió mal.
error-technicalDetails = Detalles técnicos (para quien le ayude)
error-not_shareable-pdf = Los archivos PDF pueden contener el autor, el historial de edición y archivos incrustados, y Tadamun todavía no puede quitarlos de forma comprobable. Comparta en su lugar una foto o una captura de pantalla de las páginas, o guarde el PDF solo para uso interno.
error-not_shareable-video = Los vídeos contienen metadatos del dispositivo, la hora y el lugar que Tadamun todavía no puede quitar de forma comprobable. Guarde el vídeo solo para uso interno.
error-not_shareable-heic = Las fotos HEIC y AVIF no se pueden decodificar aquí de forma segura. Convierta la foto a JPEG en el teléfono o la computadora, adjunte el JPEG y comparta ese archivo.
error-not_shareable-office = Los documentos de Office contienen el autor, el historial de edición y los comentarios, que Tadamun no puede quitar de forma comprobable. Guarde el documento solo para uso interno, o comparta una imagen de él.
error-not_shareable-other = Tadamun solo puede hacer copias limpias de imágenes JPEG, PNG y WebP. Este archivo no se puede compartir.
error-invalid_input-no_format = Elija al menos un formato (DOCX, PDF, JSON, CSV o CSV de Uwazi).
error-invalid_input-secret_key_given = Esa es una clave secreta (AGE-SECRET-KEY-…), no una clave pública. No la comparta nunca. Pida al destinatario su clave pública, que empieza por age1…
error-invalid_input-not_a_public_key = «{ $key }…» no es una clave pública de age. Las claves públicas empiezan por age1 y tienen 62 caracteres; pida al destinatario que vuelva a enviar la suya.
error-invalid_input-encrypt_failed = Tadamun no pudo cifrar para esas claves. Compruébelas con el destinatario.
error-invalid_input-folder_not_empty = La carpeta { $folder } ya contiene: { $files }. Elija una carpeta vacía; no se sobrescribió nada.
error-invalid_input-folder_has_link = «{ $folder }», dentro de la carpeta elegida, es un enlace a otro lugar, y Tadamun no escribe a través de enlaces. Elija una carpeta vacía. No se conservó nada.
error-invalid_input-blockers_remain = No se escribió nada. Corrija primero lo que indica la vista previa.
error-invalid_input-could_not_write = Tadamun no pudo escribir { $name }. No se escribió nada.
error-invalid_input-unknown_language = No se puede escribir un informe en «{ $language }». Elija uno de los seis idiomas oficiales de la ONU.
error-invalid_input-no_incident_chosen = Elija al menos un incidente para exportar.
error-invalid_input-bad_period = El período del informe necesita dos fechas (AAAA-MM-DD), y la primera debe ser anterior a la segunda.
error-invalid_input-not_a_recovery_key = Esto no es una clave de recuperación. Una clave de recuperación empieza por AGE-SECRET-KEY-1 y sigue con 58 letras y cifras.
error-invalid_input-current_passphrase_needed = Escriba su frase de contraseña actual. Para elegir una nueva sin ella, desbloquee primero la bóveda con su clave de recuperación.
error-invalid_input-rotation_unfinished = Un cambio de clave anterior todavía no ha terminado. Libere espacio en el disco, bloquee y desbloquee la bóveda (así se termina) y vuelva a intentarlo.
error-invalid_input-backup_damaged = Esta copia de seguridad está dañada o incompleta. No se restauró nada. Si tiene la misma copia de seguridad guardada en otro lugar, pruebe con esa.
error-invalid_input-backup_wrong_key = Esta clave de recuperación no abre esta copia de seguridad. Una copia de seguridad se abre con la clave de recuperación que tenía la bóveda cuando se hizo la copia: si desde entonces creó una nueva clave de recuperación, use la anterior.
error-invalid_input-not_a_backup = Este archivo no es una copia de seguridad de Tadamun.
error-invalid_input-backup_not_found = El archivo de copia de seguridad { $path } ya no está ahí. Vuelva a elegirlo.
error-invalid_input-backup_newer_format = Esta copia de seguridad se hizo con una versión más reciente de Tadamun. Instale la versión más reciente y luego restáurela.
error-invalid_input-backup_file_exists = { $path } ya existe. Elija otro nombre o elimine primero ese archivo.
error-invalid_input-backup_target_is_folder = { $path } es una carpeta. Indique un nombre de archivo para la copia de seguridad.
error-invalid_input-backup_inside_vault = Una copia de seguridad guardada dentro de la propia carpeta de la bóveda se pierde junto con ella. Guárdela en otro lugar: una memoria USB u otro disco.
error-invalid_input-backup_attachment_missing = Falta en la bóveda uno de los archivos adjuntos, así que la copia de seguridad quedaría incompleta. Use «Comprobar ahora» para ver cuál es y luego vuelva a hacer la copia de seguridad.
error-invalid_input-backup_vault_changed = La bóveda cambió mientras se hacía la copia de seguridad. Vuelva a hacerla.
error-invalid_input-restore_folder_not_empty = La carpeta { $path } no está vacía. Restaure en una carpeta nueva o en una vacía.
error-invalid_input-too_large_to_show = Este archivo es demasiado grande para mostrarlo dentro de Tadamun ({ $mib } MiB). Guarde en su lugar una copia descifrada.
error-invalid_input-image_unreadable = No se puede leer esta imagen, así que no se puede hacer una copia limpia.
error-invalid_input-clean_copy_failed = No se pudo hacer la copia limpia.
error-invalid_input-original_not_removed = No se puede eliminar el original { $file }.
error-invalid_input-original_not_a_file = { $file } no es un archivo normal, así que Tadamun no lo toca.
error-invalid_input-description_too_long = Esta descripción es demasiado larga.
error-invalid_input-cannot_be_shared = Este archivo no se puede compartir.
error-invalid_input-file_not_found = No se encontró el archivo «{ $name }». No se importó nada.
error-invalid_input-file_not_readable = Tadamun no tiene permiso para leer «{ $name }». No se importó nada.
error-invalid_input-not_a_file = «{ $name }» no es un archivo (es una carpeta o un dispositivo). No se importó nada.
