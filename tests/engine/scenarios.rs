//! Every shipped scenario validates cleanly and is internally consistent.

use crate::common::{load, play, scenario_path};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::transcript::What;
use portsmouth::engine::scenario::{self, Scenario};
use std::fs;

fn shipped() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(scenario_path(""))
        .expect("scenarios/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_shipped_scenario_validates_without_warnings() {
    let names = shipped();
    assert!(
        names.len() >= 4,
        "historical, two counterfactuals and the tutorial: {names:?}"
    );
    for name in names {
        let loaded = scenario::load(&scenario_path(&name)).unwrap_or_else(|errors| {
            panic!(
                "{name}:\n{}",
                errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
            )
        });
        assert!(
            loaded.warnings.is_empty(),
            "{name} has warnings:\n{}",
            loaded
                .warnings
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn the_historical_scenario_has_what_the_brief_requires() {
    let s = load("portsmouth-1905.ron");
    assert_eq!(s.sessions.len(), 12, "twelve sessions as turns");
    let demands: Vec<u8> = s.articles.iter().filter_map(|a| a.demand).collect();
    assert_eq!(
        demands,
        (1..=12).collect::<Vec<_>>(),
        "the twelve Japanese demands of 10 August, in order"
    );
    for id in [
        "alliance_renewed",
        "duma_manifesto",
        "roosevelt_appeal",
        "roosevelt_commission",
        "tsar_orders_break_off",
        "tsar_orders_again",
        "meyer_audience",
        "cabinet_decides",
    ] {
        assert!(s.events.iter().any(|e| e.id == id), "event {id}");
    }
    for id in ["as_signed", "all_sakhalin", "indemnity_treaty", "collapse"] {
        assert!(s.outcome_index(id).is_some(), "outcome {id}");
    }
    // Every event, red line and outcome names its sources.
    assert!(
        s.events.iter().all(|e| e.source.is_some()),
        "events without a source key"
    );
    assert!(
        s.red_lines().all(|r| r.source.is_some()),
        "red lines without a source key"
    );
    assert!(
        s.outcomes.iter().all(|o| !o.sources.is_empty()),
        "outcomes without source keys"
    );
}

#[test]
fn the_tutorial_is_small_and_its_script_reaches_the_bargain() {
    let s = load("tutorial.ron");
    assert_eq!((s.articles.len(), s.sessions.len()), (3, 4));
    let game = play(&s, "historical", "historical", 3);
    let report = Report::of(&game).unwrap();
    assert_eq!(s.outcomes[report.outcome.unwrap()].id, "as_signed");
}

#[test]
fn counterfactuals_change_constraints_not_just_numbers() {
    let historical = load("portsmouth-1905.ron");
    let firm = load("tsar-holds-firm.ron");
    // The Tsar refuses Meyer in every game (in 1905 only in the games that leave history),
    // and no cable can lift the red line.
    let meyer = |s: &Scenario| s.events.iter().find(|e| e.id == "meyer_audience").map(|e| e.chance);
    assert!(meyer(&historical).is_some_and(|c| c > 0.0 && c < 1.0));
    assert_eq!(meyer(&firm), Some(0.0));
    let not_an_inch = firm.red_lines().find(|r| r.id == "not_an_inch").unwrap();
    assert!(not_an_inch.cable.is_none());
    // Playing the 1905 moves under it no longer ends in the treaty as signed.
    let game = play(&firm, "historical", "historical", 1905);
    let report = Report::of(&game).unwrap();
    assert_ne!(firm.outcomes[report.outcome.unwrap()].id, "as_signed");

    let credit = load("japan-credit-runs-out.ron");
    let bankers = credit
        .events
        .iter()
        .find(|e| e.id == "bankers_refuse")
        .expect("new event");
    let keep_sakhalin = credit.red_lines().position(|r| r.id == "keep_sakhalin").unwrap() as u8;
    assert!(
        bankers
            .effects
            .contains(&portsmouth::engine::scenario::Effect::Lift(keep_sakhalin))
    );
    let cabinet = credit.events.iter().find(|e| e.id == "cabinet_decides").unwrap();
    let cabinet_1905 = historical.events.iter().find(|e| e.id == "cabinet_decides").unwrap();
    assert!(cabinet.not_before < cabinet_1905.not_before, "Tokyo decides earlier");
}

/// A what-if that moves or removes a piece of 1905 does not keep the words that tell of it
/// (an audit found the credit what-if's bankers refusing Japan twice, and its Tokyo deciding
/// on 22 August "before the Emperor", with Ishii's report of an audience held the next day).
#[test]
fn what_ifs_do_not_keep_the_words_of_what_they_change() {
    let credit = load("japan-credit-runs-out.ron");
    let event = |s: &Scenario, id: &str| s.events.iter().position(|e| e.id == id);
    assert_eq!(event(&credit, "credit_exhausted"), None, "the bankers refuse once");
    assert_eq!(
        event(&credit, "tokyo_overrules_komura"),
        None,
        "Tokyo has decided already"
    );
    let cabinet = &credit.events[event(&credit, "cabinet_decides").unwrap()];
    let note = &cabinet.note.as_ref().expect("the date is explained").text;
    assert!(note.contains("22 August") && note.contains("27 August"), "{note}");
    // The readings of 1905's date stay beside it: the note gives 1905's dates too.
    // A dispatch to one side is in that side's mandate.
    let cabinet_index = event(&credit, "cabinet_decides").unwrap();
    let words = &credit
        .mandate(Side::Japan)
        .dispatches
        .iter()
        .find(|d| d.event == cabinet_index)
        .expect("Tokyo's dispatch")
        .dispatch
        .text;
    assert!(!words.contains("Emperor"), "{words}");
    let bankers = &credit.events[event(&credit, "bankers_refuse").unwrap()];
    assert!(
        bankers
            .note
            .as_ref()
            .is_some_and(|n| n.text.starts_with("This did not happen"))
    );
    // In played games the refusal comes once.
    let refusal = event(&credit, "bankers_refuse").unwrap() as u8;
    for seed in 0..10 {
        let game = play(&credit, "delegate", "delegate", seed);
        let heard = game
            .transcript()
            .entries
            .iter()
            .filter(|e| matches!(e.what, What::Event { event } if event == refusal))
            .count();
        assert_eq!(heard, 1, "seed {seed}");
    }

    let firm = load("tsar-holds-firm.ron");
    let keep_sakhalin = firm.red_lines().find(|r| r.id == "keep_sakhalin").unwrap();
    assert!(!keep_sakhalin.text.contains("28 August"), "{}", keep_sakhalin.text);
    let refuses = &firm.events[event(&firm, "tsar_refuses_meyer").unwrap()];
    let note = &refuses.note.as_ref().unwrap().text;
    assert!(!note.contains("may still cable"), "{note}");
}

#[test]
fn the_format_documents_complete_example_is_a_valid_scenario() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = fs::read_to_string(root.join("docs/scenario-format.md")).unwrap();
    let section = doc
        .split("## A complete small scenario")
        .nth(1)
        .expect("the section exists");
    let example = section
        .split("```ron\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("a ron block");
    // The example is the minimal test scenario, so the document cannot drift from what loads.
    let minimal = fs::read_to_string(root.join("tests/data/minimal.ron")).unwrap();
    let minimal_body: String = minimal
        .lines()
        .skip_while(|l| l.starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(example, minimal_body);
    let files = vec![("example.ron".to_string(), example.to_string())];
    let loaded = scenario::load_from("example.ron", &scenario::InMemory(&files));
    assert!(loaded.is_ok(), "{:?}", loaded.err());
}

#[test]
fn the_glossary_explains_the_words_of_the_historical_scenario() {
    let s = load("portsmouth-1905.ron");
    for term in [
        "open door",
        "Liaodong lease",
        "Chinese Eastern Railway",
        "Sipingai",
        "instructions",
        "reservation",
        "walk-away value",
    ] {
        let found = s.explain(term).unwrap_or_else(|| panic!("`{term}` is not explained"));
        assert!(
            !found.means.contains('\n') && found.means.len() < 240,
            "{term}: one line"
        );
    }
    // The scenario's own terms rest on sources the scenario lists; the game's words on none.
    assert!(
        s.explain("Sipingai")
            .unwrap()
            .sources
            .iter()
            .all(|k| s.sources.contains_key(k))
    );
    assert!(s.explain("red line").unwrap().sources.is_empty());
    // Every article's title holds at least one explained term, so every title has a hover.
    for article in &s.articles {
        assert!(
            !s.terms_in(&article.title).is_empty(),
            "`{}` explains nothing",
            article.title
        );
    }
    let in_title: Vec<&str> = s.terms_in("The Liaodong lease").iter().map(|t| t.term).collect();
    assert_eq!(
        in_title,
        ["Liaodong lease"],
        "the longer term wins over `Liaodong` and `lease`"
    );
    let in_text: Vec<&str> = s
        .terms_in("Russia keeps the Chinese Eastern Railway; Japan's red lines hold at Sipingai.")
        .iter()
        .map(|t| t.term)
        .collect();
    assert_eq!(in_text, ["Chinese Eastern Railway", "red line", "Sipingai"]);
}

/// The 1905 scenario as a player in `lang` reads it.
fn in_language(lang: portsmouth::i18n::Lang) -> std::sync::Arc<Scenario> {
    scenario::translation::load_translated(&scenario_path("portsmouth-1905.ron"), lang)
        .unwrap_or_else(|e| panic!("{lang:?}: {}", e[0]))
        .loaded
        .scenario
}

#[test]
fn every_language_marks_its_old_style_dates_with_a_word_the_glossary_explains() {
    use portsmouth::i18n::{Lang, long_date};
    for lang in [Lang::English, Lang::Danish, Lang::Russian, Lang::Japanese] {
        let s = in_language(lang);
        // Every sitting's date and the day of the signing, as the table's header writes them.
        let signed = portsmouth::engine::play::date::Date::parse("1905-09-05").unwrap();
        for date in s.sessions.iter().map(|session| session.date).chain([signed]) {
            let written = long_date(lang, date);
            let means: Vec<String> = s
                .terms_in_lang(lang, &written)
                .iter()
                .map(|t| t.means.to_lowercase())
                .collect();
            assert_eq!(means.len(), 1, "{lang:?}: `{written}` explains {means:?}");
            assert!(
                ["julian", "juliansk", "юлиан", "ユリウス"]
                    .iter()
                    .any(|w| means[0].contains(w)),
                "{lang:?}: `{written}`: {}",
                means[0]
            );
        }
    }
}

#[test]
fn komuras_last_word_in_the_historical_record_explains_minatogawa_in_every_language() {
    use portsmouth::i18n::Lang;
    for (lang, minatogawa) in [
        (Lang::English, "Minatogawa"),
        (Lang::Danish, "Minatogawa"),
        (Lang::Russian, "Минатогава"),
        (Lang::Japanese, "湊川"),
    ] {
        let s = in_language(lang);
        let script = &s.history.as_ref().expect("the 1905 scenario has its history").script;
        let note = &script.last().expect("a script").note;
        let terms: Vec<&str> = s.terms_in_lang(lang, note).iter().map(|t| t.term).collect();
        assert!(terms.contains(&minatogawa), "{lang:?}: `{note}` explains {terms:?}");
    }
}

#[test]
fn what_ifs_keep_the_glossary_and_the_articles_places() {
    let base = load("portsmouth-1905.ron");
    for name in ["tsar-holds-firm.ron", "japan-credit-runs-out.ron"] {
        let s = load(name);
        assert_eq!(s.glossary, base.glossary, "{name}");
        let sakhalin = &s.articles[s.article_index("sakhalin").unwrap()];
        assert!(sakhalin.regions.contains(&"sakhalin_south".to_string()), "{name}");
    }
    assert!(!load("tutorial.ron").glossary.is_empty());
}
