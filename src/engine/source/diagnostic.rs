//! Messages about files a user wrote or was given: where, which rule, and what to do.

use crate::engine::source::Location;
use crate::i18n::{Lang, Message};
use crate::msg;
use serde::Serialize;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable name for the rule that was broken, e.g. `unknown-article`.
    pub rule: &'static str,
    /// In English, as `Display` writes it.
    pub message: String,
    /// How to fix it, in English.
    pub help: String,
    pub location: Option<Location>,
    /// The message and its help in no language yet, for [`Diagnostic::render_in`].
    /// Boxed: a diagnostic is the error of many functions, and most are never shown.
    #[serde(skip)]
    words: Box<Words>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
struct Words {
    message: Option<Message>,
    help: Option<Message>,
    /// A problem found inside the file this one is about (the scenario inside a save),
    /// written under the message.
    cause: Option<Box<Diagnostic>>,
}

impl Diagnostic {
    pub fn error(rule: &'static str, message: impl Into<Message>, help: impl Into<Message>) -> Diagnostic {
        let (message, help) = (message.into(), help.into());
        Diagnostic {
            severity: Severity::Error,
            rule,
            message: message.english(),
            help: help.english(),
            location: None,
            words: Box::new(Words {
                message: Some(message),
                help: Some(help),
                cause: None,
            }),
        }
    }

    pub fn warning(rule: &'static str, message: impl Into<Message>, help: impl Into<Message>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(rule, message, help)
        }
    }

    pub fn at(mut self, location: Location) -> Diagnostic {
        self.location = Some(location);
        self
    }

    pub fn in_file(mut self, file: &str) -> Diagnostic {
        self.location = Some(Location {
            file: file.to_string(),
            line: 1,
            column: 1,
        });
        self
    }

    /// The diagnostic with the problem that caused it written under its message.
    pub fn because(mut self, cause: Diagnostic) -> Diagnostic {
        self.message = format!("{}\n{cause}", self.message);
        self.words.cause = Some(Box::new(cause));
        self
    }

    /// The message alone, in no language yet.
    pub fn message_words(&self) -> Message {
        self.words
            .message
            .clone()
            .unwrap_or_else(|| Message::Fixed(self.message.clone()))
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The diagnostic as `Display` writes it, in `lang`: the place and the rule's name stay
    /// as they are (an editor jumps to the one, a search finds the other).
    pub fn render_in(&self, lang: Lang) -> String {
        if lang == Lang::English {
            return self.to_string();
        }
        let message = match (&self.words.message, &self.words.cause) {
            (Some(words), Some(cause)) => format!("{}\n{}", words.in_lang(lang), cause.render_in(lang)),
            (Some(words), None) => words.in_lang(lang),
            (None, _) => self.message.clone(),
        };
        let help = self
            .words
            .help
            .as_ref()
            .map_or_else(|| self.help.clone(), |h| h.in_lang(lang));
        let severity = match self.severity {
            Severity::Error => msg!("check-error"),
            Severity::Warning => msg!("check-warning"),
        };
        let mut out = String::new();
        if let Some(location) = &self.location {
            out.push_str(&format!("{location}: "));
        }
        out.push_str(&format!("{}[{}]: {message}", severity.in_lang(lang), self.rule));
        if !help.is_empty() {
            out.push_str(&format!("\n    {}: {help}", msg!("check-help").in_lang(lang)));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if let Some(location) = &self.location {
            write!(f, "{location}: ")?;
        }
        write!(f, "{severity}[{}]: {}", self.rule, self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n    help: {}", self.help)?;
        }
        Ok(())
    }
}

/// The system's reason for a failed read or write: as the system words it in English (so
/// English output is what it always was), and the common ones in the reader's language.
/// A refusal in the game's own words (a folder where a file was expected) is its message.
pub fn system_reason(e: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    if let Some(problem) = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<crate::engine::records::regular::PlaceProblem>())
    {
        return problem.message.clone();
    }
    let key = match e.kind() {
        ErrorKind::NotFound => Some("check-io-not-found"),
        ErrorKind::PermissionDenied => Some("check-io-permission-denied"),
        ErrorKind::IsADirectory => Some("check-io-is-a-directory"),
        ErrorKind::StorageFull => Some("check-io-storage-full"),
        ErrorKind::ReadOnlyFilesystem => Some("check-io-read-only"),
        ErrorKind::NotADirectory => Some("check-io-not-a-directory"),
        ErrorKind::AddrInUse => Some("check-io-address-in-use"),
        ErrorKind::AddrNotAvailable => Some("check-io-address-not-available"),
        ErrorKind::ConnectionRefused => Some("check-io-connection-refused"),
        _ => None,
    };
    let written = e.to_string();
    Message::each(|lang| match key {
        Some(key) if !matches!(lang, Lang::English | Lang::Pseudo) => crate::i18n::text(lang, key),
        _ => written.clone(),
    })
}

/// Names longer than this get no suggestion: a typo of a real id is short, and a hostile
/// file must not make the comparison cost quadratic time and memory in its length.
const MAX_SUGGEST_CHARS: usize = 64;

/// The closest known name to a misspelt one, if it is close enough to be a typo.
pub fn did_you_mean<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_len = wrong.chars().count();
    if wrong_len > MAX_SUGGEST_CHARS {
        return None;
    }
    known
        .into_iter()
        .filter_map(|k| {
            let len = k.chars().count();
            let allowed = (len / 3).max(1);
            // Names whose lengths differ by more than the allowed edits cannot be close.
            (len <= MAX_SUGGEST_CHARS && len.abs_diff(wrong_len) <= allowed)
                .then(|| (edit_distance(wrong, k), k))
                .filter(|&(d, _)| d <= allowed)
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

/// A help line listing the allowed names, with a suggestion when one is close.
pub fn choices_help<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str> + Clone) -> Message {
    let list: Vec<&str> = known.clone().into_iter().collect();
    let listed = if list.len() > 16 {
        format!("{}, …", list[..16].join(", "))
    } else {
        list.join(", ")
    };
    match did_you_mean(wrong, known) {
        Some(guess) => msg!("check-did-you-mean", guess = guess, known = listed),
        None if list.is_empty() => msg!("check-none-defined"),
        None => msg!("check-use-one-of", known = listed),
    }
}

/// Edits (insert, delete, substitute, swap two neighbours) between two names, keeping
/// only the three rows the recurrence reads.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let known = ["korea", "sakhalin", "reparations"];
        assert_eq!(did_you_mean("sakhalinn", known), Some("sakhalin"));
        assert_eq!(did_you_mean("korae", known), Some("korea"));
        assert_eq!(did_you_mean("manchuria", known), None);
        assert_eq!(did_you_mean("sakhailn", known), Some("sakhalin"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn long_names_get_no_suggestion_and_cost_little() {
        let long = "x".repeat(40_000);
        assert_eq!(did_you_mean(&long, [long.as_str()]), None);
        assert_eq!(did_you_mean("korea", [long.as_str()]), None);
    }

    #[test]
    fn renders_like_a_compiler() {
        let d = Diagnostic::error("unknown-article", "no article `x`", "use one of: a").at(Location {
            file: "s.ron".into(),
            line: 3,
            column: 7,
        });
        assert_eq!(
            d.to_string(),
            "s.ron:3:7: error[unknown-article]: no article `x`\n    help: use one of: a"
        );
        assert_eq!(d.render_in(Lang::English), d.to_string());
    }

    #[test]
    fn renders_in_the_readers_language_keeping_place_and_rule() {
        let d = Diagnostic::warning(
            "unknown-article",
            msg!("check-scenario-no-article", id = "koria"),
            choices_help("koria", ["korea", "sakhalin"]),
        )
        .at(Location {
            file: "s.ron".into(),
            line: 3,
            column: 7,
        });
        assert_eq!(
            d.to_string(),
            "s.ron:3:7: warning[unknown-article]: there is no article `koria`\n    help: did you mean `korea`? Known: korea, sakhalin"
        );
        assert_eq!(
            d.render_in(Lang::Russian),
            "s.ron:3:7: предупреждение[unknown-article]: статьи `koria` нет\n    подсказка: возможно, имелось в виду `korea`? Известны: korea, sakhalin"
        );
        let japanese = d.render_in(Lang::Japanese);
        assert!(
            japanese.starts_with("s.ron:3:7: 警告[unknown-article]: 条項 `koria` はありません"),
            "{japanese}"
        );
        // Text from outside the catalogue is shown as it is, in every language.
        let fixed = Diagnostic::error("schema", "as written", "");
        assert_eq!(fixed.render_in(Lang::Danish), "fejl[schema]: as written");
    }
}
