//! Text normalisation for search: the same function prepares what is indexed and what is
//! searched for, so matching is case-, accent- and (for Arabic) vowel-mark-insensitive.
//!
//! SQLite's `unicode61` tokenizer folds Latin diacritics, but it treats Arabic combining marks
//! (harakat) as separators, which would split a vowelled word into letters. So marks are
//! removed here first, and the Arabic letter variants that people type interchangeably are
//! unified (alef forms, alef maqsura, ta marbuta, Persian kaf and yeh).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds one character after decomposition; `None` drops it.
fn fold(c: char) -> Option<char> {
    if is_combining_mark(c) {
        return None;
    }
    Some(match c {
        '\u{0640}' => return None,                          // tatweel (kashida)
        '\u{0671}' | '\u{0672}' | '\u{0673}' => '\u{0627}', // alef wasla / wavy hamza → alef
        '\u{0649}' | '\u{06CC}' => '\u{064A}',              // alef maqsura, Farsi yeh → yeh
        '\u{0629}' => '\u{0647}',                           // ta marbuta → heh
        '\u{06A9}' => '\u{0643}',                           // keheh → kaf
        '\u{0621}' => return None,                          // lone hamza
        _ => c,
    })
}

/// Normalises `text` for indexing or searching: NFKD, marks removed, Arabic variants unified,
/// lower case. Word boundaries are kept.
pub fn normalize(text: &str) -> String {
    let folded: String = text.nfkd().filter_map(fold).collect();
    folded.to_lowercase()
}

/// Text folded like [`normalize`], with, for every byte of the folded text, the byte range
/// of the original character it came from. Used to find names whatever their case, accents or
/// Arabic vowel marks, and to replace them in the original text.
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`: start and end of the original character in the source.
    pub origin: Vec<(usize, usize)>,
}

/// Folds `source` character by character (see [`Folded`]).
pub fn fold_with_origin(source: &str) -> Folded {
    let mut text = String::with_capacity(source.len());
    let mut origin = Vec::with_capacity(source.len());
    for (start, c) in source.char_indices() {
        let end = start + c.len_utf8();
        for d in std::iter::once(c).nfkd().filter_map(fold) {
            for l in d.to_lowercase() {
                text.push(l);
                origin.extend(std::iter::repeat_n((start, end), l.len_utf8()));
            }
        }
    }
    Folded { text, origin }
}

/// Splits a search box entry into normalised words (letters and digits only).
pub fn words(text: &str) -> Vec<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Builds an FTS5 query from what a person typed: every word must match, the last one as a
/// prefix (so results appear while typing). Words are quoted, so no FTS5 syntax can be
/// injected. `None` when nothing searchable was typed.
pub fn fts_query(text: &str) -> Option<String> {
    let words = words(text);
    let last = words.len().checked_sub(1)?;
    let parts: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == last {
                format!("\"{w}\"*")
            } else {
                format!("\"{w}\"")
            }
        })
        .collect();
    Some(parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_accents_and_case_fold() {
        assert_eq!(normalize("Ésméralda ÇAĞLAR Øre"), "esmeralda caglar øre");
        assert_eq!(
            words("Port-Saïd, 12 mai"),
            vec!["port", "said", "12", "mai"]
        );
    }

    #[test]
    fn arabic_vowel_marks_and_letter_variants_fold() {
        // "al-madrasah" with harakat, hamza on alef and ta marbuta, vs a plain spelling.
        let vowelled = "المَدْرَسَةُ";
        let plain = "المدرسه";
        assert_eq!(normalize(vowelled), plain);
        assert_eq!(normalize("أحمد"), normalize("احمد"));
        assert_eq!(normalize("إبراهيم"), normalize("ابراهيم"));
        assert_eq!(normalize("آمنة"), normalize("امنه"));
        assert_eq!(normalize("مصطفى"), normalize("مصطفي"));
        assert_eq!(normalize("ســلام"), normalize("سلام")); // tatweel
    }

    #[test]
    fn folding_keeps_the_origin_of_every_byte() {
        let source = "Ès أحمَد";
        let f = fold_with_origin(source);
        assert_eq!(f.text, normalize(source));
        assert_eq!(f.text.len(), f.origin.len());
        let at = f.text.find("احمد").unwrap_or(usize::MAX);
        let (start, _) = f.origin[at];
        let (_, end) = f.origin[f.text.len() - 1];
        assert_eq!(&source[start..end], "أحمَد");
    }

    #[test]
    fn fts_query_quotes_words_and_prefixes_the_last() {
        assert_eq!(
            fts_query("captain \"OR\" NEAR(x) détenu").as_deref(),
            Some("\"captain\" \"or\" \"near\" \"x\" \"detenu\"*")
        );
        assert_eq!(fts_query("  ,;  "), None);
    }
}
