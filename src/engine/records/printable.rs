//! Text from files, made safe to print on a terminal: a scenario, save or result file is
//! whatever someone wrote, and escape sequences in it could recolour, move the cursor,
//! retitle the window or hide lines of the program's own output.

use std::borrow::Cow;

/// `text` without terminal escape sequences and control characters, keeping newlines and
/// tabs. Each dropped sequence or character is left out whole, so nothing half-escaped
/// remains.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unprintable) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 control sequence and string introducers: the 8-bit forms of ESC [ and ESC ].
            '\u{9b}' => skip_until_final(&mut chars),
            '\u{90}' | '\u{9d}' | '\u{9e}' | '\u{9f}' | '\u{98}' => skip_string(&mut chars),
            c if is_unprintable(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn is_unprintable(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: a control sequence (`[`), a string (`]`, `P`, `X`, `^`, `_`), or one character.
fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_until_final(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        // Character-set and similar two-character selections, e.g. ESC ( B.
        Some('(' | ')' | '*' | '+' | '#' | '%' | ' ') => {
            chars.next();
        }
        _ => {}
    }
}

/// Parameters and intermediates up to the final byte (@ to ~) of a control sequence.
fn skip_until_final(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            return;
        }
        if c.is_control() {
            return;
        }
    }
}

/// Up to the string terminator: BEL, ESC \ or ST.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            '\n' => return,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn plain_text_passes_unchanged_and_unallocated() {
        let text = "Witte: «Not a kopek».\n\tSakhalin — south of 50°.";
        assert!(matches!(printable(text), std::borrow::Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn escapes_and_controls_are_removed_whole() {
        let cases = [
            ("red \u{1b}[31mtext\u{1b}[0m", "red text"),
            ("title \u{1b}]0;owned\u{7}done", "title done"),
            ("osc \u{1b}]8;;http://x\u{1b}\\link", "osc link"),
            ("c1 \u{9b}2Jclear", "c1 clear"),
            ("bell\u{7} back\u{8}space\r cr \u{7f}del", "bell backspace cr del"),
            ("charset \u{1b}(Bok", "charset ok"),
            ("cut \u{1b}[", "cut "),
            ("lines\nand\ttabs", "lines\nand\ttabs"),
        ];
        for (given, expected) in cases {
            assert_eq!(printable(given), expected, "{given:?}");
        }
    }
}
