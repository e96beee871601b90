//! What kind of file a text looks like, so that a file given in the wrong place (a save
//! where a scenario belongs, exported minutes where a save belongs) is named for what it
//! is, with what to do, instead of being reported as damaged.

use crate::engine::source::diagnostic::Diagnostic;
use crate::i18n::Message;
use crate::msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Scenario,
    Save,
    Result,
    /// Exported minutes, or any Markdown.
    Markdown,
    /// `simulate --out x.json`: one row per game.
    GamesTable,
    /// `simulate` or `tournament --out x.csv`.
    Csv,
}

impl FileKind {
    /// "a scenario file", "a saved game": what a file of this kind is.
    fn described(self) -> Message {
        match self {
            FileKind::Scenario => msg!("check-files-kind-scenario"),
            FileKind::Save => msg!("check-files-kind-save"),
            FileKind::Result => msg!("check-files-kind-result"),
            FileKind::Markdown => msg!("check-files-kind-markdown"),
            FileKind::GamesTable => msg!("check-files-kind-games-table"),
            FileKind::Csv => msg!("check-files-kind-csv"),
        }
    }

    /// What to do with a file of this kind instead.
    fn use_instead(self) -> Message {
        match self {
            FileKind::Scenario => msg!("check-files-use-scenario"),
            FileKind::Save => msg!("check-files-use-save"),
            FileKind::Result => msg!("check-files-use-result"),
            FileKind::Markdown | FileKind::GamesTable | FileKind::Csv => msg!("check-files-use-none"),
        }
    }
}

/// The kind `text` looks like, if it is clearly one the program writes or reads.
pub fn sniff(text: &str) -> Option<FileKind> {
    let start = skip_comments(text.trim_start_matches('\u{feff}'));
    let name: String = start
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if !name.is_empty() && start[name.len()..].trim_start().starts_with('(') {
        return match name.as_str() {
            "Scenario" => Some(FileKind::Scenario),
            "Save" => Some(FileKind::Save),
            "Result" => Some(FileKind::Result),
            _ => None,
        };
    }
    if start.starts_with('#') {
        return Some(FileKind::Markdown);
    }
    if start.starts_with('{') {
        let head: String = start.chars().take(400).collect();
        let keys = |names: &[&str]| names.iter().all(|k| head.contains(&format!("\"{k}\"")));
        if keys(&["scenario_id", "seed"]) {
            return Some(FileKind::Result);
        }
        if keys(&["scenario", "games"]) {
            return Some(FileKind::GamesTable);
        }
        return None;
    }
    let first_line = start.lines().next().unwrap_or("");
    if first_line.starts_with("game,") || first_line.starts_with("agent_japan,") {
        return Some(FileKind::Csv);
    }
    None
}

/// Refuses `text` if it is clearly a file of another kind than `expected`.
pub fn expect(text: &str, expected: FileKind, file: &str) -> Result<(), Diagnostic> {
    match sniff(text) {
        Some(found) if found != expected => Err(Diagnostic::error(
            "wrong-kind-of-file",
            msg!(
                "check-files-wrong-kind",
                found = found.described(),
                expected = expected.described()
            ),
            msg!(
                "check-files-wrong-kind-help",
                expected = expected.described(),
                instead = found.use_instead()
            ),
        )
        .in_file(file)),
        _ => Ok(()),
    }
}

/// Past blank space and `//` or `/* */` comments at the start.
fn skip_comments(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(rest) = text.strip_prefix("/*") {
            text = rest.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return text;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_recognised() {
        let cases = [
            ("// a counterfactual\nScenario(format: 1)", Some(FileKind::Scenario)),
            ("\u{feff}Save(\n  format: 1,", Some(FileKind::Save)),
            ("Result(format: 1", Some(FileKind::Result)),
            (
                "{\n  \"format\": 1,\n  \"scenario_id\": \"x\",\n  \"seed\": 3",
                Some(FileKind::Result),
            ),
            ("{\"scenario\":\"x\",\"games\":[", Some(FileKind::GamesTable)),
            ("# Minutes of the conference\n", Some(FileKind::Markdown)),
            ("game,seed,japan\n1,2,x", Some(FileKind::Csv)),
            ("(format: 1)", None),
            ("", None),
        ];
        for (text, kind) in cases {
            assert_eq!(sniff(text), kind, "{text:?}");
        }
    }

    #[test]
    fn a_save_given_as_a_scenario_is_named_with_what_to_do() {
        let problem = expect("Save(format: 1)", FileKind::Scenario, "game.ron").unwrap_err();
        let text = problem.to_string();
        assert!(
            text.starts_with("game.ron:1:1: error[wrong-kind-of-file]: this is a saved game, not a scenario file"),
            "{text}"
        );
        assert!(text.contains("portsmouth replay FILE"), "{text}");
        assert!(expect("Scenario(format: 1)", FileKind::Scenario, "s.ron").is_ok());
        assert!(expect("garbage", FileKind::Save, "s.ron").is_ok());
    }
}
