//! What `portsmouth check` says about the translation files beside a scenario: each is
//! compared with the scenario's own text (its template, built in memory) by the catalogue's
//! checker — a missing or extra key, a placeholder that does not match, a line Fluent cannot
//! read — and with the history terms the sources use. No file beside it: nothing to say.

use super::chain::{Chain, translation_path};
use super::fields::Field;
use super::load::{load_translated, read_translation};
use super::template::template;
use super::terms;
use crate::engine::source::Location;
use crate::engine::source::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::i18n::Message;
use crate::i18n::check::{FtlFile, Lines, Origins, Problem, compare_with, keys, not_in};
use crate::msg;
use fluent_bundle::{FluentBundle, FluentResource};
use std::collections::BTreeMap;
use std::collections::HashSet;
use std::path::Path;

/// Every problem (errors) and dropped history term (warnings) of every translation file
/// beside the scenario at `scenario`, in the order of [`Lang::OFFERED`].
pub fn check_translations(scenario: &Path) -> Vec<Diagnostic> {
    let present: Vec<Lang> = Lang::OFFERED
        .into_iter()
        .filter(|lang| translation_path(scenario, lang.files()).exists())
        .collect();
    if present.is_empty() {
        return Vec::new();
    }
    let Ok(chain) = Chain::read(scenario) else {
        // The scenario's own errors are reported by its loader.
        return Vec::new();
    };
    let name = scenario.display().to_string();
    let own = chain.own_fields();
    let reference = template(&name, "en", &own);
    let mut out = Vec::new();
    for lang in present {
        let path = translation_path(scenario, lang.files());
        let shown = path.display().to_string();
        let text = match read_translation(&path) {
            Ok(Some(text)) => text,
            Ok(None) => continue,
            Err(problem) => {
                out.push(error(problem));
                continue;
            }
        };
        out.extend(check_one(scenario, &chain, &own, &reference, lang, &shown, &text));
    }
    out
}

fn check_one(
    scenario: &Path,
    chain: &Chain,
    own: &[(Field, String)],
    reference: &str,
    lang: Lang,
    shown: &str,
    text: &str,
) -> Vec<Diagnostic> {
    let name = scenario.display().to_string();
    let places: BTreeMap<&str, &Field> = own.iter().map(|(field, _)| (field.key.as_str(), field)).collect();
    let origin = |key: &str, _: usize| match places.get(key) {
        Some(field) => match field.anchor {
            Some(span) => msg!(
                "check-translation-near",
                place = field.place.as_str(),
                location = chain.sources.location(span).to_string()
            ),
            None => msg!(
                "check-translation-in",
                place = field.place.as_str(),
                file = name.as_str()
            ),
        },
        None => Message::Fixed(name.clone()),
    };
    let reference_file = FtlFile {
        path: &name,
        text: reference,
    };
    let translation = FtlFile { path: shown, text };
    // A key the root file does not write but a base does belongs in the base's translation.
    let extra = |key: &str| {
        if chain.links[0].1.contains_key(key) {
            let base = &chain.links[chain.owner(key)].0;
            msg!(
                "check-translation-base-text",
                key = key,
                base = base.as_str(),
                file = translation_path(Path::new(base), lang.files()).display().to_string()
            )
        } else {
            not_in(key, &name)
        }
    };
    let origins = Origins {
        missing: &origin,
        extra: &extra,
    };
    let mut problems = compare_with(reference_file, translation, origins);
    // What only formatting shows (a reference to a message or term that is not there), and a
    // translated text that breaks one of the scenario's rules.
    if let Ok(loaded) = load_translated(scenario, lang) {
        let placed_lines: HashSet<usize> = problems.iter().map(|p| p.line).filter(|&line| line > 1).collect();
        let mut seen: HashSet<String> = problems.iter().map(ToString::to_string).collect();
        for problem in loaded.problems.into_iter().filter(|p| p.path == shown) {
            if !placed_lines.contains(&problem.line) && seen.insert(problem.to_string()) {
                problems.push(problem);
            }
        }
    }
    let mut out: Vec<Diagnostic> = problems.into_iter().map(error).collect();
    out.extend(term_warnings(own, lang, translation));
    out
}

/// A warning for each translated field that leaves out a history term its original uses.
fn term_warnings(own: &[(Field, String)], lang: Lang, translation: FtlFile) -> Vec<Diagnostic> {
    let resource = FluentResource::try_new(translation.text.to_string()).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new(vec![lang.files().parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    let placed = keys(translation).entries;
    let lines = Lines::of(translation.text);
    let mut out = Vec::new();
    for (field, original) in own {
        let Some(pattern) = bundle.get_message(&field.key).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let translated = bundle.format_pattern(pattern, None, &mut errors);
        // A value left in the original language is not yet translated: nothing to check.
        if translated == original.as_str() {
            continue;
        }
        for term in terms::missing(lang, original, &translated) {
            let at = placed.get(&field.key).map_or(0, |(_, at)| *at);
            let (line, column) = lines.locate(at);
            let renderings: Vec<String> = term.renderings(lang).iter().map(|r| format!("\"{r}\"")).collect();
            // "a" or "b": the word between them in the reader's language.
            let renderings = Message::each(|reader| renderings.join(&msg!("check-translation-or").in_lang(reader)));
            out.push(
                Diagnostic::warning(
                    "history-term",
                    msg!(
                        "check-translation-history-term",
                        key = field.key.as_str(),
                        term = term.term.to_string(),
                        source = term.source.to_string(),
                        renderings = renderings
                    ),
                    msg!("check-translation-history-term-help"),
                )
                .at(location(translation.path, line, column)),
            );
        }
    }
    out
}

fn location(file: &str, line: usize, column: usize) -> Location {
    Location {
        file: file.to_string(),
        line: line as u32,
        column: column as u32,
    }
}

fn error(problem: Problem) -> Diagnostic {
    Diagnostic::error("translation", problem.words, msg!("check-translation-help")).at(location(
        &problem.path,
        problem.line,
        problem.column,
    ))
}
