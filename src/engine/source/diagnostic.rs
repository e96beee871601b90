//! Messages about files a user wrote or was given: where, which rule, and what to do.

use crate::engine::source::Location;
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
    pub message: String,
    /// How to fix it.
    pub help: String,
    pub location: Option<Location>,
}

impl Diagnostic {
    pub fn error(rule: &'static str, message: impl Into<String>, help: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            rule,
            message: message.into(),
            help: help.into(),
            location: None,
        }
    }

    pub fn warning(rule: &'static str, message: impl Into<String>, help: impl Into<String>) -> Diagnostic {
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

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
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
pub fn choices_help<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str> + Clone) -> String {
    let list: Vec<&str> = known.clone().into_iter().collect();
    let listed = if list.len() > 16 {
        format!("{}, …", list[..16].join(", "))
    } else {
        list.join(", ")
    };
    match did_you_mean(wrong, known) {
        Some(guess) => format!("did you mean `{guess}`? Known: {listed}"),
        None if list.is_empty() => "none are defined yet".to_string(),
        None => format!("use one of: {listed}"),
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
    }
}
