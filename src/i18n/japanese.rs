//! Where a Japanese line may break. Japanese has no spaces, and the text engine may break
//! between any two characters (Unicode's line-breaking rules keep only punctuation from
//! starting a line), so a loanword like オイスター・ベイ could be split as オイス / ター.
//! A word joiner (U+2060, invisible) between the characters of a katakana word, and between
//! a number and the counter after it (12回), keeps them on one line; kanji compounds may
//! still break, as in Japanese print.

use std::borrow::Cow;

/// The invisible character that forbids a line break where it stands.
pub const WORD_JOINER: char = '\u{2060}';

fn katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '・')
}

fn ideograph(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3005}')
}

fn joined(before: char, after: char) -> bool {
    (katakana(before) && katakana(after)) || (before.is_ascii_digit() && ideograph(after))
}

/// Fluent's transform hook for Japanese, and for a Japanese scenario's prose.
pub fn keep_words_whole(text: &str) -> Cow<'_, str> {
    let pairs = || text.chars().zip(text.chars().skip(1));
    if !pairs().any(|(before, after)| joined(before, after)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if chars.peek().is_some_and(|&next| joined(c, next)) {
            out.push(WORD_JOINER);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn katakana_words_and_counted_numbers_hold_together() {
        let text = keep_words_whole("オイスター・ベイから12回の会議");
        let j = WORD_JOINER;
        assert_eq!(text, format!("オ{j}イ{j}ス{j}タ{j}ー{j}・{j}ベ{j}イから1{j}2回の会議").replace(&format!("1{j}2"), "12").replace("12回", &format!("12{j}回")));
    }

    #[test]
    fn text_with_nothing_to_join_is_borrowed() {
        assert!(matches!(keep_words_whole("日本の全権"), Cow::Borrowed(_)));
        assert!(matches!(keep_words_whole("English only"), Cow::Borrowed(_)));
    }
}
