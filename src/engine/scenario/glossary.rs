//! The words a reader may not know, explained in one line each: the scenario's own glossary
//! (history, with its sources) and the game's words (reservation, red line, package…),
//! which every scenario shares. The game finds the terms in a label and shows them on hover.

use super::model::{GlossaryEntry, PublicScenario};
use crate::i18n::Lang;
use std::sync::OnceLock;

/// The game's own words, explained once for every scenario.
pub const GAME_TERMS: &[(&str, &str)] = &[
    (
        "reservation",
        "What walking away is worth to a side: a treaty worth less than this is worse than no treaty at all.",
    ),
    (
        "walk-away value",
        "What a side gets if the talks fail and the war goes on; no sensible delegate signs for less.",
    ),
    (
        "red line",
        "A term your government has forbidden you to accept; only a cable home can lift it.",
    ),
    (
        "instructions",
        "The orders a delegation brings from its capital; the capital can still change them, or impose new ones, by cable.",
    ),
    (
        "cable",
        "A telegram home asking the government to change its instructions; the answer may be yes or no.",
    ),
    (
        "ultimatum",
        "A final offer: accept these terms or the talks are broken off.",
    ),
    (
        "package",
        "Articles offered together: the other side must take all of them or none.",
    ),
    (
        "set aside",
        "Left out of the treaty by agreement, to be settled later or never.",
    ),
    (
        "agenda",
        "The articles the conference has taken up so far; an article can only be proposed once it is on the agenda.",
    ),
    (
        "mediator",
        "A go-between who helps both sides find terms they can both sign, without taking either side.",
    ),
    (
        "utility",
        "How good a result is for one side, from 0 (its worst possible treaty) to 1 (its best).",
    ),
    (
        "Pareto frontier",
        "The treaties that cannot be made better for one side without making them worse for the other.",
    ),
    (
        "Nash point",
        "The treaty on the frontier that shares the gain over walking away most evenly, by a rule John Nash proposed in 1950.",
    ),
];

/// The game's own words in `lang`, in the order of [`GAME_TERMS`] (which is the English):
/// each from the catalogue's `glossary-<term>` and its `.means`.
pub fn game_terms(lang: Lang) -> &'static [(String, String)] {
    static MADE: [OnceLock<Vec<(String, String)>>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    MADE[at].get_or_init(|| {
        GAME_TERMS
            .iter()
            .map(|(term, _)| {
                let key = format!("glossary-{}", term.to_lowercase().replace(' ', "-"));
                (
                    crate::i18n::text(lang, &key),
                    crate::i18n::text(lang, &format!("{key}.means")),
                )
            })
            .collect()
    })
}

/// The game's word `english` (one of [`GAME_TERMS`]) in `lang`; itself if it is not one.
pub fn game_term(lang: Lang, english: &str) -> String {
    GAME_TERMS
        .iter()
        .position(|(term, _)| *term == english)
        .map_or_else(|| english.to_string(), |at| game_terms(lang)[at].0.clone())
}

/// One explained term, from the scenario or from the game.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term<'a> {
    pub term: &'a str,
    pub means: &'a str,
    /// Source keys; none for the game's own words.
    pub sources: &'a [String],
}

impl Term<'_> {
    /// "term: what it means", for a tooltip.
    pub fn line(&self) -> String {
        format!("{}: {}", self.term, self.means)
    }
}

impl PublicScenario {
    /// Every term this scenario explains, its own first, then the game's words it does not
    /// explain itself.
    pub fn terms(&self) -> Vec<Term<'_>> {
        self.terms_for(Lang::English)
    }

    /// Every term this scenario explains, the game's words in `lang` (the scenario's own are
    /// in the language it was loaded in).
    pub fn terms_for(&self, lang: Lang) -> Vec<Term<'_>> {
        let own = self.glossary.iter().map(|g: &GlossaryEntry| Term {
            term: &g.term,
            means: &g.means,
            sources: &g.sources,
        });
        let game = game_terms(lang)
            .iter()
            .filter(|(t, _)| !self.glossary.iter().any(|g| g.term.eq_ignore_ascii_case(t)))
            .map(|(term, means)| Term {
                term,
                means,
                sources: &[],
            });
        own.chain(game).collect()
    }

    /// The explanation of `term` (case does not matter).
    pub fn explain(&self, term: &str) -> Option<Term<'_>> {
        self.terms()
            .into_iter()
            .find(|t| t.term.eq_ignore_ascii_case(term.trim()))
    }

    /// The terms that occur in `text` as whole words, each once, in the order they appear;
    /// where terms overlap ("Liaodong" in "Liaodong lease") the longer one wins.
    pub fn terms_in(&self, text: &str) -> Vec<Term<'_>> {
        self.terms_in_lang(Lang::English, text)
    }

    /// [`Self::terms_in`] with the game's words in `lang`.
    pub fn terms_in_lang(&self, lang: Lang, text: &str) -> Vec<Term<'_>> {
        let lower = text.to_lowercase();
        let mut terms = self.terms_for(lang);
        terms.sort_by_key(|t| std::cmp::Reverse(t.term.len()));
        let mut taken: Vec<(usize, usize, Term)> = Vec::new();
        for term in terms {
            let needle = term.term.to_lowercase();
            let mut from = 0;
            while let Some(at) = lower[from..].find(&needle).map(|i| i + from) {
                let end = at + needle.len();
                from = at + needle.len().max(1);
                if !whole_word(&lower, at, end) || taken.iter().any(|&(s, e, _)| at < e && s < end) {
                    continue;
                }
                taken.push((at, end, term));
                break;
            }
        }
        taken.sort_by_key(|&(s, _, _)| s);
        taken.into_iter().map(|(_, _, t)| t).collect()
    }

    /// A tooltip explaining every term in `text`, one per line; `None` if it has none.
    pub fn explain_in(&self, text: &str) -> Option<String> {
        self.explain_in_lang(Lang::English, text)
    }

    /// [`Self::explain_in`] with the game's words in `lang`.
    pub fn explain_in_lang(&self, lang: Lang, text: &str) -> Option<String> {
        let lines: Vec<String> = self.terms_in_lang(lang, text).iter().map(Term::line).collect();
        (!lines.is_empty()).then(|| lines.join("\n"))
    }
}

/// Whether `text[at..end]` is not part of a longer word (a plural "s" still counts).
/// Japanese writes no spaces between words, so beside kanji or kana there is no boundary
/// to look for: "露暦" is a term in "露暦8月10日", and "樺太" in "樺太について".
fn whole_word(text: &str, at: usize, end: usize) -> bool {
    let term = &text[at..end];
    let before = text[..at].chars().next_back();
    let mut after = text[end..].chars();
    let next = match after.next() {
        Some('s') => after.next(),
        other => other,
    };
    let joins = |neighbour: Option<char>, edge: Option<char>| {
        neighbour.is_some_and(|c| c.is_alphanumeric() && !is_cjk(c)) && !edge.is_some_and(is_cjk)
    };
    !joins(before, term.chars().next()) && !joins(next, term.chars().next_back())
}

/// A character of Japanese (or Chinese) writing: kanji, hiragana or katakana.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // hiragana, katakana
        | '\u{31F0}'..='\u{31FF}' // katakana extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width katakana
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Japanese has no spaces between words: a term stands beside kana, kanji or digits, and
    /// a Latin term inside Japanese text is still a word of its own. Before, only terms next
    /// to brackets or punctuation were found ("樺太について" explained nothing).
    #[test]
    fn japanese_terms_are_found_without_spaces_around_them() {
        assert!(whole_word("樺太について", 0, "樺太".len()));
        assert!(whole_word("露暦8月10日", 0, "露暦".len()));
        let text = "ルーズベルトはoyster bayにいる";
        let at = text.find("oyster bay").unwrap();
        assert!(whole_word(text, at, at + "oyster bay".len()));
        // Latin words keep their boundaries, beside each other or beside digits.
        assert!(whole_word("leases", 0, "lease".len()), "a plural still counts");
        assert!(!whole_word("unleased", 2, 2 + "lease".len()));
        assert!(!whole_word("lease2", 0, "lease".len()));
    }

    #[test]
    fn the_catalogue_holds_the_games_words_as_written_here() {
        let english = game_terms(Lang::English);
        for ((term, means), (t, m)) in GAME_TERMS.iter().zip(english) {
            assert_eq!((*term, *means), (t.as_str(), m.as_str()));
        }
        for lang in [Lang::Japanese, Lang::Russian, Lang::Danish] {
            for ((term, _), (t, m)) in GAME_TERMS.iter().zip(game_terms(lang)) {
                assert!(
                    !t.is_empty() && !m.is_empty() && !t.starts_with("glossary-"),
                    "{term} in {lang}: {t}"
                );
                assert_ne!(m, GAME_TERMS.iter().find(|(x, _)| x == term).unwrap().1);
            }
        }
        assert_eq!(game_term(Lang::Japanese, "red line"), "譲れない一線");
    }

    #[test]
    fn a_word_inside_another_is_not_the_term() {
        assert!(whole_word("the open door", 4, 13));
        assert!(whole_word("red lines", 0, 8));
        assert!(!whole_word("cablegram", 0, 5));
        assert!(!whole_word("unpackaged", 2, 9));
    }

    #[test]
    fn every_game_term_is_one_short_line() {
        for (term, means) in GAME_TERMS {
            assert!(!means.contains('\n') && means.len() < 240, "{term}");
            assert!(means.ends_with('.'), "{term}");
        }
    }
}
