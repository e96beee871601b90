//! Compares a translation file with the file it translates: a message missing or left over,
//! a placeholder that does not match, or a line Fluent cannot read, each reported with
//! file:line:column. Used by the catalogue's own tests and by `portsmouth check` for the
//! translations beside a scenario.

use super::Message;
use crate::msg;
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A Fluent file's text and the name to report it under.
#[derive(Clone, Copy)]
pub struct FtlFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// One thing wrong with a translation, at a place in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub line: usize,
    pub column: usize,
    /// In English.
    pub message: String,
    /// The message in no language yet.
    pub words: Message,
}

impl Problem {
    pub fn new(path: String, line: usize, column: usize, words: Message) -> Problem {
        Problem {
            path,
            line,
            column,
            message: words.english(),
            words,
        }
    }

    /// The problem as `Display` writes it, in `lang`; the place as it is.
    pub fn render_in(&self, lang: super::Lang) -> String {
        format!(
            "{}:{}:{}: {}",
            self.path,
            self.line,
            self.column,
            self.words.in_lang(lang)
        )
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.path, self.line, self.column, self.message)
    }
}

/// The messages of a file: each key ("id" or "id.attribute") with the variables it uses and
/// the byte offset where it is written.
pub struct Keys {
    pub entries: BTreeMap<String, (BTreeSet<String>, usize)>,
    pub problems: Vec<Problem>,
}

/// Reads the keys of one file; what Fluent cannot read is a problem, the rest is kept.
pub fn keys(file: FtlFile) -> Keys {
    let (resource, errors) = match fluent_syntax::parser::parse(file.text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let lines = Lines::of(file.text);
    let mut problems: Vec<Problem> = errors
        .iter()
        // At the start of the message that breaks, where a translator looks; Fluent's own
        // position is often the next line, where it gave up.
        .map(|error| {
            let at = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start);
            problem_at(
                file,
                &lines,
                at,
                msg!("check-translation-unreadable", problem = error.kind.to_string()),
            )
        })
        .collect();
    let mut entries = BTreeMap::new();
    let mut search_from = 0;
    for entry in &resource.body {
        let Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        let at = offset_of_definition(file.text, id, search_from).unwrap_or(search_from);
        // The next message is written after this one's first line.
        search_from = file.text[at..].find('\n').map_or(file.text.len(), |end| at + end + 1);
        if let Some(value) = &message.value {
            insert(
                &mut entries,
                &mut problems,
                (file, &lines),
                id.to_string(),
                variables(value),
                at,
            );
        }
        for attribute in &message.attributes {
            let key = format!("{id}.{}", attribute.id.name);
            let attribute_at = file.text[at..]
                .find(&format!(".{}", attribute.id.name))
                .map_or(at, |offset| at + offset);
            insert(
                &mut entries,
                &mut problems,
                (file, &lines),
                key,
                variables(&attribute.value),
                attribute_at,
            );
        }
    }
    Keys { entries, problems }
}

fn insert(
    entries: &mut BTreeMap<String, (BTreeSet<String>, usize)>,
    problems: &mut Vec<Problem>,
    (file, lines): (FtlFile, &Lines),
    key: String,
    variables: BTreeSet<String>,
    at: usize,
) {
    match entries.entry(key) {
        std::collections::btree_map::Entry::Occupied(entry) => {
            problems.push(problem_at(
                file,
                lines,
                at,
                msg!("check-translation-twice", key = entry.key().as_str()),
            ));
        }
        std::collections::btree_map::Entry::Vacant(entry) => {
            entry.insert((variables, at));
        }
    }
}

/// Every problem of `translation` measured against `reference`: the keys must be the same,
/// and each must use the same placeholders.
pub fn compare(reference: FtlFile, translation: FtlFile) -> Vec<Problem> {
    let reference_lines = Lines::of(reference.text);
    let missing = |_: &str, at: usize| {
        let (line, column) = reference_lines.locate(at);
        Message::Fixed(format!("{}:{line}:{column}", reference.path))
    };
    let extra = |key: &str| not_in(key, reference.path);
    compare_with(
        reference,
        translation,
        Origins {
            missing: &missing,
            extra: &extra,
        },
    )
}

/// The message for a key the reference does not have.
pub fn not_in(key: &str, reference: &str) -> Message {
    msg!("check-translation-not-in", key = key, reference = reference)
}

/// How [`compare_with`] names the originals: a scenario's translations point into the
/// scenario, not into the template built from it.
#[derive(Clone, Copy)]
pub struct Origins<'a> {
    /// Where a missing key's original is, from the key and its offset in the reference.
    pub missing: &'a dyn Fn(&str, usize) -> Message,
    /// The whole message for a key the reference lacks.
    pub extra: &'a dyn Fn(&str) -> Message,
}

/// [`compare`], with the originals named by `origins`.
pub fn compare_with(reference: FtlFile, translation: FtlFile, origins: Origins) -> Vec<Problem> {
    let theirs = keys(reference);
    let ours = keys(translation);
    let lines = Lines::of(translation.text);
    let mut problems = ours.problems;
    for (key, (wanted, reference_at)) in &theirs.entries {
        match ours.entries.get(key) {
            None => {
                problems.push(Problem::new(
                    translation.path.to_string(),
                    1,
                    1,
                    msg!(
                        "check-translation-missing",
                        key = key.as_str(),
                        origin = (origins.missing)(key, *reference_at)
                    ),
                ));
            }
            Some((found, at)) if found != wanted => {
                let message = placeholder_mismatch(key, wanted, found);
                problems.push(problem_at(translation, &lines, *at, message));
            }
            Some(_) => {}
        }
    }
    for (key, (_, at)) in &ours.entries {
        if !theirs.entries.contains_key(key) {
            problems.push(problem_at(translation, &lines, *at, (origins.extra)(key)));
        }
    }
    problems.sort_by_key(|problem| (problem.path.clone(), problem.line, problem.column));
    problems
}

fn placeholder_mismatch(key: &str, wanted: &BTreeSet<String>, found: &BTreeSet<String>) -> Message {
    let list = |names: Vec<&String>| {
        names
            .iter()
            .map(|name| format!("{{ ${name} }}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let missing = list(wanted.difference(found).collect());
    let unknown = list(found.difference(wanted).collect());
    match (missing.is_empty(), unknown.is_empty()) {
        (false, true) => msg!("check-translation-leaves-out", key = key, missing = missing),
        (true, false) => msg!("check-translation-unknown-placeholder", key = key, unknown = unknown),
        _ => msg!(
            "check-translation-wrong-placeholder",
            key = key,
            unknown = unknown,
            missing = missing
        ),
    }
}

/// The variables a pattern refers to, in every variant of its selectors.
pub fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    collect_pattern(pattern, &mut names);
    names
}

fn collect_pattern(pattern: &Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, names);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, names);
            for variant in variants {
                collect_pattern(&variant.value, names);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, names),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => collect_arguments(arguments, names),
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => collect_arguments(arguments, names),
        InlineExpression::Placeable { expression } => collect_expression(expression, names),
        _ => {}
    }
}

fn collect_arguments(arguments: &ast::CallArguments<&str>, names: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        collect_inline(positional, names);
    }
    for named in &arguments.named {
        collect_inline(&named.value, names);
    }
}

/// Where `id = ...` starts, at the beginning of a line, from `from` on.
fn offset_of_definition(text: &str, id: &str, from: usize) -> Option<usize> {
    let mut offset = from;
    for line in text[from..].split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

fn problem_at(file: FtlFile, lines: &Lines, offset: usize, message: Message) -> Problem {
    let (line, column) = lines.locate(offset);
    Problem::new(file.path.to_string(), line, column, message)
}

/// One-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    Lines::of(text).locate(offset)
}

/// Where each line of a text starts: many offsets placed without reading the text again for
/// each (a file of 50,000 wrong keys would otherwise take minutes).
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn of(text: &'a str) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Lines { text, starts }
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file<'a>(path: &'a str, text: &'a str) -> FtlFile<'a> {
        FtlFile { path, text }
    }

    const ENGLISH: &str = "# The title screen\nnew-game = New game\n    .tip = Choose a scenario\nsessions = { $count ->\n    [one] one session\n   *[other] { $count } sessions\n}\n";

    #[test]
    fn a_faithful_translation_has_no_problems() {
        let danish = "new-game = Nyt spil\n    .tip = Vælg et scenarie\nsessions = { $count ->\n    [one] ét møde\n   *[other] { $count } møder\n}\n";
        assert_eq!(compare(file("en.ftl", ENGLISH), file("da.ftl", danish)), vec![]);
    }

    #[test]
    fn missing_extra_and_mismatched_keys_are_placed() {
        let russian = "new-game = Новая игра\nsessions = { $n } заседаний\nextra = лишнее\n";
        let problems = compare(file("en.ftl", ENGLISH), file("ru.ftl", russian));
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            text.contains(&"ru.ftl:1:1: `new-game.tip` is missing: translate it from en.ftl:3:5".to_string()),
            "{text:#?}"
        );
        assert!(
            text.contains(&"ru.ftl:2:1: `sessions` uses { $n } where the original uses { $count }".to_string()),
            "{text:#?}"
        );
        assert!(
            text.contains(&"ru.ftl:3:1: `extra` is not in en.ftl: remove it, or add it there first".to_string()),
            "{text:#?}"
        );
        assert_eq!(problems.len(), 3);
    }

    #[test]
    fn a_missing_key_can_point_to_where_its_original_is() {
        let missing = |key: &str, _: usize| Message::Fixed(format!("the scenario's `{key}`"));
        let extra = |key: &str| Message::Fixed(format!("`{key}` is extra"));
        let origins = Origins {
            missing: &missing,
            extra: &extra,
        };
        let danish = "new-game = Nyt spil\n    .tip = Vælg\nmore = mere\n";
        let problems = compare_with(file("en.ftl", ENGLISH), file("da.ftl", danish), origins);
        assert_eq!(
            problems[0].to_string(),
            "da.ftl:1:1: `sessions` is missing: translate it from the scenario's `sessions`"
        );
        assert_eq!(problems[1].to_string(), "da.ftl:3:1: `more` is extra");
    }

    #[test]
    fn unreadable_lines_and_duplicates_are_placed() {
        let broken = "new-game = Nyt spil\n    .tip = Vælg\nsessions = { $count\nnew-game = igen\n";
        let problems = compare(file("en.ftl", ENGLISH), file("da.ftl", broken));
        assert!(
            problems
                .iter()
                .any(|p| p.line == 3 && p.message.starts_with("Fluent cannot read this message")),
            "{problems:#?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.line == 4 && p.message.contains("written twice")),
            "{problems:#?}"
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(line_column("日本\nab", 8), (2, 2));
        assert_eq!(line_column("日本", 3), (1, 2));
        assert_eq!(line_column("a\n", 2), (2, 1));
        assert_eq!(line_column("ab", 99), (1, 3));
        assert_eq!(line_column("", 0), (1, 1));
    }
}
