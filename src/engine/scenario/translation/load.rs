//! Loading a scenario in a language: its translation files (and its bases') laid over the
//! file as written, then compiled as usual. A translation never stops a game: whatever is
//! wrong with it is returned, and the fields it cannot supply keep their original text.

use super::chain::{Chain, translation_path};
use super::fields;
use super::nesting::{MAX_PLACEABLE_DEPTH, too_deep};
use super::overlay::overlay;
use crate::engine::scenario::limits::MAX_FILE_BYTES;
use crate::engine::scenario::{Disk, Files, Loaded, compile_read, read_at_most};
use crate::engine::source::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::i18n::check::{Problem, line_column};
use crate::msg;
use std::path::Path;

/// Largest translation file read, in bytes: as large as a scenario may be.
pub const MAX_TRANSLATION_BYTES: u64 = MAX_FILE_BYTES;

/// A scenario loaded in a language, with what was wrong with its translation files.
pub struct Translated {
    pub loaded: Loaded,
    pub problems: Vec<Problem>,
    /// The translation files used, nearest first.
    pub used: Vec<String>,
}

/// The text of a translation file; `None` if there is none. Bounded like a scenario file.
pub fn read_translation(path: &Path) -> Result<Option<String>, Problem> {
    if !path.exists() {
        return Ok(None);
    }
    let shown = path.display().to_string();
    let text = read_at_most(path, "translation", MAX_TRANSLATION_BYTES).map_err(|d| {
        Problem::new(
            shown.clone(),
            1,
            1,
            msg!("check-translation-unread", problem = d.message_words()),
        )
    })?;
    vet_translation(&shown, text).map(Some)
}

/// A translation's text, if it is safe to give Fluent (`shown` names it in the problem): as
/// large as a scenario may be, its placeables nested no deeper than a translation needs.
pub fn vet_translation(shown: &str, text: String) -> Result<String, Problem> {
    if text.len() as u64 > MAX_TRANSLATION_BYTES {
        return Err(Problem::new(
            shown.to_string(),
            1,
            1,
            msg!("check-translation-too-large", kib = MAX_TRANSLATION_BYTES / 1024),
        ));
    }
    // Fluent's parser recurses into nested placeables: a hostile file of nothing but `{`
    // would overflow the stack. No translation needs more than a few levels.
    if let Some(at) = too_deep(&text) {
        let (line, column) = line_column(&text, at);
        return Err(Problem::new(
            shown.to_string(),
            line,
            column,
            msg!("check-translation-too-deep", count = MAX_PLACEABLE_DEPTH),
        ));
    }
    Ok(text)
}

/// Loads the scenario at `path` with its prose in `lang`, from `<stem>.<lang>.ftl` beside it
/// and beside each base file. Errors only if the scenario itself does not load.
pub fn load_translated(path: &Path, lang: Lang) -> Result<Translated, Vec<Diagnostic>> {
    load_translated_from(&path.display().to_string(), &Disk, lang, &|ftl| {
        read_translation(Path::new(ftl))
    })
}

/// As [`load_translated`], for the scenario named `root_name` in `files`, its translation
/// files given by `translation` (their text by path; `None` where there is none).
pub fn load_translated_from(
    root_name: &str,
    files: &dyn Files,
    lang: Lang,
    translation: &dyn Fn(&str) -> Result<Option<String>, Problem>,
) -> Result<Translated, Vec<Diagnostic>> {
    let chain = Chain::read_from(root_name, files)?;
    let mut file = chain.root.clone();
    let mut problems = Vec::new();
    let mut used = Vec::new();
    // The deepest base first, so each field takes the translation of the file that wrote it.
    for (i, (name, _)) in chain.links.iter().enumerate().rev() {
        let ftl_path = translation_path(Path::new(name), lang.files());
        match translation(&ftl_path.display().to_string()) {
            Ok(Some(text)) => {
                let shown = ftl_path.display().to_string();
                problems.extend(overlay(&mut file, &shown, &text, lang.files(), &|key| {
                    chain.owner(key) == i
                }));
                used.push(shown);
            }
            Ok(None) => {}
            Err(problem) => problems.push(problem),
        }
    }
    used.reverse();
    // The pseudo-locale has no files: it is English with every word accented and longer, so
    // that prose left in plain English, or a box too tight for a longer language, shows.
    let pseudo = lang == Lang::Pseudo;
    if pseudo {
        fields::visit(&mut file, &mut |_, text| *text = crate::i18n::pseudo_text(text));
    }
    if used.is_empty() && !pseudo {
        let loaded = compile_read(&chain.root, &chain.sources, root_name)?;
        return Ok(Translated { loaded, problems, used });
    }
    match compile_read(&file, &chain.sources, root_name) {
        Ok(loaded) => Ok(Translated { loaded, problems, used }),
        // The translated text broke a rule the original keeps (a glossary line too long, a
        // term twice): play the original, and say why.
        Err(diagnostics) => {
            let loaded = compile_read(&chain.root, &chain.sources, root_name)?;
            for d in diagnostics.iter().filter(|d| d.is_error()) {
                problems.push(Problem::new(
                    used.first().cloned().unwrap_or_else(|| format!("{root_name} ({lang})")),
                    1,
                    1,
                    msg!("check-translation-breaks-rule", problem = d.message_words()),
                ));
            }
            Ok(Translated {
                loaded,
                problems,
                used: Vec::new(),
            })
        }
    }
}

/// Every translation file beside the scenario `files` (by their names), in every language:
/// what a save keeps so that the game reads in any language wherever it is opened. A file
/// that cannot be read is left out (loading the scenario itself reports it).
pub fn translations_beside(files: &[(String, String)]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (name, _) in files {
        for lang in Lang::OFFERED {
            let path = translation_path(Path::new(name), lang.files());
            if let Ok(Some(text)) = read_translation(&path) {
                found.push((path.display().to_string(), text));
            }
        }
    }
    found
}
