//! Reading a file the program wrote — a save, a result, the settings — whatever its format:
//! RON and JSON go through the same bounded parser, so the same limits hold for both, then
//! a check for a newer format, then serde. Every failure names its place.

use super::de::from_node;
use super::parse::{Limits, parse};
use super::span::{Location, SourceFile, SourceMap};
use crate::i18n::Message;
use serde::de::DeserializeOwned;

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Not a file of this kind at all, or cut short: the parser refused it.
    Unreadable,
    /// Written by a newer version: its `format`.
    Newer(i64),
    /// Readable, but a field is missing, unknown or of the wrong kind.
    Schema,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DocumentError {
    pub problem: Problem,
    /// In English.
    pub message: String,
    pub location: Location,
    /// The message in no language yet.
    pub words: Message,
}

/// Reads `text` (named `name` in messages) as a `T`, within `limits`. Where the document has
/// a `format` field above `newest_format`, that is the error, before anything else is read.
pub fn read_document<T: DeserializeOwned>(
    name: &str,
    text: String,
    limits: Limits,
    newest_format: Option<u32>,
) -> Result<T, DocumentError> {
    let mut sources = SourceMap::default();
    let id = sources.add(SourceFile::new(name, text));
    let tree = parse(&sources.file(id).text, id, limits).map_err(|e| {
        let [words, _] = *e.words;
        DocumentError {
            problem: Problem::Unreadable,
            message: e.message,
            location: sources.location(e.span),
            words,
        }
    })?;
    if let Some((format, span)) = newest_format.and_then(|newest| tree.format_beyond(newest)) {
        return Err(DocumentError {
            problem: Problem::Newer(format),
            message: format!("format {format}"),
            location: sources.location(span),
            words: Message::Fixed(format!("format {format}")),
        });
    }
    from_node(&tree).map_err(|e| DocumentError {
        problem: Problem::Schema,
        message: e.message,
        location: sources.location(e.span.unwrap_or(tree.span)),
        words: e.words,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    #[serde(rename = "Doc", deny_unknown_fields)]
    struct Doc {
        format: u32,
        seat: Seat,
        other: Seat,
        pair: (u8, String),
        maybe: Option<f64>,
        list: Vec<Option<usize>>,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    enum Seat {
        Human,
        Computer(String),
        Both { a: u8 },
    }

    const LIMITS: Limits = Limits::SCENARIO;

    fn doc() -> Doc {
        Doc {
            format: 1,
            seat: Seat::Computer("tit_for_tat \"x\"\n😀".into()),
            other: Seat::Both { a: 3 },
            pair: (7, "é".into()),
            maybe: None,
            list: vec![Some(1), None],
        }
    }

    #[test]
    fn reads_what_serde_json_and_ron_write() {
        let json = serde_json::to_string_pretty(&doc()).unwrap();
        assert_eq!(read_document::<Doc>("d.json", json, LIMITS, Some(1)).unwrap(), doc());
        let ron = ron::ser::to_string_pretty(&doc(), ron::ser::PrettyConfig::new().struct_names(true)).unwrap();
        assert_eq!(read_document::<Doc>("d.ron", ron, LIMITS, Some(1)).unwrap(), doc());
        let mut human = doc();
        human.seat = Seat::Human;
        let json = serde_json::to_string(&human).unwrap();
        assert_eq!(read_document::<Doc>("d.json", json, LIMITS, Some(1)).unwrap(), human);
    }

    #[test]
    fn json_is_held_to_the_same_limits() {
        let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
        let e = read_document::<Doc>("d.json", deep, LIMITS, None).unwrap_err();
        assert_eq!(e.problem, Problem::Unreadable);
        assert!(e.message.contains("nested"), "{e:?}");
        let newer = r#"{"format": 9}"#.to_string();
        let e = read_document::<Doc>("d.json", newer, LIMITS, Some(1)).unwrap_err();
        assert_eq!(e.problem, Problem::Newer(9));
        assert_eq!(e.location.to_string(), "d.json:1:12");
    }
}
