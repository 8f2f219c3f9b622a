# Chinese (simplified), zh. Translated from en.ftl.
# Register: polite “您” throughout; plain, short sentences; UN Chinese terminology
# (特别程序、特别报告员、来文、紧急呼吁、条约机构、普遍定期审议、知情同意、人权维护者、民间社会、
# 恐吓和报复行为). Full-width punctuation, Chinese quotation marks “”, ellipsis ……, dash ——.
# Chinese has a single plural category (other): no `{ $count -> ... }` selects.
# Key terms: see ../glossary/zh.md. Keep them as they are there.

## app

app-name = Tadamun
app-loading = 正在打开Tadamun……
app-startupFailed = Tadamun无法访问其保险库文件夹。
app-retry = 重试
app-skipToContent = 跳到主要内容

## state

state-label = 保险库状态
state-locked = 已锁定
state-unlocked = 已解锁

## nav

nav-label = 主导航
nav-incidents = 事件
nav-audit = 审计日志
nav-settings = 设置

## lock

lock-button = 锁定
lock-shortcut = Ctrl+L
lock-shortcutMac = ⌘L
lock-busy = 正在锁定……

## notice

notice-dismiss = 关闭
notice-lockedInactivity = 已连续{ $count }分钟无操作，保险库已锁定。
notice-lockedInactivityUnknown = 已有一段时间无操作，保险库已锁定。
notice-lockedSuspend = 电脑进入了睡眠状态，保险库已锁定。
notice-lockedScreen = 电脑屏幕已锁定，保险库也随之锁定。
notice-eraseMarkRemoved = 此保险库曾被标记为“正在清除”，但其密钥完好无损：可能是清除操作刚开始就被中断，也可能是能接触到保险库文件夹的人放置了这个标记。该标记已被移除，没有清除任何内容。如果您确实想清除此保险库，请在“设置”中重新清除。
notice-lastSession = 保险库已打开。上次打开时间为{ $date }；最近一次更改的编号为{ $change }。

## rollback

rollback-title = 此保险库可能已被替换为较旧的副本
rollback-advice = 如果是您自己恢复了备份，出现此提示是正常的。如果不是，可能有曾经拿到过这台电脑的人放回了保险库的旧副本：请检查最近的案件、删除操作和已撤回的同意是否与您离开时一致，并查看审计日志。
rollback-rolled_back = 此保险库的数据库比上次使用时更旧：其最近一次更改的编号为{ $database }，但上次关闭保险库时记录的更改编号为{ $last }。此后删除的案件或撤回的同意可能又重新出现了。如果不是您自己恢复了备份，可能有人替换了数据库。
rollback-record_altered = 上次会话的记录与此保险库的密钥不符：它被篡改过，或是从另一个保险库复制而来。Tadamun无法判断数据库是否被替换为较旧的副本。
rollback-auditLog = 打开审计日志
rollback-understood = 我已了解

## notice

notice-erased = 保险库已清除，再也无法打开。您可以在下方新建一个保险库。
notice-unlockedWithRecovery = 您是用恢复密钥打开保险库的。如果您忘记了密码短语，请在“设置”中设定新的密码短语。

## passphrase

passphrase-show = 显示
passphrase-hide = 隐藏
passphrase-showLabel = 显示“{ $label }”的内容
passphrase-hideLabel = 隐藏“{ $label }”的内容

## strength

strength-label = 密码短语强度
strength-score0 = 非常弱
strength-score1 = 弱
strength-score2 = 一般
strength-score3 = 强
strength-score4 = 非常强
strength-empty = 输入密码短语，即可查看其强度。
strength-checking = 正在检查……
strength-unavailable = 强度检查没有响应。请重新输入试试。
strength-crackTime = 他人猜出它所需的时间：{ $time }
strength-time-instant = 不到1秒
strength-time-seconds = { $count }秒
strength-time-minutes = { $count }分钟
strength-time-hours = { $count }小时
strength-time-days = { $count }天
strength-time-months = { $count }个月
strength-time-years = { $count }年
strength-time-centuries = 数百年
strength-warning-StraightRowsOfKeysAreEasyToGuess = 键盘上成排相邻的按键很容易被猜出。
strength-warning-ShortKeyboardPatternsAreEasyToGuess = 简短的键盘按键组合很容易被猜出。
strength-warning-RepeatsLikeAaaAreEasyToGuess = 像“aaa”这样的重复很容易被猜出。
strength-warning-RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess = 像“abcabcabc”这样的重复，只比“abc”稍难猜一点。
strength-warning-ThisIsATop10Password = 这是最常用的十个密码之一。
strength-warning-ThisIsATop100Password = 这是最常用的一百个密码之一。
strength-warning-ThisIsACommonPassword = 这是一个非常常见的密码。
strength-warning-ThisIsSimilarToACommonlyUsedPassword = 这与一个常用密码很相似。
strength-warning-SequencesLikeAbcAreEasyToGuess = 像abc或6543这样的连续字符很容易被猜出。
strength-warning-RecentYearsAreEasyToGuess = 最近的年份很容易被猜出。
strength-warning-AWordByItselfIsEasyToGuess = 单独一个词语很容易被猜出。
strength-warning-DatesAreOftenEasyToGuess = 日期往往很容易被猜出。
strength-warning-NamesAndSurnamesByThemselvesAreEasyToGuess = 单独的名字或姓氏很容易被猜出。
strength-warning-CommonNamesAndSurnamesAreEasyToGuess = 常见的名字和姓氏很容易被猜出。
strength-suggestion-UseAFewWordsAvoidCommonPhrases = 使用几个词语，并避免常见的短语。
strength-suggestion-NoNeedForSymbolsDigitsOrUppercaseLetters = 无需使用符号、数字或大写字母。
strength-suggestion-AddAnotherWordOrTwo = 再加一两个词语。不常见的词语更好。
strength-suggestion-CapitalizationDoesntHelpVeryMuch = 使用大写字母帮助不大。
strength-suggestion-AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase = 全部大写和全部小写几乎一样容易被猜出。
strength-suggestion-ReversedWordsArentMuchHarderToGuess = 倒着拼写的词语并不会难猜多少。
strength-suggestion-PredictableSubstitutionsDontHelpVeryMuch = 容易预料的替换（例如用“@”代替“a”）帮助不大。
strength-suggestion-UseALongerKeyboardPatternWithMoreTurns = 如果使用键盘按键组合，请用更长、转折更多的组合。
strength-suggestion-AvoidRepeatedWordsAndCharacters = 避免重复的词语和字符。
strength-suggestion-AvoidSequences = 避免连续的字符序列。
strength-suggestion-AvoidRecentYears = 避免最近的年份。
strength-suggestion-AvoidYearsThatAreAssociatedWithYou = 避免与您有关的年份。
strength-suggestion-AvoidDatesAndYearsThatAreAssociatedWithYou = 避免与您有关的日期和年份。
strength-tooShort = 太短：至少需要{ $min }个字符。
strength-acceptable = 强度足以保护您的保险库。
strength-notAcceptable = 强度还不够。
strength-tip = 提示：用四五个互不相关的随机词语组成密码短语，既安全又容易输入。

## firstRun

firstRun-title = 欢迎使用Tadamun
firstRun-intro = Tadamun以加密方式保存您关于报复行为的记录——做了什么、针对谁、由谁所为——而且只保存在这台电脑上。它从不连接互联网。
firstRun-passphraseIntro = 首先，请设定一个密码短语。每次打开Tadamun时都要输入它。没有它，任何人都无法读取您的记录。
firstRun-warning = 密码短语一旦忘记，任何人都无法帮您重置。唯一能重新打开保险库的办法，是您在下一步将获得的恢复密钥。
firstRun-passphrase = 密码短语
firstRun-confirm = 再次输入密码短语
firstRun-submit = 创建我的保险库
firstRun-busy = 正在创建您的保险库——需要几秒钟……
firstRun-location = 保险库将保存在此文件夹中：{ $location }

## suggest

suggest-title = 为您生成的密码短语
suggest-hint = 这些是随机词语，别人无法根据您的生活经历猜出。请把它们写在纸上，与这台电脑分开存放，直到您能熟记为止。
suggest-use = 使用此密码短语
suggest-another = 换一个
suggest-failed = 无法生成建议的密码短语。请自己用四个或更多互不相关的词语组成一个。
suggest-ownInstead = 也可以在下方输入您自己的密码短语：四个或更多互不相关的词语效果很好。

## reason

reason-empty = 请先输入密码短语。
reason-checking = 正在检查密码短语的强度……
reason-strengthUnavailable = 暂时还无法检查密码短语的强度。
reason-tooShort = 密码短语太短：至少需要{ $min }个字符。
reason-weak = 密码短语强度还不够。请加长。
reason-repeat = 请再输入一次密码短语，以确保没有输入错误。
reason-mismatch = 两次输入的密码短语不一致。
reason-current = 请输入您当前的密码短语。

## recovery

recovery-title = 您的恢复密钥
recovery-explain = 如果您忘记了密码短语，这是重新打开保险库的唯一途径。请把它抄写下来或保存到U盘，并与这台笔记本电脑分开存放。它不会再次显示。
recovery-keyLabel = 恢复密钥
recovery-save = 保存到文件……
recovery-saving = 正在保存……
recovery-saved = 已保存。
recovery-stored = 我已妥善保存恢复密钥
recovery-continue = 继续
recovery-continueReason = 妥善保存恢复密钥后，请勾选此框。

## unlock

unlock-title = 解锁您的保险库
unlock-intro = Tadamun已锁定。在您解锁之前，您的记录一直处于加密状态。
unlock-passphrase = 密码短语
unlock-recoveryKey = 恢复密钥
unlock-recoveryHint = 输入或粘贴您创建保险库时保存的恢复密钥。
unlock-submit = 解锁
unlock-busy = 正在解锁……
unlock-useRecovery = 忘记了密码短语？改用恢复密钥
unlock-usePassphrase = 改用密码短语
unlock-emptyPassphrase = 请先输入您的密码短语。
unlock-emptyRecoveryKey = 请先输入您的恢复密钥。

## language

language-label = 语言
language-title = 界面语言
language-explain = Tadamun会在这台电脑上记住此选择，保存在加密保险库之外，以便在您解锁之前就能用您的语言显示。您的记录仍然是加密的，但能接触到这台电脑的人可以看出您选择了哪种语言。导出报告时，可以选择用另一种语言撰写报告。
language-notSaved = 现在已使用此语言，但Tadamun未能记住这一选择，下次启动时不会沿用。

## settings

settings-title = 设置
settings-location = 保险库文件夹：{ $location }

## autoLock

autoLock-title = 自动锁定
autoLock-explain = 一段时间无人使用时，Tadamun会自动锁定。
autoLock-label = 无操作多长时间后锁定
autoLock-option = { $count }分钟
autoLock-saved = 已保存。

## change

change-title = 更改密码短语
change-explain = 您的记录保持不变，只更改用来打开它们的密码短语。您的恢复密钥仍然有效。
change-current = 当前密码短语
change-resetExplain = 您是用恢复密钥打开保险库的，因此无需输入旧密码短语，即可设定新的密码短语。
change-new = 新密码短语
change-confirm = 再次输入新密码短语
change-submit = 更改密码短语
change-busy = 正在更改密码短语……
change-done = 您的密码短语已更改。从现在起，请使用新的密码短语。

## newRecovery

newRecovery-title = 生成新的恢复密钥
newRecovery-explain = 如果您的恢复密钥丢失、被拿走（例如在边境）或被他人看到，请执行此操作。Tadamun会生成新的恢复密钥，旧的恢复密钥将无法再打开此保险库。您的记录和密码短语保持不变。
newRecovery-copies = 在此之前制作的保险库副本（例如备份或复制的磁盘）仍然可以用旧恢复密钥打开。这一点无法改变。如果可能存在这样的副本，请在完成此操作后立即再生成新的加密密钥（见下一部分）。这样，从那时起，旧密钥就无法再打开您当前的保险库。
newRecovery-passphrase = 您的密码短语
newRecovery-submit = 生成新的恢复密钥
newRecovery-busy = 正在生成新的恢复密钥……
newRecovery-shownTitle = 您的新恢复密钥
newRecovery-shownExplain = 请把它抄写下来或保存到U盘，并与这台笔记本电脑分开存放。它不会再次显示，因此在保存好之前，请不要离开此页面。您的旧恢复密钥已无法再打开此保险库。
newRecovery-keyLabel = 新恢复密钥
newRecovery-stored = 我已抄写或保存
newRecovery-confirm = 完成，隐藏密钥
newRecovery-confirmReason = 妥善保存新恢复密钥后，请勾选此框。
newRecovery-done = 完成。现在只有新的恢复密钥能打开此保险库；旧的恢复密钥已失效。如果可能存在保险库的旧副本，请接着生成新的加密密钥。
newRecovery-notStored = 已生成新的恢复密钥，但您没有确认已保存，而且它无法再次显示。如果您没有保存，请在“设置”中再生成一个：旧恢复密钥已无法打开此保险库。

## rotate

rotate-title = 生成新的加密密钥
rotate-explain = 为您的全部数据生成一个新密钥。如果您认为有人看到了您的密码短语，或复制了这台电脑的磁盘，请使用此功能。
rotate-explainMore = 如果有人可能看到了您的密码短语，请同时更改密码短语。在此操作完成之前，请不要关闭Tadamun。
rotate-recoveryFirst = 如果您的恢复密钥可能已丢失或被人看到，请勾选下面的方框：新的加密密钥也将由新的恢复密钥保护，新恢复密钥会在上一部分显示一次。
rotate-newRecovery = 同时生成新的恢复密钥
rotate-newRecoveryHint = 此后，旧的恢复密钥将无法打开从现在起生成的任何内容。您需要像第一次一样保存新的恢复密钥。
rotate-passphrase = 您的密码短语
rotate-submit = 生成新密钥
rotate-busy = 正在生成新密钥……
rotate-progress = { $step }（第{ $done }步，共{ $total }步）
rotate-step-database = 正在重新加密您的记录
rotate-step-attachments = 正在重新加密您的附件
rotate-step-passphrase_key = 正在用您的密码短语保护新密钥
rotate-step-recovery_key = 正在用您的恢复密钥保护新密钥
rotate-step-switch = 正在切换到新密钥
rotate-step-done = 已完成
rotate-done = 完成。您的全部数据现在都由新密钥保护。

## verify

verify-title = 检查保险库
verify-explain = 检查您的记录能否读取，以及更改历史是否遭人篡改。
verify-submit = 立即检查
verify-busy = 正在检查……
verify-entries = 更改历史中共有{ $count }个条目。
verify-ok = 一切完好。
verify-chainBroken = 更改历史已被篡改或损坏。
verify-databaseDamaged = 数据库已损坏。
verify-problems = 发现的问题：
verify-attachmentsDamaged = 部分附件缺失或已被篡改。

## backup

backup-title = 备份
backup-explain = 备份是一个文件，包含此保险库中的全部内容：记录及其历史版本、附件和更改历史。如果这台电脑被拿走或损坏，您可以用它在另一台电脑上找回您的工作。
backup-explainKey = 备份只能用您的恢复密钥打开，不能用密码短语打开。请把备份和恢复密钥与这台电脑分开存放，二者之间也要分开存放。
backup-never = 还没有制作过备份。
backup-last =
    { $count ->
        [0] 上次备份：今天，{ $date }。
       *[other] 上次备份：{ $count }天前，{ $date }。
    }
backup-make = 制作备份……
backup-making = 正在制作备份……
backup-done = 备份已保存到“{ $path }”，包含{ $incidents }个事件和{ $attachments }个附件。请现在就检查此备份，并把它存放在安全的地方。
backup-checkTitle = 检查备份
backup-checkExplain = 在一个临时文件夹中用恢复密钥打开备份，并逐一检查其中的每条记录和每个附件。此保险库不会有任何改动。
backup-choose = 选择备份……
backup-chosen = 备份文件：{ $path }
backup-recoveryKey = 恢复密钥
backup-recoveryHint = 制作此备份时此保险库所用的恢复密钥。
backup-check = 检查此备份
backup-checking = 正在检查备份……
backup-checked = 备份完整无损。制作时间：{ $date }。包含{ $incidents }个事件和{ $attachments }个附件，每个附件都已与其指纹核对。
backup-step-database = 正在复制数据库
backup-step-files = 正在写入备份
backup-step-reading = 正在读取备份
backup-step-checking = 正在检查记录和附件
backup-progress = { $step }：{ $percent }%
backup-reminderNever = 您的记录还没有任何备份。如果这台电脑被拿走或损坏，这些记录就会丢失。
backup-reminderOld = 您上次备份是在{ $count }天前。此后新增或更改的记录不在备份中。
backup-reminderAction = 制作备份
restore-title = 从备份恢复
restore-explain = 以前在另一台电脑上使用过Tadamun？您可以从备份文件找回您的保险库，需要用到制作备份时该保险库的恢复密钥。之后，您将设定一个新的密码短语。
restore-start = 从备份恢复……
restore-passphraseIntro = 请为恢复后的保险库设定一个新的密码短语。
restore-passphrase = 新密码短语
restore-confirm = 再次输入新密码短语
restore-submit = 恢复我的保险库
restore-needKey = 请先输入恢复密钥。
restore-busy = 正在恢复并检查您的保险库……
restore-cancel = 取消
restore-done = 您的保险库已从制作于{ $date }的备份中恢复，包含{ $incidents }个事件和{ $attachments }个附件。所有检查均已通过。

## erase

erase-title = 危险区域：清除保险库
erase-explain = 清除会销毁保护您保险库的密钥。此后，任何人——无论是您本人，还是拿走这台电脑的人，即使持有您的密码短语或恢复密钥——都再也无法打开它。此操作无法撤销。
erase-word = 清除
erase-label = 如需确认，请在此输入“{ $word }”
erase-submit = 永久清除保险库
erase-busy = 正在清除……
erase-reason = 准确输入“{ $word }”后，此按钮才能使用。

## eraseIncomplete

eraseIncomplete-title = 清除操作被中断
eraseIncomplete-explain = Tadamun在清除此保险库的过程中停止了。现在任何人都已无法打开此保险库。请完成清除，以移除剩余内容；之后您可以新建一个保险库。
eraseIncomplete-submit = 完成清除
eraseIncomplete-busy = 正在清除……

## demo

demo-bannerTitle = 演示——仅含虚构案件
demo-bannerText = 这是一个演示保险库。请勿在此记录真实案件：它的密码短语是公开的。
demo-bannerPassphrase = 演示密码短语：
demo-leave = 如需启用真实的保险库，请在“设置”中清除演示保险库
demo-leaveLocked = 如需启用真实的保险库，请先解锁演示保险库，然后在“设置”→“危险区域”中将其清除。
demo-try = 试用演示保险库
demo-tryTitle = 只是看看？
demo-tryExplain = 演示保险库中有一些虚构案件，方便您了解Tadamun如何使用。它的密码短语是公开的，所以切勿在其中存放真实案件。您之后可以清除它，再新建一个真实的保险库。
demo-busy = 正在创建演示保险库……
demo-createdTitle = 您的演示保险库已准备就绪
demo-createdText = 其中有{ $count }个虚构案件。以后如需再次打开，请使用以下密码短语：
demo-settingsHint = 这是演示保险库。如需为真实案件启用真实的保险库，请在下方（危险区域）将其清除；之后Tadamun会让您新建一个保险库。
demo-continue = 查看演示案件

## common

common-cancel = 取消
common-close = 关闭
common-remove = 移除
common-any = 不限
common-yes = 是
common-no = 否
common-unknown = 不详
common-notSet = 未设置
common-none = 无
common-unnamed = （无名称）
common-untitled = （无标题）
common-loading = 正在加载……
common-retry = 重试
common-confidential = 保密
common-confidentialHint = 不会发送给有关国家，也不会公开
## date

date-approximate = 约{ $date }
date-invalid = 日期请写成YYYY、YYYY-MM或YYYY-MM-DD格式（例如2024-03-12）。
date-needs-day = 如为确切日期，请写成YYYY-MM-DD，或选择其他精确度。
date-needs-month = 如为月份，请写成YYYY-MM，或选择其他精确度。
date-needs-year = 如为年份，请写成YYYY，或选择其他精确度。
date-dayOnly = 日期请写成YYYY-MM-DD格式。
date-format = YYYY、YYYY-MM或YYYY-MM-DD
date-precision = 精确度

## precision

precision-day = 确切日期
precision-month = 月份
precision-year = 年份
precision-approximate = 大约

## status

status-draft = 草稿
status-verified = 已核实
status-submitted = 已提交
status-closed = 已结案

## urgency

urgency-routine = 常规
urgency-high = 高
urgency-urgent = 紧急

## consentState

consentState-no_people = 未记录任何人员
consentState-missing = 缺少同意
consentState-internal_only = 仅限内部
consentState-complete = 已记录同意

## sort

sort-relevance = 最佳匹配（最新的在前）
sort-updated_desc = 最近更改的在前
sort-date_desc = 最新的事件在前
sort-date_asc = 最早的事件在前
sort-number_desc = 编号最大的在前

## kind

kind-person = 个人
kind-organisation = 组织
kind-vessel = 船舶
kind-aircraft = 航空器
kind-state_body = 国家机构

## placePrecision

placePrecision-exact = 确切地点
placePrecision-locality = 城镇或地方
placePrecision-region = 地区
placePrecision-country = 仅国家

## lawyer

lawyer-yes = 是
lawyer-no = 否
lawyer-unknown = 不详

## sourceKind

sourceKind-victim_testimony = 受害人证词
sourceKind-witness_testimony = 证人证词
sourceKind-document = 文件
sourceKind-media = 媒体报道
sourceKind-social_media = 社交媒体
sourceKind-partner_organisation = 伙伴组织
sourceKind-other = 其他

## reliability

reliability-high = 高
reliability-medium = 中
reliability-low = 低
reliability-unknown = 不详

## list

list-title = 事件
list-new = 新建事件
list-search = 搜索事件
list-searchHint = 标题、事件经过、名称、地点、标签和参考编号
list-filters = 筛选
list-filtersCount = 筛选（{ $count }）
list-activeFilters = 已启用的筛选条件
list-chip = { $name }：{ $value }
list-removeFilter = 移除筛选条件“{ $filter }”
list-filterType = 类型
list-filterCountry = 国家
list-filterStatus = 状态
list-filterUrgency = 紧急程度
list-filterConsent = 同意
list-filterUnLink = 与联合国合作有关联
list-filterFrom = 起
list-filterTo = 止
list-dateBad = 还不是有效日期：请写成YYYY、YYYY-MM或YYYY-MM-DD。
list-sort = 排序方式
list-clear = 清空筛选条件
list-withUnLink = 有联合国关联
list-withoutUnLink = 无联合国关联
list-showing = 显示第{ $first }–{ $last }个，共{ $total }个
list-showingNone = 找到0个事件
list-previous = 上一页
list-next = 下一页
list-emptyTitle = 还没有事件
list-emptyText = 记录第一起报复行为：发生了什么、针对谁、由谁所为。
list-noMatchTitle = 没有匹配结果
list-noMatchText = 请换个词语试试，或清空筛选条件。
list-searching = 正在搜索……
list-results = 找到的事件
list-number = #{ $number }
list-ongoing = 仍在持续
list-noDate = 无日期
list-unLinked = 联合国关联
list-noUnLink = 无联合国关联
list-drafts = 未完成的新事件
list-draftsHint = 这些事件从未保存过。其内容已加密保存在保险库中。
list-draftFrom = { $title }——未保存，始于{ $time }
list-draftContinue = 继续
list-draftDiscard = 丢弃
list-selectIncident = 选择第{ $number }号事件用于提交材料
list-selected = 已选{ $count }个
list-noneSelected = 勾选事件，以准备提交材料。
list-selectPage = 勾选本页全部
list-clearSelection = 取消全部勾选
list-exportOpen = 准备提交材料……

## editor

editor-newTitle = 新建事件
editor-title = 第{ $number }号事件
editor-back = 返回事件列表
editor-save = 保存
editor-saveShortcut = Ctrl+S
editor-steps = 步骤
editor-step-details = 事件
editor-step-people = 人员与组织
editor-step-acts = 行为
editor-step-un = 联合国关联
editor-step-consent = 同意
editor-step-sources = 来源
editor-step-evidence = 证据
editor-step-followup = 后续行动
editor-step-notes = 备注
editor-stepProblems = { $count }个问题
editor-previousStep = 上一步
editor-nextStep = 下一步
editor-state-new = 尚未保存
editor-state-clean = 无更改
editor-state-dirty = 有未保存的更改
editor-state-saving = 正在保存……
editor-state-saved = 已于{ $time }保存（第{ $revision }版）
editor-state-failed = 未保存——请查看下方信息
editor-state-draftKept = 有未保存的更改——已于{ $time }保存为草稿
editor-loading = 正在打开事件……
editor-problemsTitle = 保存前请先修正以下问题：
editor-warningsTitle = 向联合国提交材料尚缺少的信息
editor-warningsHint = 您仍然可以先保存；这些信息只在您发送案件时才需要。
editor-noWarnings = 向联合国提交材料所需的信息没有明显缺失。
editor-conflictReload = 重新加载已保存的版本
editor-draftOffer = 您有{ $time }以来未保存的更改。
editor-draftRestore = 恢复未保存的更改
editor-draftDiscard = 丢弃这些更改
editor-leaveTitle = 不保存就离开？
editor-leaveText = 您的更改已作为草稿加密保存在保险库中。再次打开此事件时，您可以恢复这些更改。
editor-leaveConfirm = 离开
editor-leaveStay = 留下继续编辑
editor-delete = 删除事件……
editor-history = 历史记录
editor-backToEditing = 返回编辑
editor-notSavedYet = 此事件还没有历史记录：请先保存。
editor-exportThis = 准备提交材料
editor-exportSaveTitle = 先保存您的更改？
editor-exportSaveText = 提交材料根据此事件已保存的版本生成。请现在保存更改，然后准备提交材料。
editor-exportSaveConfirm = 保存并继续

## delete

delete-title = 永久删除第{ $number }号事件？
delete-explain = 永久删除：此事件、其所有版本及其搜索索引条目都将被销毁。审计日志只记录发生过一次删除。未出现在其他任何事件中的人员和组织也会被删除。
delete-label = 如需确认，请输入事件编号（{ $number }）
delete-submit = 永久删除
delete-busy = 正在删除……
delete-done = 第{ $number }号事件已删除（已销毁{ $revisions }个版本）。

## details

details-title = 发生了什么
details-titleHint = 一个团队一看就能认出的简短标题，例如“救援船在港口被扣押”。
details-narrative = 事件经过（按时间顺序）
details-narrativeHint = 按时间顺序陈述：谁、做了什么、何时、何地。用朴实的语言最好。
details-start = 开始日期
details-end = 结束日期
details-ongoing = 仍在持续（如拘留、禁令、账户冻结）
details-place = 地点
details-placeHint = 城镇、港口或地址，在安全的前提下尽量具体。
details-placePrecision = 地点的精确度
details-country = 国家
details-status = 状态
details-urgency = 紧急程度
details-urgencyHint = 伤害正在发生或即将发生时，需要发出紧急呼吁。
details-types = 行为类型
details-typesSearch = 查找类型
details-typesNone = 尚未选择类型。
details-typesNoMatch = 没有与这些词语匹配的类型。
details-typesChosen = 已选类型
details-removeType = 移除“{ $label }”
details-otherGroup = 其他
details-tags = 标签
details-tagsHint = 团队自己使用的标签，用半角逗号（,）分隔。
details-currentSituation = 目前情况
details-currentSituationHint = 仍被拘留？账户仍被冻结？船舶仍被扣在港口？
details-domesticRemedies = 国内补救办法
details-domesticRemediesHint = 已尝试的上诉或申诉及其结果，或无法尝试的原因。

## people

people-title = 人员与组织
people-intro = 所有相关方：受害人、据称的肇事者、证人、亲属、船舶和国家机构。
people-empty = 尚未添加任何相关方。
people-add = 添加相关方
people-addTitle = 添加个人、组织、船舶或国家机构
people-newTab = 新的相关方
people-existingTab = 保险库中已有的相关方
people-kind = 类别
people-name = 名称
people-nameHint = 全名、船名或单位名称。除非同意允许，否则它只保留在保险库内。
people-role = 在此事件中的角色
people-addButton = 添加
people-findExisting = 按名称查找
people-existingNone = 保险库中没有匹配的相关方。
people-existingIn = 出现于：{ $incidents }
people-pick = 添加{ $name }
people-remove = 从此事件中移除
people-removeTitle = 将{ $name }从此事件中移除？
people-removeText = 该相关方也会从此事件的行为、来源和同意记录中移除。如果其他事件也涉及该相关方，其记录仍保留在保险库中。
people-stateLink = 与国家的关联
people-involvementDescription = 其所作所为或所受遭遇（如为肇事者：为何认为其负有责任）
people-details = 详细信息
people-hideDetails = 隐藏详细信息
people-otherNames = 其他名称和拼写
people-otherNamesHint = 用半角逗号（,）分隔。脱敏处理时，它们会像名称一样被隐去。
people-gender = 性别（按本人的自我描述）
people-age = 当时的年龄
people-birthYear = 出生年份
people-nationality = 国籍
people-countryOf = 国家
people-occupation = 职业、职务或头衔
people-work = 其人权工作或声援工作
people-workOrg = 其工作的性质和范围
people-flagState = 船旗国
people-registration = 登记信息（IMO编号、呼号、航空器登记号）
people-registrationOrg = 登记号
people-contact = 安全联系方式
people-contactHint = 始终保密：除非写在您要求生成的保密封面页上，否则绝不会离开保险库。
people-identifiers = 其他识别信息
people-identifiersHint = 车牌、地址、工作地点、绰号、社交账号——任何可能识别出此人的信息。它们绝不会出现在报告中；此人不具名时，Tadamun会将这些信息从文本中删去。
people-identifierItem = 识别信息{ $n }
people-identifierNew = 新识别信息
people-identifierAdd = 添加识别信息
people-identifierRemove = 移除
people-identifierRemoveLabel = 移除识别信息{ $n }：{ $text }
people-sharedNote = 此处的更改适用于涉及此记录的所有事件。
## acts

acts-title = 行为
acts-intro = 对谁做了什么：每个行为一条记录（一次逮捕、一笔罚款、一艘被扣押的船舶……）。
acts-empty = 尚未记录任何行为。
acts-add = 添加行为
acts-item = 行为{ $n }
acts-remove = 移除此行为
acts-type = 行为类型
acts-chooseType = 选择类型……
acts-victim = 受害人
acts-chooseVictim = 选择受害人……
acts-needPeople = 请先添加相关人员（“人员与组织”步骤），才能选择受害人。
acts-perpetrators = 据称的肇事者
acts-noPerpetrators = 目前还没有其他相关方。
acts-date = 日期
acts-description = 发生了什么
acts-legalBasis = 所援引的法律、罪名或行政依据
acts-authority = 作出决定的机关
acts-caseNumber = 案件或决定编号
acts-detentionPlace = 拘留地点
acts-lawyerAccess = 能否获得律师协助
acts-proceedingType = 诉讼程序
acts-proceedingStatus = 诉讼程序所处阶段
acts-fine = 罚款（注明币种）
acts-vesselDays = 船舶或航空器被扣留的天数

## un

un-title = 与联合国合作的关联
un-intro = 报复案件需要说明它所针对的与联合国的合作：哪个机制、什么形式、何时。
un-empty = 尚未记录与联合国的合作。
un-add = 添加联合国关联
un-item = 联合国关联{ $n }
un-remove = 移除此关联
un-mechanism = 联合国机制
un-chooseMechanism = 选择……
un-body = 具体是哪一个
un-bodyHint = 例如“人权理事会第五十八届会议”、特别报告员任务的名称、条约机构。
un-form = 合作形式
un-chooseForm = 选择……
un-date = 日期
un-reference = 参考编号
un-referenceHint = 会议届次、提交材料的标题或来文编号。
un-raised = 是否已在联合国正式文件中提及？
un-raisedReference = 该文件或来文的编号

## consent

consent-title = 同意
consent-intro = 记录每个人在听取风险说明之后同意了什么。未经同意，任何信息都不会发出。每项新决定都会加入历史记录，原有内容不会被覆盖。
consent-empty = 请先添加相关人员（“人员与组织”步骤）。
consent-whoIsAsked = 需要征求同意的是相关的个人和组织，而不是据称的肇事者、船舶或国家机构。
consent-levelsTitle = 各级别允许什么
consent-level0-title = 第0级——仅限内部
consent-level0-explain = 关于此人的任何信息都不会离开保险库。
consent-level1-title = 第1级——联合国，去除身份信息
consent-level1-explain = 事实可以提供给联合国，用于反映行为模式，但此人将以化名出现，且不含任何能识别其身份的信息。任何姓名都不会透露给有关国家。
consent-level2-title = 第2级——联合国可向政府披露其姓名
consent-level2-explain = 联合国可以在保密来文中向政府披露此人的姓名。
consent-level3-title = 第3级——联合国可公开发布
consent-level3-explain = 联合国可以公开发布该案件（来文报告、年度报告），并按本人选择的方式提及此人：全名、姓名首字母或匿名描述。
consent-current = 现行同意：第{ $level }级
consent-currentDetail = 由{ $givenBy }于{ $date }给予（{ $method }）。
consent-withdrawnOn = 已于{ $date }撤回：关于此人的任何信息都不会离开保险库。
consent-none = 未记录同意：关于此人的任何信息都不会离开保险库。
consent-record = 记录新的同意
consent-recordButton = 添加到同意记录
consent-withdraw = 撤回同意
consent-withdrawTitle = 撤回{ $name }的同意？
consent-withdrawText = 其现行同意将被标记为今天撤回。从此以后，关于此人的任何信息都不会离开保险库。历史记录会保留此前同意的内容。
consent-level = 级别
consent-nameForm = 本人希望公开时如何被提及
consent-chooseNameForm = 选择……
consent-nameForm-full_name = 全名
consent-nameForm-initials = 姓名首字母
consent-nameForm-anonymous_description = 匿名描述
consent-anonymousDescription = 要使用的描述
consent-givenBy = 由谁表示同意
consent-givenBy-person = 本人
consent-givenBy-family = 家属
consent-givenBy-legal_representative = 法律代表
consent-risks = 在其表示同意之前，已向其说明风险
consent-date = 日期（YYYY-MM-DD）
consent-method = 方式
consent-method-oral = 口头
consent-method-written = 书面
consent-recordedBy = 记录人
consent-purpose = 同意所涵盖的用途（尽量用本人的原话）
consent-concern-risks = 尚未说明风险。在不了解风险的情况下给予的同意，不是知情同意。
consent-concern-nameForm = 对于第3级，请选择本人希望如何被提及。
consent-concern-description = 请填写本人选择的匿名描述。
consent-concern-date = 日期请写成YYYY-MM-DD格式。
consent-history = 历史记录
consent-historyItem = { $date }：第{ $level }级，由{ $givenBy }给予（{ $method }）
consent-historyWithdrawn = 已于{ $date }撤回
consent-recorded = 同意已记录。请保存事件，以保留此记录。
consent-submitterNote = 无论哪个级别，信息提交者的身份始终保密。
consent-noneConfirmed = 没有经过确认的同意：关于此人的任何信息都不会离开保险库。
consent-unconfirmedTitle = 导入的同意，尚未确认
consent-unconfirmedItem = { $date }：第{ $level }级，由{ $givenBy }给予（{ $method }）——来自导入的文件
consent-unconfirmedWarning = 此同意来自导入的文件，而此保险库中原本已有此人。在您与本人确认之前，这项同意无效——不会凭它让关于此人的任何信息离开保险库。
consent-confirmImported = 我已与本人确认
consent-confirmedImported = 已确认。请保存事件，以保留此确认。
consent-historyUnconfirmed = 已导入，未确认：无效
consent-concern-older = 此日期早于现行同意的日期，因此这条记录只会加入历史记录，不会取代现行同意。

## sources

sources-title = 来源
sources-intro = 信息是如何获得的。来源绝不会随案件正文一起发出。
sources-empty = 尚未记录任何来源。
sources-add = 添加来源
sources-item = 来源{ $n }
sources-remove = 移除此来源
sources-kind = 来源类别
sources-description = 来源是什么，说了什么
sources-actor = 谁是来源
sources-noActor = 不在已列出的人员中
sources-reliability = 可靠程度
sources-obtainedOn = 获得日期（YYYY-MM-DD）

## followup

followup-title = 后续行动
followup-intro = 案件发送到了哪里、收到了什么回复、下一步做什么。
followup-empty = 尚未发送到任何地方。
followup-add = 添加一次提交
followup-item = 第{ $n }次提交
followup-remove = 移除此次提交
followup-recipient = 接收方
followup-recipientHint = 例如人权高专办报复问题小组、人权维护者处境问题特别报告员。
followup-dateSent = 发送日期（YYYY-MM-DD）
followup-reference = 参考编号
followup-responseReceived = 收到回复的日期（YYYY-MM-DD）
followup-responseSummary = 回复内容
followup-nextStep = 下一步
followup-nextStepDue = 下一步截止日期（YYYY-MM-DD）
followup-overdue = 已逾期
followup-files = 已发送{ $count }个文件（已记录指纹）

## notes

notes-title = 内部备注
notes-never = 绝不导出。无论您发送什么、发送给谁，这些备注都只保留在保险库中。
notes-label = 给团队的备注

## history

history-title = 第{ $number }号事件的历史记录
history-intro = 每次保存都会保留下来。您可以查看较早的版本，或将其与当前版本比较。
history-loading = 正在加载历史记录……
history-empty = 尚无已保存的版本。
history-revision = 第{ $revision }版
history-current = 当前版本
history-view = 查看
history-viewLabel = 查看第{ $revision }版
history-compare = 与当前版本比较
history-compareFrom = 比较版本
history-compareTo = 与版本
history-compareRun = 显示更改
history-viewTitle = 第{ $revision }版，保存于{ $time }（只读）
history-changesTitle = 从第{ $older }版到第{ $newer }版的更改
history-noChanges = 没有差异。
history-before = 更改前
history-after = 更改后
history-empty_value = （空）
history-people = 人员与组织

## audit

audit-title = 审计日志
audit-intro = 日志只记录发生了什么，绝不记录内容。
audit-loading = 正在加载日志……
audit-empty = 尚无记录。
audit-when = 时间
audit-what = 发生了什么
audit-details = 详细信息
audit-seq = #
audit-more = 显示更早的条目
audit-event-vault_created = 保险库已创建
audit-event-unlocked = 保险库已解锁
audit-event-passphrase_changed = 密码短语已更改
audit-event-passphrase_reset_with_recovery_key = 已用恢复密钥重设密码短语
audit-event-recovery_key_replaced = 已生成新的恢复密钥（旧的恢复密钥已无法打开保险库）
audit-event-key_rotated = 已生成新的加密密钥
audit-event-key_rotation_finished = 新的加密密钥已启用
audit-event-key_rotation_rolled_back = 已放弃新的加密密钥（操作被中断）
audit-event-setting_changed = 设置已更改
audit-event-incident_created = 事件已创建
audit-event-incident_updated = 事件已更改
audit-event-incident_deleted = 事件已删除
audit-event-demo_cases_loaded = 已载入虚构的演示案件
audit-event-evidence_imported = 附件已添加
audit-event-evidence_deleted = 附件已删除
audit-event-evidence_copy_exported = 已将一份附件副本保存到保险库之外
audit-event-export_written = 报告已导出
audit-event-backup_made = 已制作备份
audit-event-vault_restored = 保险库已从备份恢复
audit-event-leftover_files_removed = 已删除一次未完成的更改所遗留的文件

## warning

warning-no_un_link = 未记录与联合国合作的关联。
warning-no_consent = 有相关人员缺少同意。
warning-no_country = 未设置国家。
warning-no_date = 未设置日期。
warning-date_imprecise = 联合国要求至少提供年份和月份。
warning-no_type = 未选择行为类型。
warning-no_victim = 未记录受害人。
warning-un_raised_unknown = 请说明此案件是否已在联合国正式文件中提及。
warning-risks_not_explained = 记录的同意未经风险说明。
warning-consent_revoked = 有人撤回了同意。
warning-consent_unconfirmed = 来自导入文件的同意，在“同意”步骤中确认之前无效。
warning-no_consent-person = 未记录{ $who }的同意：与其有关的任何信息都不能离开保险库。
warning-consent_revoked-person = { $who }已撤回同意：与其有关的任何信息都不能离开保险库。
warning-risks_not_explained-person = 记录{ $who }的同意时，未向其说明风险。请向其说明风险，然后重新记录同意。
warning-consent_unconfirmed-person = { $who }的同意来自导入的文件，而此保险库中原本就有其记录：在您于“同意”步骤中确认之前，这项同意无效。

## problem

problem-required = 此项为必填项。
problem-required-name = 必须填写名称。如果不知道此人的姓名，请写一段描述，例如“身份不明的官员”。
problem-required-title = 请为事件写一个简短的标题。
problem-required-tags = 标签不能为空。
problem-too_long = 内容过长（{ $len }个字符；最多{ $max }个字符）。
problem-too_many = 此列表有{ $count }项；最多允许{ $max }项。
problem-control_characters = 此文本含有不可见的控制字符。请将其删去，然后重新保存。
problem-invalid_id = 标识符必须由1至64个字母、数字、“-”或“_”组成。
problem-invalid_date = “{ $value }”不是有效日期。请写成YYYY-MM-DD、YYYY-MM或YYYY（1900年至2100年之间）。
problem-date_precision_mismatch = 日期与其精确度不符：确切日期要写成YYYY-MM-DD，月份要写成YYYY-MM，年份要写成YYYY。
problem-end_before_start = 结束日期早于开始日期。
problem-ongoing_with_end = 仍在持续的事件没有结束日期：请取消勾选“仍在持续”，或删去结束日期。
problem-unknown_country = “{ $value }”不是国家代码。请从列表中选择国家。
problem-unknown_term = “{ $value }”不在列表中。请从列表中选择一个值。
problem-not_involved = 只能为此事件涉及的个人或组织记录同意。
problem-unknown_actor = 保险库中没有此个人或组织。
problem-duplicate = 此项出现了两次。
problem-duplicate-types = 此类型列出了两次。
problem-duplicate-role = 此个人或组织在此事件中已有这个角色。
problem-duplicate-id = 有两个个人或组织的标识符相同。
problem-not_applicable = 此项在此处不适用。
problem-not_applicable-flag_state = 只有船舶或航空器才有船旗国。
problem-not_applicable-kind = 年龄、出生年份和性别只适用于个人。
problem-not_applicable-state_link = 只有据称的肇事者才需要记录与国家的关联。
problem-out_of_range = 此数值超出了允许范围。
problem-out_of_range-age = 年龄必须在0到130之间。
problem-out_of_range-birth_year = 出生年份必须在1890年到2100年之间。
problem-out_of_range-level = 同意级别只能是0、1、2或3。

## field

field-title = 标题
field-narrative = 事件经过
field-start = 开始日期
field-end = 结束日期
field-ongoing = 仍在持续
field-place = 地点
field-country = 国家
field-status = 状态
field-urgency = 紧急程度
field-types = 行为类型
field-tags = 标签
field-current_situation = 目前情况
field-domestic_remedies = 国内补救办法
field-internal_notes = 内部备注
field-un_raised = 联合国是否已提及
field-un_raised_reference = 联合国文件编号
field-confidential = 保密字段
field-created_at = 创建时间
field-updated_at = 最后保存时间
field-date = 日期
field-precision = 精确度
field-name = 名称
field-actor_id = 相关方
field-role = 角色
field-state_link = 与国家的关联
field-description = 描述
field-type = 类型
field-victim_id = 受害人
field-perpetrator_ids = 据称的肇事者
field-legal_basis = 法律依据
field-authority = 机关
field-case_number = 案件编号
field-detention_place = 拘留地点
field-lawyer_access = 能否获得律师协助
field-proceeding_type = 诉讼程序
field-proceeding_status = 诉讼程序所处阶段
field-fine = 罚款
field-vessel_detention_days = 扣留天数
field-mechanism = 联合国机制
field-body = 具体机构
field-form = 合作形式
field-reference = 参考编号
field-level = 同意级别
field-name_form = 提及方式
field-anonymous_description = 匿名描述
field-given_by = 同意人
field-risks_explained = 已说明风险
field-method = 方式
field-recorded_by = 记录人
field-purpose = 用途
field-revoked_at = 撤回日期
field-kind = 类别
field-reliability = 可靠程度
field-obtained_on = 获得日期
field-recipient = 接收方
field-date_sent = 发送日期
field-response_received = 收到回复
field-response_summary = 回复内容
field-next_step = 下一步
field-next_step_due = 下一步截止日期
field-file_hashes = 已发送的文件
field-other_names = 其他名称
field-gender = 性别
field-age = 年龄
field-birth_year = 出生年份
field-nationality = 国籍
field-occupation = 职业
field-work = 工作
field-flag_state = 船旗国
field-registration = 登记信息
field-contact = 联系方式
field-identifiers = 其他识别信息
field-unconfirmed_import = 已导入，尚未确认

## item

item-involvements = 人员或组织{ $n }
item-acts = 行为{ $n }
item-un_links = 联合国关联{ $n }
item-consent = 同意记录{ $n }
item-sources = 来源{ $n }
item-submissions = 第{ $n }次提交
item-actors = 人员或组织{ $n }

## size

size-bytes = { $size } B
size-kib = { $size } KiB
size-mib = { $size } MiB
size-gib = { $size } GiB
size-tib = { $size } TiB

## evidence

evidence-title = 证据
evidence-intro = 与此事件有关的照片、文件和录音录像。它们在保险库内加密保存；这台电脑上的原始文件不会被更改或删除。
evidence-saveFirst = 请先保存事件，再附加文件。
evidence-attach = 附加文件……
evidence-dropHint = 或将文件拖放到此窗口的任意位置。
evidence-importedByLabel = 导入人
evidence-importedByHint = 您的姓名或姓名首字母。保险库锁定前会一直记住，不会保存在其他任何地方。
evidence-loading = 正在加载附件……
evidence-empty = 尚未附加任何证据。
evidence-listLabel = 附件
evidence-count = { $count }个附件
evidence-busy = 请等待当前导入完成，然后重试。
evidence-openIncidentFirst = 请先打开一个事件，才能附加文件。
evidence-droppedSaveFirst = 请先保存事件，再附加文件。拖放的文件未被附加。
evidence-progressLabel = 导入进度
evidence-progressFile = 正在加密“{ $name }”
evidence-progressCount = 第{ $n }个文件，共{ $m }个
evidence-progressBytes = { $done }，共{ $total }
evidence-progressSpeed = { $speed }/秒，剩余{ $time }
evidence-progressEstimating = 正在估算剩余时间……
evidence-progressStarting = 正在开始……
evidence-cancel = 取消导入
evidence-cancelling = 正在取消……
evidence-timeFewSeconds = 几秒钟
evidence-timeSeconds = 约{ $count }秒
evidence-timeMinutes = 约{ $count }分钟
evidence-timeHours = 约{ $hours }小时{ $minutes }分钟
evidence-summaryAll = 已附加{ $count }个文件。
evidence-summarySome = { $files }个文件中已附加{ $count }个。
evidence-summaryCancelled = 导入已取消。取消前已附加{ $count }个文件。
evidence-outcomeFailed = { $name }：未附加。{ $reason }
evidence-outcomeSkipped = { $name }：已跳过（导入已取消）。
evidence-outcomeAlready = { $name }：已附加到此事件，未添加任何内容。
evidence-outcomeDuplicate = { $name }：与保险库中另一个附件内容相同。它只保存一份，并在此处建立链接。
evidence-failedUnknown = 原因不明。
evidence-originalsTitle = 原始文件仍在这台电脑上
evidence-originalsText = { $names }：保险库现在保存了一份加密副本，但原始文件仍在原处，而且系统可能还保存着它的缩略图。任何打开这台电脑的人都能找到它们。除非您在其他地方还需要这些文件，否则请将其删除。
evidence-removeOriginals = 从这台电脑上删除原始文件
evidence-keepOriginals = 保留
evidence-originalsRemoved = 已删除原始文件（{ $count }个），以及系统为其保存的缩略图。
evidence-originalsFailed = 以下原始文件无法删除：{ $names }。请手动删除。
evidence-dismissSummary = 关闭
evidence-kind-image = 图片
evidence-kind-pdf = PDF
evidence-kind-video = 视频
evidence-kind-audio = 音频
evidence-kind-document = 文档
evidence-kind-archive = 压缩包
evidence-kind-other = 文件
evidence-imageAlt = 图片附件
evidence-mediaType = 类型
evidence-size = 大小
evidence-sha256 = SHA-256指纹
evidence-sha256Hint = 证明文件自导入以来未被篡改。
evidence-copyHash = 复制
evidence-hashCopied = 指纹已复制。
evidence-importedAt = 导入时间
evidence-importedOnBy = { $time }，导入人：{ $who }
evidence-importedOn = { $time }
evidence-originalName = 原始文件名
evidence-originalNameConfidential = 保密：绝不导出。
evidence-metaFound = 在文件中发现：
evidence-metaKept = 保存在保险库内；除非您选择导出，否则绝不导出。
evidence-metaNone = 文件中未发现拍摄信息（时间、地点、设备）。
evidence-metaTaken = 拍摄于{ $time }
evidence-metaLocation = 位于纬度{ $lat }、经度{ $lon }
evidence-metaDevice = 设备：{ $device }
evidence-metaDimensions = { $width } × { $height }像素
evidence-metaGpsWarning = 此文件记录了拍摄地点。任何持有该文件原样副本的人都能看到这个地点。
evidence-description = 显示的内容
evidence-descriptionHint = 离开此字段或按Enter键时保存。
evidence-descriptionSaved = 说明已保存。
evidence-shareable = 可共享（仅限不含元数据的副本）
evidence-shareableOn = 可共享：只有不含元数据的副本才会离开保险库。
evidence-shareableOff = 仅保存在保险库中。
evidence-notShareable = 此类文件无法共享，只能保存在保险库中。
evidence-pdfNoPreview = 目前还无法在此显示PDF；请保存一份解密副本后再打开。
evidence-view = 查看
evidence-saveSanitised = 保存不含元数据的副本……
evidence-saveDecrypted = 保存解密副本……
evidence-delete = 删除……
evidence-actionsFor = 此附件的操作
evidence-savedSanitised = 已保存不含元数据的副本。该副本未加密。
evidence-savedDecrypted = 已保存解密副本。该副本未加密，且保留全部元数据：用完后请删除。
evidence-decryptedTitle = 保存解密副本？
evidence-decryptedWarning = 注意：此副本不加密，并保留全部元数据（GPS位置、设备）。用完后请删除。
evidence-decryptedConfirm = 选择保存位置……
evidence-deleteTitle = 删除此附件？
evidence-deleteText = 删除此附件？其加密文件将被销毁。
evidence-deleteConfirm = 删除附件
evidence-deleted = 附件已删除。
evidence-previewTitle = 预览
evidence-previewLoading = 正在解密图片……
evidence-previewFailed = 无法显示此图片。

## recipient

recipient-ohchr-reprisals-name = 人权高专办报复问题小组
recipient-ohchr-reprisals-about = 一份保密案件，提交给人权高专办负责处理因与联合国合作而遭受恐吓和报复问题的小组。人权高专办可能会向政府提出此案，因此只有同意向政府披露其姓名（第2级或第3级）的人员才会具名；第1级的人员以化名出现，并注明其角色。
recipient-special-procedures-name = 特别程序来文
recipient-special-procedures-about = 致一个或多个特别程序任务的来文，任务负责人可能会将其转交政府。只有同意级别为第2级或第3级的人员才会具名；第1级的人员以化名出现。特别程序接受英文、法文和西班牙文。
recipient-sg-report-name = 为秘书长关于报复问题的年度报告提供的资料
recipient-sg-report-about = 为秘书长的公开年度报告《与联合国、其代表和机制在人权领域的合作》提供的资料。该报告会公开发布：只有同意级别为第3级的人员才会具名，并按本人选择的方式提及（全名、姓名首字母或匿名描述）；其他人员以化名出现，此时案件地点只精确到地区，日期只精确到月份，以免城镇和具体日期暴露其身份。每个案件都需要有与联合国合作的关联、在说明风险之后给予的同意，并说明联合国是否已提及此案。
recipient-legal-team-name = 法律团队（组织内部）
recipient-legal-team-about = 为您本组织的律师提供完整的详细信息：凡同意在保险库之外作任何使用（第1级或以上）的人员都会具名，包括只同意联合国在去除身份信息后使用的人员（预览会逐一提醒：请将文件留在组织内部，并加密发送）；保密字段会保留并加以标记，地点和日期均为确切信息。第0级或没有同意的人员仍然不会出现。联系方式写在保密封面页上。
recipient-public-summary-name = 公开摘要
recipient-public-summary-about = 任何人都可以阅读的摘要。只有同意公开发布（同意级别第3级）的人员才会出现，并按本人选择的方式提及：全名、姓名首字母或匿名描述。除非每位受害人都已同意，否则案件不会纳入。地点只精确到地区，日期只精确到月份，且不包含任何附件或保密字段。

## finding
# What the export preview asks the person to fix (blockers) or to know (warnings). Values:
# { $who } a person's name, { $roles } their roles, { $why } why they do not appear,
# { $scripts } writing systems, { $languages } languages, { $recipient } a recipient.

finding-no_victim = 未记录受害人。请在“人员与组织”步骤中添加遭到针对的个人或组织。
finding-no_victim_work = 未描述受害人的人权工作或声援工作（“人员与组织”步骤，“其人权工作或声援工作”）。联合国机制会询问这些工作与所发生的事件有何关联。
finding-no_un_link = 未关联任何与联合国的合作。处理报复问题的机制针对的是因与联合国合作而遭受的报复：请在“联合国关联”步骤中添加关联。
finding-no_date = 未记录日期。请至少提供年份和月份。
finding-no_country = 未记录国家。
finding-no_account = 事件经过为空。
finding-date_year_only = 日期只精确到年份；联合国机制要求至少精确到月份。
finding-un_raised_unknown = 请说明联合国是否已在正式文件中提及此案件（“联合国关联”步骤）。
finding-no_perpetrator = 未记录据称的肇事者。如果知道是哪个机构或单位，请写明。
finding-risks_not_explained = 记录{ $who }的同意时，未向其说明风险。秘书长的报告要求同意必须是在说明风险之后给予的。
finding-outside_period = 此案件开始于报告所述期间之外。如果它在报告所述期间内仍在持续，仍可纳入；请在事件经过中说明这一点。
finding-no_mandate = 未写明任何特别程序任务。请写明您要致函的一个或多个任务（例如人权维护者处境问题特别报告员）。
finding-no_submitter = 未填写提交者信息。联合国机制不受理匿名来文：请为保密封面页提供姓名和安全的联系方式。
finding-nothing_to_export = 没有任何案件可以导出给此接收方：所选的每个案件都未纳入（每个案件旁都列出了原因）。
finding-not_a_working_language = 此接收方（{ $recipient }）的工作语言为{ $languages }。用其他语言撰写的报告可能要等待翻译：如有可能，请使用其中一种语言撰写。
finding-name_script_missing = 此案件的文本部分以{ $scripts }书写，但{ $who }没有相应文字的拼写。Tadamun只能隐去它已知的拼写：请在“其他名称和拼写”（“人员与组织”步骤）中添加其拼写，或逐行核对预览。
finding-named_at_level_1 = { $who }只同意联合国在去除身份信息后使用（第1级）。此文件写明了其姓名，因为它是提供给您本组织法律团队的：请将其留在组织内部，并加密发送。
finding-no_name_form = { $who }同意公开发布，但未选择提及方式（全名、姓名首字母或描述）：将以化名出现。
finding-person_left_out = { $who }（{ $roles }）不会出现，因为{ $why }。如果其实际同意的范围更大，请在“同意”步骤中记录。

## why
# Why a person does not appear in a report ({ $why } above); { $level } is a consent level.
# In Chinese these read as a clause after “因为”, after “：” and after “且”.

export-why-no_consent = 未记录其同意
export-why-consent_withdrawn = 其同意已撤回
export-why-consent_level = 其同意级别为第{ $level }级

## note
# What the preview says was changed or left out of a case.

note-name_in_text = { $who }：文本中的姓名已替换
note-name_in_text_other_case = 另一案件中记录的某人：文本中的姓名已替换
note-confidential_field = 未纳入（标为保密）：{ $field }
note-coarsened = 已降低精确度：{ $field }（只精确到{ $precision }）
note-acts_left_out = 未纳入：{ $count }个针对未出现者或由未出现者实施的行为，及其全部详细信息（日期、描述、机关、案件编号、地点）
note-identifying_act_details_left_out = 未纳入：{ $count }个涉及未具名者的行为的案件编号和拘留地点（这些信息会暴露其身份）
note-sources_left_out = 未纳入保密封面页：{ $count }个未出现在报告中的来源
note-attachment_not_for_recipient = 未纳入：一个附件（此接收方不接收附件）
note-attachment_not_shareable = 未纳入：一个未标为可共享的附件
note-attachment_not_cleanable = 未纳入：一个无法去除元数据的附件
note-internal_notes_left_out = 未纳入：内部备注（绝不导出）
note-name_confidential = { $who }的姓名被标为保密，因此使用化名。
note-person_removed = { $who }（{ $roles }）不会出现：{ $why }。
note-perpetrator_not_named = { $who }——不向此接收方披露据称肇事者个人的姓名
note-pseudonymised = { $who }——姓名已隐去：同意级别为第{ $level }级
note-named_as_chosen = { $who }——按本人为公开发布选择的方式提及
leftOut-victim_left_out = { $who }是受害人，且{ $why }：此案件不会发送给此接收方。

## field
# Parts of a case named in the notes ({ $field } above) and how precise a date became.
# Bare nouns: they follow “：” and “只精确到”.

export-field-act_date = 行为日期
export-field-act_description = 行为描述
export-field-authority = 机关
export-field-case_number = 案件编号
export-field-detention_place = 拘留地点
export-field-account = 事件经过
export-field-current_situation = 目前情况
export-field-domestic_remedies = 国内补救办法
export-field-place = 地点
export-field-start_date = 开始日期
export-field-end_date = 结束日期
export-field-un_cooperation_date = 与联合国合作的日期
export-field-name = 名称
export-field-gender = 性别
export-field-occupation = 职业
export-field-work = 其工作
export-field-registration = 登记信息
export-precision-month = 月份
export-precision-year = 年份
export-precision-day = 日
export-precision-country = 国家

## file
# The files an export writes, and what they contain.

export-file-report_docx = 提交材料（可编辑的Word文档）
export-file-report_pdf = 提交材料（PDF）
export-file-report_json = 提交材料的结构化数据（JSON，格式有说明文档）
export-file-report_csv = 每个案件一行（CSV）
export-file-report_uwazi_csv = 每个案件一行，用于Uwazi的CSV导入
export-file-cover_docx = 保密封面页：提交者、联系方式和来源。请单独发送；切勿发送给有关国家。
export-file-cover_pdf = 保密封面页：提交者、联系方式和来源。请单独发送；切勿发送给有关国家。
export-file-cover_json = 保密封面页：提交者、联系方式和来源。请单独发送；切勿发送给有关国家。
export-file-attachment = 案件{ $case }的附件（不含元数据的副本）
export-file-checksums = 每个文件的SHA-256指纹，用于核对文件在传送途中未被更改
export-content-recipient = 接收方
export-content-language = 语言
export-content-reporting_period = 报告所述期间
export-content-victims = 受害人
export-content-victim_work = 受害人的人权工作或声援工作
export-content-un_link = 与联合国合作的关联
export-content-dates_place_account = 日期、地点和事件经过
export-content-act_types = 行为及其类型
export-content-perpetrators = 据称的肇事者
export-content-legal_basis = 法律依据、机关和案件编号
export-content-detention = 拘留
export-content-domestic_remedies = 国内补救办法
export-content-consent = 同意
export-content-already_raised = 联合国是否已提及
export-content-urgency = 紧急程度
export-content-sea_rescue = 船舶、航空器、罚款和扣留天数
export-content-supporting_documents = 附件（不含元数据的副本）
export-content-submitter = 提交者
export-content-contacts = 如何联系报告中具名的人员
export-content-sources = 来源

## export

export-title = 准备提交材料
export-intro = 选择接收方，仔细核对哪些内容将离开此设备，然后将文件写入一个文件夹。不会通过互联网发送任何内容。
export-back = 返回事件列表
export-incidents = 此提交材料包含{ $count }个事件
export-incidentItem = #{ $number } { $title }
export-removeIncident = 移出
export-removeIncidentLabel = 将第{ $number }号事件移出此提交材料
export-noIncidents = 此提交材料中已没有事件。请返回列表，勾选要发送的事件。
export-loadingProfiles = 正在加载接收方……
export-step-recipient = 1. 谁将接收
export-step-options = 2. 语言、格式和详细信息
export-step-preview = 3. 核对将离开此设备的内容
export-step-write = 4. 写入文件
export-recipients = 接收方
export-naming = 同意级别在第{ $named }级及以上的人员将具名出现；级别较低的人员以化名出现（第{ $included }级及以上），或完全不出现。
export-namingOnly = 同意级别在第{ $named }级及以上的人员将具名出现；级别较低的人员完全不会出现。
export-withAttachments = 可共享的附件将以不含元数据的副本形式一并提供。
export-withCoverSheet = 提交者的身份将写在单独的保密封面页上。
export-chooseRecipientFirst = 请先选择接收方，才能看到相应的选项。
export-language = 报告语言
export-languageName-en = English
export-languageName-fr = Français
export-languageName-es = Español
export-languageName-ar = العربية
export-languageName-ru = Русский
export-languageName-zh = 中文
export-workingLanguage = { $language }——此接收方的工作语言之一
export-notWorkingLanguage = 此接收方的工作语言为{ $languages }。用其他语言撰写的报告仍会生成，但可能要等翻译后才会有人阅读。
export-formats = 格式
export-format-docx = Word文档（.docx）
export-format-pdf = PDF
export-format-json = 结构化数据（JSON）
export-format-csv = 电子表格（CSV）
export-format-uwazi_csv = Uwazi导入文件（CSV）
export-mandates = 所涉任务（每行一个）
export-mandatesHint = 例如：人权维护者处境问题特别报告员。
export-period = 报告所述期间
export-periodFrom = 自
export-periodTo = 至
export-submitter = 提交者
export-submitterNote = 这些信息只写在单独的保密封面页上，绝不会写入报告。
export-submitterName = 姓名
export-submitterOrganisation = 组织
export-submitterContact = 联系您的安全方式
export-submitterContactHint = Signal号码、安全的电子邮箱地址……
export-submitterRelation = 您与受害人的关系
export-submitterRelationHint = 受害人本人、家属、律师、组织……
export-samePseudonym = 同一个人在所有案件中使用同一化名
export-samePseudonymHint = 关闭：每个案件各自使用“个人 A”“个人 B”……，读者无法把不同案件联系起来。开启：同一个人在整份报告中只用一个化名，读者可以据此把案件联系起来。
export-previewButton = 显示将离开此设备的内容
export-previewBusy = 正在准备预览……
export-needRecipient = 请先选择接收方。
export-needIncidents = 未选择任何事件。
export-needFormat = 请至少勾选一种格式。
export-previewStale = 您更改了上面的某项选择。写入文件之前，请重新显示将离开此设备的内容。
export-previewTitle = 将离开此设备的内容
export-previewCases = 给{ $recipient }的报告中将包含{ $count }个案件。
export-blockersTitle = 必须先修正以下问题，才能写入任何内容
export-blockersExplain = 这些问题解决之前，无法导出任何内容。请在相关事件中修正，然后重新显示预览。
export-findingCase = 案件{ $case }：{ $message }
export-noteCase = 案件{ $case }：
export-warningsTitle = 发送前值得了解的情况
export-leftOutTitle = 未纳入此提交材料的内容
export-leftOutItem = #{ $number } { $title }——{ $reason }
export-notesTitle = 已删除或更改的内容
export-notesNone = 没有删除或更改任何内容。
export-documentTitle = { $recipient }将读到的报告
export-documentHint = 带标记的词语已被替换为化名、隐去或更改（见上方列表）。
export-documentEmpty = 报告为空。
export-coverTitle = 保密封面页——单独的文件
export-coverHint = 作为独立文件写出，这样转交报告时可以不附带它。
export-filesTitle = 将写入的文件
export-confidentialTag = 保密
export-fileContains = 包含：{ $contents }
export-fieldLabel = { $label }：
export-folder = 要写入的文件夹
export-folderHint = 这台电脑上或U盘上的一个文件夹，在文件夹对话框中选择（Tadamun只写入您选择的位置）。
export-noFolderYet = 尚未选择文件夹
export-chooseFolder = 选择文件夹……
export-keys = 为接收方加密（可选）：对方的age公钥，每行一个，以age1开头……
export-keysHint = 这样，只有持有对应私钥的人才能打开这些文件。
export-keysChecking = 正在检查密钥……
export-run = 导出{ $count }个文件
export-runEncrypted = 导出{ $count }个文件，并为接收方加密
export-runNoPreview = 导出
export-running = 正在写入文件……
export-needPreview = 请先显示将离开此设备的内容（第3步）。
export-previewAgain = 预览之后有选择发生了更改：请重新显示将离开此设备的内容（第3步）。
export-blocked = 还有需要修正的问题，因此无法导出任何内容（见第3步）。
export-needFolder = 请选择要写入的文件夹。
export-fixKeys = 请修正加密密钥，或将该字段留空。
export-progressLabel = 导出进度
export-progressStarting = 正在开始……
export-progressStep = { $stage }（第{ $done }步，共{ $total }步）
export-done = 已将{ $count }个案件导出到{ $dir }
export-writtenFiles = 已写入的文件
export-writtenHash = SHA-256 { $hash }…
export-writtenEncrypted = （已加密）
export-doneNote = SHA256SUMS文件列出了每个文件的哈希值。此次导出已作为一次提交记录在每个案件中。
export-again = 准备另一份提交材料

## error

error-wrong_passphrase = 这个密码短语未能打开保险库（也可能是保险库已损坏）。请检查是否有输入错误、是否开启了大写锁定（Caps Lock），然后重试。
error-wrong_recovery_key = 这个恢复密钥未能打开保险库（也可能是保险库已损坏）。请逐个字符核对，然后重试。
error-key_file_damaged = 保险库的一个密钥文件已损坏。如果您有恢复密钥，请尝试用它解锁。
error-database_damaged = 保险库中的记录已损坏，无法读取。
error-vault_not_found = 在Tadamun预期的位置找不到保险库。
error-vault_exists = 此文件夹中已有一个保险库。
error-newer_format = 此保险库是由更新版本的Tadamun创建的。请安装新版本后再打开。
error-disk_full = 磁盘已满。请腾出一些空间，然后重试。
error-weak_passphrase = 这个密码短语太弱。请选择更长的密码短语。
error-locked = 保险库已锁定。请先解锁，然后重试。
error-erase_incomplete = 此保险库正处于清除过程中，已无法再打开。
error-in_use = 保险库正被另一个Tadamun窗口使用。请关闭该窗口，然后重试。
error-invalid_input = 此处输入的某些内容无效。请检查后重试。
error-invalid_record = 有些字段需要修正，才能保存事件。目前还没有保存任何内容。
error-record_not_found = 保险库中已不存在此记录，可能已被删除。
error-conflict = 您打开此事件后，它已在别处被更改并保存。您的更改已保存为草稿；请重新加载事件，查看较新的版本。
error-cancelled = 已取消。此文件的任何内容都未保留。
error-evidence_damaged = 此附件的加密文件缺失或已被篡改。请在“设置”中运行“检查保险库”。
error-not_shareable = 无法为此文件制作不含元数据的副本。
error-io = Tadamun无法读取或写入它的某个文件。
error-unknown = 出现了问题。
error-technicalDetails = 技术详情（供帮助您的人参考）
error-not_shareable-pdf = PDF文件可能带有作者、编辑历史和嵌入的文件，而Tadamun目前还无法以可验证的方式将其去除。请改为共享这些页面的照片或截图，或者不共享此PDF，只在内部使用。
error-not_shareable-video = 视频带有设备、时间和地点等元数据，Tadamun目前还无法以可验证的方式将其去除。请不要共享此视频，只在内部使用。
error-not_shareable-heic = 此处无法安全解码HEIC和AVIF格式的照片。请在手机或电脑上将照片转换为JPEG格式，附加该JPEG文件，然后共享它。
error-not_shareable-office = Office文档带有作者、编辑历史和批注，Tadamun无法以可验证的方式将其去除。请不要共享此文档，只在内部使用；或者共享文档的图片。
error-not_shareable-other = Tadamun只能为JPEG、PNG和WebP图片制作不含元数据的副本。此文件无法共享。
error-invalid_input-no_format = 请至少选择一种格式（DOCX、PDF、JSON、CSV或Uwazi CSV）。
error-invalid_input-secret_key_given = 这是私钥（以AGE-SECRET-KEY-开头），不是公钥。切勿把它交给任何人。请向接收方索取其公钥，公钥以age1开头。
error-invalid_input-not_a_public_key = “{ $key }…”不是age公钥。公钥以age1开头，长度为62个字符；请让接收方重新发送其公钥。
error-invalid_input-encrypt_failed = Tadamun无法为这些密钥加密。请与接收方核对这些密钥。
error-invalid_input-folder_not_empty = 文件夹“{ $folder }”中已有以下文件：{ $files }。请选择一个空文件夹；没有覆盖任何文件。
error-invalid_input-folder_has_link = 所选文件夹中的“{ $folder }”是指向其他位置的链接，Tadamun不会通过链接写入。请选择一个空文件夹。没有保留任何内容。
error-invalid_input-blockers_remain = 没有写入任何内容。请先修正预览中列出的问题。
error-invalid_input-could_not_write = Tadamun无法写入“{ $name }”。没有写入任何内容。
error-invalid_input-unknown_language = 无法用“{ $language }”撰写报告。请从联合国六种正式语文中选择一种。
error-invalid_input-no_incident_chosen = 请至少选择一个要导出的事件。
error-invalid_input-bad_period = 报告所述期间需要两个日期（YYYY-MM-DD），且第一个日期要早于第二个日期。
error-invalid_input-not_a_recovery_key = 这不是恢复密钥。恢复密钥以AGE-SECRET-KEY-1开头，后跟58个字母和数字。
error-invalid_input-current_passphrase_needed = 请输入您当前的密码短语。如需在不输入当前密码短语的情况下设定新的密码短语，请先用恢复密钥解锁保险库。
error-invalid_input-rotation_unfinished = 之前的一次密钥更换尚未完成。请腾出一些磁盘空间，锁定保险库后再解锁（这样就能完成更换），然后重试。
error-invalid_input-backup_damaged = 此备份已损坏或不完整。没有恢复任何内容。请改用此备份的另一份副本。
error-invalid_input-backup_wrong_key = 此恢复密钥无法打开此备份。备份要用制作备份时保险库所用的恢复密钥才能打开：如果您此后生成过新的恢复密钥，请使用旧的恢复密钥。
error-invalid_input-not_a_backup = 此文件不是Tadamun备份。
error-invalid_input-backup_not_found = 备份文件“{ $path }”已不在原处。请重新选择。
error-invalid_input-backup_newer_format = 此备份是由更新版本的Tadamun制作的。请安装最新版本，然后再用它恢复。
error-invalid_input-backup_file_exists = “{ $path }”已存在。请换一个名称，或先删除该文件。
error-invalid_input-backup_target_is_folder = “{ $path }”是一个文件夹。请为备份输入一个文件名。
error-invalid_input-backup_inside_vault = 备份如果放在保险库自己的文件夹中，会随保险库一起丢失。请把它保存到别处：U盘或另一块磁盘。
error-invalid_input-backup_attachment_missing = 保险库中缺少某个附件的文件，因此备份将不完整。请点击“立即检查”，查看是哪个附件，然后重新制作备份。
error-invalid_input-backup_vault_changed = 制作备份期间保险库发生了更改。请重新制作备份。
error-invalid_input-restore_folder_not_empty = “{ $path }”不是空文件夹。请恢复到一个新文件夹或空文件夹中。
error-invalid_input-too_large_to_show = 此文件太大（{ $mib } MiB），无法在Tadamun中显示。请改为保存一份解密副本。
error-invalid_input-image_unreadable = 无法读取此图片，因此无法制作不含元数据的副本。
error-invalid_input-clean_copy_failed = 无法制作不含元数据的副本。
error-invalid_input-original_not_removed = 无法删除原始文件“{ $file }”。
error-invalid_input-original_not_a_file = “{ $file }”不是普通文件，因此Tadamun不会处理它。
error-invalid_input-description_too_long = 此描述太长。
error-invalid_input-cannot_be_shared = 此文件无法共享。
error-invalid_input-file_not_found = 找不到文件“{ $name }”。没有导入任何内容。
error-invalid_input-file_not_readable = Tadamun无权读取“{ $name }”。没有导入任何内容。
error-invalid_input-not_a_file = “{ $name }”不是文件（而是文件夹或设备）。没有导入任何内容。
