//! The evidence rules: what a source reference must hold, the INVENTED mark that stands where
//! a number or option rests on no source, and the historian's notes shown beside events,
//! articles and outcomes.

use super::file::NoteFile;
use super::model::{Note, Reading};

/// Written in a `source` field instead of a key: a game-balance choice, not a historical fact.
pub const INVENTED: &str = "INVENTED";

/// The source keys written in one `source` field (comma, semicolon or space separated),
/// without the INVENTED mark.
pub fn keys(field: &str) -> impl Iterator<Item = &str> {
    field.split([',', ';', ' ']).filter(|k| !k.is_empty() && *k != INVENTED)
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
        sources: keys(&file.sources).map(str::to_string).collect(),
        contested: file
            .contested
            .iter()
            .map(|r| Reading {
                source: r.source.clone(),
                says: r.says.clone(),
            })
            .collect(),
    })
}

/// Every source field a note cites, with its place under the note: (path tail, keys).
pub fn cited(file: &NoteFile) -> Vec<(Vec<&'static str>, usize, &str)> {
    let mut out = vec![(vec!["sources"], usize::MAX, file.sources.as_str())];
    for (i, r) in file.contested.iter().enumerate() {
        out.push((vec!["contested"], i, r.source.as_str()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_invented_mark_is_not_a_key() {
        assert_eq!(keys("ISHII, INVENTED; KOR").collect::<Vec<_>>(), ["ISHII", "KOR"]);
    }
}
