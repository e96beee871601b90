//! No screen shows English the translations do not reach: every screen of the tour, walked
//! in the pseudo-locale (English with every letter accented and every word longer, the
//! scenario's prose too), must show no word of plain English letters. A word the pseudo
//! transform would have changed but did not is text that never went through the catalogue.

use crate::fit::{Display, at, walk_screens};
use bevy::prelude::*;
use portsmouth::i18n::Lang;

/// Words that stay plain on purpose, each with why. Kept short: anything else is a string
/// to translate.
const EXCEPTIONS: &[(&str, &str)] = &[
    // The language picker names each language in itself, so a reader of only that
    // language finds it.
    ("English", "a language's name in itself"),
    ("Dansk", "a language's name in itself"),
];

/// Whole phrases that stay as written, with why.
const EXCEPTED_PHRASES: &[(&str, &str)] = &[
    (
        "Portsmouth 1905 team",
        "the scenario's author credit, a name: not one of the prose fields a translation file \
         covers (src/engine/scenario/translation/fields.rs), so every language shows it as written",
    ),
    // What the player typed is theirs.
    ("Aiko", "a student's name, as the tour types it in the join form"),
    ("Komura v Witte — the branch", "a save's name, as the tour types it"),
];

/// On a student's seat the table's name ("Table 1") is the one the teacher gave it on the
/// dashboard, like a typed name; everything else the class server sends comes in the seat's
/// language.
const SERVER_SCREEN: &str = "class_table";

/// Whether `text` on `screen` is a name the teacher gave.
fn left_to_others(screen: &str, text: &str) -> bool {
    screen == SERVER_SCREEN && text.starts_with("Table ")
}

/// A file name or a path ("portsmouth-1905.ron", "/tmp/x/minutes.md"): the file's own name,
/// the same in every language.
fn is_file_name(chunk: &str) -> bool {
    let chunk = chunk.trim_matches(|c: char| "()“”«»\"'.,:;".contains(c));
    chunk.contains('/')
        || chunk.contains('\\')
        || chunk.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty() && ["ron", "ftl", "json", "md", "csv", "txt", "png"].contains(&ext)
        })
}

/// A Roman numeral ("Article XIV"): a number, the same in every language.
fn is_roman_numeral(word: &str) -> bool {
    word.chars().all(|c| "IVXLCDM".contains(c))
}

/// The words of `text` still in plain English: three or more ASCII letters in a row that the
/// pseudo transform did not touch (it accents or lengthens every word it sees, and pads a
/// word without vowels with `~`), not part of a file name, not a Roman numeral, and not an
/// exception.
pub fn plain_english(text: &str) -> Vec<String> {
    let mut text = text.to_string();
    for (phrase, _) in EXCEPTED_PHRASES {
        text = text.replace(phrase, "");
    }
    let mut found = Vec::new();
    for chunk in text.split_whitespace().filter(|chunk| !is_file_name(chunk)) {
        let mut rest = chunk;
        while !rest.is_empty() {
            let start = rest.find(char::is_alphabetic).unwrap_or(rest.len());
            rest = &rest[start..];
            let end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
            let (word, after) = rest.split_at(end);
            rest = after;
            let padded = after.starts_with('~');
            if word.len() >= 3
                && word.chars().all(|c| c.is_ascii_alphabetic())
                && !padded
                && !is_roman_numeral(word)
                && !EXCEPTIONS.iter().any(|(allowed, _)| *allowed == word)
            {
                found.push(word.to_string());
            }
        }
    }
    found
}

/// Every text the player can see on the current screen: texts and their spans, and text
/// fields, that are laid out (a hidden node has no size) and visible.
fn visible_texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    // Laid out with a size (a node with `Display::None`, and all within it, has none) and
    // neither it nor any box around it hidden.
    let shown = |world: &World, entity: Entity| {
        let mut sized = None;
        let mut at = Some(entity);
        while let Some(e) = at {
            if world.get::<Visibility>(e) == Some(&Visibility::Hidden) {
                return false;
            }
            if sized.is_none()
                && let Some(node) = world.get::<ComputedNode>(e)
            {
                sized = Some(node.size() != Vec2::ZERO);
            }
            at = world.get::<ChildOf>(e).map(ChildOf::parent);
        }
        sized.unwrap_or(false)
    };
    let mut found = Vec::new();
    let mut texts = world.query::<(Entity, &Text)>();
    for (entity, text) in texts.iter(world) {
        if shown(world, entity) {
            found.push(text.0.clone());
        }
    }
    let mut spans = world.query::<(Entity, &TextSpan)>();
    for (entity, span) in spans.iter(world) {
        if shown(world, entity) {
            found.push(span.0.clone());
        }
    }
    let mut fields = world.query::<(Entity, &bevy::text::EditableText)>();
    for (entity, field) in fields.iter(world) {
        if shown(world, entity) {
            found.push(field.value().to_string());
        }
    }
    found
}

#[test]
fn the_checker_flags_english_and_passes_the_pseudo_locale() {
    assert_eq!(plain_english("Saved as “x”"), ["Saved"]);
    assert!(plain_english(&portsmouth::i18n::pseudo_text("Saved as a game")).is_empty());
    assert!(plain_english("12 % · 3/12 · KX7P · (portsmouth-1905.ron) · 1905-08-10").is_empty());
    assert_eq!(plain_english("/tmp/portsmouth/minutes.md written"), ["written"]);
    assert!(plain_english("Dansk · 日本語 · Русский").is_empty());
    assert!(plain_english("Pkg~ · ÅÅrtííçléé XIV").is_empty());
}

#[test]
fn every_screen_in_the_pseudo_locale_is_translated() {
    let display = Display {
        lang: Lang::Pseudo,
        ..at(1920, 1080, 1.0)
    };
    let mut report = Vec::new();
    walk_screens(
        display,
        |_| true,
        |name, app| {
            let mut seen = std::collections::BTreeSet::new();
            for text in visible_texts(app) {
                let words = plain_english(&text);
                if !words.is_empty() && !left_to_others(name, &text) && seen.insert(text.clone()) {
                    let shown: String = text.chars().take(120).collect();
                    report.push(format!("{name}: {shown:?} ({})", words.join(", ")));
                }
            }
        },
    );
    assert!(
        report.is_empty(),
        "{} texts in plain English in the pseudo-locale:\n{}",
        report.len(),
        report.join("\n")
    );
}
