//! The evidence behind the scenarios: every source key a scenario uses, in a field or in a
//! comment, has a full reference in docs/sources.md, and the scenario's own table agrees.

use crate::common::load;
use portsmouth::engine::scenario::notes::{INVENTED, is_full_reference};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const SCENARIOS: [&str; 4] = [
    "portsmouth-1905.ron",
    "tutorial.ron",
    "tsar-holds-firm.ron",
    "japan-credit-runs-out.ron",
];

fn is_key(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        && !word.ends_with('-')
        && word != INVENTED
}

/// Keys cited in a scenario's text: `[KEY]` in comments and notes, and the quoted lists of
/// `source:` and `sources:` fields.
fn cited_keys(text: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for piece in text.split('[').skip(1) {
        if let Some((word, _)) = piece.split_once(']')
            && is_key(word)
        {
            keys.insert(word.to_string());
        }
    }
    for field in ["source: \"", "sources: \""] {
        for piece in text.split(field).skip(1) {
            let list = piece.split('"').next().unwrap_or("");
            keys.extend(list.split([',', ';', ' ']).filter(|k| is_key(k)).map(str::to_string));
        }
    }
    for piece in text.split("sources: [").skip(1) {
        let list = piece.split(']').next().unwrap_or("");
        keys.extend(list.split('"').filter(|k| is_key(k)).map(str::to_string));
    }
    keys
}

/// The rows of the References table: key → (author, title, year).
fn references() -> BTreeMap<String, [String; 3]> {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/sources.md")).unwrap();
    let table = doc
        .split("## References")
        .nth(1)
        .expect("docs/sources.md has a References section");
    table
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split(" | ").map(str::trim).collect();
            let key = cells.first()?.strip_prefix("| `")?.strip_suffix('`')?;
            Some((
                key.to_string(),
                [cells.get(1)?, cells.get(2)?, cells.get(3)?].map(|c| c.to_string()),
            ))
        })
        .collect()
}

#[test]
fn every_key_the_scenarios_use_has_a_full_reference_in_the_docs() {
    let refs = references();
    for name in SCENARIOS {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios").join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let scenario = load(name);
        let mut used = cited_keys(&text);
        used.extend(scenario.sources.keys().cloned());
        for key in used {
            let [author, title, year] = refs
                .get(&key)
                .unwrap_or_else(|| panic!("{name}: `{key}` has no row in docs/sources.md, References"));
            assert!(!author.is_empty() && !title.is_empty(), "{key}: author and title");
            let dated = year == "n.d." || year.split(|c: char| !c.is_ascii_digit()).any(|y| y.len() == 4);
            assert!(dated, "{key}: a year (or n.d.), not `{year}`");
            assert!(
                scenario.sources.contains_key(&key),
                "{name}: `{key}` is cited but missing from the scenario's `sources` table"
            );
        }
        for (key, text) in &scenario.sources {
            assert!(
                is_full_reference(text),
                "{name}: `{key}` is not a full reference: {text}"
            );
        }
    }
}

#[test]
fn the_contested_points_carry_a_historians_note_with_each_reading() {
    let scenario = load("portsmouth-1905.ron");
    let article = |id: &str| scenario.articles.iter().find(|a| a.id == id).unwrap();
    let event = |id: &str| scenario.events.iter().find(|e| e.id == id).unwrap();
    let contested = [
        article("sakhalin").note.as_ref(),
        article("reparations").note.as_ref(),
        event("american_press_turns").note.as_ref(),
        event("cabinet_decides").note.as_ref(),
        scenario
            .outcomes
            .iter()
            .find(|o| o.id == "as_signed")
            .unwrap()
            .note
            .as_ref(),
    ];
    for note in contested {
        let note = note.expect("a note");
        assert!(note.contested.len() >= 2, "{}", note.text);
        let shown = note.render(&scenario.sources);
        assert!(!shown.contains("(no reference)"), "{shown}");
    }
    // Every article carries its evidence, one click away in the game.
    let bare: Vec<&str> = scenario
        .articles
        .iter()
        .filter(|a| a.note.is_none() && a.options.iter().any(|o| o.source.as_deref() == Some("INVENTED")))
        .map(|a| a.id.as_str())
        .collect();
    assert!(bare.is_empty(), "articles with invented options but no note: {bare:?}");
}
