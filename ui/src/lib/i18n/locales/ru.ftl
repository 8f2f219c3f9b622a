# Русский (ru). Обращение к пользователю на «вы» (со строчной буквы), нейтральный деловой стиль,
# без гендерно окрашенных форм прошедшего времени по отношению к пользователю и третьим лицам.
# Термины ООН — по официальным русским текстам ООН и УВКПЧ (см. glossary/ru.md).
# Переведено с en.ftl. Кавычки «ёлочки», внутри — „лапки“; буква «ё» используется.
# Russian (ru), formal "вы" register; translated from en.ftl.

## app

app-name = Tadamun
app-loading = Tadamun открывается…
app-startupFailed = Tadamun не удалось получить доступ к папке хранилища.
app-retry = Попробовать снова
app-skipToContent = Перейти к основному содержимому

## state

state-label = Состояние хранилища
state-locked = Заблокировано
state-unlocked = Разблокировано

## nav

nav-label = Основное меню
nav-incidents = Инциденты
nav-audit = Журнал аудита
nav-settings = Настройки

## lock

lock-button = Заблокировать
lock-shortcut = Ctrl+L
lock-shortcutMac = ⌘L
lock-busy = Блокировка…

## notice

notice-dismiss = Скрыть
notice-lockedInactivity =
    { $count ->
        [one] Заблокировано после { $count } минуты бездействия.
        [few] Заблокировано после { $count } минут бездействия.
        [many] Заблокировано после { $count } минут бездействия.
       *[other] Заблокировано после { $count } минуты бездействия.
    }
notice-lockedInactivityUnknown = Заблокировано после некоторого времени бездействия.
notice-lockedSuspend = Заблокировано, потому что компьютер перешёл в спящий режим.
notice-lockedScreen = Заблокировано, потому что был заблокирован экран компьютера.
notice-eraseMarkRemoved = Это хранилище было помечено как подлежащее стиранию, но его ключи остались целы: либо стирание прервалось в самом начале, либо метку поставил кто-то, у кого был доступ к папке хранилища. Метка снята, ничего не стёрто. Если вы действительно хотели стереть это хранилище, сотрите его ещё раз в настройках.
notice-lastSession = Хранилище открыто. В прошлый раз его открывали { $date }; номер последнего изменения — { $change }.

## rollback

rollback-title = Возможно, это хранилище подменили более старой копией
rollback-advice = Если вы сами восстановили резервную копию, так и должно быть. Если нет, возможно, кто-то, у кого был доступ к этому компьютеру, вернул старую копию хранилища: проверьте, что недавние случаи, удаления и отзывы согласия остались такими, какими вы их оставили, и просмотрите журнал аудита.
rollback-rolled_back = База данных этого хранилища старше, чем при последнем использовании: номер её последнего изменения — { $database }, а при последнем закрытии хранилища было записано изменение { $last }. Случаи, удалённые с тех пор, могут снова оказаться на месте, а отозванные с тех пор согласия — снова действовать. Если вы сами не восстанавливали резервную копию, возможно, кто-то подменил базу данных.
rollback-record_altered = Запись о последнем сеансе не соответствует ключу этого хранилища: её изменили или скопировали из другого хранилища. Tadamun не может определить, не подменили ли базу данных более старой копией.
rollback-auditLog = Открыть журнал аудита
rollback-understood = Понятно

## notice

notice-erased = Хранилище стёрто. Его больше никогда не удастся открыть. Ниже можно создать новое хранилище.
notice-unlockedWithRecovery = Вы открыли хранилище ключом восстановления. Если вы забыли парольную фразу, задайте новую в настройках.

## passphrase

passphrase-show = Показать
passphrase-hide = Скрыть
passphrase-showLabel = Показать текст поля «{ $label }»
passphrase-hideLabel = Скрыть текст поля «{ $label }»

## strength

strength-label = Надёжность парольной фразы
strength-score0 = Очень слабая
strength-score1 = Слабая
strength-score2 = Средняя
strength-score3 = Надёжная
strength-score4 = Очень надёжная
strength-empty = Введите парольную фразу, чтобы увидеть, насколько она надёжна.
strength-checking = Проверка…
strength-unavailable = Проверка надёжности не сработала. Попробуйте ввести фразу ещё раз.
strength-crackTime = Сколько времени понадобится, чтобы её подобрать: { $time }
strength-time-instant = меньше секунды
strength-time-seconds =
    { $count ->
        [one] { $count } секунда
        [few] { $count } секунды
        [many] { $count } секунд
       *[other] { $count } секунды
    }
strength-time-minutes =
    { $count ->
        [one] { $count } минута
        [few] { $count } минуты
        [many] { $count } минут
       *[other] { $count } минуты
    }
strength-time-hours =
    { $count ->
        [one] { $count } час
        [few] { $count } часа
        [many] { $count } часов
       *[other] { $count } часа
    }
strength-time-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дня
        [many] { $count } дней
       *[other] { $count } дня
    }
strength-time-months =
    { $count ->
        [one] { $count } месяц
        [few] { $count } месяца
        [many] { $count } месяцев
       *[other] { $count } месяца
    }
strength-time-years =
    { $count ->
        [one] { $count } год
        [few] { $count } года
        [many] { $count } лет
       *[other] { $count } года
    }
strength-time-centuries = сотни лет
strength-warning-StraightRowsOfKeysAreEasyToGuess = Клавиши, идущие подряд в одном ряду, легко подобрать.
strength-warning-ShortKeyboardPatternsAreEasyToGuess = Короткие узоры на клавиатуре легко подобрать.
strength-warning-RepeatsLikeAaaAreEasyToGuess = Повторы вроде «aaa» легко подобрать.
strength-warning-RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess = Повторы вроде «abcabcabc» подобрать лишь немного труднее, чем «abc».
strength-warning-ThisIsATop10Password = Это один из десяти самых распространённых паролей.
strength-warning-ThisIsATop100Password = Это один из ста самых распространённых паролей.
strength-warning-ThisIsACommonPassword = Это очень распространённый пароль.
strength-warning-ThisIsSimilarToACommonlyUsedPassword = Это похоже на часто используемый пароль.
strength-warning-SequencesLikeAbcAreEasyToGuess = Последовательности вроде abc или 6543 легко подобрать.
strength-warning-RecentYearsAreEasyToGuess = Недавние годы легко подобрать.
strength-warning-AWordByItselfIsEasyToGuess = Одно слово само по себе легко подобрать.
strength-warning-DatesAreOftenEasyToGuess = Даты часто легко подобрать.
strength-warning-NamesAndSurnamesByThemselvesAreEasyToGuess = Имена и фамилии сами по себе легко подобрать.
strength-warning-CommonNamesAndSurnamesAreEasyToGuess = Распространённые имена и фамилии легко подобрать.
strength-suggestion-UseAFewWordsAvoidCommonPhrases = Используйте несколько слов и избегайте распространённых выражений.
strength-suggestion-NoNeedForSymbolsDigitsOrUppercaseLetters = Специальные символы, цифры и заглавные буквы не обязательны.
strength-suggestion-AddAnotherWordOrTwo = Добавьте ещё одно-два слова. Лучше — редких.
strength-suggestion-CapitalizationDoesntHelpVeryMuch = Заглавные буквы мало что дают.
strength-suggestion-AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase = Текст целиком из заглавных букв подобрать почти так же легко, как из строчных.
strength-suggestion-ReversedWordsArentMuchHarderToGuess = Слова, написанные задом наперёд, подобрать ненамного труднее.
strength-suggestion-PredictableSubstitutionsDontHelpVeryMuch = Предсказуемые замены, например «@» вместо «a», мало что дают.
strength-suggestion-UseALongerKeyboardPatternWithMoreTurns = Используйте более длинный узор на клавиатуре с бо́льшим числом поворотов.
strength-suggestion-AvoidRepeatedWordsAndCharacters = Избегайте повторяющихся слов и символов.
strength-suggestion-AvoidSequences = Избегайте последовательностей.
strength-suggestion-AvoidRecentYears = Избегайте недавних годов.
strength-suggestion-AvoidYearsThatAreAssociatedWithYou = Избегайте годов, связанных с вами.
strength-suggestion-AvoidDatesAndYearsThatAreAssociatedWithYou = Избегайте дат и годов, связанных с вами.
strength-tooShort = Слишком короткая: минимальное число символов — { $min }.
strength-acceptable = Достаточно надёжная, чтобы защитить ваше хранилище.
strength-notAcceptable = Пока недостаточно надёжная.
strength-tip = Совет: четыре-пять случайных слов, не связанных друг с другом, — это надёжная парольная фраза, которую легко набирать.

## firstRun

firstRun-title = Добро пожаловать в Tadamun
firstRun-intro = Tadamun хранит ваши записи о репрессиях — что было сделано, в отношении кого и кем — только на этом компьютере и только в зашифрованном виде. Приложение никогда не подключается к интернету.
firstRun-passphraseIntro = Сначала придумайте парольную фразу. Вы будете вводить её каждый раз при открытии Tadamun. Без неё никто не сможет прочитать ваши записи.
firstRun-warning = Забытую парольную фразу никто не сможет сбросить. Вернуть доступ можно будет только с помощью ключа восстановления, который вы получите на следующем шаге.
firstRun-passphrase = Парольная фраза
firstRun-confirm = Повторите парольную фразу
firstRun-submit = Создать хранилище
firstRun-busy = Создаём ваше хранилище — это займёт несколько секунд…
firstRun-location = Хранилище будет находиться в этой папке: { $location }

## suggest

suggest-title = Парольная фраза, составленная для вас
suggest-hint = Случайные слова, которые невозможно угадать, даже зная вашу жизнь. Запишите их на бумаге и храните её отдельно от этого компьютера, пока не выучите наизусть.
suggest-use = Использовать эту парольную фразу
suggest-another = Показать другую
suggest-failed = Не удалось предложить парольную фразу. Составьте свою из четырёх или более не связанных между собой слов.
suggest-ownInstead = Или введите ниже свою парольную фразу: хорошо подходят четыре или более не связанных между собой слова.

## reason

reason-empty = Сначала введите парольную фразу.
reason-checking = Проверяем надёжность парольной фразы…
reason-strengthUnavailable = Надёжность парольной фразы пока не удалось проверить.
reason-tooShort = Парольная фраза слишком короткая: минимальное число символов — { $min }.
reason-weak = Парольная фраза пока недостаточно надёжная. Сделайте её длиннее.
reason-repeat = Введите парольную фразу ещё раз, чтобы убедиться, что в ней нет опечатки.
reason-mismatch = Две парольные фразы не совпадают.
reason-current = Введите текущую парольную фразу.

## recovery

recovery-title = Ваш ключ восстановления
recovery-explain = Это единственный способ вернуть доступ, если вы забудете парольную фразу. Запишите ключ или сохраните его на USB-флешку и храните отдельно от этого ноутбука. Повторно он показан не будет.
recovery-keyLabel = Ключ восстановления
recovery-save = Сохранить в файл…
recovery-saving = Сохранение…
recovery-saved = Сохранено.
recovery-stored = Мой ключ восстановления надёжно сохранён
recovery-continue = Продолжить
recovery-continueReason = Отметьте этот пункт, когда ключ восстановления будет надёжно сохранён.

## unlock

unlock-title = Разблокируйте хранилище
unlock-intro = Tadamun заблокирован. Ваши записи остаются зашифрованными, пока вы его не разблокируете.
unlock-passphrase = Парольная фраза
unlock-recoveryKey = Ключ восстановления
unlock-recoveryHint = Введите или вставьте ключ восстановления, который вы сохранили при создании хранилища.
unlock-submit = Разблокировать
unlock-busy = Разблокировка…
unlock-useRecovery = Забыли парольную фразу? Воспользуйтесь ключом восстановления
unlock-usePassphrase = Воспользоваться парольной фразой
unlock-emptyPassphrase = Сначала введите парольную фразу.
unlock-emptyRecoveryKey = Сначала введите ключ восстановления.

## language

language-label = Язык
language-title = Язык интерфейса
language-explain = Tadamun запоминает этот выбор на этом компьютере, вне зашифрованного хранилища, чтобы ещё до разблокировки обращаться к вам на вашем языке. Ваши записи остаются зашифрованными, но тот, у кого окажется этот компьютер, сможет увидеть, какой язык вы выбрали. Язык отчёта можно выбрать отдельно при экспорте.
language-notSaved = Этот язык уже используется, но Tadamun не удалось запомнить его для следующего запуска.

## settings

settings-title = Настройки
settings-location = Папка хранилища: { $location }

## autoLock

autoLock-title = Автоматическая блокировка
autoLock-explain = Tadamun блокируется сам, если им какое-то время не пользуются.
autoLock-label = Через сколько времени бездействия блокировать
autoLock-option =
    { $count ->
        [one] { $count } минута
        [few] { $count } минуты
        [many] { $count } минут
       *[other] { $count } минуты
    }
autoLock-saved = Сохранено.

## change

change-title = Смена парольной фразы
change-explain = Ваши записи остаются прежними; меняется только парольная фраза, которая их открывает. Ключ восстановления продолжает действовать.
change-current = Текущая парольная фраза
change-resetExplain = Вы открыли хранилище ключом восстановления, поэтому можете задать новую парольную фразу, не вводя старую.
change-new = Новая парольная фраза
change-confirm = Повторите новую парольную фразу
change-submit = Сменить парольную фразу
change-busy = Меняем парольную фразу…
change-done = Парольная фраза изменена. Теперь используйте новую.

## newRecovery

newRecovery-title = Создать новый ключ восстановления
newRecovery-explain = Сделайте это, если ключ восстановления потерян, изъят (например, на границе) или его видел кто-то другой. Tadamun создаст новый ключ восстановления, а старый перестанет открывать это хранилище. Ваши записи и парольная фраза останутся прежними.
newRecovery-copies = Копии хранилища, сделанные раньше (например, резервная копия или скопированный диск), по-прежнему открываются старым ключом восстановления. Изменить это невозможно. Если такая копия может существовать, сразу после этого создайте ещё и новый ключ шифрования (следующий раздел): тогда старый ключ не сможет открыть ваше хранилище в том виде, в каком оно будет с этого момента.
newRecovery-passphrase = Ваша парольная фраза
newRecovery-submit = Создать новый ключ восстановления
newRecovery-busy = Создаём новый ключ восстановления…
newRecovery-shownTitle = Ваш новый ключ восстановления
newRecovery-shownExplain = Запишите его или сохраните на USB-флешку и храните отдельно от этого ноутбука. Повторно он показан не будет, поэтому не уходите с этой страницы, пока не сохраните его. Старый ключ восстановления больше не открывает это хранилище.
newRecovery-keyLabel = Новый ключ восстановления
newRecovery-stored = Новый ключ записан или сохранён
newRecovery-confirm = Готово, скрыть ключ
newRecovery-confirmReason = Отметьте этот пункт, когда новый ключ восстановления будет надёжно сохранён.
newRecovery-done = Готово. Теперь это хранилище открывает только новый ключ восстановления; старый больше не действует. Если может существовать более старая копия хранилища, следующим шагом создайте новый ключ шифрования.
newRecovery-notStored = Новый ключ восстановления создан, но его сохранение не подтверждено, а показать его повторно невозможно. Если вы его не сохранили, создайте ещё один в настройках: старый ключ восстановления больше не открывает это хранилище.

## rotate

rotate-title = Создать новый ключ шифрования
rotate-explain = Создаёт новый ключ для всех ваших данных. Используйте эту функцию, если думаете, что кто-то видел вашу парольную фразу или скопировал диск этого компьютера.
rotate-explainMore = Если кто-то мог видеть вашу парольную фразу, смените и её. Не закрывайте Tadamun, пока процесс не завершится.
rotate-recoveryFirst = Если ключ восстановления мог быть потерян или его могли видеть, отметьте поле ниже: тогда новый ключ шифрования будет защищён и новым ключом восстановления, который будет показан один раз в разделе выше.
rotate-newRecovery = Также создать новый ключ восстановления
rotate-newRecoveryHint = Старый ключ восстановления больше не откроет ничего, что будет создано с этого момента. Новый ключ нужно будет сохранить, как в первый раз.
rotate-passphrase = Ваша парольная фраза
rotate-submit = Создать новый ключ
rotate-busy = Создаём новый ключ…
rotate-progress = { $step } ({ $done } из { $total })
rotate-step-database = Повторное шифрование записей
rotate-step-attachments = Повторное шифрование вложений
rotate-step-passphrase_key = Защита нового ключа парольной фразой
rotate-step-recovery_key = Защита нового ключа ключом восстановления
rotate-step-switch = Переход на новый ключ
rotate-step-done = Завершено
rotate-done = Готово. Все ваши данные теперь защищены новым ключом.

## verify

verify-title = Проверка хранилища
verify-explain = Проверяет, что ваши записи читаются и что никто не изменял историю изменений.
verify-submit = Проверить сейчас
verify-busy = Проверка…
verify-entries =
    { $count ->
        [one] { $count } запись в истории изменений.
        [few] { $count } записи в истории изменений.
        [many] { $count } записей в истории изменений.
       *[other] { $count } записи в истории изменений.
    }
verify-ok = Всё цело, повреждений не найдено.
verify-chainBroken = История изменений была изменена или повреждена.
verify-databaseDamaged = База данных повреждена.
verify-problems = Обнаруженные проблемы:
verify-attachmentsDamaged = Некоторые вложения отсутствуют или были изменены.

## backup

backup-title = Резервная копия
backup-explain = Резервная копия — это один файл, в котором есть всё содержимое этого хранилища: записи и их прежние редакции, вложения и история изменений. Если этот компьютер изымут или он сломается, с её помощью вы сможете вернуть свою работу на другом компьютере.
backup-explainKey = Резервная копия открывается только ключом восстановления, а не парольной фразой. Храните резервную копию и ключ восстановления отдельно от этого компьютера и отдельно друг от друга.
backup-never = Резервная копия ещё ни разу не создавалась.
backup-last =
    { $count ->
        [0] Последняя резервная копия: сегодня ({ $date }).
        [one] Последняя резервная копия: { $count } день назад ({ $date }).
        [few] Последняя резервная копия: { $count } дня назад ({ $date }).
        [many] Последняя резервная копия: { $count } дней назад ({ $date }).
       *[other] Последняя резервная копия: { $count } дня назад ({ $date }).
    }
backup-make = Создать резервную копию…
backup-making = Создаём резервную копию…
backup-done = Резервная копия сохранена: { $path }. Инцидентов: { $incidents }. Вложений: { $attachments }. Проверьте её прямо сейчас и храните в надёжном месте.
backup-checkTitle = Проверка резервной копии
backup-checkExplain = Открывает резервную копию ключом восстановления во временной папке и проверяет каждую запись и каждое вложение в ней. Это хранилище не изменяется.
backup-choose = Выбрать резервную копию…
backup-chosen = Файл резервной копии: { $path }
backup-recoveryKey = Ключ восстановления
backup-recoveryHint = Ключ восстановления, который был у этого хранилища, когда создавалась резервная копия.
backup-check = Проверить резервную копию
backup-checking = Проверяем резервную копию…
backup-checked = Резервная копия полная и неповреждённая (создана { $date }). Инцидентов: { $incidents }. Вложений: { $attachments }, каждое сверено со своим отпечатком.
backup-step-database = Копирование базы данных
backup-step-files = Запись резервной копии
backup-step-reading = Чтение резервной копии
backup-step-checking = Проверка записей и вложений
backup-progress = { $step }: { $percent } %
backup-reminderNever = У вас ещё нет резервной копии записей. Если этот компьютер изымут или он сломается, записи будут потеряны.
backup-reminderOld =
    { $count ->
        [one] Последняя резервная копия создана { $count } день назад. Записей, добавленных или изменённых после этого, в ней нет.
        [few] Последняя резервная копия создана { $count } дня назад. Записей, добавленных или изменённых после этого, в ней нет.
        [many] Последняя резервная копия создана { $count } дней назад. Записей, добавленных или изменённых после этого, в ней нет.
       *[other] Последняя резервная копия создана { $count } дня назад. Записей, добавленных или изменённых после этого, в ней нет.
    }
backup-reminderAction = Создать резервную копию
restore-title = Восстановление из резервной копии
restore-explain = Вы пользовались Tadamun на другом компьютере? Верните своё хранилище из файла резервной копии с помощью ключа восстановления, который был у хранилища, когда создавалась копия. Затем вы зададите новую парольную фразу.
restore-start = Восстановить из резервной копии…
restore-passphraseIntro = Задайте новую парольную фразу для восстановленного хранилища.
restore-passphrase = Новая парольная фраза
restore-confirm = Повторите новую парольную фразу
restore-submit = Восстановить хранилище
restore-needKey = Сначала введите ключ восстановления.
restore-busy = Восстанавливаем и проверяем ваше хранилище…
restore-cancel = Отмена
restore-done = Ваше хранилище восстановлено из резервной копии, созданной { $date }, и все проверки пройдены. Инцидентов: { $incidents }. Вложений: { $attachments }.

## erase

erase-title = Опасная зона: стирание хранилища
erase-explain = Стирание уничтожает ключи, которые защищают ваше хранилище. После этого никто — ни вы, ни тот, кто заберёт этот компьютер, ни с парольной фразой, ни с ключом восстановления — никогда больше не сможет его открыть. Отменить это невозможно.
erase-word = СТЕРЕТЬ
erase-label = Для подтверждения введите здесь { $word }
erase-submit = Стереть хранилище навсегда
erase-busy = Стирание…
erase-reason = Кнопка станет доступна, когда вы введёте { $word } точно так, как написано.

## eraseIncomplete

eraseIncomplete-title = Стирание было прервано
eraseIncomplete-explain = Работа Tadamun прервалась во время стирания этого хранилища. Открыть это хранилище больше не сможет никто. Завершите стирание, чтобы удалить то, что осталось; после этого можно будет создать новое хранилище.
eraseIncomplete-submit = Завершить стирание
eraseIncomplete-busy = Стирание…

## demo

demo-bannerTitle = ДЕМО — только вымышленные случаи
demo-bannerText = Это демонстрационное хранилище. Не записывайте сюда реальные случаи: его парольная фраза общеизвестна.
demo-bannerPassphrase = Парольная фраза демо:
demo-leave = Чтобы создать настоящее хранилище, сотрите демо в настройках
demo-leaveLocked = Чтобы создать настоящее хранилище, разблокируйте демо и сотрите его в разделе «Настройки → Опасная зона».
demo-try = Попробовать демонстрационное хранилище
demo-tryTitle = Просто хотите посмотреть?
demo-tryExplain = В демонстрационном хранилище есть вымышленные случаи, чтобы вы могли увидеть, как работает Tadamun. Его парольная фраза общеизвестна, поэтому никогда не вносите туда реальные случаи. Позже его можно стереть и создать настоящее хранилище.
demo-busy = Создаём демонстрационное хранилище…
demo-createdTitle = Демонстрационное хранилище готово
demo-createdText =
    { $count ->
        [one] В нём { $count } вымышленный случай. Чтобы открыть его позже, используйте эту парольную фразу:
        [few] В нём { $count } вымышленных случая. Чтобы открыть его позже, используйте эту парольную фразу:
        [many] В нём { $count } вымышленных случаев. Чтобы открыть его позже, используйте эту парольную фразу:
       *[other] В нём { $count } вымышленного случая. Чтобы открыть его позже, используйте эту парольную фразу:
    }
demo-settingsHint = Это демонстрационное хранилище. Чтобы создать настоящее хранилище для реальных случаев, сотрите это ниже (раздел «Опасная зона»); затем Tadamun предложит создать новое.
demo-continue = Показать демонстрационные случаи

## common

common-cancel = Отмена
common-close = Закрыть
common-remove = Убрать
common-any = Все
common-yes = Да
common-no = Нет
common-unknown = Неизвестно
common-notSet = Не указано
common-none = Нет
common-unnamed = (без имени)
common-untitled = (без названия)
common-loading = Загрузка…
common-retry = Попробовать снова
common-confidential = Конфиденциально
common-confidentialHint = не будет передано государству и не будет опубликовано
## date

date-approximate = примерно { $date }
date-invalid = Введите дату в виде YYYY, YYYY-MM или YYYY-MM-DD (год-месяц-день, например 2024-03-12).
date-needs-day = Для точного дня введите YYYY-MM-DD или выберите другую точность.
date-needs-month = Для месяца введите YYYY-MM или выберите другую точность.
date-needs-year = Для года введите YYYY или выберите другую точность.
date-dayOnly = Введите день в виде YYYY-MM-DD.
date-format = YYYY, YYYY-MM или YYYY-MM-DD (год-месяц-день)
date-precision = Точность

## precision

precision-day = Точный день
precision-month = Месяц
precision-year = Год
precision-approximate = Приблизительно

## status

status-draft = Черновик
status-verified = Проверен
status-submitted = Направлен
status-closed = Закрыт

## urgency

urgency-routine = Обычная
urgency-high = Высокая
urgency-urgent = Срочная

## consentState

consentState-no_people = Люди не указаны
consentState-missing = Нет согласия
consentState-internal_only = Только для внутреннего использования
consentState-complete = Согласие зафиксировано

## sort

sort-relevance = Лучшее совпадение (сначала новые)
sort-updated_desc = Недавно изменённые
sort-date_desc = Сначала новые инциденты
sort-date_asc = Сначала старые инциденты
sort-number_desc = Сначала с бо́льшим номером

## kind

kind-person = Человек
kind-organisation = Организация
kind-vessel = Судно
kind-aircraft = Воздушное судно
kind-state_body = Государственный орган

## placePrecision

placePrecision-exact = Точное место
placePrecision-locality = Город или населённый пункт
placePrecision-region = Регион
placePrecision-country = Только страна

## lawyer

lawyer-yes = Да
lawyer-no = Нет
lawyer-unknown = Неизвестно

## sourceKind

sourceKind-victim_testimony = Показания жертвы
sourceKind-witness_testimony = Показания свидетеля
sourceKind-document = Документ
sourceKind-media = Сообщение СМИ
sourceKind-social_media = Социальные сети
sourceKind-partner_organisation = Организация-партнёр
sourceKind-other = Другое

## reliability

reliability-high = Высокая
reliability-medium = Средняя
reliability-low = Низкая
reliability-unknown = Неизвестна

## list

list-title = Инциденты
list-new = Новый инцидент
list-search = Поиск по инцидентам
list-searchHint = Названия, описания событий, имена, места, метки и номера документов
list-filters = Фильтры
list-filtersCount = Фильтры ({ $count })
list-activeFilters = Активные фильтры
list-chip = { $name }: { $value }
list-removeFilter = Убрать фильтр { $filter }
list-filterType = Вид
list-filterCountry = Страна
list-filterStatus = Статус
list-filterUrgency = Срочность
list-filterConsent = Согласие
list-filterUnLink = Связь с сотрудничеством с ООН
list-filterFrom = С
list-filterTo = По
list-dateBad = Это ещё не дата: YYYY, YYYY-MM или YYYY-MM-DD.
list-sort = Сортировка
list-clear = Сбросить фильтры
list-withUnLink = Есть связь с ООН
list-withoutUnLink = Нет связи с ООН
list-showing = Показаны { $first }–{ $last } из { $total }
list-showingNone = Найдено инцидентов: 0
list-previous = Предыдущая страница
list-next = Следующая страница
list-emptyTitle = Инцидентов пока нет
list-emptyText = Зафиксируйте первый случай репрессий: что произошло, в отношении кого и кем.
list-noMatchTitle = Ничего не найдено
list-noMatchText = Попробуйте другие слова или сбросьте фильтры.
list-searching = Поиск…
list-results = Найденные инциденты
list-number = № { $number }
list-ongoing = продолжается
list-noDate = Без даты
list-unLinked = Связь с ООН
list-noUnLink = Нет связи с ООН
list-drafts = Незавершённые новые инциденты
list-draftsHint = Они ни разу не сохранялись. Их текст хранится в хранилище в зашифрованном виде.
list-draftFrom = { $title } — несохранённый черновик от { $time }
list-draftContinue = Продолжить
list-draftDiscard = Отбросить
list-selectIncident = Выбрать инцидент № { $number } для обращения
list-selected =
    { $count ->
        [one] Выбрано: { $count }
        [few] Выбрано: { $count }
        [many] Выбрано: { $count }
       *[other] Выбрано: { $count }
    }
list-noneSelected = Отметьте инциденты, чтобы подготовить обращение.
list-selectPage = Отметить все на этой странице
list-clearSelection = Снять отметки
list-exportOpen = Подготовить обращение…

## editor

editor-newTitle = Новый инцидент
editor-title = Инцидент № { $number }
editor-back = К списку инцидентов
editor-save = Сохранить
editor-saveShortcut = Ctrl+S
editor-steps = Шаги
editor-step-details = Инцидент
editor-step-people = Люди и организации
editor-step-acts = Акты
editor-step-un = Связь с ООН
editor-step-consent = Согласие
editor-step-sources = Источники
editor-step-evidence = Доказательства
editor-step-followup = Дальнейшие действия
editor-step-notes = Заметки
editor-stepProblems =
    { $count ->
        [one] { $count } проблема
        [few] { $count } проблемы
        [many] { $count } проблем
       *[other] { $count } проблемы
    }
editor-previousStep = Предыдущий шаг
editor-nextStep = Следующий шаг
editor-state-new = Ещё не сохранено
editor-state-clean = Изменений нет
editor-state-dirty = Есть несохранённые изменения
editor-state-saving = Сохранение…
editor-state-saved = Сохранено (редакция { $revision }) в { $time }
editor-state-failed = Не сохранено — см. сообщение ниже
editor-state-draftKept = Несохранённые изменения — сохранены как черновик в { $time }
editor-loading = Открываем инцидент…
editor-problemsTitle = Перед сохранением исправьте следующее:
editor-warningsTitle = Чего ещё не хватает для обращения в ООН
editor-warningsHint = Сохранить можно и так; это важно только при отправке случая.
editor-noWarnings = Для обращения в ООН ничего существенного не упущено.
editor-conflictReload = Загрузить сохранённую версию
editor-draftOffer = У вас есть несохранённые изменения от { $time }.
editor-draftRestore = Восстановить несохранённые изменения
editor-draftDiscard = Отбросить их
editor-leaveTitle = Уйти без сохранения?
editor-leaveText = Ваши изменения останутся в хранилище как черновик, в зашифрованном виде. Их можно будет восстановить, когда вы снова откроете этот инцидент.
editor-leaveConfirm = Уйти
editor-leaveStay = Остаться и продолжить редактирование
editor-delete = Удалить инцидент…
editor-history = История
editor-backToEditing = Вернуться к редактированию
editor-notSavedYet = У этого инцидента пока нет истории: сначала сохраните его.
editor-exportThis = Подготовить обращение
editor-exportSaveTitle = Сначала сохранить изменения?
editor-exportSaveText = Обращение готовится на основе сохранённой версии инцидента. Сохраните изменения сейчас, а затем подготовьте обращение.
editor-exportSaveConfirm = Сохранить и продолжить

## delete

delete-title = Удалить инцидент № { $number } навсегда?
delete-explain = Удаление навсегда: инцидент, все его редакции и поисковые записи уничтожаются. В журнале аудита остаётся только сам факт удаления. Люди и организации, которые не фигурируют ни в одном другом инциденте, тоже удаляются.
delete-label = Для подтверждения введите номер инцидента ({ $number })
delete-submit = Удалить навсегда
delete-busy = Удаление…
delete-done =
    { $revisions ->
        [one] Инцидент № { $number } удалён (уничтожена { $revisions } редакция).
        [few] Инцидент № { $number } удалён (уничтожены { $revisions } редакции).
        [many] Инцидент № { $number } удалён (уничтожено { $revisions } редакций).
       *[other] Инцидент № { $number } удалён (уничтожено { $revisions } редакции).
    }

## details

details-title = Что произошло
details-titleHint = Короткое название, понятное команде, например: «Спасательное судно задержано в порту».
details-narrative = Что произошло, по порядку
details-narrativeHint = Хронологическое описание: кто, что, когда, где. Лучше всего — простыми словами.
details-start = Дата начала
details-end = Дата окончания
details-ongoing = Всё ещё продолжается (задержание, запрет, заблокированный счёт)
details-place = Место
details-placeHint = Город, порт или адрес — настолько точно, насколько это безопасно.
details-placePrecision = Насколько точно указано место
details-country = Страна
details-status = Статус
details-urgency = Срочность
details-urgencyHint = При продолжающемся или неминуемом вреде нужен призыв к незамедлительным действиям.
details-types = Виды актов
details-typesSearch = Найти вид
details-typesNone = Вид пока не выбран.
details-typesNoMatch = Нет видов, соответствующих этим словам.
details-typesChosen = Выбранные виды
details-removeType = Убрать «{ $label }»
details-otherGroup = Другое
details-tags = Метки
details-tagsHint = Собственные метки вашей команды через запятую.
details-currentSituation = Текущее положение
details-currentSituationHint = Человек всё ещё под стражей? Счёт всё ещё заблокирован? Судно всё ещё в порту?
details-domesticRemedies = Внутренние средства правовой защиты
details-domesticRemediesHint = Какие жалобы подавались и какие решения обжаловались, с каким результатом — или почему это было невозможно.

## people

people-title = Люди и организации
people-intro = Все причастные: жертвы, предполагаемые виновные, свидетели, родственники, суда и государственные органы.
people-empty = Пока никто не добавлен.
people-add = Добавить
people-addTitle = Добавить человека, организацию, судно или государственный орган
people-newTab = Новая запись
people-existingTab = Уже есть в хранилище
people-kind = Кто или что это
people-name = Имя или название
people-nameHint = Полное имя, название судна или подразделения. Оно не покидает хранилище, если согласие не разрешает иное.
people-role = Роль в этом инциденте
people-addButton = Добавить
people-findExisting = Найти по имени
people-existingNone = В хранилище нет совпадений.
people-existingIn = В инцидентах: { $incidents }
people-pick = Добавить: { $name }
people-remove = Убрать из этого инцидента
people-removeTitle = Убрать из этого инцидента: { $name }?
people-removeText = Эта запись будет убрана также из актов, источников и записей о согласии этого инцидента. Она останется в хранилище, если фигурирует в другом инциденте.
people-stateLink = Связь с государством
people-involvementDescription = Что было сделано этим человеком (организацией) или в отношении него (для предполагаемого виновного — почему его считают ответственным)
people-details = Подробности
people-hideDetails = Скрыть подробности
people-otherNames = Другие имена и варианты написания
people-otherNamesHint = Через запятую. При обезличивании они скрываются так же, как имя.
people-gender = Гендер (как человек сам его определяет)
people-age = Возраст на тот момент
people-birthYear = Год рождения
people-nationality = Гражданство
people-countryOf = Страна
people-occupation = Род занятий, должность или звание
people-work = Правозащитная деятельность или деятельность в поддержку других
people-workOrg = Характер и масштаб деятельности
people-flagState = Государство флага
people-registration = Регистрация (номер ИМО, позывной, регистрационный знак воздушного судна)
people-registrationOrg = Регистрационный номер
people-contact = Безопасный способ связи
people-contactHint = Всегда конфиденциально: эти данные не покидают хранилище, кроме как на сопроводительном листе, если вы сами его запросите.
people-identifiers = Другие идентифицирующие данные
people-identifiersHint = Номера машин, адреса, места работы, прозвища, имена аккаунтов — всё, по чему человека можно опознать. В отчёт они никогда не попадают; если человек не назван, Tadamun убирает их из текста.
people-identifierItem = Идентифицирующие данные { $n }
people-identifierNew = Новые идентифицирующие данные
people-identifierAdd = Добавить идентифицирующие данные
people-identifierRemove = Убрать
people-identifierRemoveLabel = Убрать идентифицирующие данные { $n }: { $text }
people-sharedNote = Изменения здесь применяются к этой записи во всех инцидентах, где она фигурирует.
## acts

acts-title = Акты
acts-intro = Что было сделано и в отношении кого: одна запись на каждый акт (арест, штраф, задержание судна…).
acts-empty = Ни одного акта пока не записано.
acts-add = Добавить акт
acts-item = Акт { $n }
acts-remove = Убрать этот акт
acts-type = Вид акта
acts-chooseType = Выберите вид…
acts-victim = Жертва
acts-chooseVictim = Выберите, кто…
acts-needPeople = Чтобы выбрать жертву, сначала добавьте причастных (шаг «Люди и организации»).
acts-perpetrators = Предполагаемые виновные
acts-noPerpetrators = Больше никто пока не указан.
acts-date = Дата
acts-description = Что произошло
acts-legalBasis = Закон, обвинения или административное основание, на которые ссылались
acts-authority = Орган, принявший решение
acts-caseNumber = Номер дела или решения
acts-detentionPlace = Место содержания под стражей
acts-lawyerAccess = Доступ к адвокату
acts-proceedingType = Вид разбирательства
acts-proceedingStatus = Стадия разбирательства
acts-fine = Штраф (с указанием валюты)
acts-vesselDays = Сколько дней судно или воздушное судно было задержано

## un

un-title = Связь с сотрудничеством с ООН
un-intro = Для случая репрессий нужно указать, в ответ на какое сотрудничество с ООН они последовали: какой механизм, в какой форме, когда.
un-empty = Сотрудничество с ООН пока не указано.
un-add = Добавить связь с ООН
un-item = Связь с ООН { $n }
un-remove = Убрать эту связь
un-mechanism = Механизм ООН
un-chooseMechanism = Выберите…
un-body = Какой именно
un-bodyHint = Например, «58-я сессия СПЧ», название мандата Специального докладчика, договорный орган.
un-form = Форма сотрудничества
un-chooseForm = Выберите…
un-date = Дата
un-reference = Номер или ссылка
un-referenceHint = Номер сессии, название обращения или номер сообщения.
un-raised = Уже упоминалось в официальном документе ООН?
un-raisedReference = Номер этого документа или сообщения

## consent

consent-title = Согласие
consent-intro = Для каждого человека — на что получено согласие после того, как были разъяснены риски. Без согласия ничего не отправляется. Каждое новое решение добавляется в историю; ничего не перезаписывается.
consent-empty = Сначала добавьте причастных (шаг «Люди и организации»).
consent-whoIsAsked = Согласие запрашивается у причастных людей и организаций, но не у предполагаемых виновных, судов или государственных органов.
consent-levelsTitle = Что разрешает каждый уровень
consent-level0-title = Уровень 0 — только для внутреннего использования
consent-level0-explain = Никакие сведения об этом человеке не покидают хранилище.
consent-level1-title = Уровень 1 — ООН, в обезличенном виде
consent-level1-explain = Факты могут быть переданы в ООН, чтобы показать общие тенденции: этот человек будет указан под псевдонимом, без каких-либо сведений, по которым его можно опознать. Ни одно имя не доходит до государства.
consent-level2-title = Уровень 2 — ООН может назвать имя правительству
consent-level2-explain = ООН может назвать этого человека правительству, направив ему конфиденциальное сообщение.
consent-level3-title = Уровень 3 — ООН может опубликовать
consent-level3-explain = ООН может опубликовать случай (в докладах о сообщениях, в ежегодном докладе) и назвать человека так, как он сам выберет: полным именем, инициалами или анонимным описанием.
consent-current = Действует: уровень { $level }
consent-currentDetail = Дано { $date }, кто дал: { $givenBy } ({ $method }).
consent-withdrawnOn = Отозвано { $date }: никакие сведения об этом человеке не покидают хранилище.
consent-none = Согласие не зафиксировано: никакие сведения об этом человеке не покидают хранилище.
consent-record = Зафиксировать новое согласие
consent-recordButton = Добавить в записи о согласии
consent-withdraw = Отозвать согласие
consent-withdrawTitle = { $name }: отозвать согласие?
consent-withdrawText = Текущее согласие будет отмечено как отозванное сегодняшним числом. С этого момента никакие сведения об этом человеке не покидают хранилище. В истории остаётся то, на что согласие было дано раньше.
consent-level = Уровень
consent-nameForm = Под каким именем человек хочет фигурировать публично
consent-chooseNameForm = Выберите…
consent-nameForm-full_name = Полное имя
consent-nameForm-initials = Инициалы
consent-nameForm-anonymous_description = Анонимное описание
consent-anonymousDescription = Какое описание использовать
consent-givenBy = Кто дал согласие
consent-givenBy-person = Сам человек
consent-givenBy-family = Семья
consent-givenBy-legal_representative = Законный представитель
consent-risks = Риски были разъяснены до того, как было дано согласие
consent-date = Дата (YYYY-MM-DD)
consent-method = Форма
consent-method-oral = Устно
consent-method-written = Письменно
consent-recordedBy = Кто зафиксировал
consent-purpose = Для какого использования дано согласие (по возможности — словами самого человека)
consent-concern-risks = Риски не были разъяснены. Согласие, данное без понимания рисков, — это не информированное согласие.
consent-concern-nameForm = Для уровня 3 выберите, под каким именем человек хочет фигурировать.
consent-concern-description = Впишите анонимное описание, выбранное человеком.
consent-concern-date = Введите дату в виде YYYY-MM-DD.
consent-history = История
consent-historyItem = { $date }: уровень { $level }, кто дал: { $givenBy } ({ $method })
consent-historyWithdrawn = отозвано { $date }
consent-recorded = Согласие зафиксировано. Чтобы оно не потерялось, сохраните инцидент.
consent-submitterNote = Независимо от уровня, сведения о том, кто предоставил информацию, остаются конфиденциальными.
consent-noneConfirmed = Нет подтверждённого согласия: никакие сведения об этом человеке не покидают хранилище.
consent-unconfirmedTitle = Импортированное согласие, не подтверждено
consent-unconfirmedItem = { $date }: уровень { $level }, кто дал: { $givenBy } ({ $method }) — из импортированного файла
consent-unconfirmedWarning = Это согласие пришло в импортированном файле, а этот человек уже был в хранилище. Пока вы не подтвердите это согласие с самим человеком, оно не действует: на его основании никакие сведения об этом человеке не покидают хранилище.
consent-confirmImported = Подтверждено с самим человеком
consent-confirmedImported = Подтверждено. Чтобы это не потерялось, сохраните инцидент.
consent-historyUnconfirmed = импортировано, не подтверждено: не действует
consent-concern-older = Эта дата раньше даты действующего согласия, поэтому запись только добавится в историю и не заменит действующее согласие.

## sources

sources-title = Источники
sources-intro = Как была получена информация. Источники никогда не отправляются вместе с основным текстом случая.
sources-empty = Источников пока нет.
sources-add = Добавить источник
sources-item = Источник { $n }
sources-remove = Убрать этот источник
sources-kind = Вид источника
sources-description = Что это за источник и что он сообщает
sources-actor = Кто является источником
sources-noActor = Никто из указанных людей
sources-reliability = Насколько надёжен
sources-obtainedOn = Дата получения (YYYY-MM-DD)

## followup

followup-title = Дальнейшие действия
followup-intro = Куда был направлен случай, какой пришёл ответ и что делать дальше.
followup-empty = Пока никуда не направлялся.
followup-add = Добавить обращение
followup-item = Обращение { $n }
followup-remove = Убрать это обращение
followup-recipient = Куда направлено
followup-recipientHint = Например, группа УВКПЧ по вопросам репрессий, Специальный докладчик по вопросу о положении правозащитников.
followup-dateSent = Дата отправки (YYYY-MM-DD)
followup-reference = Номер или ссылка
followup-responseReceived = Дата получения ответа (YYYY-MM-DD)
followup-responseSummary = Содержание ответа
followup-nextStep = Следующий шаг
followup-nextStepDue = Срок следующего шага (YYYY-MM-DD)
followup-overdue = Просрочено
followup-files =
    { $count ->
        [1] Отправлен { $count } файл (его отпечаток записан)
        [one] Отправлен { $count } файл (отпечатки записаны)
        [few] Отправлено { $count } файла (отпечатки записаны)
        [many] Отправлено { $count } файлов (отпечатки записаны)
       *[other] Отправлено { $count } файла (отпечатки записаны)
    }

## notes

notes-title = Внутренние заметки
notes-never = Никогда не экспортируются. Эти заметки остаются в хранилище, что бы и кому бы вы ни отправляли.
notes-label = Заметки для команды

## history

history-title = История инцидента № { $number }
history-intro = Хранится каждая сохранённая редакция. Можно посмотреть прежнюю редакцию или сравнить её с текущей.
history-loading = Загрузка истории…
history-empty = Сохранённых редакций пока нет.
history-revision = Редакция { $revision }
history-current = текущая
history-view = Просмотреть
history-viewLabel = Просмотреть редакцию { $revision }
history-compare = Сравнить с текущей
history-compareFrom = Сравнить редакцию
history-compareTo = с редакцией
history-compareRun = Показать изменения
history-viewTitle = Редакция { $revision }, сохранена { $time } (только для чтения)
history-changesTitle = Изменения от редакции { $older } к редакции { $newer }
history-noChanges = Различий нет.
history-before = До
history-after = После
history-empty_value = (пусто)
history-people = Люди и организации

## audit

audit-title = Журнал аудита
audit-intro = В журнал записывается, что происходило, но никогда — содержимое.
audit-loading = Загрузка журнала…
audit-empty = Пока ничего не записано.
audit-when = Когда
audit-what = Что произошло
audit-details = Подробности
audit-seq = №
audit-more = Показать более ранние записи
audit-event-vault_created = Хранилище создано
audit-event-unlocked = Хранилище разблокировано
audit-event-passphrase_changed = Парольная фраза изменена
audit-event-passphrase_reset_with_recovery_key = Парольная фраза сброшена с помощью ключа восстановления
audit-event-recovery_key_replaced = Создан новый ключ восстановления (старый больше не открывает хранилище)
audit-event-key_rotated = Создан новый ключ шифрования
audit-event-key_rotation_finished = Новый ключ шифрования введён в действие
audit-event-key_rotation_rolled_back = Новый ключ шифрования отменён (процесс был прерван)
audit-event-setting_changed = Настройка изменена
audit-event-incident_created = Инцидент создан
audit-event-incident_updated = Инцидент изменён
audit-event-incident_deleted = Инцидент удалён
audit-event-demo_cases_loaded = Загружены вымышленные демонстрационные случаи
audit-event-evidence_imported = Вложение добавлено
audit-event-evidence_deleted = Вложение удалено
audit-event-evidence_copy_exported = Копия вложения сохранена вне хранилища
audit-event-export_written = Отчёт экспортирован
audit-event-backup_made = Резервная копия создана
audit-event-vault_restored = Хранилище восстановлено из резервной копии
audit-event-leftover_files_removed = Удалены файлы, оставшиеся от незавершённого изменения

## warning

warning-no_un_link = Связь с сотрудничеством с ООН не указана.
warning-no_consent = Нет согласия одного из причастных.
warning-no_country = Страна не указана.
warning-no_date = Дата не указана.
warning-date_imprecise = ООН просит указывать как минимум месяц и год.
warning-no_type = Вид акта не выбран.
warning-no_victim = Жертва не указана.
warning-un_raised_unknown = Укажите, упоминался ли случай уже в официальном документе ООН.
warning-risks_not_explained = Согласие зафиксировано без разъяснения рисков.
warning-consent_revoked = Одно из лиц отозвало своё согласие.
warning-consent_unconfirmed = Согласие, пришедшее в импортированном файле, не действует, пока его не подтвердят на шаге «Согласие».
warning-no_consent-person = { $who }: согласие не зафиксировано, поэтому никакие сведения об этом лице не могут покинуть хранилище.
warning-consent_revoked-person = { $who }: согласие отозвано, поэтому никакие сведения об этом лице не могут покинуть хранилище.
warning-risks_not_explained-person = { $who }: согласие зафиксировано без разъяснения рисков. Разъясните риски и зафиксируйте согласие заново.
warning-consent_unconfirmed-person = { $who }: согласие пришло в импортированном файле, а это лицо уже было в хранилище. Пока вы не подтвердите согласие на шаге «Согласие», оно не действует.

## problem

problem-required = Это обязательное поле.
problem-required-name = Нужно указать имя. Если имя неизвестно, напишите описание, например «неустановленный сотрудник полиции».
problem-required-title = Дайте инциденту короткое название.
problem-required-tags = Метка не может быть пустой.
problem-too_long = Текст слишком длинный (символов: { $len }; допускается не более { $max }).
problem-too_many = Записей в этом списке: { $count }; допускается не более { $max }.
problem-control_characters = В этом тексте есть невидимые управляющие символы. Удалите их и сохраните снова.
problem-invalid_id = Идентификатор должен состоять из 1–64 символов: латинских букв, цифр, «-» или «_».
problem-invalid_date = «{ $value }» — не дата. Введите YYYY-MM-DD, YYYY-MM или YYYY (с 1900 по 2100 год).
problem-date_precision_mismatch = Дата не соответствует выбранной точности: для дня нужен формат YYYY-MM-DD, для месяца — YYYY-MM, для года — YYYY.
problem-end_before_start = Дата окончания раньше даты начала.
problem-ongoing_with_end = У продолжающегося инцидента нет даты окончания: снимите отметку «Всё ещё продолжается» или удалите дату окончания.
problem-unknown_country = «{ $value }» — не код страны. Выберите страну из списка.
problem-unknown_term = Значения «{ $value }» нет в списке. Выберите значение из списка.
problem-not_involved = Согласие можно зафиксировать только для тех, кто причастен к этому инциденту.
problem-unknown_actor = Этого человека или этой организации нет в хранилище.
problem-duplicate = Это указано дважды.
problem-duplicate-types = Этот вид указан дважды.
problem-duplicate-role = У этого человека или организации уже есть эта роль в инциденте.
problem-duplicate-id = У двух людей или организаций один и тот же идентификатор.
problem-not_applicable = Здесь это неприменимо.
problem-not_applicable-flag_state = Государство флага бывает только у судна или воздушного судна.
problem-not_applicable-kind = Возраст, год рождения и гендер указываются только для людей.
problem-not_applicable-state_link = Связь с государством указывается только для предполагаемых виновных.
problem-out_of_range = Значение вне допустимого диапазона.
problem-out_of_range-age = Возраст должен быть от 0 до 130.
problem-out_of_range-birth_year = Год рождения должен быть от 1890 до 2100.
problem-out_of_range-level = Уровни согласия: 0, 1, 2 и 3.

## field

field-title = Название
field-narrative = Описание событий
field-start = Дата начала
field-end = Дата окончания
field-ongoing = Всё ещё продолжается
field-place = Место
field-country = Страна
field-status = Статус
field-urgency = Срочность
field-types = Виды актов
field-tags = Метки
field-current_situation = Текущее положение
field-domestic_remedies = Внутренние средства правовой защиты
field-internal_notes = Внутренние заметки
field-un_raised = Уже упоминалось ООН
field-un_raised_reference = Номер документа ООН
field-confidential = Конфиденциальные поля
field-created_at = Создано
field-updated_at = Последнее сохранение
field-date = Дата
field-precision = Точность
field-name = Имя или название
field-actor_id = Кто
field-role = Роль
field-state_link = Связь с государством
field-description = Описание
field-type = Вид
field-victim_id = Жертва
field-perpetrator_ids = Предполагаемые виновные
field-legal_basis = Правовое основание
field-authority = Орган
field-case_number = Номер дела
field-detention_place = Место содержания под стражей
field-lawyer_access = Доступ к адвокату
field-proceeding_type = Вид разбирательства
field-proceeding_status = Стадия разбирательства
field-fine = Штраф
field-vessel_detention_days = Дней задержания
field-mechanism = Механизм ООН
field-body = Какой орган
field-form = Форма сотрудничества
field-reference = Номер или ссылка
field-level = Уровень согласия
field-name_form = Форма имени
field-anonymous_description = Анонимное описание
field-given_by = Кто дал
field-risks_explained = Риски разъяснены
field-method = Форма
field-recorded_by = Кто зафиксировал
field-purpose = Цель
field-revoked_at = Дата отзыва
field-kind = Вид
field-reliability = Надёжность
field-obtained_on = Дата получения
field-recipient = Куда направлено
field-date_sent = Дата отправки
field-response_received = Ответ получен
field-response_summary = Ответ
field-next_step = Следующий шаг
field-next_step_due = Срок следующего шага
field-file_hashes = Отправленные файлы
field-other_names = Другие имена
field-gender = Гендер
field-age = Возраст
field-birth_year = Год рождения
field-nationality = Гражданство
field-occupation = Род занятий
field-work = Деятельность
field-flag_state = Государство флага
field-registration = Регистрация
field-contact = Способ связи
field-identifiers = Другие идентифицирующие данные
field-unconfirmed_import = Импортировано, ещё не подтверждено

## item

item-involvements = Человек или организация { $n }
item-acts = Акт { $n }
item-un_links = Связь с ООН { $n }
item-consent = Запись о согласии { $n }
item-sources = Источник { $n }
item-submissions = Обращение { $n }
item-actors = Человек или организация { $n }

## size

size-bytes = { $size } Б
size-kib = { $size } КиБ
size-mib = { $size } МиБ
size-gib = { $size } ГиБ
size-tib = { $size } ТиБ

## evidence

evidence-title = Доказательства
evidence-intro = Фотографии, документы, аудио- и видеозаписи, относящиеся к этому инциденту. Они хранятся в хранилище в зашифрованном виде; исходные файлы на этом компьютере не изменяются и не удаляются.
evidence-saveFirst = Сначала сохраните инцидент, затем прикрепляйте файлы.
evidence-attach = Прикрепить файлы…
evidence-dropHint = или перетащите файлы в любое место этого окна.
evidence-importedByLabel = Кем импортировано
evidence-importedByHint = Ваше имя или инициалы. Запоминается до блокировки хранилища и больше нигде не хранится.
evidence-loading = Загрузка вложений…
evidence-empty = Доказательства пока не прикреплены.
evidence-listLabel = Вложения
evidence-count =
    { $count ->
        [one] { $count } вложение
        [few] { $count } вложения
        [many] { $count } вложений
       *[other] { $count } вложения
    }
evidence-busy = Дождитесь окончания текущего импорта и попробуйте снова.
evidence-openIncidentFirst = Чтобы прикрепить файлы, откройте инцидент.
evidence-droppedSaveFirst = Сначала сохраните инцидент, затем прикрепляйте файлы. Перетащенные файлы не были прикреплены.
evidence-progressLabel = Ход импорта
evidence-progressFile = Шифрование: { $name }
evidence-progressCount = Файл { $n } из { $m }
evidence-progressBytes = { $done } из { $total }
evidence-progressSpeed = { $speed }/с, осталось { $time }
evidence-progressEstimating = Оцениваем оставшееся время…
evidence-progressStarting = Начинаем…
evidence-cancel = Отменить импорт
evidence-cancelling = Отмена…
evidence-timeFewSeconds = несколько секунд
evidence-timeSeconds =
    { $count ->
        [one] около { $count } секунды
        [few] около { $count } секунд
        [many] около { $count } секунд
       *[other] около { $count } секунды
    }
evidence-timeMinutes =
    { $count ->
        [one] около { $count } минуты
        [few] около { $count } минут
        [many] около { $count } минут
       *[other] около { $count } минуты
    }
evidence-timeHours = около { $hours } ч { $minutes } мин
evidence-summaryAll =
    { $count ->
        [one] Прикреплён { $count } файл.
        [few] Прикреплено { $count } файла.
        [many] Прикреплено { $count } файлов.
       *[other] Прикреплено { $count } файла.
    }
evidence-summarySome =
    { $count ->
        [one] Прикреплён { $count } файл из { $files }.
        [few] Прикреплено { $count } файла из { $files }.
        [many] Прикреплено { $count } файлов из { $files }.
       *[other] Прикреплено { $count } файла из { $files }.
    }
evidence-summaryCancelled =
    { $count ->
        [one] Импорт отменён. До этого был прикреплён { $count } файл.
        [few] Импорт отменён. До этого было прикреплено { $count } файла.
        [many] Импорт отменён. До этого было прикреплено { $count } файлов.
       *[other] Импорт отменён. До этого было прикреплено { $count } файла.
    }
evidence-outcomeFailed = { $name }: не удалось прикрепить. { $reason }
evidence-outcomeSkipped = { $name }: файл пропущен (импорт отменён).
evidence-outcomeAlready = { $name }: файл уже прикреплён к этому инциденту. Ничего не добавлено.
evidence-outcomeDuplicate = { $name }: такое же содержимое, как у другого вложения в хранилище. Файл хранится в одном экземпляре и привязан к этому инциденту.
evidence-failedUnknown = Причина неизвестна.
evidence-originalsTitle = Исходные файлы всё ещё на этом компьютере
evidence-originalsText = { $names }: в хранилище теперь есть зашифрованная копия, но оригинал остался на прежнем месте, а система может хранить его миниатюры (уменьшенные изображения). Любой, кто получит доступ к этому компьютеру, может их найти. Удалите их, если они не нужны вам в другом месте.
evidence-removeOriginals = Удалить оригиналы с этого компьютера
evidence-keepOriginals = Оставить их
evidence-originalsRemoved =
    { $count ->
        [1] Оригинал удалён ({ $count } файл) вместе с его миниатюрами.
        [one] Оригиналы удалены ({ $count } файл) вместе с их миниатюрами.
        [few] Оригиналы удалены ({ $count } файла) вместе с их миниатюрами.
        [many] Оригиналы удалены ({ $count } файлов) вместе с их миниатюрами.
       *[other] Оригиналы удалены ({ $count } файла) вместе с их миниатюрами.
    }
evidence-originalsFailed = Не удалось удалить эти оригиналы: { $names }. Удалите их вручную.
evidence-dismissSummary = Скрыть
evidence-kind-image = Изображение
evidence-kind-pdf = PDF
evidence-kind-video = Видео
evidence-kind-audio = Аудио
evidence-kind-document = Документ
evidence-kind-archive = Архив
evidence-kind-other = Файл
evidence-imageAlt = Прикреплённое изображение
evidence-mediaType = Тип
evidence-size = Размер
evidence-sha256 = Отпечаток SHA-256
evidence-sha256Hint = Доказывает, что файл не изменялся с момента импорта.
evidence-copyHash = Копировать
evidence-hashCopied = Отпечаток скопирован.
evidence-importedAt = Импортировано
evidence-importedOnBy = { $time }, кем: { $who }
evidence-importedOn = { $time }
evidence-originalName = Исходное имя файла
evidence-originalNameConfidential = Конфиденциально: никогда не экспортируется.
evidence-metaFound = Обнаружено в файле:
evidence-metaKept = Хранится в хранилище; без вашего решения никогда не экспортируется.
evidence-metaNone = В файле не найдено данных о съёмке (время, место, устройство).
evidence-metaTaken = Снято { $time }
evidence-metaLocation = Широта { $lat }, долгота { $lon }
evidence-metaDevice = Устройство: { $device }
evidence-metaDimensions = { $width } × { $height } пикс.
evidence-metaGpsWarning = В этом файле записано, где он был снят. Любой, у кого есть точная копия файла, может увидеть это место.
evidence-description = Что показывает файл
evidence-descriptionHint = Сохраняется, когда вы выходите из поля или нажимаете Enter.
evidence-descriptionSaved = Описание сохранено.
evidence-shareable = Можно передавать (только копию без метаданных)
evidence-shareableOn = Можно передавать: хранилище покидает только копия без метаданных.
evidence-shareableOff = Хранится только в хранилище.
evidence-notShareable = Файл такого типа нельзя передавать, только хранить в хранилище.
evidence-pdfNoPreview = Просмотр PDF здесь пока недоступен; чтобы открыть файл, сохраните расшифрованную копию.
evidence-view = Просмотреть
evidence-saveSanitised = Сохранить копию без метаданных…
evidence-saveDecrypted = Сохранить расшифрованную копию…
evidence-delete = Удалить…
evidence-actionsFor = Действия с этим вложением
evidence-savedSanitised = Копия без метаданных сохранена. Она не зашифрована.
evidence-savedDecrypted = Расшифрованная копия сохранена. Она не зашифрована и содержит все метаданные: удалите её, когда она станет не нужна.
evidence-decryptedTitle = Сохранить расшифрованную копию?
evidence-decryptedWarning = Эта копия НЕ зашифрована и содержит все метаданные (GPS, устройство). Удалите её, когда она станет не нужна.
evidence-decryptedConfirm = Выбрать, куда сохранить…
evidence-deleteTitle = Удалить это вложение?
evidence-deleteText = Удалить это вложение? Его зашифрованный файл будет уничтожен.
evidence-deleteConfirm = Удалить вложение
evidence-deleted = Вложение удалено.
evidence-previewTitle = Предпросмотр
evidence-previewLoading = Расшифровка изображения…
evidence-previewFailed = Это изображение невозможно показать.

## recipient

recipient-ohchr-reprisals-name = Группа УВКПЧ по вопросам репрессий
recipient-ohchr-reprisals-about = Конфиденциальное изложение случая для группы УВКПЧ, которая занимается актами запугивания и репрессий за сотрудничество с ООН. УВКПЧ может поднять этот вопрос перед правительством, поэтому по имени называются только люди, согласившиеся на то, чтобы их имя было сообщено правительству (уровень 2 или 3); люди с уровнем 1 указываются под псевдонимом, с указанием их роли.
recipient-special-procedures-name = Сообщение для специальных процедур
recipient-special-procedures-about = Сообщение в адрес одного или нескольких мандатов специальных процедур, которые могут направить его правительству. По имени называются только люди с уровнем согласия 2 или 3; люди с уровнем 1 указываются под псевдонимом. Специальные процедуры принимают сообщения на английском, французском и испанском языках.
recipient-sg-report-name = Информация для ежегодного доклада Генерального секретаря о репрессиях
recipient-sg-report-about = Информация для публичного ежегодного доклада Генерального секретаря «Сотрудничество с Организацией Объединённых Наций, её представителями и механизмами в области прав человека». Доклад публикуется: по имени называются только люди с уровнем согласия 3, в выбранной ими форме (полное имя, инициалы или анонимное описание); остальные указываются под псевдонимом, и тогда место случая указывается только с точностью до региона, а даты — до месяца, чтобы по городу и дню нельзя было их опознать. Для каждого случая нужны связь с сотрудничеством с ООН, согласие, данное после разъяснения рисков, и ответ на вопрос, поднимала ли ООН уже этот случай.
recipient-legal-team-name = Юридическая группа (внутри организации)
recipient-legal-team-about = Все подробности для юристов вашей собственной организации: по имени называются все, кто дал согласие на любое использование за пределами хранилища (уровень 1 и выше), в том числе те, кто согласился только на использование ООН в обезличенном виде (предпросмотр предупреждает о каждом из них: храните файл внутри организации и отправляйте его в зашифрованном виде); конфиденциальные поля сохраняются с пометкой, места и даты указываются точно. Люди с уровнем 0 или без согласия по-прежнему не фигурируют. Контактные данные помещаются на сопроводительный лист.
recipient-public-summary-name = Публичное резюме
recipient-public-summary-about = Резюме, которое может прочитать кто угодно. В нём фигурируют только люди, согласившиеся на публикацию (уровень согласия 3), в выбранной ими форме: полное имя, инициалы или анонимное описание. Случай не включается, если хотя бы одна из жертв не дала согласия. Места указываются с точностью до региона, даты — до месяца; вложения и конфиденциальные поля не включаются.

## finding
# What the export preview asks the person to fix (blockers) or to know (warnings). Values:
# { $who } a person's name, { $roles } their roles, { $why } why they do not appear,
# { $scripts } writing systems, { $languages } languages, { $recipient } a recipient.
# Русский: { $who } не склоняется, поэтому стоит в именительном падеже (обычно «{ $who }: …»).

finding-no_victim = Жертва не указана. На шаге «Люди и организации» добавьте человека или организацию, против которых были направлены репрессии.
finding-no_victim_work = Не описана правозащитная деятельность жертвы или её деятельность в поддержку других (шаг «Люди и организации», поле «Правозащитная деятельность…»). Механизмы ООН спрашивают, как эта деятельность связана с произошедшим.
finding-no_un_link = Связь с сотрудничеством с ООН не указана. Механизмы по вопросам репрессий рассматривают репрессии за сотрудничество с ООН: добавьте связь на шаге «Связь с ООН».
finding-no_date = Дата не указана. Укажите как минимум месяц и год.
finding-no_country = Страна не указана.
finding-no_account = Описание того, что произошло, не заполнено.
finding-date_year_only = Дата известна только с точностью до года; механизмы ООН просят указывать как минимум месяц.
finding-un_raised_unknown = Укажите, поднимала ли ООН уже этот случай в официальном документе (шаг «Связь с ООН»).
finding-no_perpetrator = Предполагаемые виновные не указаны. Если известно учреждение или подразделение, укажите его.
finding-risks_not_explained = { $who }: согласие зафиксировано без разъяснения рисков. Для доклада Генерального секретаря нужно согласие, данное после разъяснения рисков.
finding-outside_period = Этот случай начался за пределами отчётного периода. Его всё же можно включить, если он продолжался и в отчётном периоде; укажите это в описании событий.
finding-no_mandate = Не указан ни один мандат специальных процедур. Назовите мандат или мандаты, которым вы пишете (например, Специальный докладчик по вопросу о положении правозащитников).
finding-no_submitter = Не указан автор обращения. Механизмы ООН не рассматривают анонимные сообщения: укажите имя и безопасный способ связи для конфиденциального сопроводительного листа.
finding-nothing_to_export = Для этого получателя нельзя экспортировать ни одного случая: все выбранные случаи исключены (причина указана у каждого).
finding-not_a_working_language = Рабочие языки получателя ({ $recipient }): { $languages }. Отчёт на другом языке может ждать перевода, поэтому по возможности выберите один из этих языков.
finding-name_script_missing = Часть текста этого случая написана с использованием другой системы письма ({ $scripts }), а варианта написания имени { $who } в ней нет. Tadamun может скрыть только известные ему варианты написания: добавьте нужный вариант в поле «Другие имена и варианты написания» (шаг «Люди и организации») или проверьте предпросмотр строку за строкой.
finding-named_at_level_1 = { $who }: согласие дано только на использование ООН в обезличенном виде (уровень 1). В этом файле имя указано, потому что файл предназначен для юридической группы вашей собственной организации: храните его внутри организации и отправляйте в зашифрованном виде.
finding-no_name_form = { $who }: согласие на публикацию дано, но не выбрано, в какой форме указывать имя (полное имя, инициалы или описание), поэтому используется псевдоним.
finding-person_left_out = { $who } ({ $roles }) не фигурирует в отчёте, потому что { $why }. Если согласие было дано на большее, зафиксируйте это на шаге «Согласие».

## why
# Why a person does not appear in a report ({ $why } above); { $level } is a consent level.
# Русский: придаточное предложение со строчной буквы (после «потому что», «и», двоеточия).

export-why-no_consent = согласие не зафиксировано
export-why-consent_withdrawn = согласие отозвано
export-why-consent_level = уровень согласия — { $level }

## note
# What the preview says was changed or left out of a case.

note-name_in_text = { $who }: имя заменено в тексте
note-name_in_text_other_case = Лицо, указанное в другом случае: имя заменено в тексте
note-confidential_field = Не включено, так как отмечено как конфиденциальное: { $field }
note-coarsened = Указано менее точно: { $field } (точность: { $precision })
note-acts_left_out =
    { $count ->
        [one] Не включено: { $count } акт с участием лица, которое не фигурирует в отчёте, со всеми подробностями (дата, описание, орган, номер дела, место)
        [few] Не включено: { $count } акта с участием лиц, которые не фигурируют в отчёте, со всеми подробностями (дата, описание, орган, номер дела, место)
        [many] Не включено: { $count } актов с участием лиц, которые не фигурируют в отчёте, со всеми подробностями (дата, описание, орган, номер дела, место)
       *[other] Не включено: { $count } акта с участием лиц, которые не фигурируют в отчёте, со всеми подробностями (дата, описание, орган, номер дела, место)
    }
note-identifying_act_details_left_out =
    { $count ->
        [one] Не включены номер дела и место содержания под стражей для { $count } акта, касающегося лица, которое не названо по имени (по ним это лицо можно было бы опознать)
        [few] Не включены номера дел и места содержания под стражей для { $count } актов, касающихся лиц, которые не названы по имени (по ним этих лиц можно было бы опознать)
        [many] Не включены номера дел и места содержания под стражей для { $count } актов, касающихся лиц, которые не названы по имени (по ним этих лиц можно было бы опознать)
       *[other] Не включены номера дел и места содержания под стражей для { $count } актов, касающихся лиц, которые не названы по имени (по ним этих лиц можно было бы опознать)
    }
note-sources_left_out =
    { $count ->
        [one] Не включено в сопроводительный лист: { $count } источник, который не фигурирует в отчёте
        [few] Не включено в сопроводительный лист: { $count } источника, которые не фигурируют в отчёте
        [many] Не включено в сопроводительный лист: { $count } источников, которые не фигурируют в отчёте
       *[other] Не включено в сопроводительный лист: { $count } источника, которые не фигурируют в отчёте
    }
note-attachment_not_for_recipient = Не включено: вложение (этот получатель не получает вложений)
note-attachment_not_shareable = Не включено: вложение, не отмеченное как доступное для передачи
note-attachment_not_cleanable = Не включено: вложение, которое невозможно очистить от метаданных
note-internal_notes_left_out = Не включено: внутренние заметки (никогда не экспортируются)
note-name_confidential = { $who }: имя отмечено как конфиденциальное, поэтому используется псевдоним.
note-person_removed = { $who } ({ $roles }) не фигурирует в отчёте: { $why }.
note-perpetrator_not_named = { $who } — имена отдельных предполагаемых виновных этому получателю не сообщаются
note-pseudonymised = { $who } — имя скрыто: уровень согласия { $level }
note-named_as_chosen = { $who } — имя указано в форме, выбранной для публикации
leftOut-victim_left_out = { $who } — жертва, и { $why }: случай не направляется этому получателю.

## field
# Parts of a case named in the notes ({ $field } above) and how precise a date became.
# Русский: { $field } стоит после двоеточия (именительный падеж, со строчной буквы);
# { $precision } — после «точность:».

export-field-act_date = дата акта
export-field-act_description = описание акта
export-field-authority = орган
export-field-case_number = номер дела
export-field-detention_place = место содержания под стражей
export-field-account = описание событий
export-field-current_situation = текущее положение
export-field-domestic_remedies = внутренние средства правовой защиты
export-field-place = место
export-field-start_date = дата начала
export-field-end_date = дата окончания
export-field-un_cooperation_date = дата сотрудничества с ООН
export-field-name = имя
export-field-gender = гендер
export-field-occupation = род занятий
export-field-work = деятельность
export-field-registration = регистрация
export-precision-month = до месяца
export-precision-year = до года
export-precision-day = до дня
export-precision-country = только страна

## file
# The files an export writes, and what they contain.
# Русский: export-content-* перечисляются после «Содержит:» (со строчной буквы).

export-file-report_docx = Обращение в виде редактируемого документа Word
export-file-report_pdf = Обращение в формате PDF
export-file-report_json = Обращение в виде данных (JSON, документированный формат)
export-file-report_csv = По одной строке на каждый случай (CSV)
export-file-report_uwazi_csv = По одной строке на каждый случай для импорта CSV в Uwazi
export-file-cover_docx = Конфиденциальный сопроводительный лист: автор обращения, контакты и источники. Отправляйте его отдельно и никогда — государству.
export-file-cover_pdf = Конфиденциальный сопроводительный лист: автор обращения, контакты и источники. Отправляйте его отдельно и никогда — государству.
export-file-cover_json = Конфиденциальный сопроводительный лист: автор обращения, контакты и источники. Отправляйте его отдельно и никогда — государству.
export-file-attachment = Вложение к случаю { $case }, скопированное без метаданных
export-file-checksums = SHA-256 каждого файла, чтобы проверить, что по пути ничего не изменилось
export-content-recipient = получатель
export-content-language = язык
export-content-reporting_period = отчётный период
export-content-victims = жертвы
export-content-victim_work = правозащитная деятельность жертв или их деятельность в поддержку других
export-content-un_link = связь с сотрудничеством с ООН
export-content-dates_place_account = даты, место и описание событий
export-content-act_types = акты и их виды
export-content-perpetrators = предполагаемые виновные
export-content-legal_basis = правовое основание, органы и номера дел
export-content-detention = содержание под стражей
export-content-domestic_remedies = внутренние средства правовой защиты
export-content-consent = согласие
export-content-already_raised = поднимала ли ООН уже этот случай
export-content-urgency = срочность
export-content-sea_rescue = суда, воздушные суда, штрафы и дни задержания
export-content-supporting_documents = вложения (копии без метаданных)
export-content-submitter = автор обращения
export-content-contacts = как связаться с людьми, названными в отчёте
export-content-sources = источники

## export

export-title = Подготовить обращение
export-intro = Выберите получателя, проверьте, что именно покинет это устройство, затем запишите файлы в папку. Через интернет ничего не отправляется.
export-back = К списку инцидентов
export-incidents =
    { $count ->
        [one] { $count } инцидент в этом обращении
        [few] { $count } инцидента в этом обращении
        [many] { $count } инцидентов в этом обращении
       *[other] { $count } инцидента в этом обращении
    }
export-incidentItem = № { $number } { $title }
export-removeIncident = Исключить
export-removeIncidentLabel = Исключить инцидент № { $number } из этого обращения
export-noIncidents = В этом обращении не осталось инцидентов. Вернитесь к списку и отметьте инциденты, которые нужно отправить.
export-loadingProfiles = Загрузка списка получателей…
export-step-recipient = 1. Кто получит
export-step-options = 2. Язык, форматы и подробности
export-step-preview = 3. Проверьте, что покинет это устройство
export-step-write = 4. Запись файлов
export-recipients = Получатель
export-naming = Люди с уровнем согласия { $named } и выше называются по имени; люди с более низким уровнем указываются под псевдонимом (начиная с уровня { $included }) или не указываются вовсе.
export-namingOnly = Люди с уровнем согласия { $named } и выше называются по имени; люди с более низким уровнем не указываются вовсе.
export-withAttachments = Вложения, которые можно передавать, прилагаются в виде копий без метаданных.
export-withCoverSheet = Автор обращения указывается на отдельном конфиденциальном сопроводительном листе.
export-chooseRecipientFirst = Выберите получателя, чтобы увидеть доступные для него варианты.
export-language = Язык отчёта
export-languageName-en = English
export-languageName-fr = Français
export-languageName-es = Español
export-languageName-ar = العربية
export-languageName-ru = Русский
export-languageName-zh = 中文
export-workingLanguage = { $language } — рабочий язык этого получателя
export-notWorkingLanguage = Рабочие языки этого получателя: { $languages }. Отчёт на другом языке будет записан, но, возможно, его не прочтут, пока не переведут.
export-formats = Форматы
export-format-docx = Документ Word (.docx)
export-format-pdf = PDF
export-format-json = Структурированные данные (JSON)
export-format-csv = Таблица (CSV)
export-format-uwazi_csv = Импорт в Uwazi (CSV)
export-mandates = Мандаты, которым адресовано обращение (по одному в строке)
export-mandatesHint = Например: Специальный докладчик по вопросу о положении правозащитников.
export-period = Отчётный период
export-periodFrom = С
export-periodTo = По
export-submitter = Кто подаёт обращение
export-submitterNote = Эти сведения помещаются только на отдельный конфиденциальный сопроводительный лист и никогда не попадают в отчёт.
export-submitterName = Имя
export-submitterOrganisation = Организация
export-submitterContact = Безопасный способ связаться с вами
export-submitterContactHint = Номер в Signal, защищённый адрес электронной почты…
export-submitterRelation = Ваше отношение к жертве (жертвам)
export-submitterRelationHint = Сама жертва, семья, адвокат, организация…
export-samePseudonym = Использовать для человека один и тот же псевдоним во всех случаях
export-samePseudonymHint = Выключено: в каждом случае свои «Лицо A», «Лицо B»…, поэтому читатель не сможет связать случаи между собой. Включено: у человека один псевдоним во всём отчёте, и читатель сможет связать случаи.
export-previewButton = Показать, что покинет это устройство
export-previewBusy = Готовим предпросмотр…
export-needRecipient = Сначала выберите получателя.
export-needIncidents = Не выбрано ни одного инцидента.
export-needFormat = Отметьте хотя бы один формат.
export-previewStale = Вы изменили один из параметров выше. Прежде чем записывать файлы, снова покажите, что покинет это устройство.
export-previewTitle = Что покинет это устройство
export-previewCases =
    { $count ->
        [one] В отчёт войдёт { $count } случай (получатель: { $recipient }).
        [few] В отчёт войдут { $count } случая (получатель: { $recipient }).
        [many] В отчёт войдут { $count } случаев (получатель: { $recipient }).
       *[other] В отчёт войдут { $count } случая (получатель: { $recipient }).
    }
export-blockersTitle = Нужно исправить, прежде чем что-либо записывать
export-blockersExplain = Пока эти проблемы не устранены, экспорт невозможен. Исправьте их в инцидентах, затем снова покажите предпросмотр.
export-findingCase = Случай { $case }: { $message }
export-noteCase = Случай { $case }:
export-warningsTitle = Что стоит знать перед отправкой
export-leftOutTitle = Не вошло в это обращение
export-leftOutItem = № { $number } { $title } — { $reason }
export-notesTitle = Что было удалено или изменено
export-notesNone = Ничего не удалено и не изменено.
export-documentTitle = Отчёт в том виде, в каком его прочтёт получатель ({ $recipient })
export-documentHint = Выделенные слова заменены псевдонимами, скрыты или изменены (см. список выше).
export-documentEmpty = Отчёт пуст.
export-coverTitle = Конфиденциальный сопроводительный лист — отдельный файл
export-coverHint = Записывается отдельным файлом, чтобы отчёт можно было передавать дальше без него.
export-filesTitle = Файлы, которые будут записаны
export-confidentialTag = конфиденциально
export-fileContains = Содержит: { $contents }
export-fieldLabel = { $label }:
export-folder = Папка для записи
export-folderHint = Папка на этом компьютере или на USB-флешке, выбранная в окне выбора папки (Tadamun записывает файлы только туда, куда вы указали).
export-noFolderYet = Папка ещё не выбрана
export-chooseFolder = Выбрать папку…
export-keys = Зашифровать для получателя (необязательно): открытые ключи age получателя, по одному в строке, начинаются с age1…
export-keysHint = Тогда открыть файлы сможет только владелец соответствующего секретного ключа.
export-keysChecking = Проверка ключей…
export-run =
    { $count ->
        [one] Экспортировать { $count } файл
        [few] Экспортировать { $count } файла
        [many] Экспортировать { $count } файлов
       *[other] Экспортировать { $count } файла
    }
export-runEncrypted =
    { $count ->
        [one] Экспортировать { $count } файл, зашифрованный для получателя
        [few] Экспортировать { $count } файла, зашифрованных для получателя
        [many] Экспортировать { $count } файлов, зашифрованных для получателя
       *[other] Экспортировать { $count } файла, зашифрованных для получателя
    }
export-runNoPreview = Экспортировать
export-running = Запись файлов…
export-needPreview = Сначала покажите, что покинет это устройство (шаг 3).
export-previewAgain = После предпросмотра изменился один из параметров: снова покажите, что покинет это устройство (шаг 3).
export-blocked = Экспорт невозможен, пока есть проблемы, требующие исправления (см. шаг 3).
export-needFolder = Выберите папку для записи.
export-fixKeys = Исправьте ключи шифрования или оставьте поле пустым.
export-progressLabel = Ход экспорта
export-progressStarting = Начинаем…
export-progressStep = { $stage } ({ $done } из { $total })
export-done =
    { $count ->
        [one] Экспортирован { $count } случай в папку { $dir }
        [few] Экспортировано { $count } случая в папку { $dir }
        [many] Экспортировано { $count } случаев в папку { $dir }
       *[other] Экспортировано { $count } случая в папку { $dir }
    }
export-writtenFiles = Записанные файлы
export-writtenHash = SHA-256 { $hash }…
export-writtenEncrypted = (зашифровано)
export-doneNote = В файле SHA256SUMS перечислены хеши всех файлов. Экспорт отмечен в каждом случае как обращение.
export-again = Подготовить ещё одно обращение

## error

error-wrong_passphrase = Эта парольная фраза не открыла хранилище (или хранилище повреждено). Проверьте, нет ли опечаток, не включён ли Caps Lock и правильная ли раскладка клавиатуры, и попробуйте снова.
error-wrong_recovery_key = Этот ключ восстановления не открыл хранилище (или хранилище повреждено). Проверьте каждый символ и попробуйте снова.
error-key_file_damaged = Один из файлов ключей хранилища повреждён. Если у вас есть ключ восстановления, попробуйте разблокировать хранилище с его помощью.
error-database_damaged = Записи в хранилище повреждены, и их невозможно прочитать.
error-vault_not_found = Хранилище не найдено там, где Tadamun ожидал его найти.
error-vault_exists = В этой папке уже есть хранилище.
error-newer_format = Это хранилище создано более новой версией Tadamun. Чтобы открыть его, установите новую версию.
error-disk_full = Диск заполнен. Освободите место и попробуйте снова.
error-weak_passphrase = Эта парольная фраза слишком слабая. Выберите более длинную.
error-locked = Хранилище заблокировано. Разблокируйте его и попробуйте снова.
error-erase_incomplete = Хранилище было в процессе стирания, и открыть его больше невозможно.
error-in_use = Хранилище уже используется в другом окне Tadamun. Закройте то окно и попробуйте снова.
error-invalid_input = Что-то введено неверно. Проверьте и попробуйте снова.
error-invalid_record = Прежде чем сохранить инцидент, нужно исправить некоторые поля. Пока ничего не сохранено.
error-record_not_found = Этой записи больше нет в хранилище. Возможно, она была удалена.
error-conflict = С тех пор как вы открыли этот инцидент, его изменили и сохранили в другом месте. Ваши изменения сохранены как черновик; загрузите инцидент заново, чтобы увидеть более новую версию.
error-cancelled = Отменено. Из этого файла ничего не сохранено.
error-evidence_damaged = Зашифрованный файл этого вложения отсутствует или был изменён. Запустите проверку в разделе «Проверка хранилища» в настройках.
error-not_shareable = Этот файл невозможно скопировать без метаданных.
error-io = Tadamun не удалось прочитать или записать один из своих файлов.
error-unknown = Что-то пошло не так.
error-technicalDetails = Технические подробности (для того, кто вам помогает)
error-not_shareable-pdf = PDF-файлы могут содержать сведения об авторе, историю правок и встроенные файлы, а Tadamun пока не умеет гарантированно их удалять. Вместо этого передайте фотографию или снимок экрана страниц либо оставьте PDF только для внутреннего использования.
error-not_shareable-video = Видео содержат метаданные об устройстве, времени и месте съёмки, которые Tadamun пока не умеет гарантированно удалять. Оставьте видео только для внутреннего использования.
error-not_shareable-heic = Фотографии HEIC и AVIF здесь невозможно безопасно обработать. Преобразуйте фото в JPEG на телефоне или компьютере, прикрепите JPEG и передавайте его.
error-not_shareable-office = Документы Office содержат сведения об авторе, историю правок и комментарии, которые Tadamun не умеет гарантированно удалять. Оставьте документ только для внутреннего использования или передайте его изображение.
error-not_shareable-other = Tadamun умеет делать копии без метаданных только для изображений JPEG, PNG и WebP. Этот файл нельзя передавать.
error-invalid_input-no_format = Выберите хотя бы один формат (DOCX, PDF, JSON, CSV или Uwazi CSV).
error-invalid_input-secret_key_given = Это секретный ключ (AGE-SECRET-KEY-…), а не открытый. Никогда никому его не передавайте. Попросите получателя прислать открытый ключ — он начинается с age1…
error-invalid_input-not_a_public_key = «{ $key }…» — не открытый ключ age. Открытые ключи начинаются с age1 и состоят из 62 символов; попросите получателя прислать ключ ещё раз.
error-invalid_input-encrypt_failed = Tadamun не удалось зашифровать файлы для этих ключей. Сверьте ключи с получателем.
error-invalid_input-folder_not_empty = В папке { $folder } уже есть файлы: { $files }. Выберите пустую папку; ничего не перезаписано.
error-invalid_input-folder_has_link = «{ $folder }» в выбранной папке — это ссылка на другое место, а Tadamun не записывает файлы по ссылкам. Выберите пустую папку. Ничего не сохранено.
error-invalid_input-blockers_remain = Ничего не записано. Сначала исправьте то, что указано в предпросмотре.
error-invalid_input-could_not_write = Tadamun не удалось записать { $name }. Ничего не записано.
error-invalid_input-unknown_language = Отчёт нельзя написать на языке «{ $language }». Выберите один из шести языков ООН.
error-invalid_input-no_incident_chosen = Выберите хотя бы один инцидент для экспорта.
error-invalid_input-bad_period = Для отчётного периода нужны две даты (YYYY-MM-DD), и первая должна быть раньше второй.
error-invalid_input-not_a_recovery_key = Это не ключ восстановления. Ключ восстановления начинается с AGE-SECRET-KEY-1, за которым следуют 58 букв и цифр.
error-invalid_input-current_passphrase_needed = Введите текущую парольную фразу. Чтобы задать новую без неё, сначала разблокируйте хранилище ключом восстановления.
error-invalid_input-rotation_unfinished = Предыдущая смена ключа ещё не завершена. Освободите место на диске, заблокируйте и снова разблокируйте хранилище (это её завершит), затем попробуйте снова.
error-invalid_input-backup_damaged = Эта резервная копия повреждена или неполна. Ничего не восстановлено. Попробуйте другой экземпляр этой резервной копии.
error-invalid_input-backup_wrong_key = Этот ключ восстановления не открывает эту резервную копию. Резервная копия открывается тем ключом восстановления, который был у хранилища, когда она создавалась: если с тех пор вы создали новый ключ восстановления, используйте старый.
error-invalid_input-not_a_backup = Этот файл не является резервной копией Tadamun.
error-invalid_input-backup_not_found = Файла резервной копии { $path } больше нет на прежнем месте. Выберите его снова.
error-invalid_input-backup_newer_format = Эта резервная копия создана более новой версией Tadamun. Установите последнюю версию, затем восстановите хранилище из этой копии.
error-invalid_input-backup_file_exists = Файл { $path } уже существует. Выберите другое имя или сначала удалите этот файл.
error-invalid_input-backup_target_is_folder = { $path } — это папка. Укажите имя файла для резервной копии.
error-invalid_input-backup_inside_vault = Резервная копия в папке самого хранилища пропадёт вместе с ним. Сохраните её в другом месте: на USB-флешке или на другом диске.
error-invalid_input-backup_attachment_missing = В хранилище нет файла одного из вложений, поэтому резервная копия была бы неполной. Нажмите «Проверить сейчас», чтобы узнать, какого именно, затем создайте резервную копию заново.
error-invalid_input-backup_vault_changed = Хранилище изменилось, пока создавалась резервная копия. Создайте её заново.
error-invalid_input-restore_folder_not_empty = Папка { $path } не пуста. Восстановите хранилище в новую или пустую папку.
error-invalid_input-too_large_to_show = Этот файл слишком большой, чтобы показать его в Tadamun ({ $mib } МиБ). Вместо этого сохраните расшифрованную копию.
error-invalid_input-image_unreadable = Это изображение невозможно прочитать, поэтому копию без метаданных сделать нельзя.
error-invalid_input-clean_copy_failed = Не удалось сделать копию без метаданных.
error-invalid_input-original_not_removed = Не удалось удалить оригинал { $file }.
error-invalid_input-original_not_a_file = { $file } — не обычный файл, поэтому Tadamun его не трогает.
error-invalid_input-description_too_long = Это описание слишком длинное.
error-invalid_input-cannot_be_shared = Этот файл нельзя передавать.
error-invalid_input-file_not_found = Файл «{ $name }» не найден. Ничего не импортировано.
error-invalid_input-file_not_readable = У Tadamun нет разрешения читать «{ $name }». Ничего не импортировано.
error-invalid_input-not_a_file = «{ $name }» — не файл (а папка или устройство). Ничего не импортировано.
