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
    // Its own words only: its title and description, and the note it rewords because its
    // Tsar never gives way.
    assert_eq!(keys, ["title", "description", "event-tsar_refuses_meyer-note"]);
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

/// `portsmouth check` on a copy of the tutorial with `ftl` beside it as its Russian
/// translation: (success, stdout, stderr, the scenario's path, the translation's path).
fn check_with_russian(name: &str, ftl: &[u8]) -> (bool, String, String, String, String) {
    let dir = temp_dir(name);
    let paths = copy_scenarios(&dir, &["tutorial.ron"]);
    let ftl_path = translation::translation_path(&paths[0], "ru");
    fs::write(&ftl_path, ftl).unwrap();
    let out = portsmouth(&["check", &paths[0].display().to_string()]);
    let result = (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        paths[0].display().to_string(),
        ftl_path.display().to_string(),
    );
    let _ = fs::remove_dir_all(dir);
    result
}

/// The tutorial's whole template with every value kept: a translation with no problems.
fn tutorial_template() -> String {
    let chain = Chain::read(&scenario_path("tutorial.ron")).unwrap();
    translation::template("tutorial.ron", "ru", &chain.own_fields())
}

/// The template with the message of `key` (its comment and value lines) taken out.
fn without(template: &str, key: &str) -> String {
    let mut out = Vec::new();
    let mut skipping = false;
    for line in template.lines() {
        if line.starts_with(&format!("{key} =")) {
            skipping = true;
            continue;
        }
        if skipping && line.starts_with("    ") {
            continue;
        }
        skipping = false;
        out.push(line);
    }
    out.join("\n") + "\n"
}

fn line_of(text: &str, start: &str) -> usize {
    text.lines().position(|l| l.starts_with(start)).unwrap() + 1
}

#[test]
fn check_passes_a_faithful_translation() {
    let (ok, stdout, stderr, _, ftl) = check_with_russian("faithful", tutorial_template().as_bytes());
    assert!(ok, "{stderr}");
    assert!(stdout.contains(&format!("{ftl}: ok")), "{stdout}");
    assert!(
        stderr.is_empty(),
        "an untranslated value is not checked for history terms: {stderr}"
    );
}

#[test]
fn check_places_a_missing_key_at_its_field_in_the_scenario() {
    let (ok, _, stderr, scenario, ftl) =
        check_with_russian("missing", without(&tutorial_template(), "description").as_bytes());
    assert!(!ok);
    // The nearest place the file records for a top-level field is the scenario's id.
    let id_line = line_of(&fs::read_to_string(scenario_path("tutorial.ron")).unwrap(), "    id: ");
    assert!(
        stderr.contains(&format!(
            "{ftl}:1:1: error[translation]: `description` is missing: translate it from `description` near {scenario}:{id_line}:9"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{scenario}: 1 error(s) in its translations")),
        "{stderr}"
    );
    let (_, _, stderr, scenario, _) = check_with_russian(
        "missing-option",
        without(&tutorial_template(), "article-korea-option-free_hand-label").as_bytes(),
    );
    let ron = fs::read_to_string(scenario_path("tutorial.ron")).unwrap();
    let id_line = ron.lines().position(|l| l.contains("(id: \"free_hand\"")).unwrap() + 1;
    assert!(
        stderr.contains(&format!(
            "`articles[korea].options[free_hand].label` near {scenario}:{id_line}:"
        )),
        "{stderr}"
    );
}

#[test]
fn check_places_an_extra_key_and_a_placeholder_that_does_not_match() {
    let mut ftl = tutorial_template().replace("title = Tutorial", "title = { $name } Tutorial");
    ftl.push_str("\n# an old key\nretired-key = лишнее\n");
    let (ok, _, stderr, scenario, path) = check_with_russian("extra", ftl.as_bytes());
    assert!(!ok);
    let title_line = line_of(&ftl, "title =");
    let extra_line = line_of(&ftl, "retired-key");
    assert!(
        stderr.contains(&format!(
            "{path}:{title_line}:1: error[translation]: `title` uses {{ $name }}, which the original does not give"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{path}:{extra_line}:1: error[translation]: `retired-key` is not in {scenario}: remove it, or add it there first"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{scenario}: 2 error(s) in its translations")),
        "{stderr}"
    );
}

#[test]
fn check_places_a_line_fluent_cannot_read() {
    let ftl = tutorial_template().replace("title = Tutorial", "title = { Tutorial");
    let (ok, _, stderr, _, path) = check_with_russian("syntax", ftl.as_bytes());
    assert!(!ok);
    let line = line_of(&ftl, "title =");
    assert!(
        stderr.contains(&format!(
            "{path}:{line}:1: error[translation]: Fluent cannot read this message:"
        )),
        "{stderr}"
    );
}

#[test]
fn check_refuses_a_translation_that_is_not_utf8_or_is_enormous() {
    let (ok, _, stderr, _, path) = check_with_russian("utf8", b"title = \xff\xfe\n");
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "{path}:1:1: error[translation]: the translation file is not UTF-8 text (bad byte at offset 8)"
        )),
        "{stderr}"
    );
    let huge = "x = y\n".repeat(200_000);
    let (ok, _, stderr, _, path) = check_with_russian("huge", huge.as_bytes());
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "{path}:1:1: error[translation]: the translation file is larger than 1024 KiB"
        )),
        "{stderr}"
    );
}

#[test]
fn check_warns_of_a_history_term_the_translation_leaves_out() {
    let ftl = tutorial_template().replace(
        "title = Tutorial: the Sakhalin bargain",
        "title = Учебная партия: сделка об острове",
    );
    let (ok, _, stderr, _, path) = check_with_russian("terms", ftl.as_bytes());
    assert!(ok, "a warning does not fail the check: {stderr}");
    let line = line_of(&ftl, "title =");
    assert_eq!(
        stderr.lines().next().unwrap(),
        format!(
            "{path}:{line}:1: warning[history-term]: `title` leaves out Sakhalin, which the original uses: the sources [KOJ-121] write it \"Сахалин\""
        )
    );
    let good = ftl.replace("об острове", "о Сахалине");
    let (ok, _, stderr, _, _) = check_with_russian("terms-good", good.as_bytes());
    assert!(
        ok && stderr.is_empty(),
        "a declined form is found by its stem: {stderr}"
    );
}

#[test]
fn check_without_translation_files_prints_what_it_always_did() {
    let dir = temp_dir("plain");
    let paths = copy_scenarios(&dir, &["tutorial.ron"]);
    let out = portsmouth(&["check", &paths[0].display().to_string()]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains(": ok — \"Tutorial"));
    assert!(out.stderr.is_empty());
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn every_history_term_rests_on_a_listed_source() {
    let sources = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/sources.md")).unwrap();
    let table = translation::terms::table();
    let names: Vec<&str> = table.iter().map(|t| t.term.as_str()).collect();
    for wanted in [
        "Komura",
        "Witte",
        "Roosevelt",
        "Sakhalin",
        "Korea",
        "Manchuria",
        "Liaodong",
        "Port Arthur",
        "indemnity",
        "Treaty of Portsmouth",
    ] {
        assert!(names.contains(&wanted), "{wanted} is not in the table");
    }
    for term in table {
        assert!(
            sources.contains(&format!("| `{}` |", term.source)),
            "{}: `{}` is not a key of docs/sources.md",
            term.term,
            term.source
        );
    }
}

#[test]
fn watch_shows_the_same_game_in_the_translations_words() {
    let dir = temp_dir("watch");
    let paths = copy_scenarios(&dir, &["tutorial.ron"]);
    fs::write(
        translation::translation_path(&paths[0], "ja"),
        "title = チュートリアル：樺太の取引\n",
    )
    .unwrap();
    let scenario = paths[0].display().to_string();
    let watch = |extra: &[&str]| {
        let mut args = vec!["watch", "--scenario", &scenario, "--seed", "7"];
        args.extend_from_slice(extra);
        let out = portsmouth(&args);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let (english, japanese) = (watch(&[]), watch(&["--lang", "ja"]));
    assert!(japanese.starts_with("チュートリアル：樺太の取引 — "), "{japanese}");
    // The record in Japanese, session by session, with the same number of sessions: the
    // same game in other words.
    let sessions = |text: &str, prefix: &str| text.lines().filter(|l| l.starts_with(prefix)).count();
    assert!(sessions(&english, "Session ") > 0);
    assert_eq!(sessions(&japanese, "第"), sessions(&english, "Session "), "{japanese}");
    assert!(!japanese.contains("Session "), "{japanese}");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn check_sends_a_base_fields_translation_to_the_bases_file() {
    let dir = temp_dir("check-counterfactual");
    let paths = copy_scenarios(&dir, &["portsmouth-1905.ron", "tsar-holds-firm.ron"]);
    let ftl = "title = ツァーリが譲らなければ\ndescription = 説明\nevent-tsar_refuses_meyer-note = 注記\njapan-name = 大日本帝国\n";
    fs::write(translation::translation_path(&paths[1], "ja"), ftl).unwrap();
    let out = portsmouth(&["check", &paths[1].display().to_string()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ftl_path = translation::translation_path(&paths[1], "ja").display().to_string();
    let base_ftl = translation::translation_path(&paths[0], "ja").display().to_string();
    assert!(
        stderr.contains(&format!(
            "{ftl_path}:4:1: error[translation]: `japan-name` is {}'s text, which this scenario does not change: translate it in {base_ftl}, and remove it here",
            paths[0].display()
        )),
        "{stderr}"
    );
    fs::write(
        translation::translation_path(&paths[1], "ja"),
        &ftl[..ftl.find("japan-name").unwrap()],
    )
    .unwrap();
    let out = portsmouth(&["check", &paths[1].display().to_string()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn deeply_nested_placeables_are_refused_before_fluent_reads_them() {
    let hostile = format!("title = {}\n", "{".repeat(200_000));
    let (ok, _, stderr, _, path) = check_with_russian("nested", hostile.as_bytes());
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "{path}:1:25: error[translation]: placeables are nested more than 16 deep here; the original text is used"
        )),
        "{stderr}"
    );
    let dir = temp_dir("nested-load");
    let paths = copy_scenarios(&dir, &["tutorial.ron"]);
    fs::write(translation::translation_path(&paths[0], "ru"), &hostile).unwrap();
    let loaded = load_translated(&paths[0], Lang::Russian).unwrap();
    assert_eq!(loaded.loaded.scenario.title, "Tutorial: the Sakhalin bargain");
    assert_eq!(loaded.problems.len(), 1);
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_file_of_many_wrong_keys_is_checked_in_linear_time() {
    // Placing each of 60,000 problems by reading the file from its start took about a minute.
    let ftl: String = (0..60_000).map(|i| format!("k{i} = v\n")).collect();
    let started = std::time::Instant::now();
    let (ok, _, stderr, scenario, _) = check_with_russian("many-keys", ftl.as_bytes());
    assert!(!ok);
    assert!(
        stderr.contains(&format!("{scenario}: 60138 error(s) in its translations")),
        "{}",
        &stderr[stderr.len() - 300..]
    );
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

/// A word of plain ASCII letters: English the pseudo-locale would have accented.
fn has_plain_english_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|word| {
        word.len() >= 3
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && word.chars().any(|c| "aeiouAEIOU".contains(c))
    })
}

#[test]
fn the_pseudo_locale_accents_every_prose_field_and_plays_the_same_game() {
    for name in SHIPPED {
        let path = scenario_path(name);
        let original = load_translated(&path, Lang::English).unwrap();
        let pseudo = load_translated(&path, Lang::Pseudo).unwrap();
        assert!(pseudo.problems.is_empty(), "{name}: {:?}", pseudo.problems);
        let (o, p) = (&original.loaded.scenario, &pseudo.loaded.scenario);
        assert_eq!(
            o.digest, p.digest,
            "{name}: the pseudo-locale is not a different scenario"
        );
        assert_ne!(o.title, p.title);
        assert!(p.title.chars().count() > o.title.chars().count(), "{}", p.title);
        // Every prose field as the loaded file has it: none left in plain English.
        let chain = Chain::read(&path).unwrap();
        let mut file = chain.root.clone();
        let mut left = Vec::new();
        translation::visit(&mut file, &mut |field, text| {
            let shown = portsmouth::i18n::pseudo_text(text);
            if has_plain_english_word(&shown) {
                left.push(format!("{}: {shown}", field.key));
            }
        });
        assert!(left.is_empty(), "{name}: plain English left:\n{}", left.join("\n"));
        for article in &p.articles {
            assert!(!has_plain_english_word(&article.title), "{name}: {}", article.title);
        }
    }
    let scenario = load_translated(&scenario_path("tutorial.ron"), Lang::Pseudo)
        .unwrap()
        .loaded
        .scenario;
    let original = load_translated(&scenario_path("tutorial.ron"), Lang::English)
        .unwrap()
        .loaded
        .scenario;
    let (a, b) = (play(&original, 3), play(&scenario, 3));
    assert_eq!(format!("{:?}", a.state()), format!("{:?}", b.state()));
}

#[test]
fn a_game_takes_a_translation_of_its_own_scenario_and_no_other() {
    let dir = temp_dir("use-translation");
    let paths = copy_scenarios(&dir, &["tutorial.ron", "portsmouth-1905.ron"]);
    mark_everything(&paths[0], "ja");
    let english = load_translated(&paths[0], Lang::English).unwrap().loaded.scenario;
    let japanese = load_translated(&paths[0], Lang::Japanese).unwrap().loaded.scenario;
    let other = load_translated(&paths[1], Lang::Japanese).unwrap().loaded.scenario;
    let mut game = play(&english, 4);
    let before = format!("{:?}", game.state());
    assert!(!game.use_translation(Arc::clone(&other)), "another scenario is refused");
    assert_eq!(game.scenario().title, english.title);
    assert!(game.use_translation(Arc::clone(&japanese)));
    assert_eq!(game.scenario().title, format!("訳 {}", english.title));
    assert_eq!(format!("{:?}", game.state()), before, "the game itself is unchanged");
    let _ = fs::remove_dir_all(dir);
}

/// Inside a sentence an article reads as the scenario's in-sentence form ("the open door"),
/// in each language, and its heading stays as it is; an article without that form (Korea)
/// reads as its title everywhere.
#[test]
fn titles_inside_sentences_take_their_running_form_in_every_language() {
    use portsmouth::engine::play::moves::ArticleSet;
    use portsmouth::engine::records::narrate;
    for (lang, heading, running, listed) in [
        (
            Lang::English,
            "The open door",
            "the open door",
            "Korea and the open door",
        ),
        (Lang::Danish, "Den åbne dør", "den åbne dør", "Korea og den åbne dør"),
    ] {
        let loaded = load_translated(&scenario_path("portsmouth-1905.ron"), lang).unwrap();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let scenario = loaded.loaded.scenario;
        let (korea, open_door) = (
            scenario.article_index("korea").unwrap(),
            scenario.article_index("open_door").unwrap(),
        );
        let article = &scenario.articles[open_door];
        assert_eq!((article.title.as_str(), article.in_sentence()), (heading, running));
        assert_eq!(scenario.articles[korea].in_sentence(), scenario.articles[korea].title);
        let mut both = ArticleSet::single(korea);
        both.insert(open_door);
        assert_eq!(narrate::articles_in(lang, &scenario, both), listed);
        // A term line is headed by the title.
        assert!(narrate::term_in(lang, &scenario, open_door, 0).starts_with(heading));
    }
}
