//! The pseudo-locale: English with every letter accented and every word about 40 % longer,
//! so that an untranslated string (plain ASCII) stands out and a box too tight for German or
//! Russian overflows on an English developer's screen. Names and numbers passed into a
//! message are left alone, as they would be in a real translation.

use std::borrow::Cow;

/// How much longer each word gets, as translations into Russian or Danish often are.
const GROWTH: f32 = 0.4;

/// Fluent's transform hook: applied to the text of every message, never to its placeables.
pub fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut word = String::new();
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            stretch(&word, &mut out);
            word.clear();
            out.push(c);
        }
    }
    stretch(&word, &mut out);
    Cow::Owned(out)
}

/// Accents a word and doubles its vowels until it is 40 % longer (at least one letter).
fn stretch(word: &str, out: &mut String) {
    if word.is_empty() {
        return;
    }
    let letters = word.chars().count();
    let mut extra = ((letters as f32) * GROWTH).round().max(1.0) as usize;
    for c in word.chars() {
        let accented = accent(c);
        out.push(accented);
        if extra > 0 && "aeiouyAEIOUY".contains(c) {
            out.push(accented);
            extra -= 1;
        }
    }
    // A word with too few vowels is padded at its end.
    out.extend(std::iter::repeat_n('~', extra));
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'z' => 'ž',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Í',
        'O' => 'Ö',
        'U' => 'Ü',
        'Y' => 'Ý',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        'Z' => 'Ž',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_accented_and_about_forty_percent_longer() {
        let english = "Choose a scenario, a side and an opponent";
        let pseudo = transform(english);
        assert!(
            !pseudo.chars().any(|c| c.is_ascii_lowercase() && "aeiou".contains(c)),
            "{pseudo}"
        );
        let growth = pseudo.chars().count() as f32 / english.chars().count() as f32;
        assert!((1.3..=1.6).contains(&growth), "grew by {growth}: {pseudo}");
        assert!(pseudo.contains(", "), "punctuation and spaces stay: {pseudo}");
    }

    #[test]
    fn text_without_letters_is_left_alone() {
        assert!(matches!(transform(" — 12 % "), Cow::Borrowed(_)));
    }
}
