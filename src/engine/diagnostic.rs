//! Messages about files a user wrote or was given: where, which rule, and what to do.

use super::source::Location;
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

/// The closest known name to a misspelt one, if it is close enough to be a typo.
pub fn did_you_mean<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(wrong, k), k))
        .filter(|&(d, k)| d <= (k.chars().count() / 3).max(1))
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

/// Edits (insert, delete, substitute, swap two neighbours) between two names.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
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
