//! The translation files, built into the program (the command line and a school's copied
//! binary need no assets folder to speak), and one Fluent bundle per language made from them
//! the first time a language is asked for.

use super::{Lang, pseudo};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

/// Declares the areas (one `.ftl` file per area and language, under `assets/locales/<code>/`)
/// and embeds every file of every language.
macro_rules! areas {
    ($($area:literal),* $(,)?) => {
        /// The areas' names, in the order their files are read.
        pub const AREAS: &[&str] = &[$($area),*];

        /// Every file of a language's folder, with its path for reports.
        pub fn files(folder: &str) -> Vec<(String, &'static str)> {
            let texts: &[&str] = match folder {
                "ja" => &[$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/locales/ja/", $area, ".ftl"))),*],
                "ru" => &[$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/locales/ru/", $area, ".ftl"))),*],
                "da" => &[$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/locales/da/", $area, ".ftl"))),*],
                _ => &[$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/locales/en/", $area, ".ftl"))),*],
            };
            AREAS
                .iter()
                .zip(texts)
                .map(|(area, text)| (format!("assets/locales/{folder}/{area}.ftl"), *text))
                .collect()
        }
    };
}

areas![
    "agents",
    "common",
    "title",
    "settings",
    "words",
    "narrate",
    "refusal",
    "new-game",
    "join",
    "confirm",
    "load",
    "save-name",
    "briefing",
    "handover",
    "treaty",
    "what-if",
    "debrief",
    "wall",
    "saves",
    "table-header",
    "board",
    "actions",
    "side",
    "likely",
    "presenter",
    "classroom",
    "teacher",
    "note",
    "session",
    "cli",
    "batch",
    "cli-check",
    "check-coverage",
    "check-files",
    "check-scenario",
    "check-syntax",
    "check-translation",
    "cli-estimate",
    "cli-help",
    "cli-redteam",
    "cli-serve",
    "cli-simulate",
    "cli-tournament",
    "export-treaty",
    "export-behind",
    "export-chance",
    "export-plain",
    "export-minutes",
    "export-results",
    "export-wall",
    "dashboard",
    "student-page",
    "class-server",
    "class-status",
    "files",
    "catalog",
    "map",
    "gap",
    "estimate",
    "estimate-reasons",
    "timeline",
    "glossary"
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [OnceLock<Bundle>; 5] {
    static BUNDLES: [OnceLock<Bundle>; 5] = [const { OnceLock::new() }; 5];
    &BUNDLES
}

pub(super) fn bundle(lang: Lang) -> &'static Bundle {
    bundles()[lang.index()].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let locale = lang.files().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks around placeables help right-to-left scripts, which the game
    // does not use, and would show as boxes in a font without them.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    for (_, text) in files(lang.files()) {
        // A file Fluent cannot read in full keeps the messages it could read; the
        // catalogue's tests make sure no shipped file has such a line.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Formats `key` ("id" or "id.attribute") in `lang`; English if the language lacks it; the
/// key itself if English lacks it too, so a mistake shows on screen rather than as a blank.
pub(super) fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::English, key, args))
        .unwrap_or_else(|| key.to_string())
}

fn format_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

/// Whether the catalogue has `key` in English (the reference every language follows).
pub fn has(key: &str) -> bool {
    format_in(Lang::English, key, None).is_some()
}
