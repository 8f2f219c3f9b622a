### Arabic (ar): the Tadamun user interface, translated from en.ftl.
### Register: formal Modern Standard Arabic, with the terminology of United Nations Arabic documents.
### The user is not given a grammatical gender: buttons and labels are verbal nouns (حفظ، إلغاء),
### requests use «يُرجى» + verbal noun, and the rest is passive or impersonal. See glossary/ar.md.

## app

app-name = Tadamun
app-loading = جارٍ فتح Tadamun…
app-startupFailed = تعذّر على Tadamun الوصول إلى مجلد الخزنة.
app-retry = إعادة المحاولة
app-skipToContent = الانتقال إلى المحتوى الرئيسي

## state

state-label = وضع الخزنة
state-locked = مقفلة
state-unlocked = مفتوحة

## nav

nav-label = القائمة الرئيسية
nav-incidents = الحوادث
nav-audit = سجل التدقيق
nav-settings = الإعدادات

## lock

lock-button = قفل
lock-shortcut = Ctrl+L
lock-shortcutMac = ⌘L
lock-busy = جارٍ القفل…

## notice

notice-dismiss = إخفاء
notice-lockedInactivity =
    { $count ->
        [zero] أُقفلت الخزنة بعد { $count } دقيقة دون أي نشاط.
        [one] أُقفلت الخزنة بعد دقيقة واحدة دون أي نشاط.
        [two] أُقفلت الخزنة بعد دقيقتين دون أي نشاط.
        [few] أُقفلت الخزنة بعد { $count } دقائق دون أي نشاط.
        [many] أُقفلت الخزنة بعد { $count } دقيقة دون أي نشاط.
       *[other] أُقفلت الخزنة بعد { $count } دقيقة دون أي نشاط.
    }
notice-lockedInactivityUnknown = أُقفلت الخزنة بعد فترة دون أي نشاط.
notice-lockedSuspend = أُقفلت الخزنة لأن الحاسوب دخل في وضع السكون.
notice-lockedScreen = أُقفلت الخزنة لأن شاشة الحاسوب أُقفلت.
notice-eraseMarkRemoved = كانت على هذه الخزنة علامة تفيد بأنها قيد المحو، لكن مفاتيحها كانت سليمة: فإما أن عملية محو انقطعت فور بدئها، وإما أن شخصاً يستطيع الوصول إلى مجلد الخزنة وضع هذه العلامة. أُزيلت العلامة ولم يُمحَ أي شيء. إذا كان المقصود محو هذه الخزنة، فيُرجى محوها من جديد من الإعدادات.
notice-lastSession = فُتحت الخزنة. وكانت المرة السابقة التي فُتحت فيها في { $date }؛ وآخر تغيير فيها يحمل الرقم { $change }.

## rollback

rollback-title = ربما استُبدلت هذه الخزنة بنسخة أقدم منها
rollback-advice = إذا كانت نسخة احتياطية قد استُعيدت عن قصد، فهذا أمر متوقع. وإن لم يكن كذلك، فربما أعاد شخص وصل إلى هذا الحاسوب نسخة أقدم من الخزنة: يُرجى التحقق من أن الحالات الأخيرة وعمليات الحذف والموافقات المسحوبة لا تزال على الحال التي تُركت عليها، والاطلاع على سجل التدقيق.
rollback-rolled_back = قاعدة بيانات هذه الخزنة أقدم مما كانت عليه عند آخر استخدام لها: فآخر تغيير فيها يحمل الرقم { $database }، في حين سُجّل التغيير رقم { $last } عند آخر إغلاق للخزنة. لذا قد تكون الحالات التي حُذفت أو الموافقات التي سُحبت منذ ذلك الحين قد عادت. وإذا لم تكن نسخة احتياطية قد استُعيدت عن قصد، فربما استبدل شخص ما قاعدة البيانات.
rollback-record_altered = لا تتطابق المعلومات المحفوظة عن الجلسة الأخيرة مع مفتاح هذه الخزنة: فقد عُدِّلت أو نُسخت من خزنة أخرى. ولا يستطيع Tadamun أن يتبيّن ما إذا كانت قاعدة البيانات قد استُبدلت بنسخة أقدم منها.
rollback-auditLog = فتح سجل التدقيق
rollback-understood = فهمتُ ذلك

## notice

notice-erased = مُحيت الخزنة. ولا يمكن فتحها مرة أخرى أبداً. يمكن إنشاء خزنة جديدة أدناه.
notice-unlockedWithRecovery = فُتحت الخزنة بمفتاح الاسترداد. إذا كانت عبارة المرور منسية، فيُرجى اختيار عبارة جديدة من الإعدادات.

## passphrase

passphrase-show = إظهار
passphrase-hide = إخفاء
passphrase-showLabel = إظهار نص «{ $label }»
passphrase-hideLabel = إخفاء نص «{ $label }»

## strength

strength-label = قوة عبارة المرور
strength-score0 = ضعيفة جداً
strength-score1 = ضعيفة
strength-score2 = مقبولة
strength-score3 = قوية
strength-score4 = قوية جداً
strength-empty = يُرجى كتابة عبارة مرور لمعرفة مدى قوتها.
strength-checking = جارٍ الفحص…
strength-unavailable = لم يصل أي رد من فحص القوة. يُرجى المحاولة بالكتابة من جديد.
strength-crackTime = الوقت الذي قد يحتاج إليه شخص لتخمينها: { $time }
strength-time-instant = أقل من ثانية
strength-time-seconds =
    { $count ->
        [zero] { $count } ثانية
        [one] ثانية واحدة
        [two] ثانيتان
        [few] { $count } ثوانٍ
        [many] { $count } ثانية
       *[other] { $count } ثانية
    }
strength-time-minutes =
    { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
strength-time-hours =
    { $count ->
        [zero] { $count } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }
strength-time-days =
    { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يوماً
       *[other] { $count } يوم
    }
strength-time-months =
    { $count ->
        [zero] { $count } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $count } أشهر
        [many] { $count } شهراً
       *[other] { $count } شهر
    }
strength-time-years =
    { $count ->
        [zero] { $count } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $count } سنوات
        [many] { $count } سنة
       *[other] { $count } سنة
    }
strength-time-centuries = قرون
strength-warning-StraightRowsOfKeysAreEasyToGuess = الصفوف المتتالية من مفاتيح لوحة المفاتيح سهلة التخمين.
strength-warning-ShortKeyboardPatternsAreEasyToGuess = الأنماط القصيرة على لوحة المفاتيح سهلة التخمين.
strength-warning-RepeatsLikeAaaAreEasyToGuess = التكرار مثل «aaa» سهل التخمين.
strength-warning-RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess = التكرار مثل «abcabcabc» ليس أصعب تخميناً من «abc» إلا بقليل.
strength-warning-ThisIsATop10Password = هذه واحدة من أكثر عشر كلمات مرور شيوعاً.
strength-warning-ThisIsATop100Password = هذه واحدة من أكثر مئة كلمة مرور شيوعاً.
strength-warning-ThisIsACommonPassword = هذه كلمة مرور شائعة جداً.
strength-warning-ThisIsSimilarToACommonlyUsedPassword = هذه تشبه كلمة مرور شائعة الاستخدام.
strength-warning-SequencesLikeAbcAreEasyToGuess = التسلسلات مثل abc أو 6543 سهلة التخمين.
strength-warning-RecentYearsAreEasyToGuess = السنوات القريبة سهلة التخمين.
strength-warning-AWordByItselfIsEasyToGuess = الكلمة الواحدة وحدها سهلة التخمين.
strength-warning-DatesAreOftenEasyToGuess = التواريخ غالباً ما تكون سهلة التخمين.
strength-warning-NamesAndSurnamesByThemselvesAreEasyToGuess = الأسماء الأولى وأسماء العائلة وحدها سهلة التخمين.
strength-warning-CommonNamesAndSurnamesAreEasyToGuess = الأسماء الأولى وأسماء العائلة الشائعة سهلة التخمين.
strength-suggestion-UseAFewWordsAvoidCommonPhrases = يُستحسن استخدام بضع كلمات، وتجنّب العبارات الشائعة.
strength-suggestion-NoNeedForSymbolsDigitsOrUppercaseLetters = لا حاجة إلى الرموز أو الأرقام أو الأحرف الكبيرة.
strength-suggestion-AddAnotherWordOrTwo = يُستحسن إضافة كلمة أو كلمتين. والكلمات غير الشائعة أفضل.
strength-suggestion-CapitalizationDoesntHelpVeryMuch = الأحرف الكبيرة لا تفيد كثيراً.
strength-suggestion-AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase = الكتابة بالأحرف الكبيرة كلها تكاد تكون سهلة التخمين مثل الكتابة بالأحرف الصغيرة كلها.
strength-suggestion-ReversedWordsArentMuchHarderToGuess = الكلمات المكتوبة بالمقلوب ليست أصعب تخميناً بكثير.
strength-suggestion-PredictableSubstitutionsDontHelpVeryMuch = الاستبدالات المتوقعة، مثل «@» بدلاً من «a»، لا تفيد كثيراً.
strength-suggestion-UseALongerKeyboardPatternWithMoreTurns = يُستحسن استخدام نمط أطول على لوحة المفاتيح مع تغييرات أكثر في الاتجاه.
strength-suggestion-AvoidRepeatedWordsAndCharacters = يُستحسن تجنّب تكرار الكلمات والأحرف.
strength-suggestion-AvoidSequences = يُستحسن تجنّب التسلسلات.
strength-suggestion-AvoidRecentYears = يُستحسن تجنّب السنوات القريبة.
strength-suggestion-AvoidYearsThatAreAssociatedWithYou = يُستحسن تجنّب السنوات المرتبطة بك.
strength-suggestion-AvoidDatesAndYearsThatAreAssociatedWithYou = يُستحسن تجنّب التواريخ والسنوات المرتبطة بك.
strength-tooShort = قصيرة جداً: يجب ألا يقل عدد أحرفها عن { $min }.
strength-acceptable = قوية بما يكفي لحماية خزنتك.
strength-notAcceptable = ليست قوية بما يكفي بعد.
strength-tip = نصيحة: أربع أو خمس كلمات عشوائية لا رابط بينها تصنع عبارة مرور قوية يسهل كتابتها.

## firstRun

firstRun-title = مرحباً بك في Tadamun
firstRun-intro = يحفظ Tadamun سجلاتك عن الأعمال الانتقامية — ما الذي فُعل، وبمن، وعلى يد مَن — على هذا الحاسوب وحده، مشفّرة. ولا يتصل بالإنترنت أبداً.
firstRun-passphraseIntro = أولاً، يُرجى اختيار عبارة مرور. ستُطلب كتابتها في كل مرة يُفتح فيها Tadamun. ومن دونها لا يستطيع أحد قراءة سجلاتك.
firstRun-warning = لا يستطيع أحد إعادة تعيين عبارة مرور منسية. والسبيل الوحيد للعودة إلى الخزنة عندئذ هو مفتاح الاسترداد الذي سيُعرض في الخطوة التالية.
firstRun-passphrase = عبارة المرور
firstRun-confirm = إعادة كتابة عبارة المرور
firstRun-submit = إنشاء خزنتي
firstRun-busy = جارٍ إنشاء خزنتك — يستغرق ذلك بضع ثوانٍ…
firstRun-location = ستُحفظ الخزنة في هذا المجلد: { $location }

## suggest

suggest-title = عبارة مرور أُعدّت لك
suggest-hint = كلمات عشوائية لا يمكن لأحد تخمينها من تفاصيل حياتك. يُنصح بكتابتها على ورقة والاحتفاظ بها بعيداً عن هذا الحاسوب إلى أن تُحفظ الكلمات عن ظهر قلب.
suggest-use = استخدام عبارة المرور هذه
suggest-another = عرض عبارة أخرى
suggest-failed = تعذّر اقتراح عبارة مرور. يُرجى تكوين عبارة من أربع كلمات أو أكثر لا رابط بينها.
suggest-ownInstead = أو يمكن كتابة عبارة مرور أخرى أدناه: أربع كلمات أو أكثر لا رابط بينها تفي بالغرض.

## reason

reason-empty = يُرجى كتابة عبارة مرور أولاً.
reason-checking = جارٍ فحص قوة عبارة المرور…
reason-strengthUnavailable = لم يتسنَّ فحص قوة عبارة المرور بعد.
reason-tooShort = عبارة المرور قصيرة جداً: يجب ألا يقل عدد أحرفها عن { $min }.
reason-weak = عبارة المرور ليست قوية بما يكفي بعد. يُرجى إطالتها.
reason-repeat = يُرجى كتابة عبارة المرور مرة ثانية للتأكد من خلوّها من الأخطاء المطبعية.
reason-mismatch = عبارتا المرور غير متطابقتين.
reason-current = يُرجى كتابة عبارة المرور الحالية.

## recovery

recovery-title = مفتاح الاسترداد الخاص بك
recovery-explain = هذا هو السبيل الوحيد للعودة إلى الخزنة إذا نُسيت عبارة المرور. يُرجى تدوينه على ورقة أو حفظه على ذاكرة USB، والاحتفاظ به بعيداً عن هذا الحاسوب المحمول. لن يُعرض مرة أخرى.
recovery-keyLabel = مفتاح الاسترداد
recovery-save = حفظ في ملف…
recovery-saving = جارٍ الحفظ…
recovery-saved = تم الحفظ.
recovery-stored = حفظتُ مفتاح الاسترداد في مكان آمن
recovery-continue = متابعة
recovery-continueReason = يُرجى تحديد المربع بعد حفظ مفتاح الاسترداد في مكان آمن.

## unlock

unlock-title = فتح الخزنة
unlock-intro = إن Tadamun مقفل. وتبقى سجلاتك مشفّرة إلى أن يُفتح قفله.
unlock-passphrase = عبارة المرور
unlock-recoveryKey = مفتاح الاسترداد
unlock-recoveryHint = يُرجى كتابة مفتاح الاسترداد الذي حُفظ عند إنشاء الخزنة، أو لصقه.
unlock-submit = فتح القفل
unlock-busy = جارٍ فتح القفل…
unlock-useRecovery = عبارة المرور منسية؟ استخدام مفتاح الاسترداد بدلاً منها
unlock-usePassphrase = استخدام عبارة المرور بدلاً من مفتاح الاسترداد
unlock-emptyPassphrase = يُرجى كتابة عبارة المرور أولاً.
unlock-emptyRecoveryKey = يُرجى كتابة مفتاح الاسترداد أولاً.

## language

language-label = اللغة
language-title = لغة الواجهة
language-explain = يتذكر Tadamun هذا الاختيار على هذا الحاسوب، خارج الخزنة المشفّرة، كي يرحّب بك بلغتك قبل فتح القفل. وتبقى سجلاتك مشفّرة، لكن أي شخص يصل إلى هذا الحاسوب يستطيع أن يعرف اللغة المختارة. ويمكن كتابة التقارير بلغة أخرى عند تصديرها.
language-notSaved = تُستخدم هذه اللغة الآن، لكن Tadamun لم يتمكن من حفظها لبدء التشغيل التالي.

## settings

settings-title = الإعدادات
settings-location = مجلد الخزنة: { $location }

## autoLock

autoLock-title = القفل التلقائي
autoLock-explain = يُقفل Tadamun نفسه تلقائياً عندما لا يستخدمه أحد لفترة من الوقت.
autoLock-label = القفل بعد هذه المدة دون أي نشاط
autoLock-option =
    { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
autoLock-saved = تم الحفظ.

## change

change-title = تغيير عبارة المرور
change-explain = تبقى سجلاتك كما هي؛ ولا تتغير إلا عبارة المرور التي تفتحها. ويظل مفتاح الاسترداد صالحاً.
change-current = عبارة المرور الحالية
change-resetExplain = فُتحت الخزنة بمفتاح الاسترداد، لذا يمكن اختيار عبارة مرور جديدة دون كتابة العبارة القديمة.
change-new = عبارة المرور الجديدة
change-confirm = إعادة كتابة عبارة المرور الجديدة
change-submit = تغيير عبارة المرور
change-busy = جارٍ تغيير عبارة المرور…
change-done = تم تغيير عبارة المرور. يُرجى استخدام العبارة الجديدة من الآن فصاعداً.

## newRecovery

newRecovery-title = إنشاء مفتاح استرداد جديد
newRecovery-explain = يُلجأ إلى هذا إذا فُقد مفتاح الاسترداد، أو أُخذ (على الحدود مثلاً)، أو اطّلع عليه شخص آخر. ينشئ Tadamun مفتاح استرداد جديداً، ويتوقف المفتاح القديم عن فتح هذه الخزنة. وتبقى سجلاتك وعبارة المرور كما هي.
newRecovery-copies = أما نسخ الخزنة التي أُخذت قبل الآن، كنسخة احتياطية أو قرص منسوخ، فلا تزال تُفتح بمفتاح الاسترداد القديم. ولا يمكن تغيير ذلك. وإذا كان من المحتمل وجود نسخة كهذه، فيُرجى أيضاً إنشاء مفتاح تشفير جديد (القسم التالي) بعد ذلك مباشرة، كي لا يستطيع المفتاح القديم فتح خزنتك بحالتها من ذلك الحين فصاعداً.
newRecovery-passphrase = عبارة المرور الخاصة بك
newRecovery-submit = إنشاء مفتاح استرداد جديد
newRecovery-busy = جارٍ إنشاء مفتاح استرداد جديد…
newRecovery-shownTitle = مفتاح الاسترداد الجديد الخاص بك
newRecovery-shownExplain = يُرجى تدوينه على ورقة أو حفظه على ذاكرة USB، والاحتفاظ به بعيداً عن هذا الحاسوب المحمول. لن يُعرض مرة أخرى، لذا يُرجى البقاء في هذه الصفحة إلى أن يُحفظ. لم يعد مفتاح الاسترداد القديم يفتح هذه الخزنة.
newRecovery-keyLabel = مفتاح الاسترداد الجديد
newRecovery-stored = دوّنتُه على ورقة أو حفظتُه
newRecovery-confirm = تمّ، إخفاء المفتاح
newRecovery-confirmReason = يُرجى تحديد المربع بعد حفظ مفتاح الاسترداد الجديد في مكان آمن.
newRecovery-done = تمّ. لا يفتح هذه الخزنة الآن إلا مفتاح الاسترداد الجديد؛ ولم يعد المفتاح القديم يفتحها. وإذا كان من المحتمل وجود نسخة أقدم من الخزنة، فيُرجى إنشاء مفتاح تشفير جديد بعد ذلك.
newRecovery-notStored = أُنشئ مفتاح استرداد جديد لكن لم يُؤكَّد حفظه، ولا يمكن عرضه مرة أخرى. إذا لم يُحفظ، فيُرجى إنشاء مفتاح آخر من الإعدادات: فمفتاح الاسترداد القديم لم يعد يفتح هذه الخزنة.

## rotate

rotate-title = إنشاء مفتاح تشفير جديد
rotate-explain = يُنشئ مفتاحاً جديداً لجميع بياناتك. يُلجأ إليه عند الاشتباه في أن أحداً اطّلع على عبارة المرور أو نسخ قرص هذا الحاسوب.
rotate-explainMore = إذا كان من المحتمل أن أحداً اطّلع على عبارة المرور، فيُرجى تغييرها أيضاً. ويُرجى إبقاء Tadamun مفتوحاً إلى أن تنتهي هذه العملية.
rotate-recoveryFirst = إذا كان من المحتمل أن مفتاح الاسترداد فُقد أو اطّلع عليه أحد، فيُرجى تحديد المربع أدناه: عندئذ يُحمى مفتاح التشفير الجديد أيضاً بمفتاح استرداد جديد يُعرض مرة واحدة في القسم أعلاه.
rotate-newRecovery = إنشاء مفتاح استرداد جديد أيضاً
rotate-newRecoveryHint = بعد ذلك لن يفتح مفتاح الاسترداد القديم أي شيء يُنشأ من الآن فصاعداً. سيتعيّن عليك حفظ المفتاح الجديد، كما في المرة الأولى.
rotate-passphrase = عبارة المرور الخاصة بك
rotate-submit = إنشاء مفتاح جديد
rotate-busy = جارٍ إنشاء مفتاح جديد…
rotate-progress = { $step } ({ $done } من { $total })
rotate-step-database = إعادة تشفير سجلاتك
rotate-step-attachments = إعادة تشفير مرفقاتك
rotate-step-passphrase_key = حماية المفتاح الجديد بعبارة المرور
rotate-step-recovery_key = حماية المفتاح الجديد بمفتاح الاسترداد
rotate-step-switch = الانتقال إلى المفتاح الجديد
rotate-step-done = اكتمل
rotate-done = تمّ. أصبحت جميع بياناتك محمية الآن بمفتاح جديد.

## verify

verify-title = فحص الخزنة
verify-explain = يتحقق من إمكان قراءة سجلاتك ومن أن أحداً لم يعدّل سجل التغييرات.
verify-submit = الفحص الآن
verify-busy = جارٍ الفحص…
verify-entries =
    { $count ->
        [zero] لا يوجد أي قيد في سجل التغييرات.
        [one] قيد واحد في سجل التغييرات.
        [two] قيدان في سجل التغييرات.
        [few] { $count } قيود في سجل التغييرات.
        [many] { $count } قيداً في سجل التغييرات.
       *[other] { $count } قيد في سجل التغييرات.
    }
verify-ok = كل شيء سليم.
verify-chainBroken = عُدِّل سجل التغييرات أو لحق به تلف.
verify-databaseDamaged = قاعدة البيانات تالفة.
verify-problems = المشكلات التي عُثر عليها:
verify-attachmentsDamaged = بعض المرفقات مفقودة أو عُدِّلت.

## backup

backup-title = النسخ الاحتياطي
backup-explain = النسخة الاحتياطية ملف واحد يضم كل ما في هذه الخزنة: سجلاتك مع سجل نسخها، والمرفقات، وسجل التغييرات. وإذا أُخذ هذا الحاسوب أو تعطّل، فإنها تتيح استعادة عملك على حاسوب آخر.
backup-explainKey = لا تُفتح النسخة الاحتياطية إلا بمفتاح الاسترداد، لا بعبارة المرور. يُرجى الاحتفاظ بالنسخة الاحتياطية ومفتاح الاسترداد بعيداً عن هذا الحاسوب، وفي مكانين منفصلين.
backup-never = لم تُنشأ أي نسخة احتياطية بعد.
backup-last =
    { $count ->
        [zero] آخر نسخة احتياطية: اليوم، في { $date }.
        [one] آخر نسخة احتياطية: قبل يوم واحد، في { $date }.
        [two] آخر نسخة احتياطية: قبل يومين، في { $date }.
        [few] آخر نسخة احتياطية: قبل { $count } أيام، في { $date }.
        [many] آخر نسخة احتياطية: قبل { $count } يوماً، في { $date }.
       *[other] آخر نسخة احتياطية: قبل { $count } يوم، في { $date }.
    }
backup-make = إنشاء نسخة احتياطية…
backup-making = جارٍ إنشاء النسخة الاحتياطية…
backup-done = حُفظت النسخة الاحتياطية في { $path }. عدد الحوادث: { $incidents }. عدد المرفقات: { $attachments }. يُرجى فحصها الآن، والاحتفاظ بها في مكان آمن.
backup-checkTitle = فحص نسخة احتياطية
backup-checkExplain = يفتح النسخة الاحتياطية بمفتاح الاسترداد في مجلد مؤقت، ويفحص كل سجل وكل مرفق فيها. ولا يطرأ أي تغيير على هذه الخزنة.
backup-choose = اختيار نسخة احتياطية…
backup-chosen = ملف النسخة الاحتياطية: { $path }
backup-recoveryKey = مفتاح الاسترداد
backup-recoveryHint = مفتاح الاسترداد الذي كان لهذه الخزنة عند إنشاء النسخة الاحتياطية.
backup-check = فحص النسخة الاحتياطية
backup-checking = جارٍ فحص النسخة الاحتياطية…
backup-checked = النسخة الاحتياطية كاملة وسليمة. أُنشئت في { $date }. عدد الحوادث: { $incidents }. عدد المرفقات: { $attachments }، وقد قورن كلٌّ منها ببصمته.
backup-step-database = نسخ قاعدة البيانات
backup-step-files = كتابة النسخة الاحتياطية
backup-step-reading = قراءة النسخة الاحتياطية
backup-step-checking = فحص السجلات والمرفقات
backup-progress = { $step }: { $percent }%
backup-reminderNever = لا توجد بعد أي نسخة احتياطية من سجلاتك. وإذا أُخذ هذا الحاسوب أو تعطّل، فستضيع هذه السجلات.
backup-reminderOld =
    { $count ->
        [zero] أُنشئت آخر نسخة احتياطية اليوم. والسجلات التي أُضيفت أو عُدِّلت بعدها ليست فيها.
        [one] مضى يوم واحد على آخر نسخة احتياطية. والسجلات التي أُضيفت أو عُدِّلت منذ ذلك الحين ليست فيها.
        [two] مضى يومان على آخر نسخة احتياطية. والسجلات التي أُضيفت أو عُدِّلت منذ ذلك الحين ليست فيها.
        [few] مضى { $count } أيام على آخر نسخة احتياطية. والسجلات التي أُضيفت أو عُدِّلت منذ ذلك الحين ليست فيها.
        [many] مضى { $count } يوماً على آخر نسخة احتياطية. والسجلات التي أُضيفت أو عُدِّلت منذ ذلك الحين ليست فيها.
       *[other] مضى { $count } يوم على آخر نسخة احتياطية. والسجلات التي أُضيفت أو عُدِّلت منذ ذلك الحين ليست فيها.
    }
backup-reminderAction = إنشاء نسخة احتياطية
restore-title = الاستعادة من نسخة احتياطية
restore-explain = هل كان Tadamun مستخدَماً على حاسوب آخر؟ يمكن استعادة خزنتك من ملف نسخة احتياطية، بمفتاح الاسترداد الذي كان لها عند إنشاء تلك النسخة. وبعد ذلك تُختار عبارة مرور جديدة.
restore-start = الاستعادة من نسخة احتياطية…
restore-passphraseIntro = يُرجى اختيار عبارة مرور جديدة للخزنة المستعادة.
restore-passphrase = عبارة المرور الجديدة
restore-confirm = إعادة كتابة عبارة المرور الجديدة
restore-submit = استعادة خزنتي
restore-needKey = يُرجى كتابة مفتاح الاسترداد أولاً.
restore-busy = جارٍ استعادة خزنتك وفحصها…
restore-cancel = إلغاء
restore-done = عادت خزنتك من النسخة الاحتياطية التي أُنشئت في { $date }. عدد الحوادث: { $incidents }. عدد المرفقات: { $attachments }. ونجحت جميع عمليات الفحص.

## erase

erase-title = منطقة الخطر: محو الخزنة
erase-explain = يؤدي المحو إلى إتلاف المفاتيح التي تحمي خزنتك. وبعد ذلك لن يتمكن أحد من فتحها مرة أخرى أبداً — لا أنت، ولا أي شخص يستولي على هذا الحاسوب، ولا حتى باستخدام عبارة المرور أو مفتاح الاسترداد. ولا يمكن التراجع عن ذلك.
erase-word = محو
erase-label = للتأكيد، يُرجى كتابة كلمة «{ $word }» هنا
erase-submit = محو الخزنة نهائياً
erase-busy = جارٍ المحو…
erase-reason = يعمل الزر بعد كتابة كلمة «{ $word }» كما هي تماماً.

## eraseIncomplete

eraseIncomplete-title = انقطعت عملية المحو
eraseIncomplete-explain = توقف Tadamun أثناء محو هذه الخزنة. ولم يعد بإمكان أحد فتحها. يُرجى إتمام المحو لإزالة ما تبقى منها؛ وبعد ذلك يمكن إنشاء خزنة جديدة.
eraseIncomplete-submit = إتمام المحو
eraseIncomplete-busy = جارٍ المحو…

## demo

demo-bannerTitle = خزنة تجريبية — حالات وهمية فقط
demo-bannerText = هذه خزنة للعرض التجريبي. يُرجى عدم تسجيل حالات حقيقية فيها: فعبارة المرور الخاصة بها علنية.
demo-bannerPassphrase = عبارة مرور الخزنة التجريبية:
demo-leave = لإنشاء خزنة حقيقية، يُرجى محو الخزنة التجريبية من الإعدادات
demo-leaveLocked = لإنشاء خزنة حقيقية، يُرجى فتح الخزنة التجريبية ثم محوها من الإعدادات ← منطقة الخطر.
demo-try = استكشاف خزنة تجريبية
demo-tryTitle = للاطلاع فقط؟
demo-tryExplain = تحتوي الخزنة التجريبية على حالات وهمية توضّح طريقة عمل Tadamun. عبارة المرور الخاصة بها علنية، لذا يجب ألا توضع فيها حالات حقيقية أبداً. ويمكن محوها لاحقاً وإنشاء خزنة حقيقية.
demo-busy = جارٍ إنشاء الخزنة التجريبية…
demo-createdTitle = الخزنة التجريبية جاهزة
demo-createdText =
    { $count ->
        [zero] لا تحتوي على أي حالة وهمية. لفتحها مرة أخرى لاحقاً، يُرجى استخدام عبارة المرور هذه:
        [one] تحتوي على حالة وهمية واحدة. لفتحها مرة أخرى لاحقاً، يُرجى استخدام عبارة المرور هذه:
        [two] تحتوي على حالتين وهميتين. لفتحها مرة أخرى لاحقاً، يُرجى استخدام عبارة المرور هذه:
        [few] تحتوي على { $count } حالات وهمية. لفتحها مرة أخرى لاحقاً، يُرجى استخدام عبارة المرور هذه:
        [many] تحتوي على { $count } حالة وهمية. لفتحها مرة أخرى لاحقاً، يُرجى استخدام عبارة المرور هذه:
       *[other] تحتوي على { $count } حالة وهمية. لفتحها مرة أخرى لاحقاً، يُرجى استخدام عبارة المرور هذه:
    }
demo-settingsHint = هذه هي الخزنة التجريبية. لإنشاء خزنة حقيقية للحالات الحقيقية، يُرجى محوها أدناه (منطقة الخطر)؛ وبعد ذلك يتيح Tadamun إنشاء خزنة جديدة.
demo-continue = عرض الحالات التجريبية

## common

common-cancel = إلغاء
common-close = إغلاق
common-remove = إزالة
common-any = الكل
common-yes = نعم
common-no = لا
common-unknown = غير معروف
common-notSet = غير محدد
common-none = لا شيء
common-unnamed = (بلا اسم)
common-untitled = (بلا عنوان)
common-loading = جارٍ التحميل…
common-retry = إعادة المحاولة
common-confidential = سرّي
common-confidentialHint = لن يُرسَل إلى الدولة ولن يُنشر
## date

date-approximate = نحو { $date }
date-invalid = يُرجى كتابة التاريخ بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD (السنة ثم الشهر ثم اليوم، مثلاً 2024-03-12).
date-needs-day = ليوم محدد، يُرجى كتابة YYYY-MM-DD، أو اختيار درجة دقة أخرى.
date-needs-month = لشهر، يُرجى كتابة YYYY-MM، أو اختيار درجة دقة أخرى.
date-needs-year = لسنة، يُرجى كتابة YYYY، أو اختيار درجة دقة أخرى.
date-dayOnly = يُرجى كتابة اليوم بالصيغة YYYY-MM-DD.
date-format = YYYY أو YYYY-MM أو YYYY-MM-DD
date-precision = درجة الدقة

## precision

precision-day = يوم محدد
precision-month = شهر
precision-year = سنة
precision-approximate = تقريبي

## status

status-draft = مسودة
status-verified = تم التحقق منها
status-submitted = قُدِّمت
status-closed = مغلقة

## urgency

urgency-routine = عادية
urgency-high = مرتفعة
urgency-urgent = عاجلة

## consentState

consentState-no_people = لم يُسجَّل أي شخص
consentState-missing = الموافقة ناقصة
consentState-internal_only = للاستخدام الداخلي فقط
consentState-complete = الموافقة مسجَّلة

## sort

sort-relevance = الأكثر تطابقاً (الأحدث أولاً)
sort-updated_desc = المعدَّلة مؤخراً
sort-date_desc = الحوادث الأحدث أولاً
sort-date_asc = الحوادث الأقدم أولاً
sort-number_desc = الرقم الأعلى أولاً

## kind

kind-person = شخص
kind-organisation = منظمة
kind-vessel = سفينة
kind-aircraft = طائرة
kind-state_body = جهة تابعة للدولة

## placePrecision

placePrecision-exact = المكان بالضبط
placePrecision-locality = المدينة أو البلدة
placePrecision-region = الإقليم أو المحافظة
placePrecision-country = البلد فقط

## lawyer

lawyer-yes = نعم
lawyer-no = لا
lawyer-unknown = غير معروف

## sourceKind

sourceKind-victim_testimony = شهادة الضحية
sourceKind-witness_testimony = شهادة شاهد
sourceKind-document = وثيقة
sourceKind-media = تقرير إعلامي
sourceKind-social_media = وسائل التواصل الاجتماعي
sourceKind-partner_organisation = منظمة شريكة
sourceKind-other = مصدر آخر

## reliability

reliability-high = عالية
reliability-medium = متوسطة
reliability-low = منخفضة
reliability-unknown = غير معروفة

## list

list-title = الحوادث
list-new = حادثة جديدة
list-search = البحث في الحوادث
list-searchHint = العناوين، وسرد الوقائع، والأسماء، والأماكن، والوسوم، والمراجع
list-filters = عوامل التصفية
list-filtersCount = عوامل التصفية ({ $count })
list-activeFilters = عوامل التصفية النشطة
list-chip = { $name }: { $value }
list-removeFilter = إزالة عامل التصفية { $filter }
list-filterType = النوع
list-filterCountry = البلد
list-filterStatus = الوضع
list-filterUrgency = درجة الاستعجال
list-filterConsent = الموافقة
list-filterUnLink = مرتبطة بالتعاون مع الأمم المتحدة
list-filterFrom = من
list-filterTo = إلى
list-dateBad = ليس تاريخاً بعد: YYYY أو YYYY-MM أو YYYY-MM-DD.
list-sort = الترتيب حسب
list-clear = مسح عوامل التصفية
list-withUnLink = لها صلة بالأمم المتحدة
list-withoutUnLink = ليست لها صلة بالأمم المتحدة
list-showing = عرض { $first } إلى { $last } من أصل { $total }
list-showingNone = لم يُعثر على أي حادثة
list-previous = الصفحة السابقة
list-next = الصفحة التالية
list-emptyTitle = لا توجد حوادث بعد
list-emptyText = يمكن البدء بتسجيل أول عمل انتقامي: ما الذي حدث، ولمن، وعلى يد مَن.
list-noMatchTitle = لا توجد نتائج مطابقة
list-noMatchText = يُرجى تجربة كلمات أخرى، أو مسح عوامل التصفية.
list-searching = جارٍ البحث…
list-results = الحوادث التي عُثر عليها
list-number = #{ $number }
list-ongoing = مستمرة
list-noDate = بلا تاريخ
list-unLinked = صلة بالأمم المتحدة
list-noUnLink = بلا صلة بالأمم المتحدة
list-drafts = حوادث جديدة لم تكتمل
list-draftsHint = لم تُحفظ هذه الحوادث قط. ويُحتفظ بنصها مشفّراً داخل الخزنة.
list-draftFrom = { $title } — غير محفوظة، تعود إلى { $time }
list-draftContinue = متابعة
list-draftDiscard = حذف
list-selectIncident = اختيار الحادثة رقم { $number } لإدراجها في بلاغ
list-selected =
    { $count ->
        [zero] لم تُحدَّد أي حادثة
        [one] حادثة واحدة محددة
        [two] حادثتان محددتان
        [few] { $count } حوادث محددة
        [many] { $count } حادثة محددة
       *[other] { $count } حادثة محددة
    }
list-noneSelected = يُرجى تحديد الحوادث لإعداد بلاغ.
list-selectPage = تحديد كل ما في هذه الصفحة
list-clearSelection = إلغاء التحديد
list-exportOpen = إعداد بلاغ…

## editor

editor-newTitle = حادثة جديدة
editor-title = الحادثة رقم { $number }
editor-back = العودة إلى الحوادث
editor-save = حفظ
editor-saveShortcut = Ctrl+S
editor-steps = الخطوات
editor-step-details = الحادثة
editor-step-people = الأشخاص والمنظمات
editor-step-acts = الأفعال
editor-step-un = الصلة بالأمم المتحدة
editor-step-consent = الموافقة
editor-step-sources = المصادر
editor-step-evidence = الأدلة
editor-step-followup = المتابعة
editor-step-notes = الملاحظات
editor-stepProblems =
    { $count ->
        [zero] لا توجد مشكلات
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $count } مشكلات
        [many] { $count } مشكلة
       *[other] { $count } مشكلة
    }
editor-previousStep = الخطوة السابقة
editor-nextStep = الخطوة التالية
editor-state-new = لم تُحفظ بعد
editor-state-clean = لا توجد تغييرات
editor-state-dirty = تغييرات غير محفوظة
editor-state-saving = جارٍ الحفظ…
editor-state-saved = حُفظت (النسخة { $revision }) في { $time }
editor-state-failed = لم تُحفظ — يُرجى الاطلاع على الرسالة أدناه
editor-state-draftKept = تغييرات غير محفوظة — حُفظت كمسودة في { $time }
editor-loading = جارٍ فتح الحادثة…
editor-problemsTitle = يُرجى تصحيح ما يلي قبل الحفظ:
editor-warningsTitle = ما زال ناقصاً لتقديم بلاغ إلى الأمم المتحدة
editor-warningsHint = يمكن الحفظ على أي حال؛ فهذه النقاط لا تهم إلا عند إرسال الحالة.
editor-noWarnings = لا ينقص شيء واضح لتقديم بلاغ إلى الأمم المتحدة.
editor-conflictReload = إعادة تحميل النسخة المحفوظة
editor-draftOffer = توجد تغييرات غير محفوظة تعود إلى { $time }.
editor-draftRestore = استعادة التغييرات غير المحفوظة
editor-draftDiscard = حذفها
editor-leaveTitle = المغادرة دون حفظ؟
editor-leaveText = يُحتفظ بتغييراتك كمسودة مشفّرة داخل الخزنة. ويمكن استعادتها عند فتح هذه الحادثة مرة أخرى.
editor-leaveConfirm = مغادرة
editor-leaveStay = البقاء ومواصلة التحرير
editor-delete = حذف الحادثة…
editor-history = سجل النسخ
editor-backToEditing = العودة إلى التحرير
editor-notSavedYet = ليس لهذه الحادثة سجل نسخ بعد: يُرجى حفظها أولاً.
editor-exportThis = إعداد بلاغ
editor-exportSaveTitle = حفظ التغييرات أولاً؟
editor-exportSaveText = يُعَدّ البلاغ من النسخة المحفوظة من هذه الحادثة. يُرجى حفظ التغييرات الآن، ثم إعداد البلاغ.
editor-exportSaveConfirm = الحفظ والمتابعة

## delete

delete-title = حذف الحادثة رقم { $number } نهائياً؟
delete-explain = الحذف نهائي: تُتلف الحادثة ونسخها المحفوظة ومدخلاتها في فهرس البحث. ولا يحتفظ سجل التدقيق إلا بأن عملية حذف قد جرت. ويُحذف أيضاً الأشخاص والمنظمات الذين لا يرد ذكرهم في أي حادثة أخرى.
delete-label = للتأكيد، يُرجى كتابة رقم الحادثة ({ $number })
delete-submit = حذف نهائي
delete-busy = جارٍ الحذف…
delete-done =
    { $revisions ->
        [zero] حُذفت الحادثة رقم { $number } (لم تُتلف أي نسخة محفوظة).
        [one] حُذفت الحادثة رقم { $number } (أُتلفت نسخة محفوظة واحدة).
        [two] حُذفت الحادثة رقم { $number } (أُتلفت نسختان محفوظتان).
        [few] حُذفت الحادثة رقم { $number } (أُتلفت { $revisions } نسخ محفوظة).
        [many] حُذفت الحادثة رقم { $number } (أُتلفت { $revisions } نسخة محفوظة).
       *[other] حُذفت الحادثة رقم { $number } (أُتلفت { $revisions } نسخة محفوظة).
    }

## details

details-title = ما الذي حدث
details-titleHint = عنوان قصير يتعرّف عليه الفريق، مثلاً «احتجاز سفينة إنقاذ في الميناء».
details-narrative = ما الذي حدث، بالترتيب
details-narrativeHint = سرد زمني للوقائع: مَن، وماذا، ومتى، وأين. الكلمات البسيطة أفضل.
details-start = تاريخ البدء
details-end = تاريخ الانتهاء
details-ongoing = لا يزال مستمراً (احتجاز، أو حظر، أو تجميد حساب)
details-place = المكان
details-placeHint = المدينة أو الميناء أو العنوان، بأقصى دقة تسمح بها السلامة.
details-placePrecision = مدى دقة المكان
details-country = البلد
details-status = الوضع
details-urgency = درجة الاستعجال
details-urgencyHint = يستدعي الضرر المستمر أو الوشيك توجيه نداء عاجل.
details-types = أنواع الأفعال
details-typesSearch = البحث عن نوع
details-typesNone = لم يُختر أي نوع بعد.
details-typesNoMatch = لا يوجد نوع يطابق هذه الكلمات.
details-typesChosen = الأنواع المختارة
details-removeType = إزالة «{ $label }»
details-otherGroup = أخرى
details-tags = الوسوم
details-tagsHint = تسميات خاصة بفريقك، مفصولة بفواصل.
details-currentSituation = الحالة الراهنة
details-currentSituationHint = هل لا يزال الشخص محتجزاً؟ هل لا يزال الحساب مجمَّداً؟ هل لا تزال السفينة في الميناء؟
details-domesticRemedies = سبل الانتصاف المحلية
details-domesticRemediesHint = الطعون أو الشكاوى التي قُدِّمت ونتائجها، أو أسباب تعذّر تقديمها.

## people

people-title = الأشخاص والمنظمات
people-intro = كل من له صلة بالحادثة: الضحايا، والجناة المزعومون، والشهود، والأقارب، والسفن، والجهات التابعة للدولة.
people-empty = لم يُضَف أحد بعد.
people-add = إضافة شخص أو جهة
people-addTitle = إضافة شخص أو منظمة أو سفينة أو جهة تابعة للدولة
people-newTab = شخص أو جهة جديدة
people-existingTab = شخص أو جهة موجودة في الخزنة
people-kind = النوع
people-name = الاسم
people-nameHint = الاسم الكامل، أو اسم السفينة، أو اسم الوحدة. ويبقى داخل الخزنة ما لم تسمح الموافقة بغير ذلك.
people-role = الدور في هذه الحادثة
people-addButton = إضافة
people-findExisting = البحث بالاسم
people-existingNone = لا يوجد في الخزنة من يطابق البحث.
people-existingIn = في: { $incidents }
people-pick = إضافة { $name }
people-remove = إزالة من هذه الحادثة
people-removeTitle = إزالة { $name } من هذه الحادثة؟
people-removeText = سيُزال أيضاً من الأفعال والمصادر وقيود الموافقة في هذه الحادثة. ويبقى سجله في الخزنة إذا كان طرفاً في حادثة أخرى.
people-stateLink = الصلة بالدولة
people-involvementDescription = ما الذي فعله أو تعرّض له (وبالنسبة إلى الجاني: سبب الاعتقاد بمسؤوليته)
people-details = التفاصيل
people-hideDetails = إخفاء التفاصيل
people-otherNames = أسماء أخرى وطرق كتابة أخرى للاسم
people-otherNamesHint = مفصولة بفواصل. وتُخفى كما يُخفى الاسم عند إخفاء ما يكشف الهوية.
people-gender = نوع الجنس (كما يصفه الشخص نفسه)
people-age = العمر وقت الحادثة
people-birthYear = سنة الميلاد
people-nationality = الجنسية
people-countryOf = البلد
people-occupation = المهنة أو الوظيفة أو الصفة
people-work = النشاط في مجال حقوق الإنسان أو التضامن
people-workOrg = طبيعة نشاطها ونطاقه
people-flagState = دولة العلم
people-registration = التسجيل (رقم IMO، أو رمز النداء، أو علامة تسجيل الطائرة)
people-registrationOrg = رقم التسجيل
people-contact = وسيلة اتصال آمنة
people-contactHint = سرية دائماً: لا تغادر الخزنة أبداً إلا على صفحة غلاف يُطلب إعدادها.
people-identifiers = معرّفات أخرى
people-identifiersHint = لوحات أرقام السيارات، والعناوين، وأماكن العمل، والألقاب، وأسماء الحسابات — أي شيء قد يكشف هوية الشخص. ولا تظهر في أي تقرير أبداً؛ إذ يزيلها Tadamun من النص عندما لا يُذكر اسم الشخص.
people-identifierItem = المعرّف { $n }
people-identifierNew = معرّف جديد
people-identifierAdd = إضافة معرّف
people-identifierRemove = إزالة
people-identifierRemoveLabel = إزالة المعرّف { $n }: { $text }
people-sharedNote = تسري التغييرات هنا على هذا السجل في كل حادثة يرد فيها.
## acts

acts-title = الأفعال
acts-intro = ما الذي فُعل وبمن: قيد واحد لكل فعل (اعتقال، أو غرامة، أو احتجاز سفينة…).
acts-empty = لم يُسجَّل أي فعل بعد.
acts-add = إضافة فعل
acts-item = الفعل { $n }
acts-remove = إزالة هذا الفعل
acts-type = نوع الفعل
acts-chooseType = اختيار نوع…
acts-victim = الضحية
acts-chooseVictim = اختيار الشخص…
acts-needPeople = يُرجى أولاً إضافة الأشخاص المعنيين (خطوة «الأشخاص والمنظمات») لاختيار الضحية.
acts-perpetrators = الجناة المزعومون
acts-noPerpetrators = لا يوجد أي طرف آخر معني بعد.
acts-date = التاريخ
acts-description = ما الذي حدث
acts-legalBasis = القانون أو التهم أو الأساس الإداري المستند إليه
acts-authority = السلطة التي اتخذت القرار
acts-caseNumber = رقم القضية أو القرار
acts-detentionPlace = مكان الاحتجاز
acts-lawyerAccess = إمكانية الاستعانة بمحامٍ
acts-proceedingType = الإجراءات
acts-proceedingStatus = مرحلة الإجراءات
acts-fine = الغرامة (مع ذكر العملة)
acts-vesselDays = عدد أيام احتجاز السفينة أو الطائرة

## un

un-title = الصلة بالتعاون مع الأمم المتحدة
un-intro = تحتاج حالة العمل الانتقامي إلى بيان التعاون مع الأمم المتحدة الذي جاءت ردّاً عليه: أي آلية، وبأي شكل، ومتى.
un-empty = لم يُسجَّل أي تعاون مع الأمم المتحدة بعد.
un-add = إضافة صلة بالأمم المتحدة
un-item = الصلة بالأمم المتحدة { $n }
un-remove = إزالة هذه الصلة
un-mechanism = آلية الأمم المتحدة
un-chooseMechanism = اختيار…
un-body = الجهة تحديداً
un-bodyHint = مثلاً «الدورة 58 لمجلس حقوق الإنسان»، أو اسم ولاية المقرر الخاص، أو هيئة المعاهدة المعنية.
un-form = شكل التعاون
un-chooseForm = اختيار…
un-date = التاريخ
un-reference = المرجع
un-referenceHint = رقم الدورة، أو عنوان البلاغ، أو مرجع الرسالة.
un-raised = هل أُثيرت الحالة بالفعل في وثيقة رسمية للأمم المتحدة؟
un-raisedReference = مرجع تلك الوثيقة أو الرسالة

## consent

consent-title = الموافقة
consent-intro = لكل شخص: ما الذي وافق عليه بعد أن شُرحت له المخاطر. لا يُرسَل أي شيء دون موافقة. ويُضاف كل قرار جديد إلى السجل؛ ولا يُمحى ما سبقه.
consent-empty = يُرجى أولاً إضافة الأشخاص المعنيين (خطوة «الأشخاص والمنظمات»).
consent-whoIsAsked = تُطلب الموافقة من الأشخاص والمنظمات المعنيين، لا من الجناة المزعومين ولا من السفن ولا من الجهات التابعة للدولة.
consent-levelsTitle = ما يسمح به كل مستوى
consent-level0-title = المستوى 0 — للاستخدام الداخلي فقط
consent-level0-explain = لا يغادر الخزنة أي شيء عن هذا الشخص.
consent-level1-title = المستوى 1 — الأمم المتحدة، دون كشف الهوية
consent-level1-explain = يجوز أن تُرسَل الوقائع إلى الأمم المتحدة لإظهار الأنماط، على أن يُذكر هذا الشخص باسم مستعار ودون أي شيء يكشف هويته. ولا يصل أي اسم إلى الدولة.
consent-level2-title = المستوى 2 — يجوز للأمم المتحدة الكشف عن اسم الشخص للحكومة
consent-level2-explain = يجوز للأمم المتحدة الكشف عن اسم الشخص للحكومة في رسالة سرية.
consent-level3-title = المستوى 3 — يجوز للأمم المتحدة النشر
consent-level3-explain = يجوز للأمم المتحدة نشر الحالة (تقارير الرسائل، والتقرير السنوي)، مع ذكر الشخص بالطريقة التي يختارها: الاسم الكامل، أو الأحرف الأولى من الاسم، أو وصف لا يكشف الهوية.
consent-current = الموافقة السارية: المستوى { $level }
consent-currentDetail = أُعطيت في { $date } من قِبل { $givenBy } ({ $method }).
consent-withdrawnOn = سُحبت في { $date }: لا يغادر الخزنة أي شيء عن هذا الشخص.
consent-none = لم تُسجَّل أي موافقة: لا يغادر الخزنة أي شيء عن هذا الشخص.
consent-record = تسجيل موافقة جديدة
consent-recordButton = الإضافة إلى سجل الموافقات
consent-withdraw = سحب الموافقة
consent-withdrawTitle = سحب موافقة { $name }؟
consent-withdrawText = ستُوسم الموافقة الحالية بأنها مسحوبة اعتباراً من اليوم. ومن ذلك الحين لا يغادر الخزنة أي شيء عن هذا الشخص. ويحتفظ السجل بما سبقت الموافقة عليه.
consent-level = المستوى
consent-nameForm = الطريقة التي يريد الشخص أن يُذكر بها علناً
consent-chooseNameForm = اختيار…
consent-nameForm-full_name = الاسم الكامل
consent-nameForm-initials = الأحرف الأولى من الاسم
consent-nameForm-anonymous_description = وصف لا يكشف الهوية
consent-anonymousDescription = الوصف المراد استخدامه
consent-givenBy = من أعطى الموافقة
consent-givenBy-person = الشخص نفسه
consent-givenBy-family = الأسرة
consent-givenBy-legal_representative = الممثل القانوني
consent-risks = شُرحت المخاطر قبل إعطاء الموافقة
consent-date = التاريخ (YYYY-MM-DD)
consent-method = الطريقة
consent-method-oral = شفهية
consent-method-written = خطية
consent-recordedBy = من سجّل الموافقة
consent-purpose = الاستخدام الذي تشمله (بكلمات الشخص نفسه إن أمكن)
consent-concern-risks = لم تُشرح المخاطر. والموافقة التي تُعطى دون معرفة المخاطر ليست موافقة مستنيرة.
consent-concern-nameForm = للمستوى 3، يُرجى اختيار الطريقة التي يريد الشخص أن يُذكر بها.
consent-concern-description = يُرجى كتابة الوصف الذي لا يكشف الهوية والذي اختاره الشخص.
consent-concern-date = يُرجى كتابة التاريخ بالصيغة YYYY-MM-DD.
consent-history = سجل الموافقات
consent-historyItem = { $date }: المستوى { $level }، من قِبل { $givenBy } ({ $method })
consent-historyWithdrawn = سُحبت في { $date }
consent-recorded = سُجّلت الموافقة. يُرجى حفظ الحادثة للاحتفاظ بها.
consent-submitterNote = أياً كان المستوى، تبقى هوية مقدّم المعلومات سرية.
consent-noneConfirmed = لا توجد موافقة مؤكَّدة: لا يغادر الخزنة أي شيء عن هذا الشخص.
consent-unconfirmedTitle = موافقة مستوردة غير مؤكَّدة
consent-unconfirmedItem = { $date }: المستوى { $level }، من قِبل { $givenBy } ({ $method }) — في ملف مستورد
consent-unconfirmedWarning = وردت هذه الموافقة في ملف مستورد، وكان هذا الشخص معروفاً من قبل في هذه الخزنة. لذا لا يُعتدّ بها — ولا يغادر الخزنة أي شيء عنه استناداً إليها — إلى أن يُتأكَّد منها مع الشخص نفسه.
consent-confirmImported = تأكدتُ من ذلك مع الشخص نفسه
consent-confirmedImported = تم التأكيد. يُرجى حفظ الحادثة للاحتفاظ بذلك.
consent-historyUnconfirmed = مستوردة وغير مؤكَّدة: لا يُعتدّ بها
consent-concern-older = هذا التاريخ سابق لتاريخ الموافقة السارية حالياً، لذا يُضاف هذا القيد إلى السجل فقط: ولا يحل محل الموافقة السارية.

## sources

sources-title = المصادر
sources-intro = كيف جرى الحصول على المعلومات. لا تُرسَل المصادر أبداً مع متن الحالة.
sources-empty = لم يُسجَّل أي مصدر بعد.
sources-add = إضافة مصدر
sources-item = المصدر { $n }
sources-remove = إزالة هذا المصدر
sources-kind = نوع المصدر
sources-description = ما هو المصدر وماذا يقول
sources-actor = مَن المصدر
sources-noActor = ليس من الأشخاص المدرجين
sources-reliability = درجة الموثوقية
sources-obtainedOn = تاريخ الحصول عليه (YYYY-MM-DD)

## followup

followup-title = المتابعة
followup-intro = الجهات التي أُرسلت إليها الحالة، وما ورد من ردود، وما يجب فعله بعد ذلك.
followup-empty = لم تُرسَل إلى أي جهة بعد.
followup-add = إضافة بلاغ
followup-item = البلاغ { $n }
followup-remove = إزالة هذا البلاغ
followup-recipient = أُرسل إلى
followup-recipientHint = مثلاً فريق الأعمال الانتقامية في مفوضية الأمم المتحدة السامية لحقوق الإنسان، أو المقرر الخاص المعني بحالة المدافعين عن حقوق الإنسان.
followup-dateSent = تاريخ الإرسال (YYYY-MM-DD)
followup-reference = المرجع
followup-responseReceived = تاريخ تلقي الرد (YYYY-MM-DD)
followup-responseSummary = مضمون الرد
followup-nextStep = الخطوة التالية
followup-nextStepDue = موعد الخطوة التالية (YYYY-MM-DD)
followup-overdue = تجاوز موعده
followup-files =
    { $count ->
        [zero] لا توجد ملفات مُرسَلة
        [one] ملف واحد مُرسَل (بصمته مسجَّلة)
        [two] ملفان مُرسَلان (بصمتاهما مسجَّلتان)
        [few] { $count } ملفات مُرسَلة (بصماتها مسجَّلة)
        [many] { $count } ملفاً مُرسَلاً (بصماتها مسجَّلة)
       *[other] { $count } ملف مُرسَل (بصماتها مسجَّلة)
    }

## notes

notes-title = ملاحظات داخلية
notes-never = لا تُصدَّر أبداً. تبقى هذه الملاحظات في الخزنة مهما أُرسل، وأياً كانت الجهة المرسَل إليها.
notes-label = ملاحظات للفريق

## history

history-title = سجل نسخ الحادثة رقم { $number }
history-intro = يُحتفظ بكل نسخة محفوظة. ويمكن الاطلاع على نسخة سابقة أو مقارنتها بالنسخة الحالية.
history-loading = جارٍ تحميل السجل…
history-empty = لا توجد نسخة محفوظة بعد.
history-revision = النسخة { $revision }
history-current = الحالية
history-view = عرض
history-viewLabel = عرض النسخة { $revision }
history-compare = المقارنة بالنسخة الحالية
history-compareFrom = مقارنة النسخة
history-compareTo = بالنسخة
history-compareRun = عرض التغييرات
history-viewTitle = النسخة { $revision }، حُفظت في { $time } (للقراءة فقط)
history-changesTitle = التغييرات من النسخة { $older } إلى النسخة { $newer }
history-noChanges = لا توجد اختلافات.
history-before = قبل
history-after = بعد
history-empty_value = (فارغ)
history-people = الأشخاص والمنظمات

## audit

audit-title = سجل التدقيق
audit-intro = يسجّل السجل ما حدث، ولا يسجّل المحتوى أبداً.
audit-loading = جارٍ تحميل السجل…
audit-empty = لم يُسجَّل أي شيء بعد.
audit-when = متى
audit-what = ما الذي حدث
audit-details = التفاصيل
audit-seq = #
audit-more = عرض القيود الأقدم
audit-event-vault_created = أُنشئت الخزنة
audit-event-unlocked = فُتحت الخزنة
audit-event-passphrase_changed = غُيّرت عبارة المرور
audit-event-passphrase_reset_with_recovery_key = أُعيد تعيين عبارة المرور بمفتاح الاسترداد
audit-event-recovery_key_replaced = أُنشئ مفتاح استرداد جديد (لم يعد المفتاح القديم يفتح الخزنة)
audit-event-key_rotated = أُنشئ مفتاح تشفير جديد
audit-event-key_rotation_finished = بدأ استخدام مفتاح التشفير الجديد
audit-event-key_rotation_rolled_back = تُرك مفتاح التشفير الجديد (انقطعت العملية)
audit-event-setting_changed = غُيّر أحد الإعدادات
audit-event-incident_created = أُنشئت حادثة
audit-event-incident_updated = عُدّلت حادثة
audit-event-incident_deleted = حُذفت حادثة
audit-event-demo_cases_loaded = حُمّلت الحالات التجريبية الوهمية
audit-event-evidence_imported = أُضيف مرفق
audit-event-evidence_deleted = حُذف مرفق
audit-event-evidence_copy_exported = حُفظت نسخة من مرفق خارج الخزنة
audit-event-export_written = صُدّر تقرير
audit-event-backup_made = أُنشئت نسخة احتياطية
audit-event-vault_restored = استُعيدت الخزنة من نسخة احتياطية
audit-event-leftover_files_removed = حُذفت ملفات متبقية من تغيير لم يكتمل

## warning

warning-no_un_link = لم تُسجَّل أي صلة بالتعاون مع الأمم المتحدة.
warning-no_consent = الموافقة ناقصة لأحد الأشخاص المعنيين.
warning-no_country = لم يُحدَّد البلد.
warning-no_date = لم يُحدَّد التاريخ.
warning-date_imprecise = تطلب الأمم المتحدة ذكر الشهر والسنة على الأقل.
warning-no_type = لم يُختر أي نوع من أنواع الأفعال.
warning-no_victim = لم تُسجَّل أي ضحية.
warning-un_raised_unknown = يُرجى بيان ما إذا كانت الحالة قد أُثيرت بالفعل في وثيقة رسمية للأمم المتحدة.
warning-risks_not_explained = سُجّلت الموافقة دون شرح المخاطر.
warning-consent_revoked = سحب أحد الأشخاص موافقته.
warning-consent_unconfirmed = لا يُعتدّ بالموافقة الواردة في ملف مستورد إلى أن تُؤكَّد في خطوة «الموافقة».
warning-no_consent-person = لا توجد موافقة مسجَّلة بشأن { $who }: لا يمكن أن يغادر الخزنة أي شيء عنه.
warning-consent_revoked-person = سُحبت موافقة { $who }: لا يمكن أن يغادر الخزنة أي شيء عنه.
warning-risks_not_explained-person = سُجّلت موافقة { $who } دون شرح المخاطر. يُرجى شرح المخاطر ثم تسجيل الموافقة من جديد.
warning-consent_unconfirmed-person = وردت موافقة { $who } في ملف مستورد، وكان هذا الشخص معروفاً من قبل في هذه الخزنة: لذا لا يُعتدّ بها إلى أن تُؤكَّد في خطوة «الموافقة».

## problem

problem-required = هذا الحقل مطلوب.
problem-required-name = يلزم ذكر اسم. وإذا كان الاسم غير معروف، فيُرجى كتابة وصف مثل «ضابط مجهول الهوية».
problem-required-title = يُرجى إعطاء الحادثة عنواناً قصيراً.
problem-required-tags = لا يمكن أن يكون الوسم فارغاً.
problem-too_long = هذا النص طويل جداً (عدد أحرفه { $len }؛ والحد الأقصى { $max }).
problem-too_many = عدد عناصر هذه القائمة { $count }؛ والحد الأقصى المسموح به { $max }.
problem-control_characters = يحتوي هذا النص على أحرف تحكم غير مرئية. يُرجى إزالتها ثم الحفظ مرة أخرى.
problem-invalid_id = يجب أن يتكون المعرّف من 1 إلى 64 رمزاً، من الحروف أو الأرقام أو «-» أو «_».
problem-invalid_date = «{ $value }» ليس تاريخاً. يُرجى كتابته بالصيغة YYYY-MM-DD أو YYYY-MM أو YYYY (بين عامي 1900 و2100).
problem-date_precision_mismatch = لا يتوافق التاريخ مع درجة الدقة المختارة: فاليوم المحدد يُكتب بالصيغة YYYY-MM-DD، والشهر بالصيغة YYYY-MM، والسنة بالصيغة YYYY.
problem-end_before_start = تاريخ الانتهاء يسبق تاريخ البدء.
problem-ongoing_with_end = الحادثة المستمرة ليس لها تاريخ انتهاء: يُرجى إلغاء تحديد «لا يزال مستمراً» أو مسح تاريخ الانتهاء.
problem-unknown_country = «{ $value }» ليس رمز بلد. يُرجى اختيار بلد من القائمة.
problem-unknown_term = «{ $value }» غير موجود في القائمة. يُرجى اختيار قيمة من القائمة.
problem-not_involved = لا يمكن تسجيل الموافقة إلا لمن هو معني بهذه الحادثة.
problem-unknown_actor = لا يوجد هذا الشخص أو هذه المنظمة في الخزنة.
problem-duplicate = هذا العنصر مكرر.
problem-duplicate-types = هذا النوع مدرج مرتين.
problem-duplicate-role = سبق تسجيل هذا الدور لهذا الشخص أو هذه المنظمة في هذه الحادثة.
problem-duplicate-id = يحمل اثنان من الأشخاص أو المنظمات المعرّف نفسه.
problem-not_applicable = لا ينطبق هذا هنا.
problem-not_applicable-flag_state = لا تكون دولة العلم إلا للسفينة أو الطائرة.
problem-not_applicable-kind = العمر وسنة الميلاد ونوع الجنس خاصة بالأشخاص وحدهم.
problem-not_applicable-state_link = لا تُسجَّل الصلة بالدولة إلا للجاني المزعوم.
problem-out_of_range = هذه القيمة خارج النطاق المسموح به.
problem-out_of_range-age = يجب أن يكون العمر بين 0 و130.
problem-out_of_range-birth_year = يجب أن تكون سنة الميلاد بين 1890 و2100.
problem-out_of_range-level = مستويات الموافقة هي 0 و1 و2 و3.

## field

field-title = العنوان
field-narrative = سرد الوقائع
field-start = تاريخ البدء
field-end = تاريخ الانتهاء
field-ongoing = لا يزال مستمراً
field-place = المكان
field-country = البلد
field-status = الوضع
field-urgency = درجة الاستعجال
field-types = أنواع الأفعال
field-tags = الوسوم
field-current_situation = الحالة الراهنة
field-domestic_remedies = سبل الانتصاف المحلية
field-internal_notes = ملاحظات داخلية
field-un_raised = أثارتها الأمم المتحدة بالفعل
field-un_raised_reference = مرجع وثيقة الأمم المتحدة
field-confidential = الحقول السرية
field-created_at = تاريخ الإنشاء
field-updated_at = آخر حفظ
field-date = التاريخ
field-precision = درجة الدقة
field-name = الاسم
field-actor_id = مَن
field-role = الدور
field-state_link = الصلة بالدولة
field-description = الوصف
field-type = النوع
field-victim_id = الضحية
field-perpetrator_ids = الجناة المزعومون
field-legal_basis = الأساس القانوني
field-authority = السلطة
field-case_number = رقم القضية
field-detention_place = مكان الاحتجاز
field-lawyer_access = إمكانية الاستعانة بمحامٍ
field-proceeding_type = الإجراءات
field-proceeding_status = مرحلة الإجراءات
field-fine = الغرامة
field-vessel_detention_days = أيام الاحتجاز
field-mechanism = آلية الأمم المتحدة
field-body = الهيئة
field-form = شكل التعاون
field-reference = المرجع
field-level = مستوى الموافقة
field-name_form = طريقة ذكر الاسم
field-anonymous_description = وصف لا يكشف الهوية
field-given_by = من أعطى الموافقة
field-risks_explained = شُرحت المخاطر
field-method = الطريقة
field-recorded_by = من سجّل الموافقة
field-purpose = الغرض
field-revoked_at = تاريخ السحب
field-kind = النوع
field-reliability = درجة الموثوقية
field-obtained_on = تاريخ الحصول عليه
field-recipient = أُرسل إلى
field-date_sent = تاريخ الإرسال
field-response_received = تاريخ تلقي الرد
field-response_summary = الرد
field-next_step = الخطوة التالية
field-next_step_due = موعد الخطوة التالية
field-file_hashes = الملفات المُرسَلة
field-other_names = أسماء أخرى
field-gender = نوع الجنس
field-age = العمر
field-birth_year = سنة الميلاد
field-nationality = الجنسية
field-occupation = المهنة
field-work = النشاط
field-flag_state = دولة العلم
field-registration = التسجيل
field-contact = وسيلة الاتصال
field-identifiers = معرّفات أخرى
field-unconfirmed_import = مستوردة، لم تُؤكَّد بعد

## item

item-involvements = الشخص أو المنظمة { $n }
item-acts = الفعل { $n }
item-un_links = الصلة بالأمم المتحدة { $n }
item-consent = قيد الموافقة { $n }
item-sources = المصدر { $n }
item-submissions = البلاغ { $n }
item-actors = الشخص أو المنظمة { $n }

## size

size-bytes = { $size } بايت
size-kib = { $size } كيلوبايت
size-mib = { $size } ميغابايت
size-gib = { $size } غيغابايت
size-tib = { $size } تيرابايت

## evidence

evidence-title = الأدلة
evidence-intro = صور ووثائق وتسجيلات تتعلق بهذه الحادثة. وهي تُشفَّر داخل الخزنة؛ أما الملفات الأصلية الموجودة على هذا الحاسوب فلا تُغيَّر ولا تُحذف.
evidence-saveFirst = يُرجى حفظ الحادثة أولاً، ثم إرفاق الملفات.
evidence-attach = إرفاق ملفات…
evidence-dropHint = أو إفلات الملفات في أي مكان من هذه النافذة.
evidence-importedByLabel = من استوردها
evidence-importedByHint = اسمك أو الأحرف الأولى منه. يُحفظ إلى أن تُقفل الخزنة، ولا يُخزَّن في أي مكان آخر.
evidence-loading = جارٍ تحميل المرفقات…
evidence-empty = لم يُرفق أي دليل بعد.
evidence-listLabel = المرفقات
evidence-count =
    { $count ->
        [zero] لا توجد مرفقات
        [one] مرفق واحد
        [two] مرفقان
        [few] { $count } مرفقات
        [many] { $count } مرفقاً
       *[other] { $count } مرفق
    }
evidence-busy = يُرجى الانتظار حتى ينتهي الاستيراد الجاري، ثم المحاولة مرة أخرى.
evidence-openIncidentFirst = يُرجى فتح حادثة لإرفاق الملفات بها.
evidence-droppedSaveFirst = يُرجى حفظ الحادثة أولاً، ثم إرفاق الملفات. لم تُرفق الملفات التي أُفلتت.
evidence-progressLabel = تقدّم الاستيراد
evidence-progressFile = جارٍ تشفير { $name }
evidence-progressCount = الملف { $n } من { $m }
evidence-progressBytes = { $done } من { $total }
evidence-progressSpeed = { $speed } في الثانية، ويتبقى { $time }
evidence-progressEstimating = جارٍ تقدير الوقت المتبقي…
evidence-progressStarting = جارٍ البدء…
evidence-cancel = إلغاء الاستيراد
evidence-cancelling = جارٍ الإلغاء…
evidence-timeFewSeconds = بضع ثوانٍ
evidence-timeSeconds =
    { $count ->
        [zero] أقل من ثانية
        [one] نحو ثانية واحدة
        [two] نحو ثانيتين
        [few] نحو { $count } ثوانٍ
        [many] نحو { $count } ثانية
       *[other] نحو { $count } ثانية
    }
evidence-timeMinutes =
    { $count ->
        [zero] أقل من دقيقة
        [one] نحو دقيقة واحدة
        [two] نحو دقيقتين
        [few] نحو { $count } دقائق
        [many] نحو { $count } دقيقة
       *[other] نحو { $count } دقيقة
    }
evidence-timeHours = نحو { $hours } س و{ $minutes } د
evidence-summaryAll =
    { $count ->
        [zero] لم يُرفق أي ملف.
        [one] أُرفق ملف واحد.
        [two] أُرفق ملفان.
        [few] أُرفقت { $count } ملفات.
        [many] أُرفق { $count } ملفاً.
       *[other] أُرفق { $count } ملف.
    }
evidence-summarySome =
    { $count ->
        [zero] لم يُرفق أي ملف من أصل { $files }.
        [one] أُرفق ملف واحد من أصل { $files }.
        [two] أُرفق ملفان من أصل { $files }.
        [few] أُرفقت { $count } ملفات من أصل { $files }.
        [many] أُرفق { $count } ملفاً من أصل { $files }.
       *[other] أُرفق { $count } ملف من أصل { $files }.
    }
evidence-summaryCancelled =
    { $count ->
        [zero] أُلغي الاستيراد. لم يُرفق أي ملف قبل ذلك.
        [one] أُلغي الاستيراد. أُرفق ملف واحد قبل ذلك.
        [two] أُلغي الاستيراد. أُرفق ملفان قبل ذلك.
        [few] أُلغي الاستيراد. أُرفقت { $count } ملفات قبل ذلك.
        [many] أُلغي الاستيراد. أُرفق { $count } ملفاً قبل ذلك.
       *[other] أُلغي الاستيراد. أُرفق { $count } ملف قبل ذلك.
    }
evidence-outcomeFailed = { $name }: لم يُرفق. { $reason }
evidence-outcomeSkipped = { $name }: تم تخطّيه (أُلغي الاستيراد).
evidence-outcomeAlready = { $name }: مرفق بالفعل بهذه الحادثة. لم يُضَف أي شيء.
evidence-outcomeDuplicate = { $name }: محتواه مطابق لمرفق آخر في الخزنة. يُخزَّن مرة واحدة ويُربط هنا.
evidence-failedUnknown = السبب غير معروف.
evidence-originalsTitle = لا تزال الملفات الأصلية على هذا الحاسوب
evidence-originalsText = { $names }: تحتفظ الخزنة الآن بنسخة مشفّرة، لكن الملف الأصلي لا يزال في مكانه، وقد يحتفظ سطح المكتب بصور مصغّرة منه. ويمكن لأي شخص يفتح هذا الحاسوب العثور عليها. يُرجى إزالتها ما لم تكن هناك حاجة إليها في مكان آخر.
evidence-removeOriginals = إزالة الملفات الأصلية من هذا الحاسوب
evidence-keepOriginals = الاحتفاظ بها
evidence-originalsRemoved =
    { $count ->
        [zero] لم يُزل أي ملف أصلي.
        [one] أُزيل الملف الأصلي (ملف واحد)، مع صوره المصغّرة على سطح المكتب.
        [two] أُزيل الملفان الأصليان (ملفان)، مع صورهما المصغّرة على سطح المكتب.
        [few] أُزيلت الملفات الأصلية ({ $count } ملفات)، مع صورها المصغّرة على سطح المكتب.
        [many] أُزيلت الملفات الأصلية ({ $count } ملفاً)، مع صورها المصغّرة على سطح المكتب.
       *[other] أُزيلت الملفات الأصلية ({ $count } ملف)، مع صورها المصغّرة على سطح المكتب.
    }
evidence-originalsFailed = تعذّرت إزالة هذه الملفات الأصلية: { $names }. يُرجى إزالتها يدوياً.
evidence-dismissSummary = إخفاء
evidence-kind-image = صورة
evidence-kind-pdf = PDF
evidence-kind-video = فيديو
evidence-kind-audio = تسجيل صوتي
evidence-kind-document = مستند
evidence-kind-archive = ملف مضغوط
evidence-kind-other = ملف
evidence-imageAlt = صورة مرفقة
evidence-mediaType = النوع
evidence-size = الحجم
evidence-sha256 = بصمة SHA-256
evidence-sha256Hint = تُثبت أن الملف لم يُعدَّل منذ استيراده.
evidence-copyHash = نسخ
evidence-hashCopied = نُسخت البصمة.
evidence-importedAt = تاريخ الاستيراد
evidence-importedOnBy = { $time } من قِبل { $who }
evidence-importedOn = { $time }
evidence-originalName = اسم الملف الأصلي
evidence-originalNameConfidential = سرّي: لا يُصدَّر أبداً.
evidence-metaFound = ما عُثر عليه في الملف:
evidence-metaKept = يُحفظ داخل الخزنة؛ ولا يُصدَّر أبداً إلا بناءً على اختيارك.
evidence-metaNone = لم يُعثر في الملف على أي تفاصيل عن الالتقاط (الوقت أو المكان أو الجهاز).
evidence-metaTaken = التُقط في { $time }
evidence-metaLocation = عند خط العرض { $lat } وخط الطول { $lon }
evidence-metaDevice = الجهاز: { $device }
evidence-metaDimensions = { $width } × { $height } بكسل
evidence-metaGpsWarning = يسجّل هذا الملف المكان الذي التُقط فيه. ويمكن لأي شخص لديه نسخة مطابقة منه معرفة هذا المكان.
evidence-description = ما الذي يُظهره
evidence-descriptionHint = يُحفظ عند مغادرة الحقل أو الضغط على مفتاح Enter.
evidence-descriptionSaved = حُفظ الوصف.
evidence-shareable = يجوز مشاركته (نسخة خالية من البيانات الوصفية فقط)
evidence-shareableOn = يجوز مشاركته: لا يغادر الخزنة أبداً إلا نسخة خالية من البيانات الوصفية.
evidence-shareableOff = يُحفظ في الخزنة فقط.
evidence-notShareable = لا يمكن مشاركة هذا النوع من الملفات، بل يُحفظ في الخزنة فقط.
evidence-pdfNoPreview = لا يمكن عرض ملفات PDF هنا بعد؛ يُرجى حفظ نسخة مفكوكة التشفير لفتحها.
evidence-view = عرض
evidence-saveSanitised = حفظ نسخة خالية من البيانات الوصفية…
evidence-saveDecrypted = حفظ نسخة مفكوكة التشفير…
evidence-delete = حذف…
evidence-actionsFor = إجراءات هذا المرفق
evidence-savedSanitised = حُفظت نسخة خالية من البيانات الوصفية. وهذه النسخة غير مشفّرة.
evidence-savedDecrypted = حُفظت نسخة مفكوكة التشفير. وهذه النسخة غير مشفّرة وتحتفظ بجميع البيانات الوصفية: يُرجى حذفها بعد الانتهاء منها.
evidence-decryptedTitle = حفظ نسخة مفكوكة التشفير؟
evidence-decryptedWarning = تنبيه: هذه النسخة غير مشفّرة، وتحتفظ بجميع البيانات الوصفية (الموقع الجغرافي GPS، والجهاز). يُرجى حذفها بعد الانتهاء منها.
evidence-decryptedConfirm = اختيار مكان الحفظ…
evidence-deleteTitle = حذف هذا المرفق؟
evidence-deleteText = سيُتلف ملفه المشفّر، ويُحذف معه وصفه وبياناته الوصفية.
evidence-deleteConfirm = حذف المرفق
evidence-deleted = حُذف المرفق.
evidence-previewTitle = معاينة
evidence-previewLoading = جارٍ فك تشفير الصورة…
evidence-previewFailed = تعذّر عرض هذه الصورة.


## recipient
# Names: the UN's own Arabic terms (OHCHR: مفوضية الأمم المتحدة السامية لحقوق الإنسان; Special
# Procedures: الإجراءات الخاصة; the Secretary-General's annual report on reprisals). Some names
# are kinds of submission, not bodies, so { $recipient } is always put in brackets or after a colon
# following «الجهة المتلقية» (export-previewCases, export-documentTitle, finding-not_a_working_language).

recipient-ohchr-reprisals-name = فريق الأعمال الانتقامية في مفوضية الأمم المتحدة السامية لحقوق الإنسان
recipient-ohchr-reprisals-about = حالة سرية تُقدَّم إلى فريق مفوضية الأمم المتحدة السامية لحقوق الإنسان المعني بأعمال التخويف والانتقام بسبب التعاون مع الأمم المتحدة. وقد تثير المفوضية الحالة مع الحكومة، لذا لا يُذكر بالاسم إلا الأشخاص الذين وافقوا على الكشف عن أسمائهم للحكومة (المستوى 2 أو 3)؛ أما الأشخاص في المستوى 1 فيظهرون باسم مستعار مع ذكر دورهم.
recipient-special-procedures-name = بلاغ إلى الإجراءات الخاصة
recipient-special-procedures-about = بلاغ يُوجَّه إلى ولاية واحدة أو أكثر من ولايات الإجراءات الخاصة، ويجوز لها أن تحيله إلى الحكومة. لا يُذكر بالاسم إلا الأشخاص في مستوى الموافقة 2 أو 3؛ ويظهر من هم في المستوى 1 باسم مستعار. وتقبل الإجراءات الخاصة البلاغات بالإنكليزية والفرنسية والإسبانية.
recipient-sg-report-name = مساهمة في التقرير السنوي للأمين العام عن الأعمال الانتقامية
recipient-sg-report-about = معلومات للتقرير السنوي العلني للأمين العام عن التعاون مع الأمم المتحدة. والتقرير يُنشر: لذا لا يُذكر الأشخاص بأسمائهم إلا في مستوى الموافقة 3، وبالطريقة التي اختاروها (الاسم الكامل، أو الأحرف الأولى من الاسم، أو وصف لا يكشف الهوية)؛ ويظهر غيرهم باسم مستعار، وعندئذ لا يُذكر مكان الحالة إلا على مستوى الإقليم، ولا تواريخها إلا على مستوى الشهر، كي لا يُستدل عليهم من اسم مدينة أو من يوم بعينه. وتحتاج كل حالة إلى صلة بالتعاون مع الأمم المتحدة، وإلى موافقة أُعطيت بعد شرح المخاطر، وإلى بيان ما إذا كانت الأمم المتحدة قد أثارتها من قبل.
recipient-legal-team-name = الفريق القانوني (داخل المنظمة)
recipient-legal-team-about = تفاصيل كاملة لمحامي منظمتك: يُذكر بالاسم كل من وافق على أي استخدام خارج الخزنة (المستوى 1 فما فوق)، بمن فيهم من وافقوا فقط على استخدام الأمم المتحدة للمعلومات دون كشف الهوية (وتنبّه المعاينة إلى كل واحد منهم: يُرجى إبقاء الملف داخل منظمتك وإرساله مشفّراً)؛ وتُبقى الحقول السرية مع وسمها بأنها سرية، وتُذكر الأماكن والتواريخ بدقة. ومع ذلك لا يظهر الأشخاص في المستوى 0 ولا من لم تُسجَّل لهم أي موافقة. وتُدرج بيانات الاتصال في صفحة الغلاف.
recipient-public-summary-name = موجز علني
recipient-public-summary-about = موجز يجوز لأي شخص قراءته. لا يظهر فيه إلا الأشخاص الذين وافقوا على النشر (مستوى الموافقة 3)، بالطريقة التي اختاروها: الاسم الكامل، أو الأحرف الأولى من الاسم، أو وصف لا يكشف الهوية. وتُستبعد الحالة ما لم يوافق جميع ضحاياها. وتُذكر الأماكن على مستوى الإقليم، والتواريخ على مستوى الشهر، ولا تُدرج أي مرفقات ولا أي حقول سرية.

## finding
# What the export preview asks the person to fix (blockers) or to know (warnings). Values:
# { $who } a person's name, { $roles } their roles, { $why } why they do not appear,
# { $scripts } writing systems, { $languages } languages, { $recipient } a recipient.
# Arabic: { $who } is placed where no verb must agree with it («موافقة { $who }»، «لا يرد ذكر
# { $who }»); { $scripts } (Intl names such as «اللاتينية») goes in brackets; { $languages } is a
# list of language names after a colon; { $why } is a verbal sentence (see "why") after «إذ».

finding-no_victim = لم تُسجَّل أي ضحية. يُرجى إضافة الشخص أو المنظمة المستهدفة في خطوة «الأشخاص والمنظمات».
finding-no_victim_work = لم يُوصف نشاط الضحية في مجال حقوق الإنسان أو التضامن (خطوة «الأشخاص والمنظمات»، حقل «النشاط في مجال حقوق الإنسان أو التضامن»). وتسأل آليات الأمم المتحدة عن صلة هذا النشاط بما حدث.
finding-no_un_link = لم تُسجَّل أي صلة بالتعاون مع الأمم المتحدة. فآليات الأمم المتحدة المعنية بالأعمال الانتقامية تتناول الأعمال الانتقامية المرتكبة بسبب التعاون مع الأمم المتحدة: يُرجى إضافة هذه الصلة في خطوة «الصلة بالأمم المتحدة».
finding-no_date = لم يُسجَّل أي تاريخ. يُرجى ذكر الشهر والسنة على الأقل.
finding-no_country = لم يُسجَّل البلد.
finding-no_account = سرد الوقائع فارغ.
finding-date_year_only = لا يُعرف من التاريخ إلا السنة؛ وتطلب آليات الأمم المتحدة ذكر الشهر على الأقل.
finding-un_raised_unknown = يُرجى بيان ما إذا كانت الأمم المتحدة قد أثارت هذه الحالة بالفعل في وثيقة رسمية (خطوة «الصلة بالأمم المتحدة»).
finding-no_perpetrator = لم يُسجَّل أي جانٍ مزعوم. يُرجى ذكر المؤسسة أو الوحدة إذا كانت معروفة.
finding-risks_not_explained = سُجّلت موافقة { $who } دون شرح المخاطر. ويتطلب تقرير الأمين العام موافقة أُعطيت بعد شرح المخاطر.
finding-outside_period = بدأت هذه الحالة خارج الفترة المشمولة بالتقرير. ويمكن مع ذلك إدراجها إذا استمرت خلال هذه الفترة؛ ويُرجى ذكر ذلك في سرد الوقائع.
finding-no_mandate = لم تُذكر أي ولاية من ولايات الإجراءات الخاصة. يُرجى ذكر الولاية أو الولايات التي يُوجَّه إليها البلاغ (مثلاً: المقرر الخاص المعني بحالة المدافعين عن حقوق الإنسان).
finding-no_submitter = لم تُملأ بيانات مقدّم البلاغ. ولا تنظر آليات الأمم المتحدة في البلاغات مجهولة المصدر: يُرجى ذكر اسم ووسيلة اتصال آمنة لصفحة الغلاف السرية.
finding-nothing_to_export = لا يمكن تصدير أي حالة إلى هذه الجهة المتلقية: فقد استُبعدت جميع الحالات المختارة (وسبب استبعاد كل منها مذكور بجانبها).
finding-not_a_working_language = لغات العمل لدى الجهة المتلقية ({ $recipient }): { $languages }. وقد ينتظر التقرير المكتوب بلغة أخرى الترجمة: يُرجى كتابته بإحدى هذه اللغات إن أمكن.
finding-name_script_missing = جزء من نص هذه الحالة مكتوب بنظام كتابة ({ $scripts }) لا توجد به أي كتابة لاسم { $who }. ولا يستطيع Tadamun أن يحجب إلا طرق الكتابة التي يعرفها: يُرجى إضافة كتابة الاسم بهذا النظام في «أسماء أخرى» (خطوة «الأشخاص والمنظمات»)، أو مراجعة المعاينة سطراً سطراً.
finding-named_at_level_1 = موافقة { $who } مقصورة على استخدام الأمم المتحدة للمعلومات دون كشف الهوية (المستوى 1). ويذكر هذا الملف الاسم لأنه موجَّه إلى فريقك القانوني: يُرجى إبقاؤه داخل منظمتك وإرساله مشفّراً.
finding-no_name_form = أُعطيت موافقة { $who } على النشر دون تحديد طريقة ذكر الاسم (الاسم الكامل، أو الأحرف الأولى، أو وصف): لذا يُستخدم اسم مستعار.
finding-person_left_out = لا يرد ذكر { $who } ({ $roles }) إذ { $why }. وإذا كانت الموافقة قد أُعطيت لأكثر من ذلك، فيُرجى تسجيلها في خطوة «الموافقة».

## why
# Why a person does not appear in a report ({ $why } above); { $level } is a consent level.
# Arabic: each is a verbal sentence without a pronoun, so it fits after «إذ», after «و» and after a colon.

export-why-no_consent = لم تُسجَّل أي موافقة
export-why-consent_withdrawn = سُحبت الموافقة
export-why-consent_level = لم تُعطَ الموافقة إلا على المستوى { $level }

## note
# What the preview says was changed or left out of a case.

note-name_in_text = { $who }: استُبدل الاسم في النص
note-name_in_text_other_case = شخص مسجَّل في حالة أخرى: استُبدل الاسم في النص
note-confidential_field = استُبعد حقل موسوم بأنه سرّي: { $field }
note-coarsened = خُفّضت الدقة: { $field } (على مستوى { $precision })
note-acts_left_out =
    { $count ->
        [zero] لم يُستبعد أي فعل
        [one] استُبعد فعل واحد يتعلق بمن لا يظهر في التقرير، مع جميع تفاصيله (التاريخ، والوصف، والسلطة، ورقم القضية، والمكان)
        [two] استُبعد فعلان يتعلقان بمن لا يظهر في التقرير، مع جميع تفاصيلهما (التاريخ، والوصف، والسلطة، ورقم القضية، والمكان)
        [few] استُبعدت { $count } أفعال تتعلق بمن لا يظهر في التقرير، مع جميع تفاصيلها (التاريخ، والوصف، والسلطة، ورقم القضية، والمكان)
        [many] استُبعد { $count } فعلاً تتعلق بمن لا يظهر في التقرير، مع جميع تفاصيلها (التاريخ، والوصف، والسلطة، ورقم القضية، والمكان)
       *[other] استُبعد { $count } فعل تتعلق بمن لا يظهر في التقرير، مع جميع تفاصيلها (التاريخ، والوصف، والسلطة، ورقم القضية، والمكان)
    }
note-identifying_act_details_left_out =
    { $count ->
        [zero] لم يُستبعد أي رقم قضية أو مكان احتجاز
        [one] استُبعد رقم القضية ومكان الاحتجاز في فعل واحد يتعلق بمن لم يُذكر اسمه (لأنهما قد يكشفان هويته)
        [two] استُبعد رقم القضية ومكان الاحتجاز في فعلين يتعلقان بمن لم يُذكر اسمه (لأنهما قد يكشفان هويته)
        [few] استُبعد رقم القضية ومكان الاحتجاز في { $count } أفعال تتعلق بمن لم يُذكر اسمه (لأنهما قد يكشفان هويته)
        [many] استُبعد رقم القضية ومكان الاحتجاز في { $count } فعلاً تتعلق بمن لم يُذكر اسمه (لأنهما قد يكشفان هويته)
       *[other] استُبعد رقم القضية ومكان الاحتجاز في { $count } فعل تتعلق بمن لم يُذكر اسمه (لأنهما قد يكشفان هويته)
    }
note-sources_left_out =
    { $count ->
        [zero] لم يُستبعد أي مصدر من صفحة الغلاف
        [one] استُبعد من صفحة الغلاف مصدر واحد لا يظهر في التقرير
        [two] استُبعد من صفحة الغلاف مصدران لا يظهران في التقرير
        [few] استُبعدت من صفحة الغلاف { $count } مصادر لا تظهر في التقرير
        [many] استُبعد من صفحة الغلاف { $count } مصدراً لا تظهر في التقرير
       *[other] استُبعد من صفحة الغلاف { $count } مصدر لا تظهر في التقرير
    }
note-attachment_not_for_recipient = استُبعد مرفق (لا تُرسَل أي مرفقات إلى هذه الجهة المتلقية)
note-attachment_not_shareable = استُبعد مرفق غير موسوم بأنه قابل للمشاركة
note-attachment_not_cleanable = استُبعد مرفق لا يمكن إزالة بياناته الوصفية
note-internal_notes_left_out = استُبعدت الملاحظات الداخلية (لا تُصدَّر أبداً)
note-name_confidential = اسم { $who } موسوم بأنه سرّي، لذا يُستخدم اسم مستعار.
note-person_removed = لا يرد ذكر { $who } ({ $roles }): { $why }.
note-perpetrator_not_named = { $who } — لا يُذكر الجناة المزعومون من الأفراد بأسمائهم لهذه الجهة المتلقية
note-pseudonymised = { $who } — حُجب الاسم: مستوى الموافقة { $level }
note-named_as_chosen = { $who } — ذُكر الاسم بالطريقة المختارة للنشر
leftOut-victim_left_out = { $who } ضحية في هذه الحالة، و{ $why }: لذا لا تُرسَل الحالة إلى هذه الجهة المتلقية.

## field
# Parts of a case named in the notes ({ $field } above) and how precise a date became.
# Arabic: { $field } follows a colon; { $precision } follows «على مستوى».

export-field-act_date = تاريخ أحد الأفعال
export-field-act_description = وصف أحد الأفعال
export-field-authority = إحدى السلطات
export-field-case_number = رقم قضية
export-field-detention_place = مكان احتجاز
export-field-account = سرد الوقائع
export-field-current_situation = الحالة الراهنة
export-field-domestic_remedies = سبل الانتصاف المحلية
export-field-place = المكان
export-field-start_date = تاريخ البدء
export-field-end_date = تاريخ الانتهاء
export-field-un_cooperation_date = تاريخ التعاون مع الأمم المتحدة
export-field-name = اسم
export-field-gender = نوع الجنس
export-field-occupation = المهنة
export-field-work = النشاط في مجال حقوق الإنسان أو التضامن
export-field-registration = بيانات التسجيل
export-precision-month = الشهر
export-precision-year = السنة
export-precision-day = اليوم
export-precision-country = البلد فقط

## file
# The files an export writes, and what they contain.

export-file-report_docx = البلاغ، في صورة مستند Word قابل للتحرير
export-file-report_pdf = البلاغ، في صورة ملف PDF
export-file-report_json = البلاغ في صورة بيانات (JSON، بصيغة موثَّقة)
export-file-report_csv = صف واحد لكل حالة (CSV)
export-file-report_uwazi_csv = صف واحد لكل حالة، للاستيراد إلى Uwazi بصيغة CSV
export-file-cover_docx = صفحة غلاف سرية: مقدّم البلاغ، وبيانات الاتصال، والمصادر. تُرسَل منفصلة؛ ولا تُرسَل إلى الدولة أبداً.
export-file-cover_pdf = صفحة غلاف سرية: مقدّم البلاغ، وبيانات الاتصال، والمصادر. تُرسَل منفصلة؛ ولا تُرسَل إلى الدولة أبداً.
export-file-cover_json = صفحة غلاف سرية: مقدّم البلاغ، وبيانات الاتصال، والمصادر. تُرسَل منفصلة؛ ولا تُرسَل إلى الدولة أبداً.
export-file-attachment = نسخة من أحد مرفقات الحالة { $case }، خالية من البيانات الوصفية
export-file-checksums = بصمة SHA-256 لكل ملف، للتحقق من أن شيئاً لم يتغير في الطريق
export-content-recipient = الجهة المتلقية
export-content-language = اللغة
export-content-reporting_period = الفترة المشمولة بالتقرير
export-content-victims = الضحايا
export-content-victim_work = نشاط الضحايا في مجال حقوق الإنسان أو التضامن
export-content-un_link = الصلة بالتعاون مع الأمم المتحدة
export-content-dates_place_account = التواريخ والمكان وسرد الوقائع
export-content-act_types = الأفعال وأنواعها
export-content-perpetrators = الجناة المزعومون
export-content-legal_basis = الأساس القانوني والسلطات وأرقام القضايا
export-content-detention = الاحتجاز
export-content-domestic_remedies = سبل الانتصاف المحلية
export-content-consent = الموافقة
export-content-already_raised = ما إذا كانت الأمم المتحدة قد أثارت الحالة من قبل
export-content-urgency = درجة الاستعجال
export-content-sea_rescue = السفن والطائرات والغرامات وأيام الاحتجاز
export-content-supporting_documents = المرفقات (نسخ خالية من البيانات الوصفية)
export-content-submitter = مقدّم البلاغ
export-content-contacts = طريقة التواصل مع الأشخاص المذكورين في التقرير
export-content-sources = المصادر

## export

export-title = إعداد بلاغ
export-intro = يُرجى اختيار الجهة المتلقية، ثم التحقق بدقة مما سيغادر هذا الجهاز، ثم كتابة الملفات في مجلد. لا يُرسَل أي شيء عبر الإنترنت.
export-back = العودة إلى الحوادث
export-incidents =
    { $count ->
        [zero] لا توجد أي حادثة في هذا البلاغ
        [one] حادثة واحدة في هذا البلاغ
        [two] حادثتان في هذا البلاغ
        [few] { $count } حوادث في هذا البلاغ
        [many] { $count } حادثة في هذا البلاغ
       *[other] { $count } حادثة في هذا البلاغ
    }
export-incidentItem = #{ $number } { $title }
export-removeIncident = إخراج
export-removeIncidentLabel = إخراج الحادثة رقم { $number } من هذا البلاغ
export-noIncidents = لم تبقَ أي حادثة في هذا البلاغ. يُرجى العودة إلى القائمة وتحديد الحوادث المراد إرسالها.
export-loadingProfiles = جارٍ تحميل الجهات المتلقية…
export-step-recipient = 1. الجهة المتلقية
export-step-options = 2. اللغة والصيغ والتفاصيل
export-step-preview = 3. التحقق مما سيغادر هذا الجهاز
export-step-write = 4. كتابة الملفات
export-recipients = الجهة المتلقية
export-naming = يُذكر الأشخاص بأسمائهم ابتداءً من مستوى الموافقة { $named }؛ أما من هم في مستويات أدنى فيظهرون باسم مستعار (ابتداءً من المستوى { $included }) أو لا يظهرون إطلاقاً.
export-namingOnly = يُذكر الأشخاص بأسمائهم ابتداءً من مستوى الموافقة { $named }؛ أما من هم في مستويات أدنى فلا يظهرون إطلاقاً.
export-withAttachments = تُرفق المرفقات القابلة للمشاركة، في صورة نسخ خالية من البيانات الوصفية.
export-withCoverSheet = تُدرج هوية مقدّم البلاغ في صفحة غلاف سرية منفصلة.
export-chooseRecipientFirst = يُرجى اختيار الجهة المتلقية لعرض الخيارات المتاحة لها.
export-language = لغة التقرير
export-languageName-en = English
export-languageName-fr = Français
export-languageName-es = Español
export-languageName-ar = العربية
export-languageName-ru = Русский
export-languageName-zh = 中文
export-workingLanguage = { $language } — لغة عمل لدى هذه الجهة المتلقية
export-notWorkingLanguage = لغات عمل هذه الجهة المتلقية: { $languages }. ويمكن كتابة التقرير بلغة أخرى، لكنه قد ينتظر الترجمة قبل أن يقرأه أحد.
export-formats = الصيغ
export-format-docx = مستند Word (.docx)
export-format-pdf = PDF
export-format-json = بيانات مهيكلة (JSON)
export-format-csv = جدول بيانات (CSV)
export-format-uwazi_csv = ملف استيراد إلى Uwazi (CSV)
export-mandates = الولايات المعنية (ولاية واحدة في كل سطر)
export-mandatesHint = مثلاً: المقرر الخاص المعني بحالة المدافعين عن حقوق الإنسان.
export-period = الفترة المشمولة بالتقرير
export-periodFrom = من
export-periodTo = إلى
export-submitter = مقدّم البلاغ
export-submitterNote = لا تُدرج هذه البيانات إلا في صفحة غلاف سرية منفصلة، ولا تُدرج في التقرير أبداً.
export-submitterName = الاسم
export-submitterOrganisation = المنظمة
export-submitterContact = وسيلة آمنة للتواصل معك
export-submitterContactHint = رقم على Signal، أو عنوان بريد إلكتروني آمن…
export-submitterRelation = صلتك بالضحية أو الضحايا
export-submitterRelationHint = الضحية نفسها، أو الأسرة، أو المحامي، أو المنظمة…
export-samePseudonym = استخدام الاسم المستعار نفسه للشخص الواحد في كل الحالات
export-samePseudonymHint = عند الإيقاف: تكون لكل حالة أسماؤها المستعارة الخاصة («شخص A»، «شخص B»…) فلا يستطيع القارئ الربط بين الحالات. عند التشغيل: يحتفظ الشخص باسم مستعار واحد في التقرير كله، مما يتيح للقارئ الربط بين الحالات.
export-previewButton = عرض ما سيغادر هذا الجهاز
export-previewBusy = جارٍ إعداد المعاينة…
export-needRecipient = يُرجى أولاً اختيار الجهة المتلقية.
export-needIncidents = لم تُختر أي حادثة.
export-needFormat = يُرجى تحديد صيغة واحدة على الأقل.
export-previewStale = تغيّر أحد الخيارات أعلاه. يُرجى عرض ما سيغادر هذا الجهاز مرة أخرى قبل كتابة الملفات.
export-previewTitle = ما سيغادر هذا الجهاز
export-previewCases =
    { $count ->
        [zero] لن تُدرج أي حالة في التقرير (الجهة المتلقية: { $recipient }).
        [one] ستُدرج حالة واحدة في التقرير (الجهة المتلقية: { $recipient }).
        [two] ستُدرج حالتان في التقرير (الجهة المتلقية: { $recipient }).
        [few] ستُدرج { $count } حالات في التقرير (الجهة المتلقية: { $recipient }).
        [many] ستُدرج { $count } حالة في التقرير (الجهة المتلقية: { $recipient }).
       *[other] ستُدرج { $count } حالة في التقرير (الجهة المتلقية: { $recipient }).
    }
export-blockersTitle = ما يجب تصحيحه قبل إمكان كتابة أي شيء
export-blockersExplain = لا يمكن تصدير أي شيء ما دامت هذه المشكلات قائمة. يُرجى تصحيحها في الحوادث، ثم عرض المعاينة مرة أخرى.
export-findingCase = الحالة { $case }: { $message }
export-noteCase = الحالة { $case }:
export-warningsTitle = ما تجدر معرفته قبل الإرسال
export-leftOutTitle = ما استُبعد من هذا البلاغ
export-leftOutItem = #{ $number } { $title } — { $reason }
export-notesTitle = ما أُزيل أو غُيِّر
export-notesNone = لم يُزل أي شيء ولم يُغيَّر.
export-documentTitle = التقرير كما ستطّلع عليه الجهة المتلقية ({ $recipient })
export-documentHint = الكلمات المميَّزة استُبدلت بأسماء مستعارة أو حُجبت أو غُيِّرت (انظر القائمة أعلاه).
export-documentEmpty = التقرير فارغ.
export-coverTitle = صفحة غلاف سرية — ملف منفصل
export-coverHint = تُكتب في ملف مستقل، كي يمكن تمرير التقرير إلى الآخرين من دونها.
export-filesTitle = الملفات التي ستُكتب
export-confidentialTag = سرّي
export-fileContains = المحتوى: { $contents }
export-fieldLabel = { $label }:
export-folder = المجلد المراد الكتابة فيه
export-folderHint = مجلد على هذا الحاسوب أو على ذاكرة USB، يُختار من نافذة اختيار المجلد (لا يكتب Tadamun إلا في المكان المختار).
export-noFolderYet = لم يُختر أي مجلد بعد
export-chooseFolder = اختيار مجلد…
export-keys = التشفير للجهة المتلقية (اختياري): مفتاح age العام لها أو مفاتيحها العامة، مفتاح واحد في كل سطر، ويبدأ كل منها بـ age1…
export-keysHint = عندئذ لا يستطيع فتح الملفات إلا حامل المفتاح السري المطابق.
export-keysChecking = جارٍ فحص المفاتيح…
export-run =
    { $count ->
        [zero] تصدير
        [one] تصدير ملف واحد
        [two] تصدير ملفين
        [few] تصدير { $count } ملفات
        [many] تصدير { $count } ملفاً
       *[other] تصدير { $count } ملف
    }
export-runEncrypted =
    { $count ->
        [zero] تصدير مع التشفير للجهة المتلقية
        [one] تصدير ملف واحد مع تشفيره للجهة المتلقية
        [two] تصدير ملفين مع تشفيرهما للجهة المتلقية
        [few] تصدير { $count } ملفات مع تشفيرها للجهة المتلقية
        [many] تصدير { $count } ملفاً مع تشفيرها للجهة المتلقية
       *[other] تصدير { $count } ملف مع تشفيرها للجهة المتلقية
    }
export-runNoPreview = تصدير
export-running = جارٍ كتابة الملفات…
export-needPreview = يُرجى أولاً عرض ما سيغادر هذا الجهاز (الخطوة 3).
export-previewAgain = تغيّر أحد الخيارات بعد المعاينة: يُرجى عرض ما سيغادر هذا الجهاز مرة أخرى (الخطوة 3).
export-blocked = لا يمكن تصدير أي شيء ما دامت هناك مشكلات يجب تصحيحها (انظر الخطوة 3).
export-needFolder = يُرجى اختيار المجلد المراد الكتابة فيه.
export-fixKeys = يُرجى تصحيح مفاتيح التشفير، أو ترك الحقل فارغاً.
export-progressLabel = تقدّم التصدير
export-progressStarting = جارٍ البدء…
export-progressStep = { $stage } ({ $done } من { $total })
export-done =
    { $count ->
        [zero] لم تُصدَّر أي حالة إلى { $dir }
        [one] صُدِّرت حالة واحدة إلى { $dir }
        [two] صُدِّرت حالتان إلى { $dir }
        [few] صُدِّرت { $count } حالات إلى { $dir }
        [many] صُدِّرت { $count } حالة إلى { $dir }
       *[other] صُدِّرت { $count } حالة إلى { $dir }
    }
export-writtenFiles = الملفات المكتوبة
export-writtenHash = بصمة SHA-256: { $hash }…
export-writtenEncrypted = (مشفّر)
export-doneNote = يتضمن الملف SHA256SUMS بصمة كل ملف. وسُجّل التصدير في كل حالة بوصفه بلاغاً.
export-again = إعداد بلاغ آخر

## error

error-wrong_passphrase = لم تفتح عبارة المرور هذه الخزنة (أو أن الخزنة تالفة). يُرجى التحقق من عدم وجود أخطاء مطبعية، ومن لغة لوحة المفاتيح، ومن مفتاح Caps Lock، ثم المحاولة مرة أخرى.
error-wrong_recovery_key = لم يفتح مفتاح الاسترداد هذا الخزنة (أو أن الخزنة تالفة). يُرجى التحقق من كل حرف، ثم المحاولة مرة أخرى.
error-key_file_damaged = أحد ملفات مفاتيح الخزنة تالف. إذا كان مفتاح الاسترداد متاحاً، فيُرجى محاولة فتح الخزنة به.
error-database_damaged = سجلات الخزنة تالفة ولا يمكن قراءتها.
error-vault_not_found = لم يُعثر على الخزنة في المكان الذي توقعه Tadamun.
error-vault_exists = توجد خزنة بالفعل في هذا المجلد.
error-newer_format = أُنشئت هذه الخزنة بإصدار أحدث من Tadamun. يُرجى تثبيت الإصدار الأحدث لفتحها.
error-disk_full = القرص ممتلئ. يُرجى إخلاء بعض المساحة، ثم المحاولة مرة أخرى.
error-weak_passphrase = عبارة المرور هذه ضعيفة جداً. يُرجى اختيار عبارة أطول.
error-locked = الخزنة مقفلة. يُرجى فتحها، ثم المحاولة مرة أخرى.
error-erase_incomplete = كانت الخزنة قيد المحو، ولم يعد من الممكن فتحها.
error-in_use = الخزنة مستخدمة بالفعل في نافذة أخرى من Tadamun. يُرجى إغلاق تلك النافذة، ثم المحاولة مرة أخرى.
error-invalid_input = بعض ما كُتب هنا غير صالح. يُرجى التحقق منه، ثم المحاولة مرة أخرى.
error-invalid_record = بعض الحقول تحتاج إلى تصحيح قبل إمكان حفظ الحادثة. لم يُحفظ أي شيء بعد.
error-record_not_found = لم يعد هذا السجل موجوداً في الخزنة. ربما حُذف.
error-conflict = عُدِّلت هذه الحادثة وحُفظت في مكان آخر منذ فتحها هنا. يُحتفظ بتغييراتك كمسودة؛ يُرجى إعادة تحميل الحادثة للاطلاع على النسخة الأحدث.
error-cancelled = أُلغيت العملية. لم يُحتفظ بأي شيء من هذا الملف.
error-evidence_damaged = الملف المشفّر لهذا المرفق مفقود أو عُدِّل. يُرجى تشغيل «فحص الخزنة» من الإعدادات.
error-not_shareable = لا يمكن نسخ هذا الملف دون بياناته الوصفية.
error-io = تعذّر على Tadamun قراءة أحد ملفاته أو الكتابة فيه.
error-unknown = حدث خطأ ما.
error-technicalDetails = تفاصيل تقنية (لمن يقدّم لك المساعدة)
error-not_shareable-pdf = قد تحمل ملفات PDF اسم المؤلف وسجل التحرير وملفات مضمَّنة، ولا يستطيع Tadamun بعدُ إزالتها بطريقة يمكن التحقق منها. يُرجى بدلاً من ذلك مشاركة صورة أو لقطة شاشة للصفحات، أو إبقاء ملف PDF للاستخدام الداخلي.
error-not_shareable-video = تحمل ملفات الفيديو بيانات وصفية عن الجهاز والوقت والمكان لا يستطيع Tadamun بعدُ إزالتها بطريقة يمكن التحقق منها. يُرجى إبقاء الفيديو للاستخدام الداخلي.
error-not_shareable-heic = لا يمكن فك ترميز صور HEIC وAVIF بأمان هنا. يُرجى تحويل الصورة إلى JPEG على الهاتف أو الحاسوب، ثم إرفاق ملف JPEG ومشاركته.
error-not_shareable-office = تحمل مستندات Office اسم المؤلف وسجل التحرير والتعليقات، ولا يستطيع Tadamun إزالتها بطريقة يمكن التحقق منها. يُرجى إبقاء المستند للاستخدام الداخلي، أو مشاركة صورة منه.
error-not_shareable-other = لا يستطيع Tadamun إنشاء نسخ خالية من البيانات الوصفية إلا من صور JPEG وPNG وWebP. ولا يمكن مشاركة هذا الملف.
error-invalid_input-no_format = يُرجى اختيار صيغة واحدة على الأقل (DOCX أو PDF أو JSON أو CSV أو Uwazi CSV).
error-invalid_input-secret_key_given = هذا مفتاح سري (AGE-SECRET-KEY-…)، وليس مفتاحاً عاماً. لا تجوز مشاركته أبداً. يُرجى طلب المفتاح العام من الجهة المتلقية، وهو يبدأ بـ age1…
error-invalid_input-not_a_public_key = «{ $key }…» ليس مفتاح age عاماً. تبدأ المفاتيح العامة بـ age1 ويبلغ طولها 62 حرفاً؛ يُرجى الطلب من الجهة المتلقية أن ترسل مفتاحها مرة أخرى.
error-invalid_input-encrypt_failed = تعذّر على Tadamun التشفير لهذه المفاتيح. يُرجى التحقق منها مع الجهة المتلقية.
error-invalid_input-folder_not_empty = يحتوي المجلد { $folder } بالفعل على: { $files }. يُرجى اختيار مجلد فارغ؛ لم يُكتب فوق أي ملف.
error-invalid_input-folder_has_link = «{ $folder }» في المجلد المختار رابط إلى مكان آخر، ولا يكتب Tadamun عبر الروابط. يُرجى اختيار مجلد فارغ. لم يُحتفظ بأي شيء.
error-invalid_input-blockers_remain = لم يُكتب أي شيء. يُرجى أولاً تصحيح ما تذكره المعاينة.
error-invalid_input-could_not_write = تعذّر على Tadamun كتابة { $name }. لم يُكتب أي شيء.
error-invalid_input-unknown_language = لا يمكن كتابة تقرير باللغة «{ $language }». يُرجى اختيار إحدى لغات الأمم المتحدة الست.
error-invalid_input-no_incident_chosen = يُرجى اختيار حادثة واحدة على الأقل لتصديرها.
error-invalid_input-bad_period = تحتاج الفترة المشمولة بالتقرير إلى تاريخين (YYYY-MM-DD)، يسبق أولهما الثاني.
error-invalid_input-not_a_recovery_key = هذا ليس مفتاح استرداد. يبدأ مفتاح الاسترداد بـ AGE-SECRET-KEY-1 ويليه 58 رمزاً من الحروف والأرقام.
error-invalid_input-current_passphrase_needed = يُرجى كتابة عبارة المرور الحالية. ولتعيين عبارة جديدة من دونها، يُرجى أولاً فتح الخزنة بمفتاح الاسترداد.
error-invalid_input-rotation_unfinished = لم يكتمل بعدُ تغيير سابق للمفتاح. يُرجى إخلاء بعض المساحة على القرص، ثم قفل الخزنة وفتحها (فبذلك يكتمل التغيير)، ثم المحاولة مرة أخرى.
error-invalid_input-backup_damaged = هذه النسخة الاحتياطية تالفة أو ناقصة. لم يُستعد أي شيء. يُرجى تجربة نسخة أخرى من ملف النسخة الاحتياطية نفسه.
error-invalid_input-backup_wrong_key = مفتاح الاسترداد هذا لا يفتح هذه النسخة الاحتياطية. فالنسخة الاحتياطية تُفتح بمفتاح الاسترداد الذي كان للخزنة عند إنشائها: وإذا أُنشئ مفتاح استرداد جديد منذ ذلك الحين، فيُرجى استخدام المفتاح القديم.
error-invalid_input-not_a_backup = هذا الملف ليس نسخة احتياطية من Tadamun.
error-invalid_input-backup_not_found = لم يعد ملف النسخة الاحتياطية { $path } موجوداً في مكانه. يُرجى اختياره مرة أخرى.
error-invalid_input-backup_newer_format = أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Tadamun. يُرجى تثبيت أحدث إصدار، ثم الاستعادة منها.
error-invalid_input-backup_file_exists = الملف { $path } موجود بالفعل. يُرجى اختيار اسم آخر، أو حذف ذلك الملف أولاً.
error-invalid_input-backup_target_is_folder = المسار { $path } مجلد وليس ملفاً. يُرجى إعطاء اسم ملف للنسخة الاحتياطية.
error-invalid_input-backup_inside_vault = النسخة الاحتياطية المحفوظة داخل مجلد الخزنة نفسه تضيع معها. يُرجى حفظها في مكان آخر: على ذاكرة USB أو على قرص آخر.
error-invalid_input-backup_attachment_missing = ملف أحد المرفقات مفقود من الخزنة، لذا ستكون النسخة الاحتياطية ناقصة. يُرجى تشغيل «الفحص الآن» لمعرفة المرفق المعني، ثم إنشاء النسخة الاحتياطية من جديد.
error-invalid_input-backup_vault_changed = تغيّرت الخزنة أثناء إنشاء النسخة الاحتياطية. يُرجى إنشاؤها من جديد.
error-invalid_input-restore_folder_not_empty = المجلد { $path } ليس فارغاً. يُرجى الاستعادة إلى مجلد جديد أو إلى مجلد فارغ.
error-invalid_input-too_large_to_show = هذا الملف أكبر من أن يُعرض داخل Tadamun ({ $mib } ميغابايت). يُرجى حفظ نسخة مفكوكة التشفير بدلاً من ذلك.
error-invalid_input-image_unreadable = تعذّرت قراءة هذه الصورة، لذا لا يمكن إنشاء نسخة خالية من البيانات الوصفية.
error-invalid_input-clean_copy_failed = تعذّر إنشاء النسخة الخالية من البيانات الوصفية.
error-invalid_input-original_not_removed = تعذّرت إزالة الملف الأصلي { $file }.
error-invalid_input-original_not_a_file = { $file } ليس ملفاً عادياً، لذا لا يمسّه Tadamun.
error-invalid_input-description_too_long = هذا الوصف طويل جداً.
error-invalid_input-cannot_be_shared = لا يمكن مشاركة هذا الملف.
error-invalid_input-file_not_found = لم يُعثر على الملف «{ $name }». لم يُستورد أي شيء.
error-invalid_input-file_not_readable = ليس لدى Tadamun إذن بقراءة «{ $name }». لم يُستورد أي شيء.
error-invalid_input-not_a_file = «{ $name }» ليس ملفاً (بل مجلد أو جهاز). لم يُستورد أي شيء.
