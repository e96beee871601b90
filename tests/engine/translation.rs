//! Scenario prose in other languages: the template of every shipped scenario reads back as
//! its own text, a translation changes the words and never the game, and a broken
//! translation never stops one.

use crate::common::{agent, portsmouth, scenario_path};
use fluent_bundle::{FluentBundle, FluentResource};
use portsmouth::engine::agents;
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::scenario::translation::{self, Chain, load_translated};
use portsmouth::engine::scenario::{Disk, Scenario, read_file};
use portsmouth::i18n::Lang;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const SHIPPED: [&str; 4] = [
    "portsmouth-1905.ron",
    "tutorial.ron",
    "tsar-holds-firm.ron",
    "japan-credit-runs-out.ron",
];

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-translation-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies shipped scenarios into `dir`, so translation files can be put beside them.
fn copy_scenarios(dir: &Path, names: &[&str]) -> Vec<PathBuf> {
    names
        .iter()
        .map(|name| {
            let to = dir.join(name);
            fs::copy(scenario_path(name), &to).unwrap();
            to
        })
        .collect()
}

fn format_all(ftl: &str) -> Vec<(String, String)> {
    let resource = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let mut bundle = FluentBundle::new(vec!["ja".parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).unwrap();
    let mut out = Vec::new();
    let resource = fluent_syntax::parser::parse(ftl).unwrap();
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            let pattern = bundle.get_message(message.id.name).unwrap().value().unwrap();
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            assert!(errors.is_empty(), "{}: {errors:?}", message.id.name);
            out.push((message.id.name.to_string(), text));
        }
    }
    out
}

#[test]
fn every_shipped_template_formats_back_to_the_original_text() {
    for name in SHIPPED {
        let path = scenario_path(name);
        let (file, _) = read_file(&path.display().to_string(), &Disk).unwrap();
        // Every field of the merged file, not only the ones a counterfactual writes itself.
        let fields = translation::list(&file);
        let keys: BTreeSet<&str> = fields.iter().map(|(f, _)| f.key.as_str()).collect();
        assert_eq!(keys.len(), fields.len(), "{name}: two fields share a key");
        let ftl = translation::template(name, "ja", &fields);
        let formatted = format_all(&ftl);
        let expected: Vec<(String, String)> = fields.into_iter().map(|(f, text)| (f.key, text)).collect();
        assert_eq!(formatted, expected, "{name}");
    }
}

#[test]
fn a_counterfactual_template_holds_only_what_it_writes_itself() {
    let chain = Chain::read(&scenario_path("tsar-holds-firm.ron")).unwrap();
    let keys: Vec<String> = chain.own_fields().into_iter().map(|(f, _)| f.key).collect();
    assert_eq!(keys, ["title", "description"]);
    let base = Chain::read(&scenario_path("portsmouth-1905.ron")).unwrap();
    assert!(base.own_fields().len() > 400);
}

#[test]
fn keys_follow_the_structure_and_ids() {
    let (file, _) = read_file(&scenario_path("portsmouth-1905.ron").display().to_string(), &Disk).unwrap();
    let fields = translation::list(&file);
    let place = |key: &str| {
        fields
            .iter()
            .find(|(f, _)| f.key == key)
            .map(|(f, _)| f.place.clone())
            .unwrap_or_else(|| panic!("no key {key}"))
    };
    assert_eq!(place("title"), "title");
    assert_eq!(place("japan-delegate-1-name"), "parties.japan.delegates[1].name");
    assert_eq!(place("article-korea-title"), "articles[korea].title");
    assert_eq!(place("session-1-title"), "sessions[1].title");
    assert_eq!(place("treaty-title"), "treaty_form.title");
    assert_eq!(place("glossary-1-term"), "glossary[1].term");
}

/// A translation of every field of `path`: its text marked, so any field left untranslated
/// shows.
fn mark_everything(path: &Path, code: &str) -> PathBuf {
    let chain = Chain::read(path).unwrap();
    let fields: Vec<_> = chain
        .own_fields()
        .into_iter()
        .map(|(f, text)| (f, format!("訳 {text}")))
        .collect();
    let ftl_path = translation::translation_path(path, code);
    fs::write(&ftl_path, translation::template("x", code, &fields)).unwrap();
    ftl_path
}

fn play(scenario: &Arc<Scenario>, seed: u64) -> Game {
    let mut game = Game::new(Arc::clone(scenario), seed);
    let mut j = agent("delegate", Side::Japan, seed, scenario);
    let mut r = agent("delegate", Side::Russia, seed, scenario);
    agents::play_out(&mut game, [j.as_mut(), r.as_mut()]);
    game
}

#[test]
fn a_translated_scenario_plays_the_same_game() {
    for name in ["tutorial.ron", "portsmouth-1905.ron"] {
        let dir = temp_dir(&format!("same-game-{name}"));
        let paths = copy_scenarios(&dir, &[name]);
        mark_everything(&paths[0], "ja");
        let original = load_translated(&paths[0], Lang::English).unwrap();
        let translated = load_translated(&paths[0], Lang::Japanese).unwrap();
        assert!(translated.problems.is_empty(), "{:?}", translated.problems);
        assert_eq!(translated.used.len(), 1);
        let (o, t) = (&original.loaded.scenario, &translated.loaded.scenario);
        assert_eq!(t.title, format!("訳 {}", o.title));
        assert_eq!(t.articles[0].title, format!("訳 {}", o.articles[0].title));
        assert_eq!(o.digest, t.digest, "a translation is not a different scenario");
        for seed in [1, 2] {
            let (a, b) = (play(o, seed), play(t, seed));
            assert_eq!(
                format!("{:?}", a.state()),
                format!("{:?}", b.state()),
                "{name} seed {seed}"
            );
            assert_eq!(a.treaty(), b.treaty(), "{name} seed {seed}");
            assert_eq!(a.transcript().entries.len(), b.transcript().entries.len());
        }
        let _ = fs::remove_dir_all(dir);
    }
}

#[test]
fn a_counterfactual_takes_its_bases_translation_for_what_it_does_not_change() {
    let dir = temp_dir("counterfactual");
    let paths = copy_scenarios(&dir, &["portsmouth-1905.ron", "tsar-holds-firm.ron"]);
    fs::write(
        translation::translation_path(&paths[0], "ru"),
        "title = Портсмутский мир\njapan-name = Японская империя\n",
    )
    .unwrap();
    fs::write(
        translation::translation_path(&paths[1], "ru"),
        "title = Что, если царь не уступит\n",
    )
    .unwrap();
    let loaded = load_translated(&paths[1], Lang::Russian).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let s = &loaded.loaded.scenario;
    assert_eq!(s.title, "Что, если царь не уступит");
    assert_eq!(s.party(Side::Japan).name, "Японская империя");
    // A key missing from both keeps the original.
    assert_eq!(s.party(Side::Russia).name, "Russian Empire");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_broken_translation_keeps_the_original_text_and_says_why() {
    let dir = temp_dir("broken");
    let paths = copy_scenarios(&dir, &["tutorial.ron"]);
    let original = load_translated(&paths[0], Lang::English).unwrap().loaded.scenario;
    let ftl = translation::translation_path(&paths[0], "da");
    fs::write(&ftl, "title = Øvelsen\ndescription = { $nobody }\njapan-name = {\n").unwrap();
    let loaded = load_translated(&paths[0], Lang::Danish).unwrap();
    let s = &loaded.loaded.scenario;
    assert_eq!(s.title, "Øvelsen", "what Fluent could read is used");
    assert_eq!(s.description, original.description);
    assert_eq!(s.party(Side::Japan).name, original.party(Side::Japan).name);
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.iter().any(|p| p.contains("da.ftl:3:1: Fluent cannot read")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("da.ftl:2:1: `description` cannot be formatted")),
        "{problems:#?}"
    );

    // Not UTF-8: the whole file is refused, the game plays in the original.
    fs::write(&ftl, b"title = \xff\xfe\n").unwrap();
    let loaded = load_translated(&paths[0], Lang::Danish).unwrap();
    assert_eq!(loaded.loaded.scenario.title, original.title);
    assert!(
        loaded.problems[0].message.contains("not UTF-8"),
        "{:?}",
        loaded.problems
    );

    // A translation that breaks one of the scenario's rules (a glossary line too long).
    fs::write(
        &ftl,
        format!("title = Øvelsen\nglossary-1-means = {}\n", "lang ".repeat(100)),
    )
    .unwrap();
    let loaded = load_translated(&paths[0], Lang::Danish).unwrap();
    assert_eq!(loaded.loaded.scenario.title, original.title);
    assert!(
        loaded.problems.iter().any(|p| p.message.contains("breaks a rule")),
        "{:?}",
        loaded.problems
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn translate_writes_beside_the_scenario_and_never_over_a_translation() {
    let dir = temp_dir("cli");
    let paths = copy_scenarios(&dir, &["tutorial.ron"]);
    let scenario = paths[0].display().to_string();
    let out = portsmouth(&["translate", &scenario, "--lang", "ja"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = dir.join("tutorial.ja.ftl");
    let template = fs::read_to_string(&written).unwrap();
    assert!(template.contains("## Articles\n"));
    assert!(template.contains("\n# title\ntitle = "));
    assert!(String::from_utf8_lossy(&out.stdout).contains("fields of"));

    fs::write(&written, "title = 演習\n").unwrap();
    let again = portsmouth(&["translate", &scenario, "--lang", "ja"]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(fs::read_to_string(&written).unwrap(), "title = 演習\n");

    let forced = portsmouth(&["translate", &scenario, "--lang", "ja", "--force"]);
    assert!(forced.status.success());
    assert_eq!(fs::read_to_string(&written).unwrap(), template);

    let elsewhere = dir.join("copy.ftl");
    let out = portsmouth(&[
        "translate",
        &scenario,
        "--lang",
        "ru",
        "--out",
        &elsewhere.display().to_string(),
    ]);
    assert!(out.status.success());
    assert!(fs::read_to_string(&elsewhere).unwrap().starts_with("### Translation"));
    let bad = portsmouth(&["translate", &scenario, "--lang", "klingon"]);
    assert!(!bad.status.success());
    let _ = fs::remove_dir_all(dir);
}
