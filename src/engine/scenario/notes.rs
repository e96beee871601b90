//! The evidence rules: what a source reference must hold, the INVENTED mark that stands where
//! a number or option rests on no source, and the historian's notes shown beside events,
//! articles and outcomes.

use super::file::NoteFile;
use super::model::{Note, Reading};
use crate::engine::source::Spanned;
use crate::i18n::Lang;
use crate::tr;
use std::collections::BTreeMap;

/// Written in a `source` field instead of a key: a game-balance choice, not a historical fact.
pub const INVENTED: &str = "INVENTED";

/// The source keys written in one `source` field (comma, semicolon or space separated),
/// without the INVENTED mark.
pub fn keys(field: &str) -> impl Iterator<Item = &str> {
    field.split([',', ';', ' ']).filter(|k| !k.is_empty() && *k != INVENTED)
}

/// The sources a text cites inline, in square brackets ("… [PPT-N][ILYIN]"), each once and in
/// order, with their full references: the keys `references` has, none it lacks.
pub fn cited_inline<'a>(text: &'a str, references: &'a BTreeMap<String, String>) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for piece in text.split('[').skip(1) {
        let Some((key, _)) = piece.split_once(']') else {
            continue;
        };
        if let Some(reference) = references.get(key)
            && !out.iter().any(|(k, _)| *k == key)
        {
            out.push((key, reference));
        }
    }
    out
}

/// A reference is full when it names its author and title (at least two parts, comma
/// separated) and a year — four digits, or `n.d.` said outright when no date is known.
pub fn is_full_reference(text: &str) -> bool {
    let parts = text.split(',').filter(|p| !p.trim().is_empty()).count();
    parts >= 2 && (text.contains("n.d.") || has_year(text))
}

fn has_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(4).enumerate().any(|(i, w)| {
        let digits = w.iter().all(u8::is_ascii_digit);
        let before = i == 0 || !bytes[i - 1].is_ascii_digit();
        let after = bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit());
        let year: u32 = std::str::from_utf8(w).ok().and_then(|s| s.parse().ok()).unwrap_or(0);
        digits && before && after && (1500..=2100).contains(&year)
    })
}

/// A historian's note as the game shows it; the keys are checked with the other sources.
pub fn compile(file: &Option<NoteFile>) -> Option<Note> {
    let file = file.as_ref()?;
    Some(Note {
        text: file.text.clone(),
        sources: keys(&file.sources.value).map(str::to_string).collect(),
        contested: file
            .contested
            .iter()
            .map(|r| Reading {
                source: r.source.value.clone(),
                says: r.says.clone(),
            })
            .collect(),
    })
}

/// Every source field a note cites: its sources and each reading's source.
pub fn cited(file: &NoteFile) -> impl Iterator<Item = &Spanned<String>> {
    std::iter::once(&file.sources).chain(file.contested.iter().map(|r| &r.source))
}

impl Note {
    /// Every key the note cites, in its sources and its readings, each once, in order.
    pub fn keys(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let readings = self.contested.iter().flat_map(|r| keys(&r.source));
        for key in self.sources.iter().map(String::as_str).chain(readings) {
            if !out.contains(&key) {
                out.push(key);
            }
        }
        out
    }

    /// The note as the game shows it: the text, what each source says where they differ,
    /// and the full reference of every source cited.
    pub fn render(&self, references: &BTreeMap<String, String>) -> String {
        self.render_in(Lang::English, references)
    }

    /// The same, its headings in `lang` (the minutes' words for them); the text and the
    /// readings are the scenario's, translated with it, and references stay as published.
    pub fn render_in(&self, lang: Lang, references: &BTreeMap<String, String>) -> String {
        let mut out = self.text.clone();
        if !self.contested.is_empty() {
            out.push_str("\n\n");
            out.push_str(&tr!(lang, "export-minutes-sources-differ"));
            for r in &self.contested {
                out.push_str(&format!("\n• [{}] {}", r.source, r.says));
            }
        }
        let keys = self.keys();
        if !keys.is_empty() {
            out.push_str("\n\n");
            out.push_str(&tr!(lang, "export-minutes-sources"));
            for key in keys {
                let reference = references
                    .get(key)
                    .cloned()
                    .unwrap_or_else(|| tr!(lang, "export-minutes-no-reference"));
                out.push_str(&format!("\n[{key}] {reference}"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_cites_the_sources_its_brackets_name() {
        let references: BTreeMap<String, String> = [
            ("PPT-N", "Society, Negotiations, n.d."),
            ("ILYIN", "Ilyin, Witte, 2006"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let text = "Secrecy, though Witte wanted open sessions. [PPT-N][UL-LANG][ILYIN] Again [PPT-N]; [unclosed";
        assert_eq!(
            cited_inline(text, &references),
            vec![
                ("PPT-N", "Society, Negotiations, n.d."),
                ("ILYIN", "Ilyin, Witte, 2006")
            ]
        );
        assert!(cited_inline("No sources here.", &references).is_empty());
    }

    #[test]
    fn a_full_reference_has_author_title_and_year() {
        assert!(is_full_reference("Ilyin, Sergei, Witte, 2006, pp. 145–152"));
        assert!(is_full_reference("unknown, Danish article on the treaty, n.d."));
        assert!(!is_full_reference(
            "Korostovets, diary of the Russian delegation's secretary"
        ));
        assert!(!is_full_reference("Test source 1905"));
        assert!(!is_full_reference("Best, Financial Diplomacy, pp. 12345"));
    }

    #[test]
    fn a_note_shows_each_reading_and_each_reference_once() {
        let note = Note {
            text: "Who raised it?".into(),
            sources: vec!["A".into()],
            contested: vec![
                Reading {
                    source: "A".into(),
                    says: "Witte.".into(),
                },
                Reading {
                    source: "B, INVENTED".into(),
                    says: "Roosevelt.".into(),
                },
            ],
        };
        let refs = BTreeMap::from([("A".to_string(), "Ay, Book, 1905".to_string())]);
        let shown = note.render(&refs);
        assert!(shown.starts_with("Who raised it?"));
        assert!(shown.contains("• [A] Witte.") && shown.contains("• [B, INVENTED] Roosevelt."));
        assert_eq!(shown.matches("[A] Ay, Book, 1905").count(), 1);
        assert!(shown.contains("[B] (no reference)") && !shown.contains("[INVENTED]"));
    }

    #[test]
    fn the_invented_mark_is_not_a_key() {
        assert_eq!(keys("ISHII, INVENTED; KOR").collect::<Vec<_>>(), ["ISHII", "KOR"]);
    }
}
