//! The history terms the sources use (Komura, Witte, Sakhalin, the Treaty of Portsmouth...)
//! and their accepted renderings in each language, from `assets/history-terms.ron`: a
//! translation that drops one its original uses probably renders it wrongly.

use crate::i18n::Lang;
use serde::Deserialize;
use std::sync::OnceLock;

const TABLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/history-terms.ron"));

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct HistoryTerm {
    pub term: String,
    /// The key in docs/sources.md where the renderings can be checked.
    pub source: String,
    /// What is looked for in the original text (case does not matter).
    pub english: Vec<String>,
    pub ja: Vec<String>,
    /// Stems: Russian declines nouns.
    pub ru: Vec<String>,
    pub da: Vec<String>,
}

impl HistoryTerm {
    /// The renderings accepted in `lang`; none for English and the pseudo-locale.
    pub fn renderings(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Japanese => &self.ja,
            Lang::Russian => &self.ru,
            Lang::Danish => &self.da,
            Lang::English | Lang::Pseudo => &[],
        }
    }
}

/// The built-in table (empty if it did not parse; a test makes sure it does).
pub fn table() -> &'static [HistoryTerm] {
    static PARSED: OnceLock<Vec<HistoryTerm>> = OnceLock::new();
    PARSED.get_or_init(|| ron::from_str(TABLE).unwrap_or_default())
}

fn contains_any(text: &str, needles: &[String]) -> bool {
    let text = text.to_lowercase();
    needles.iter().any(|needle| text.contains(&needle.to_lowercase()))
}

/// The terms `original` uses whose every rendering in `lang` is absent from `translated`.
pub fn missing(lang: Lang, original: &str, translated: &str) -> Vec<&'static HistoryTerm> {
    table()
        .iter()
        .filter(|term| !term.renderings(lang).is_empty())
        .filter(|term| contains_any(original, &term.english))
        .filter(|term| !contains_any(translated, term.renderings(lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_and_covers_every_translated_language() {
        assert!(ron::from_str::<Vec<HistoryTerm>>(TABLE).is_ok());
        assert!(table().len() >= 10);
        for term in table() {
            for lang in [Lang::Japanese, Lang::Russian, Lang::Danish] {
                assert!(!term.renderings(lang).is_empty(), "{} in {lang}", term.term);
            }
        }
    }

    #[test]
    fn russian_stems_find_declined_forms_and_case_does_not_matter() {
        assert!(missing(Lang::Russian, "Komura and Witte", "Комуре и Витте").is_empty());
        assert!(missing(Lang::Russian, "the Korean envoys", "корейские посланники").is_empty());
        let dropped = missing(Lang::Russian, "Sakhalin and the indemnity", "остров и деньги");
        let names: Vec<&str> = dropped.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(names, ["Sakhalin", "indemnity"]);
    }

    #[test]
    fn any_accepted_rendering_will_do() {
        assert!(missing(Lang::Japanese, "Sakhalin", "サハリン").is_empty());
        assert!(missing(Lang::Japanese, "Sakhalin", "樺太").is_empty());
        assert!(missing(Lang::Japanese, "Treaty of Portsmouth", "ポーツマス条約").is_empty());
        assert_eq!(missing(Lang::Japanese, "Treaty of Portsmouth", "講和条約").len(), 1);
        assert!(missing(Lang::Danish, "the indemnity", "krigsskadeerstatningen").is_empty());
        assert!(missing(Lang::English, "Sakhalin", "anything").is_empty());
    }
}
