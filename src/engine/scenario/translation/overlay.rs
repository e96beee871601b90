//! Lays a translation over a scenario file as written: each prose field whose key the
//! translation has takes the translated text; everything else (ids, numbers, rules, and any
//! field the translation lacks or cannot format) stays as it was.

use super::fields;
use crate::engine::scenario::file::ScenarioFile;
use crate::i18n::check::{FtlFile, Lines, Problem, keys};
use crate::msg;
use fluent_bundle::{FluentBundle, FluentResource};

/// Replaces the fields `applies(key)` allows with their translation in `ftl`. Returns what
/// could not be used, placed in `path`; a field with a problem keeps its text.
pub fn overlay(
    file: &mut ScenarioFile,
    path: &str,
    ftl: &str,
    locale: &str,
    applies: &dyn Fn(&str) -> bool,
) -> Vec<Problem> {
    // Fluent keeps every message it could read; the broken ones (and a key written twice)
    // are reported as `portsmouth check` reports them, and the rest still translate.
    let read = keys(FtlFile { path, text: ftl });
    let mut problems = read.problems;
    let resource = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(partial, _)| partial);
    let lines = Lines::of(ftl);
    let mut bundle = FluentBundle::new(vec![locale.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    // Two messages of one key: the first is used; `check` reports the second.
    let _ = bundle.add_resource(resource);
    fields::visit(file, &mut |field, text| {
        if !applies(&field.key) {
            return;
        }
        let Some(pattern) = bundle.get_message(&field.key).and_then(|m| m.value()) else {
            return;
        };
        let mut errors = Vec::new();
        let translated = bundle.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            *text = translated.into_owned();
        } else {
            let at = read.entries.get(&field.key).map_or(0, |(_, at)| *at);
            let (line, column) = lines.locate(at);
            problems.push(Problem::new(
                path.to_string(),
                line,
                column,
                msg!(
                    "check-translation-cannot-format",
                    key = field.key.as_str(),
                    problems = errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
                ),
            ));
        }
    });
    problems
}
