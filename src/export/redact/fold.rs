//! The folding that needles and text both go through ([`match_fold`]), so that spellings that
//! differ in case, marks, look-alike letters, digits or invisible characters meet.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15): soft
/// hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Mongolian and other
/// variation selectors, zero-width space, joiners and marks, bidi embeddings, overrides and
/// isolates, word joiner and invisible operators, byte-order mark, tags. Invisible in print,
/// so never allowed to split a name.
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Bidi embeddings, overrides and isolates (and the marks): never written into an export,
/// where they could reorder what a reader sees.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// The zero of every run of decimal digits in Unicode (general category Nd), but ASCII:
/// Arabic-Indic ٠, Persian ۰, Devanagari ०, Bengali ০, Thai ๐, Myanmar ၀… A phone number
/// written in any of them is the same number.
const ZEROS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Letters that look like Latin letters but neither decompose nor change case to them: small
/// capitals (ʜᴀᴅᴅᴀᴅ), enclosed and regional-indicator letters (🅷🅰🅳), hooked African letters.
fn latin_look_alike(c: char) -> Option<char> {
    let n = u32::from(c);
    let letter = |base: u32| char::from_u32(u32::from(b'a') + (n - base));
    match n {
        0x1F130..=0x1F149 => letter(0x1F130),
        0x1F150..=0x1F169 => letter(0x1F150),
        0x1F170..=0x1F189 => letter(0x1F170),
        0x1F1E6..=0x1F1FF => letter(0x1F1E6),
        _ => Some(match c {
            'ᴀ' => 'a',
            'ʙ' | 'ᴃ' | 'ɓ' => 'b',
            'ᴄ' => 'c',
            'ᴅ' | 'ɗ' => 'd',
            'ᴇ' => 'e',
            'ɢ' => 'g',
            'ʜ' => 'h',
            'ɪ' | 'ɨ' => 'i',
            'ᴊ' => 'j',
            'ᴋ' | 'ƙ' => 'k',
            'ʟ' => 'l',
            'ᴍ' => 'm',
            'ɴ' => 'n',
            'ᴏ' | 'ᴐ' => 'o',
            'ᴘ' => 'p',
            'ʀ' | 'ʁ' | 'ᴙ' | 'ᴚ' => 'r',
            'ᴛ' => 't',
            'ᴜ' => 'u',
            'ᴠ' => 'v',
            'ᴡ' => 'w',
            'ʏ' | 'ƴ' => 'y',
            'ᴢ' => 'z',
            _ => return None,
        }),
    }
}

/// Folds one character after decomposition into what it is matched as (appended to `out`).
fn fold_char(c: char, out: &mut String) {
    if is_combining_mark(c) || is_ignorable(c) {
        return;
    }
    if let Some(d) = fold_digit(c) {
        out.push(d);
        return;
    }
    if let Some(l) = latin_look_alike(c) {
        out.push(l);
        return;
    }
    // Modifier letters used as apostrophes in transliteration (Saʿid, Saʼid) are apostrophes.
    if matches!(u32::from(c), 0x02B9..=0x02FF | 0xA788..=0xA78C) {
        out.push('\'');
        return;
    }
    let c = match c {
        '\u{0640}' | '\u{0621}' => return, // tatweel (kashida), lone hamza
        '\u{0671}'..='\u{0673}' => '\u{0627}', // alef wasla / wavy hamza → alef
        '\u{0649}' | '\u{06CC}' => '\u{064A}', // alef maqsura, Farsi yeh → yeh
        '\u{0629}' => '\u{0647}',          // ta marbuta → heh
        '\u{06A9}' | '\u{06AA}' => '\u{0643}', // keheh, swash kaf → kaf
        // Urdu and Kurdish heh forms and ta marbuta goal → heh; yeh barree → yeh.
        '\u{06C1}' | '\u{06BE}' | '\u{06D5}' | '\u{06C0}' | '\u{06C2}' | '\u{06C3}' => '\u{0647}',
        '\u{06D2}' | '\u{06D3}' => '\u{064A}',
        _ => c,
    };
    for l in c.to_lowercase() {
        // Full case folding (Turkic-insensitive) and the letters NFKD does not decompose.
        match l {
            'ς' => out.push('σ'),
            'ß' | 'ẞ' => out.push_str("ss"),
            'ı' => out.push('i'),
            'ł' => out.push('l'),
            'ø' => out.push('o'),
            'đ' | 'ð' => out.push('d'),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            'ħ' => out.push('h'),
            'ŧ' => out.push('t'),
            'ĸ' => out.push('k'),
            'ŋ' => out.push_str("ng"),
            'ƒ' => out.push('f'),
            _ => out.push(l),
        }
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}')
}

/// Text folded for matching, with the origin of every byte.
pub(crate) struct Folded {
    /// Folded; every run of characters that are not letters or digits is one space.
    pub spaced: String,
    /// For each byte of `spaced`: the byte range of the original character.
    pub spaced_origin: Vec<(usize, usize)>,
    /// `spaced` without its spaces.
    pub compact: String,
    /// For each byte of `compact`: the byte range of the original character.
    pub compact_origin: Vec<(usize, usize)>,
}

/// Folds `source` for matching (see the module documentation).
pub(crate) fn match_fold(source: &str) -> Folded {
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut spaced = String::with_capacity(source.len());
    let mut spaced_origin = Vec::with_capacity(source.len());
    let mut compact = String::with_capacity(source.len());
    let mut compact_origin = Vec::with_capacity(source.len());
    let mut buf = String::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        let end = start + c.len_utf8();
        // A word hyphenated across a line break ("Had-\ndad") is one word.
        if is_hyphen(c) && spaced.chars().last().is_some_and(char::is_alphanumeric) {
            let mut j = i + 1;
            let mut newline = false;
            while let Some(&(_, n)) = chars.get(j) {
                if n == '\n' || n == '\r' {
                    newline = true;
                } else if !(n.is_whitespace() || is_ignorable(n)) {
                    break;
                }
                j += 1;
            }
            if newline && chars.get(j).is_some_and(|(_, n)| n.is_alphanumeric()) {
                i = j;
                continue;
            }
        }
        i += 1;
        if is_ignorable(c) {
            continue;
        }
        // A hair, thin or narrow space inside a word does not separate it.
        if matches!(c, '\u{2009}' | '\u{200A}' | '\u{202F}')
            && spaced.chars().last().is_some_and(char::is_alphanumeric)
            && chars.get(i).is_some_and(|(_, n)| n.is_alphanumeric())
        {
            continue;
        }
        buf.clear();
        for d in std::iter::once(c).nfkd() {
            fold_char(d, &mut buf);
        }
        for f in buf.chars() {
            if f.is_alphanumeric() {
                let mut b = [0u8; 4];
                let s = f.encode_utf8(&mut b);
                spaced.push_str(s);
                compact.push_str(s);
                spaced_origin.extend(std::iter::repeat_n((start, end), s.len()));
                compact_origin.extend(std::iter::repeat_n((start, end), s.len()));
            } else if !spaced.is_empty() && !spaced.ends_with(' ') {
                spaced.push(' ');
                spaced_origin.push((start, end));
            }
        }
    }
    Folded {
        spaced,
        spaced_origin,
        compact,
        compact_origin,
    }
}

/// The ASCII value of a decimal digit in any script.
pub(super) fn fold_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let n = u32::from(c);
    ZEROS
        .iter()
        .find(|z| (**z..**z + 10).contains(&n))
        .map(|z| char::from(b'0' + u8::try_from(n - z).unwrap_or(0)))
}
