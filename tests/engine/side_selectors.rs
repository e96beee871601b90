//! A message that chooses its words by the side (`{ $side -> [Japan] 日本 *[Russia] ロシア }`)
//! must be handed the side's id, never its name in the player's language: handed "日本" it
//! falls to its default. So the Danish, Japanese and Russian debrief, class wall and hot-seat
//! hand-over once called Japan Russia.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Variants = BTreeSet<String>;

/// Per message that selects on `$side` in some language, per language the variants it has.
fn side_selectors() -> BTreeMap<String, BTreeMap<String, Variants>> {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales");
    let mut found: BTreeMap<String, BTreeMap<String, Variants>> = BTreeMap::new();
    for lang in fs::read_dir(&locales).unwrap() {
        let lang = lang.unwrap().path();
        let code = lang.file_name().unwrap().to_string_lossy().to_string();
        for file in fs::read_dir(&lang).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = fs::read_to_string(&file).unwrap();
            let (mut message, mut selecting) = (None::<String>, false);
            for line in text.lines() {
                let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase()) && line.contains(" =");
                if starts_message {
                    message = line.split(" =").next().map(str::to_string);
                    selecting = false;
                }
                if line.contains("$side ->") {
                    selecting = true;
                    continue;
                }
                let variant = line.trim_start().trim_start_matches('*');
                if selecting && variant.starts_with('[') {
                    let key = variant[1..].split(']').next().unwrap_or_default().to_string();
                    let id = message.clone().expect("a variant belongs to a message");
                    found
                        .entry(id)
                        .or_default()
                        .entry(code.clone())
                        .or_default()
                        .insert(key);
                } else if line.trim_start().starts_with('}') {
                    selecting = false;
                }
            }
        }
    }
    found
}

#[test]
fn every_language_chooses_by_the_same_side_ids() {
    let selectors = side_selectors();
    assert!(selectors.contains_key("debrief-aftermath"), "{selectors:?}");
    for (message, languages) in &selectors {
        let mut variants = languages.values();
        let first = variants.next().unwrap();
        assert!(
            variants.all(|v| v == first),
            "{message} chooses by different sides in different languages: {languages:?}"
        );
    }
}

#[test]
fn messages_that_choose_by_side_are_handed_its_id() {
    let selectors = side_selectors();
    let files = crate::common::rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let sources: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|f| {
            let text = fs::read_to_string(&f).unwrap();
            (f, text)
        })
        .collect();
    for message in selectors.keys() {
        let mut handed = Vec::new();
        for (file, text) in &sources {
            let quoted = format!("\"{message}\"");
            for (at, _) in text.match_indices(&quoted) {
                // The call's own arguments: up to the next message asked for.
                let rest = &text[at + quoted.len()..];
                let rest = &rest[..rest.len().min(600)];
                let call = rest.split(['!']).next().unwrap_or(rest);
                let Some(side) = call.split("side =").nth(1) else {
                    continue;
                };
                let argument = side.split([',', '\n']).next().unwrap_or_default().trim().to_string();
                assert!(
                    !argument.contains("side_name"),
                    "{}: {message} chooses its words by the side's id, but is handed its name in the \
                     player's language ({argument}); hand it `side.name()`",
                    file.display()
                );
                handed.push(argument);
            }
        }
        assert!(!handed.is_empty(), "no call hands {message} a side");
    }
}
