//! Passphrase rules: a minimum length and a strength estimate (zxcvbn), shown to the person
//! while they type and enforced when a vault is created or its passphrase changed.

use age::secrecy::SecretString;
use rand::seq::SliceRandom;
use serde::Serialize;

/// The fewest characters a passphrase may have.
pub const MIN_LENGTH: usize = 12;
/// The lowest zxcvbn score (0–4) accepted.
pub const MIN_SCORE: u8 = 4;
/// The fewest guesses (as a power of ten) an accepted passphrase must need, by zxcvbn's
/// estimate. A targeted dictionary (names, places, years and slogans from a seized phone)
/// runs through such patterns fast even at scrypt's cost: `Beirut2024!!` and
/// `amira1985haddad` need about 10^8 guesses, `seawatch-rescue` 10^12; four unrelated words
/// need about 10^19.
pub const MIN_GUESSES_LOG10: f64 = 14.0;

/// What the estimator says about a candidate passphrase. Holds no part of the passphrase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Strength {
    /// zxcvbn's score, 0 (guessable in seconds) to 4 (very hard to guess).
    pub score: u8,
    /// Whether it meets both the minimum length and the minimum score.
    pub acceptable: bool,
    /// Whether it is shorter than [`MIN_LENGTH`].
    pub too_short: bool,
    /// The minimum length, for display.
    pub min_length: usize,
    /// How long an attacker with a copy of the vault and many computers might need.
    pub crack_time: String,
    /// The estimator's main warning, if any (English).
    pub warning: Option<String>,
    /// The estimator's suggestions (English).
    pub suggestions: Vec<String>,
    /// [`Self::crack_time`] in seconds, for a screen that says it in its own language.
    pub crack_seconds: f64,
    /// The warning's stable code (zxcvbn's name for it, `DatesAreOftenEasyToGuess`), so that
    /// a screen can translate it.
    pub warning_code: Option<String>,
    /// The suggestions' stable codes, likewise.
    pub suggestion_codes: Vec<String>,
}

/// Estimates a passphrase's strength. `context` are words the passphrase should not lean on
/// (the app name, for instance).
pub fn estimate(passphrase: &str, context: &[&str]) -> Strength {
    let length = passphrase.chars().count();
    let too_short = length < MIN_LENGTH;
    if passphrase.is_empty() {
        return Strength {
            score: 0,
            acceptable: false,
            too_short,
            min_length: MIN_LENGTH,
            crack_time: String::new(),
            warning: None,
            suggestions: Vec::new(),
            crack_seconds: 0.0,
            warning_code: None,
            suggestion_codes: Vec::new(),
        };
    }
    // zxcvbn matches the lower-cased passphrase against these as given: lower-case them too.
    let lowered: Vec<String> = context.iter().map(|w| w.to_lowercase()).collect();
    let mut inputs = vec!["tadamun", "vault", "solidarity"];
    inputs.extend(lowered.iter().map(String::as_str));
    // zxcvbn counts each space as a guess of its own: "nadia benhaddou zarzis 1987" looks
    // strong while "nadiabenhaddouzarzis1987" shows what it is. The weaker reading counts.
    let as_typed = zxcvbn::zxcvbn(passphrase, &inputs);
    let joined: String = passphrase.chars().filter(|c| c.is_alphanumeric()).collect();
    let entropy = if joined.is_empty() || joined == passphrase {
        as_typed
    } else {
        let squeezed = zxcvbn::zxcvbn(&joined, &inputs);
        if squeezed.guesses_log10() < as_typed.guesses_log10() {
            squeezed
        } else {
            as_typed
        }
    };
    let score = u8::from(entropy.score());
    let enough_guesses = entropy.guesses_log10() >= MIN_GUESSES_LOG10;
    let (warning, suggestions, warning_code, suggestion_codes) = match entropy.feedback() {
        Some(f) => (
            f.warning().map(|w| w.to_string()),
            f.suggestions().iter().map(ToString::to_string).collect(),
            f.warning().map(|w| format!("{w:?}")),
            f.suggestions().iter().map(|s| format!("{s:?}")).collect(),
        ),
        None => (None, Vec::new(), None, Vec::new()),
    };
    let crack = entropy.crack_times().offline_slow_hashing_1e4_per_second();
    Strength {
        score,
        acceptable: !too_short && score >= MIN_SCORE && enough_guesses,
        too_short,
        min_length: MIN_LENGTH,
        crack_time: crack.to_string(),
        warning,
        suggestions,
        crack_seconds: std::time::Duration::from(crack).as_secs_f64(),
        warning_code,
        suggestion_codes,
    }
}

/// Checks a new passphrase against the rules; the error says what to change.
pub fn check_new(passphrase: &str) -> crate::error::Result<()> {
    check_new_with(passphrase, &[])
}

/// Like [`check_new`], with words the person's own records make guessable (names of the
/// people and organisations they document): someone who seized the laptop knows them.
pub fn check_new_with(passphrase: &str, own_words: &[&str]) -> crate::error::Result<()> {
    let s = estimate(passphrase, own_words);
    if s.too_short {
        return Err(crate::error::VaultError::Key(
            crate::KeyError::WeakPassphrase {
                reason: format!(
                    "use at least {MIN_LENGTH} characters; a few unrelated words work well"
                ),
            },
        ));
    }
    if !s.acceptable {
        let why = s
            .warning
            .unwrap_or_else(|| "it would be easy to guess".to_owned());
        return Err(crate::error::VaultError::Key(
            crate::KeyError::WeakPassphrase {
                reason: format!("{why}. Add more unrelated words."),
            },
        ));
    }
    Ok(())
}

/// Words in a generated passphrase: seven drawn at random from 2,048 give 77 bits, beyond
/// any dictionary an attacker can build from the person's life, and still easy to type.
pub const GENERATED_WORDS: usize = 7;

/// 2,048 common words in each of the six UN languages (`data/wordlists/README.md`): the
/// BIP-39 lists (public domain) for English, French, Spanish and simplified Chinese, and lists
/// written for Tadamun for Arabic and Russian (everyday concrete words, nothing that could
/// frighten or offend). Any other language gets English words.
const WORD_LISTS: [(&str, &str); 6] = [
    ("en", include_str!("../data/wordlists/en.txt")),
    ("fr", include_str!("../data/wordlists/fr.txt")),
    ("es", include_str!("../data/wordlists/es.txt")),
    ("zh", include_str!("../data/wordlists/zh.txt")),
    ("ar", include_str!("../data/wordlists/ar.txt")),
    ("ru", include_str!("../data/wordlists/ru.txt")),
];

/// The word list for a language code (`fr`, `fr-CA`…), English when there is none.
pub fn word_list(language: &str) -> Vec<&'static str> {
    let base = language.split(['-', '_']).next().unwrap_or_default();
    let text = WORD_LISTS
        .iter()
        .find(|(code, _)| *code == base)
        .map_or(WORD_LISTS[0].1, |(_, text)| *text);
    text.lines()
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

/// A new passphrase of random words from the language's list, drawn with the operating
/// system's random generator, that passes [`check_new`]: at least [`GENERATED_WORDS`] words,
/// more where the words are so short that the estimator would count too few guesses
/// (Chinese words are one character each).
pub fn generate(language: &str) -> SecretString {
    let words = word_list(language);
    let mut rng = rand::rngs::OsRng;
    let mut count = GENERATED_WORDS;
    loop {
        // Bounded: a list of common words always passes long before this.
        let last_try = count >= 4 * GENERATED_WORDS;
        for _ in 0..8 {
            let chosen: Vec<&str> = (0..count)
                .filter_map(|_| words.choose(&mut rng).copied())
                .collect();
            let candidate = zeroize::Zeroizing::new(chosen.join(" "));
            if last_try || check_new(&candidate).is_ok() {
                return SecretString::from(candidate.to_string());
            }
        }
        count += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_feedback_code_the_estimator_gives_has_words_in_the_app() {
        let catalogue = include_str!("../ui/src/lib/i18n/locales/en.ftl");
        let mut seen = 0;
        for candidate in [
            "qwertyuiop",
            "zxcvbn",
            "aaaaaaaa",
            "abcabcabc",
            "password",
            "123456",
            "Password1",
            "abcdefgh",
            "2019",
            "monkey",
            "1984-05-12",
            "smith",
            "johnsmith",
            "P@ssw0rd",
            "drowssap",
            "QWERTYUIOP",
            "Monkey",
            "qazwsx",
            "letmein2020",
            "anna1986",
        ] {
            let s = estimate(candidate, &[]);
            for code in s.warning_code.iter().chain(&s.suggestion_codes) {
                let kind = if Some(code) == s.warning_code.as_ref() {
                    "warning"
                } else {
                    "suggestion"
                };
                let id = format!("strength-{kind}-{code} =");
                assert!(catalogue.contains(&id), "the app has no words for {id}");
                seen += 1;
            }
            assert!(s.crack_seconds >= 0.0);
        }
        assert!(seen >= 15, "only {seen} codes were seen");
    }

    #[test]
    fn passphrases_from_a_targeted_dictionary_are_refused_and_unrelated_words_accepted() {
        for weak in [
            "amira1985haddad",
            "Beirut2024!!",
            "freepalestine1",
            "seawatch-rescue",
            "Lesbos2016sea",
        ] {
            assert!(check_new(weak).is_err(), "{weak} was accepted");
        }
        for strong in [
            "lantern orchard gravel mosaic",
            "copper window lichen harbour",
            "velvet quarry anchor meadow",
            "bench passphrase lantern gravel",
            "demo vault with fictional cases only",
        ] {
            assert!(check_new(strong).is_ok(), "{strong} was refused");
        }
        // The person's own records make their words guessable.
        let own = ["Nadia", "Benhaddou", "Zarzis"];
        assert!(check_new_with("nadia benhaddou zarzis 1987", &own).is_err());
    }

    #[test]
    fn short_passphrase_is_refused_with_the_rule() {
        let s = estimate("abc", &[]);
        assert!(s.too_short && !s.acceptable);
        let err = check_new("abc").unwrap_err().to_string();
        assert!(err.contains("12 characters"), "{err}");
    }

    #[test]
    fn common_long_passphrase_is_weak() {
        let s = estimate("passwordpassword", &[]);
        assert!(!s.too_short);
        assert!(s.score < MIN_SCORE);
        assert!(!s.acceptable);
    }

    #[test]
    fn unrelated_words_are_accepted() {
        let s = estimate("lantern orchard gravel mosaic", &[]);
        assert_eq!(s.score, 4);
        assert!(s.acceptable);
        assert!(!s.crack_time.is_empty());
    }

    #[test]
    fn generated_passphrases_pass_the_rules_and_use_the_chosen_language() {
        use age::secrecy::ExposeSecret;
        for language in ["en", "fr", "es", "zh", "ar", "ru"] {
            let list = super::word_list(language);
            assert_eq!(list.len(), 2048, "{language}");
            let mut seen = std::collections::HashSet::new();
            for _ in 0..15 {
                let p = super::generate(language);
                let text = p.expose_secret();
                assert!(super::check_new(text).is_ok(), "{language}: {text}");
                let words: Vec<&str> = text.split(' ').collect();
                assert!(words.len() >= super::GENERATED_WORDS, "{text}");
                assert!(words.iter().all(|w| list.contains(w)), "{language}: {text}");
                assert!(seen.insert(text.to_owned()), "the same passphrase twice");
            }
        }
        // Each language's own words, in its own script; English for any other language.
        let script = |language: &str, c: char| match language {
            "ar" => ('\u{0621}'..='\u{064A}').contains(&c),
            "ru" => ('\u{0430}'..='\u{044F}').contains(&c),
            _ => true,
        };
        for language in ["ar", "ru"] {
            let list = super::word_list(language);
            assert!(
                list.iter().all(|w| w.chars().all(|c| script(language, c))),
                "{language}"
            );
            let unique: std::collections::HashSet<&&str> = list.iter().collect();
            assert_eq!(unique.len(), 2048, "{language}: a word twice");
        }
        assert_eq!(super::word_list("pt"), super::word_list("en"));
        assert_ne!(super::word_list("fr-CA"), super::word_list("en"));
    }
}
