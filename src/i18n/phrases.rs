//! Japanese line breaking by phrase (文節), as a browser's `word-break: auto-phrase` does:
//! Unicode line breaking lets a Japanese line break between any two kana or kanji, so
//! オイスター can end up as オイス / ター. These rules find the phrases (a word and the
//! okurigana and particles after it), and [`join_phrases`] glues each phrase together with
//! word joiners (U+2060), which the text engine honours as "no break here" and which are
//! invisible and silent. Text with no Japanese in it is returned as it is.
//!
//! The rules are deliberately small and deterministic (no dictionary, no model):
//! - no break inside a run of kanji, of katakana, or between either and the kana after it
//!   (賠償金, ポーツマス, 話す, 樺太を);
//! - a phrase ends where its trailing hiragana stop and a kanji, katakana or Latin word
//!   begins (日本の | 立場), except for a single okurigana between two kanji (話し合う);
//! - inside hiragana, a phrase ends after を, and after は or も following a word, or
//!   には / では / とは (結果には | まだ);
//! - after 、。」 and before 「（ the ordinary rules (kinsoku) decide, as before.
//!
//! Prose is different: a paragraph broken only between phrases leaves its lines ragged, where
//! Japanese print fills every line. Laid out in the game's font, the scenarios' Japanese
//! paragraphs had lines 92 % full on average at the briefing's width (28 characters) and 81 %
//! at 11 characters, with a third of those narrow lines under three-quarters full. A text
//! longer than [`PROSE_CHARS`] is glued by [`join_prose`]: a kanji compound or katakana word
//! is never split, but a line may end before its particles, and a paragraph's last phrase
//! stays whole (no last line holding only "る。"). Its lines come out 97 % and 92 % full, in
//! an eighth fewer lines at the narrow width.

use std::borrow::Cow;

/// U+2060 WORD JOINER: no line break on either side, no width, not read aloud.
pub const WORD_JOINER: char = '\u{2060}';

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Hiragana,
    Katakana,
    Kanji,
    /// Brackets that open: a phrase may begin before them.
    Opening,
    /// Closing brackets and punctuation: a phrase may end after them.
    Closing,
    /// Spaces and dashes: left entirely to the ordinary rules.
    Gap,
    /// Latin letters, digits, symbols.
    Other,
}

fn kind(c: char) -> Kind {
    match c {
        '\u{3041}'..='\u{309F}' => Kind::Hiragana,
        '・' => Kind::Closing,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => Kind::Katakana,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〆' | '〇' => {
            Kind::Kanji
        }
        '「' | '『' | '（' | '(' | '［' | '[' | '【' | '〈' | '《' | '〔' | '｛' | '“' | '‘' => {
            Kind::Opening
        }
        '」' | '』' | '）' | ')' | '］' | ']' | '】' | '〉' | '》' | '〕' | '｝' | '”' | '’' | '、' | '。' | '，'
        | '．' | '！' | '？' | '!' | '?' | '…' | '‥' | '：' | ':' | '；' | ';' | ',' | '.' | '～' | '〜' => {
            Kind::Closing
        }
        '―' | '—' | '–' | '‐' => Kind::Gap,
        c if c.is_whitespace() => Kind::Gap,
        _ => Kind::Other,
    }
}

fn is_japanese(kind: Kind) -> bool {
    matches!(kind, Kind::Hiragana | Kind::Katakana | Kind::Kanji)
}

/// Whether `text` has any kana or kanji (and so is worth segmenting).
pub fn has_japanese(text: &str) -> bool {
    text.chars().any(|c| is_japanese(kind(c)))
}

/// Particles that stand alone between two kanji (日本の立場, 樺太と千島): not okurigana.
const LONE_PARTICLES: &[char] = &['の', 'と', 'を', 'に', 'が', 'は', 'へ', 'で', 'も', 'や', 'か'];

/// Whether a phrase continues from `chars[i - 1]` to `chars[i]`.
fn same_phrase(chars: &[char], i: usize) -> bool {
    let (a, b) = (chars[i - 1], chars[i]);
    let before = i.checked_sub(2).map(|j| chars[j]);
    let (ka, kb) = (kind(a), kind(b));
    let after_a_word = before.is_some_and(|p| matches!(kind(p), Kind::Kanji | Kind::Katakana | Kind::Other));
    match (ka, kb) {
        (Kind::Gap, _) | (_, Kind::Gap) => false,
        (_, Kind::Closing) => true,
        (Kind::Closing, _) | (_, Kind::Opening) => false,
        (Kind::Opening, _) => true,
        (Kind::Hiragana, Kind::Hiragana) => !match a {
            'を' => true,
            'は' | 'も' => after_a_word || before.is_some_and(|p| matches!(p, 'に' | 'で' | 'と' | 'へ')),
            _ => false,
        },
        // Hiragana then a word: a new phrase, unless the hiragana is a single okurigana
        // inside a compound (話し合う), or a long vowel mark (すごーい).
        (Kind::Hiragana, _) => {
            b == 'ー'
                || (kb == Kind::Kanji && before.is_some_and(|p| kind(p) == Kind::Kanji) && !LONE_PARTICLES.contains(&a))
        }
        // A katakana word before a kanji word of two or more (ポーツマス | 条約) or after
        // kanji (対 | ロシア) may end a line; one kanji after katakana is a suffix (ロシア側).
        (Kind::Katakana, Kind::Kanji) => chars.get(i + 1).is_none_or(|&n| kind(n) != Kind::Kanji),
        (Kind::Kanji, Kind::Katakana) => false,
        _ => true,
    }
}

/// Whether a word continues from `chars[i - 1]` to `chars[i]`: a run of kanji or of katakana,
/// a one-kanji suffix after katakana (ロシア側), a long vowel mark, and a single okurigana
/// inside a compound (話し合う); particles and okurigana at a word's end may begin a line.
fn same_word(chars: &[char], i: usize) -> bool {
    let (a, b) = (chars[i - 1], chars[i]);
    let lone_okurigana_at = |j: usize| {
        chars
            .get(j)
            .is_some_and(|&c| kind(c) == Kind::Hiragana && !LONE_PARTICLES.contains(&c))
            && j.checked_sub(1).is_some_and(|k| kind(chars[k]) == Kind::Kanji)
            && chars.get(j + 1).is_some_and(|&n| kind(n) == Kind::Kanji)
    };
    match (kind(a), kind(b)) {
        (_, Kind::Closing) | (Kind::Opening, _) => true,
        (Kind::Kanji, Kind::Kanji) | (Kind::Katakana, Kind::Katakana) => true,
        (Kind::Katakana, Kind::Kanji) => chars.get(i + 1).is_none_or(|&n| kind(n) != Kind::Kanji),
        (Kind::Kanji, Kind::Hiragana) => lone_okurigana_at(i),
        (Kind::Hiragana, Kind::Kanji) => lone_okurigana_at(i - 1),
        _ => b == 'ー',
    }
}

/// Whether the pair before `chars[i]` has kana or kanji in it: a pair of Latin letters,
/// digits or spaces is left to the ordinary rules.
fn touches_japanese(chars: &[char], i: usize) -> bool {
    is_japanese(kind(chars[i - 1])) || is_japanese(kind(chars[i]))
}

/// Where a break would be no break anyway (before closing punctuation, after an opening
/// bracket): no joiner is needed there.
fn never_breaks(a: char, b: char) -> bool {
    // A wave dash (8日～29日) is an ideograph to the line breaker: it may break before it.
    kind(a) == Kind::Opening || (kind(b) == Kind::Closing && !matches!(b, '～' | '〜'))
}

/// Japanese texts longer than this many characters are prose: glued by words, not phrases.
pub const PROSE_CHARS: usize = 80;

/// `text` split into phrases: the places a line may break between them (the ordinary rules
/// may still forbid some, before 。 for instance). Joiners already in `text` are dropped.
pub fn phrases(text: &str) -> Vec<String> {
    pieces(text, same_phrase)
}

/// `text` split into words, with whatever stands between them: the places a line of prose
/// may break.
pub fn words(text: &str) -> Vec<String> {
    pieces(text, same_word)
}

fn pieces(text: &str, together: fn(&[char], usize) -> bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().filter(|&c| c != WORD_JOINER).collect();
    let mut out: Vec<String> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && together(&chars, i) {
            out.last_mut().expect("a phrase begun").push(c);
        } else {
            out.push(c.to_string());
        }
    }
    out
}

/// `text` with a word joiner wherever the line must not break inside a Japanese phrase;
/// text without kana or kanji comes back untouched. Idempotent: joiners already present are
/// dropped and put back where the rules say.
pub fn join_phrases(text: &str) -> Cow<'_, str> {
    join(text, same_phrase)
}

/// `text` with a word joiner wherever a line must not break inside a Japanese word, as
/// [`join_phrases`] does for phrases.
pub fn join_words(text: &str) -> Cow<'_, str> {
    join(text, same_word)
}

/// `text` glued as prose: by words, except that each paragraph's last phrase is kept whole,
/// so that a paragraph never ends on a line holding only "る。".
pub fn join_prose(text: &str) -> Cow<'_, str> {
    join(text, |chars, i| {
        same_word(chars, i)
            || (same_phrase(chars, i)
                && chars[i..]
                    .iter()
                    .take_while(|&&c| c != '\n')
                    .enumerate()
                    .skip(1)
                    .all(|(k, _)| same_phrase(chars, i + k)))
    })
}

/// `text` glued for layout: by phrases, or as prose if it is longer than [`PROSE_CHARS`].
pub fn join_for_layout(text: &str) -> Cow<'_, str> {
    if text.chars().filter(|&c| c != WORD_JOINER).nth(PROSE_CHARS).is_some() {
        join_prose(text)
    } else {
        join_phrases(text)
    }
}

fn join(text: &str, together: impl Fn(&[char], usize) -> bool) -> Cow<'_, str> {
    if !has_japanese(text) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().filter(|&c| c != WORD_JOINER).collect();
    let mut out = String::with_capacity(text.len() * 2);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && touches_japanese(&chars, i) && together(&chars, i) && !never_breaks(chars[i - 1], c) {
            out.push(WORD_JOINER);
        }
        out.push(c);
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// `text` without word joiners: what it says, for a screen reader or a comparison.
pub fn unjoined(text: &str) -> Cow<'_, str> {
    if text.contains(WORD_JOINER) {
        Cow::Owned(text.chars().filter(|&c| c != WORD_JOINER).collect())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn split(text: &str) -> String {
        phrases(text).join("|")
    }

    /// Every line of the Japanese catalogue and the scenarios' Japanese prose, and of the
    /// other languages' catalogues.
    fn lines_of(dir: &str, suffix: &str) -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut files: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(suffix))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no {suffix} files in {dir}");
        files
            .iter()
            .flat_map(|p| {
                std::fs::read_to_string(p)
                    .unwrap()
                    .lines()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|l| !l.starts_with('#'))
            .collect()
    }

    fn japanese_lines() -> Vec<String> {
        let mut lines = lines_of("assets/locales/ja", ".ftl");
        lines.extend(lines_of("scenarios", ".ja.ftl"));
        lines
    }

    #[test]
    fn real_sentences_break_between_phrases() {
        // From scenarios/portsmouth-1905.ja.ftl and assets/locales/ja.
        assert_eq!(
            split("セオドア・ルーズベルトがオイスター・ベイから仲介する。"),
            "セオドア・|ルーズベルトが|オイスター・|ベイから|仲介する。"
        );
        assert_eq!(
            split("韓国、満州、樺太（サハリン）、そして金が議題である。"),
            "韓国、|満州、|樺太|（サハリン）、|そして|金が|議題である。"
        );
        assert_eq!(
            split("東京は、領土を侵されていない大国が賠償金を払うことはまずないと承知している"),
            "東京は、|領土を|侵されていない|大国が|賠償金を|払うことは|まずないと|承知している"
        );
        assert_eq!(
            split("新聞に語る：本国とアメリカの世論を動かします。"),
            "新聞に|語る：|本国と|アメリカの|世論を|動かします。"
        );
        assert_eq!(
            split("話し合い、ルーズベルトが追認した。"),
            "話し合い、|ルーズベルトが|追認した。"
        );
        assert_eq!(
            split("結果にはまだ結果がありません。"),
            "結果には|まだ|結果がありません。"
        );
        assert_eq!(
            split("ポーツマス海軍工廠における12回の会議"),
            "ポーツマス|海軍工廠における|12回の|会議"
        );
    }

    /// Names and compounds of the game's Japanese that no break may split.
    const WHOLE: [&str; 8] = [
        "オイスター",
        "ポーツマス",
        "ルーズベルト",
        "ウィッテ",
        "賠償金",
        "樺太",
        "全権団",
        "話し合",
    ];

    /// Asserts that no boundary `pieces` finds in the game's Japanese falls inside a word of
    /// `WHOLE`.
    fn no_boundary_inside_a_word(pieces: fn(&str) -> Vec<String>) {
        let mut seen = 0;
        for line in japanese_lines() {
            let boundaries: Vec<usize> = pieces(&line)
                .iter()
                .scan(0, |at, p| {
                    *at += p.len();
                    Some(*at)
                })
                .collect();
            for word in WHOLE {
                for (start, _) in line.match_indices(word) {
                    seen += 1;
                    let inside = start + 1..start + word.len();
                    assert!(
                        !boundaries.iter().any(|b| inside.contains(b)),
                        "{word} split in {}",
                        pieces(&line).join("|")
                    );
                }
            }
        }
        assert!(seen > 50, "only {seen} of the words found: the files moved?");
    }

    #[test]
    fn no_phrase_boundary_falls_inside_a_name_or_compound_anywhere_in_the_game() {
        no_boundary_inside_a_word(phrases);
    }

    #[test]
    fn joiners_go_only_inside_phrases_and_the_text_reads_the_same() {
        for line in japanese_lines() {
            let joined = join_phrases(&line);
            assert_eq!(unjoined(&joined), line.replace(WORD_JOINER, ""));
            assert_eq!(join_phrases(&joined), joined, "not idempotent");
            // A joiner never stands where one phrase ends and the next begins.
            let mut boundaries = std::collections::HashSet::new();
            let mut at = 0;
            for piece in phrases(&line) {
                at += piece.chars().count();
                boundaries.insert(at);
            }
            let mut visible = 0;
            for c in joined.chars() {
                if c == WORD_JOINER {
                    assert!(!boundaries.contains(&visible), "a joiner between phrases in {joined:?}");
                } else {
                    visible += 1;
                }
            }
            assert!(!joined.contains(&format!("{WORD_JOINER}{WORD_JOINER}")));
        }
        assert_eq!(join_phrases("樺太を"), "樺\u{2060}太\u{2060}を");
        assert_eq!(join_phrases("日本の立場"), "日\u{2060}本\u{2060}の立\u{2060}場");
        // No joiner where a line never breaks anyway (before 。, after 「).
        assert_eq!(join_phrases("「金」。"), "「金」。");
        assert_eq!(join_phrases("9日～29日"), "9\u{2060}日\u{2060}～29\u{2060}日");
    }

    #[test]
    fn prose_breaks_between_words_short_texts_between_phrases() {
        let words = |text: &str| super::words(text).join("|");
        assert_eq!(
            words("セオドア・ルーズベルトがオイスター・ベイから仲介する。"),
            "セオドア・|ルーズベルト|が|オイスター・|ベイ|か|ら|仲介|す|る。"
        );
        assert_eq!(
            words("東京は、領土を侵されていない大国が賠償金を払う"),
            "東京|は、|領土|を|侵|さ|れ|て|い|な|い|大国|が|賠償金|を|払|う"
        );
        assert_eq!(
            words("話し合い、ロシア側の（サハリン）"),
            "話し合|い、|ロシア側|の|（サハリン）"
        );
        // A short text is glued by phrases; prose, by words only.
        let short = "樺太を話し合う";
        assert_eq!(join_for_layout(short), join_phrases(short));
        let prose = "樺太を話し合う。".repeat(PROSE_CHARS / 8 + 1);
        assert_eq!(join_for_layout(&prose), join_prose(&prose));
        let laid_out = join_for_layout(&prose);
        assert!(laid_out.starts_with("樺\u{2060}太を話\u{2060}し\u{2060}合う。"));
        // The paragraph's last phrase is whole: no line holds only its end.
        assert!(laid_out.ends_with("話\u{2060}し\u{2060}合\u{2060}う。"), "{laid_out}");
        let two = format!("{prose}\n{prose}");
        let two_laid_out = join_prose(&two);
        assert_eq!(two_laid_out.matches("話\u{2060}し\u{2060}合\u{2060}う。").count(), 2);
    }

    #[test]
    fn no_word_is_split_in_prose_anywhere_in_the_game() {
        for line in japanese_lines() {
            for joined in [join_words(&line), join_prose(&line)] {
                assert_eq!(unjoined(&joined), line.replace(WORD_JOINER, ""));
                assert_eq!(join_words(&joined), join_words(&line), "not idempotent");
                assert_eq!(join_prose(&joined), join_prose(&line), "not idempotent");
            }
        }
        no_boundary_inside_a_word(super::words);
    }

    #[test]
    fn other_languages_are_left_alone() {
        for dir in ["assets/locales/en", "assets/locales/ru", "assets/locales/da"] {
            for line in lines_of(dir, ".ftl") {
                assert!(matches!(join_phrases(&line), Cow::Borrowed(_)), "{line}");
                assert!(matches!(join_for_layout(&line), Cow::Borrowed(_)), "{line}");
            }
        }
        // A Japanese name in an English line is kept whole, the English is not touched.
        assert_eq!(join_phrases("Komura (小村) speaks"), "Komura (小\u{2060}村) speaks");
    }
}
