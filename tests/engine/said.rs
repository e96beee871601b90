//! What the computer delegations say is kept as what they said, not as English text: the
//! record, a save and a reader in another language write it out in their own words, and
//! none of them learns the delegate's private numbers. A save keeps the scenario's
//! translations, so it reads in any language wherever it is opened.

use crate::common::{self, scenario_path};
use portsmouth::engine::agents::{self, DelegateRemark, Remark};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::Turn;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::narrate;
use portsmouth::engine::records::save::{self, SaveFile, Seat};
use portsmouth::engine::records::transcript::{Note, What};
use portsmouth::engine::scenario::{self, translation};
use portsmouth::i18n::Lang;
use std::fs;
use std::path::PathBuf;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-said-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Komura against the full delegate as Witte, on the 1905 scenario.
fn a_game(seed: u64) -> (Game, Vec<(String, String)>) {
    let loaded = scenario::load(&scenario_path("portsmouth-1905.ron")).unwrap();
    let mut game = Game::new(loaded.scenario.clone(), seed);
    let mut japan = common::agent("boulware", Side::Japan, seed, &loaded.scenario);
    let mut russia = common::agent("delegate", Side::Russia, seed, &loaded.scenario);
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    (game, loaded.files)
}

/// Each turn a computer delegate gave its reason with: the session, the side, the turn and
/// what it said.
fn delegate_turns(game: &Game) -> impl Iterator<Item = (usize, Side, &Turn, &DelegateRemark)> {
    let transcript = game.transcript();
    transcript.entries.iter().filter_map(move |entry| {
        let What::Moved { side, turn, note } = &entry.what else {
            return None;
        };
        let Some(Note::Said(Remark::Delegate(said))) = note.map(|n| &transcript.notes[n]) else {
            return None;
        };
        Some((entry.session, *side, turn, said))
    })
}

/// Whether a turn refuses anything: the other side's terms or the mediator's.
fn rejects_any(turn: &Turn) -> bool {
    [turn.reply, turn.mediator_reply]
        .iter()
        .flatten()
        .any(|r| !r.reject.is_empty())
}

fn has_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn the_delegates_words_are_kept_as_remarks_and_written_in_the_readers_language() {
    let (game, _) = a_game(3);
    let scenario = game.scenario();
    let remarks: Vec<(Side, Remark)> = game
        .transcript()
        .moves()
        .filter_map(|(side, _, note)| match note {
            Some(Note::Said(remark)) => Some((side, *remark)),
            _ => None,
        })
        .collect();
    assert!(
        remarks.iter().filter(|(side, _)| *side == Side::Russia).count() >= 5,
        "{remarks:?}"
    );
    for (side, remark) in &remarks {
        let english = remark.describe_in(Lang::English, scenario, *side).unwrap();
        let russian = remark.describe_in(Lang::Russian, scenario, *side).unwrap();
        let japanese = remark.describe_in(Lang::Japanese, scenario, *side).unwrap();
        assert!(
            english.is_ascii() || english.contains('’') || english.contains('—'),
            "{english}"
        );
        assert!(russian.chars().any(|c| ('а'..='я').contains(&c)), "{russian}");
        assert!(has_japanese(&japanese), "{japanese}");
    }
    // The record read in Russian quotes the delegate in Russian, not in English.
    let treaty = game.treaty().is_some();
    let record = narrate::render_in(Lang::Russian, scenario, game.transcript(), None, treaty);
    let english_record = narrate::render_in(Lang::English, scenario, game.transcript(), None, treaty);
    let (side, remark) = remarks.iter().find(|(s, _)| *s == Side::Russia).unwrap();
    let said_in_english = remark.describe_in(Lang::English, scenario, *side).unwrap();
    assert!(english_record.contains(&said_in_english));
    assert!(!record.contains(&said_in_english), "the Russian record quotes English");
    assert!(record.contains(&remark.describe_in(Lang::Russian, scenario, *side).unwrap()));
}

#[test]
fn a_save_keeps_the_remarks_without_the_delegates_numbers() {
    let (game, files) = a_game(4);
    let seats = [
        Seat::Computer("boulware".parse().unwrap()),
        Seat::Computer("delegate".parse().unwrap()),
    ];
    let save = SaveFile::of(&game, &files, seats);
    let text = save.to_text();
    let turns = &text[text.find("turns: [").unwrap()..];
    assert!(
        turns.contains("said: Some(Delegate(Said("),
        "{}",
        &turns[..600.min(turns.len())]
    );
    // What it aimed at and what it would settle for stay inside the delegate.
    for private in ["target", "floor", "offered: Some"] {
        let delegate_remarks: Vec<&str> = turns.split("Delegate(Said(").skip(1).collect();
        assert!(
            delegate_remarks
                .iter()
                .all(|r| !r[..r.find("))").unwrap_or(r.len())].contains(private)),
            "a saved remark holds `{private}`"
        );
    }
    let dir = temp_dir("remarks");
    let path = dir.join("game.ron");
    save::write(&path, &save).unwrap();
    let loaded = save::load(&path).unwrap();
    assert_eq!(loaded.game.transcript(), game.transcript());
}

#[test]
fn a_remark_naming_what_the_scenario_lacks_is_a_damaged_save_not_a_crash() {
    let (game, files) = a_game(5);
    let seats = [
        Seat::Computer("boulware".parse().unwrap()),
        Seat::Computer("delegate".parse().unwrap()),
    ];
    let text = SaveFile::of(&game, &files, seats).to_text();
    let marker = "said: Some(Delegate(Said(";
    let at = text.find(marker).expect("a delegate remark");
    let end = at + text[at..].find(")))").unwrap() + 3;
    for hostile in [
        "reopened: Some(200)",
        "action: Some(Press(250))",
        "retreat: Some((0, 99))",
        "makes_up: Some((0, 2147483648))",
        "makes_up: Some((0, 0))",
        // Several terms taken back: an article past the scenario's, or more without the first.
        "taken_back: Some(1), taken_back_more: ArticleSet(2147483648)",
        "taken_back_more: ArticleSet(4)",
    ] {
        let broken = format!("{}{marker}phrasing: 1, {hostile}))){}", &text[..at], &text[end..]);
        let error = save::load_text("hostile.ron", broken).err().expect("refused");
        assert_eq!(error.rule, "damaged-save", "{error}");
        assert!(error.to_string().contains("does not have"), "{error}");
        assert!(error.location.is_some());
    }
    let scripted = text.replacen(
        marker,
        "said: Some(Scripted(60000)), note: None, x: Some(Delegate(Said(",
        1,
    );
    assert!(save::load_text("hostile.ron", scripted).is_err());
}

#[test]
fn a_save_reads_in_every_language_from_the_translations_it_holds() {
    let dir = temp_dir("translations");
    // The scenario copied where the save is made, with its translations; then removed, as
    // when a student hands the save to a teacher on another machine.
    let scenarios = dir.join("scenarios");
    fs::create_dir_all(&scenarios).unwrap();
    for name in ["tutorial.ron", "tutorial.ja.ftl", "tutorial.ru.ftl", "tutorial.da.ftl"] {
        fs::copy(scenario_path(name), scenarios.join(name)).unwrap();
    }
    let loaded = scenario::load(&scenarios.join("tutorial.ron")).unwrap();
    let mut game = Game::new(loaded.scenario.clone(), 9);
    let mut japan = common::agent("historical", Side::Japan, 9, &loaded.scenario);
    let mut russia = common::agent("delegate", Side::Russia, 9, &loaded.scenario);
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    let translations = translation::translations_beside(&loaded.files);
    assert_eq!(translations.len(), 3, "ja, ru and da");
    let save = SaveFile::of(
        &game,
        &loaded.files,
        [Seat::Human, Seat::Computer("delegate".parse().unwrap())],
    )
    .with_translations(translations);
    assert_eq!(save.format, 6);
    let path = dir.join("game.ron");
    save::write(&path, &save).unwrap();
    fs::remove_dir_all(&scenarios).unwrap();

    let english = save::load(&path).unwrap();
    let japanese = save::load_in(&path, Lang::Japanese).unwrap();
    let russian = save::load_in(&path, Lang::Russian).unwrap();
    assert_eq!(english.game.scenario().title, loaded.scenario.title);
    assert!(
        has_japanese(&japanese.game.scenario().title),
        "{}",
        japanese.game.scenario().title
    );
    assert!(russian.game.scenario().title.chars().any(|c| ('а'..='я').contains(&c)));
    // The same game in other words.
    assert_eq!(japanese.game.state(), english.game.state());
    assert_eq!(russian.game.treaty(), english.game.treaty());
    assert_eq!(japanese.translations.len(), 3);
    // Saved again (a what-if, a branch), it keeps them.
    let again = SaveFile::of(&japanese.game, &japanese.files, japanese.seats.clone())
        .with_translations(japanese.translations.clone());
    assert_eq!(again.translations, save.translations);
}

#[test]
fn an_older_save_reads_in_a_language_from_the_translations_beside_its_scenario() {
    let loaded = scenario::load(&scenario_path("tutorial.ron")).unwrap();
    let mut game = Game::new(loaded.scenario.clone(), 2);
    let mut japan = common::agent("historical", Side::Japan, 2, &loaded.scenario);
    let mut russia = common::agent("historical", Side::Russia, 2, &loaded.scenario);
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    let save = SaveFile::of(&game, &loaded.files, [Seat::Human, Seat::Human]);
    assert!(save.translations.is_empty());
    let danish = save::load_text_in("older.ron", save.to_text(), Lang::Danish).unwrap();
    let expected = translation::load_translated(&scenario_path("tutorial.ron"), Lang::Danish)
        .unwrap()
        .loaded
        .scenario;
    assert_eq!(danish.game.scenario().title, expected.title);
    assert_ne!(danish.game.scenario().title, loaded.scenario.title);
}

#[test]
fn a_hostile_translation_inside_a_save_is_passed_over() {
    let loaded = scenario::load(&scenario_path("tutorial.ron")).unwrap();
    let game = Game::new(loaded.scenario.clone(), 1);
    let name = translation::translation_path(&scenario_path("tutorial.ron"), "ja")
        .display()
        .to_string();
    for hostile in [
        "{".repeat(200_000),
        "tutorial-title = { $x".to_string(),
        "\u{0}".repeat(10),
    ] {
        let save = SaveFile::of(&game, &loaded.files, [Seat::Human, Seat::Human])
            .with_translations(vec![(name.clone(), hostile)]);
        let read = save::load_text_in("hostile.ron", save.to_text(), Lang::Japanese).unwrap();
        assert_eq!(read.game.scenario().title, loaded.scenario.title);
    }
}

#[test]
fn several_terms_taken_back_are_kept_in_a_save_and_read_back() {
    let loaded = scenario::load(&scenario_path("portsmouth-1905.ron")).unwrap();
    let game = common::play(&loaded.scenario, "delegate", "delegate", 1);
    let seats = [
        Seat::Computer("delegate".parse().unwrap()),
        Seat::Computer("delegate".parse().unwrap()),
    ];
    let text = SaveFile::of(&game, &loaded.files, seats).to_text();
    assert!(text.contains("taken_back_more:"), "seed 1 takes back two terms at once");
    let read = save::load_text("several.ron", text).unwrap();
    assert_eq!(read.game.transcript(), game.transcript());
    let said = narrate::render(&loaded.scenario, read.game.transcript(), None, false);
    // Both articles, named together in one sentence, whichever of its wordings the turn takes.
    assert!(
        said.contains("the southern railway and reimbursement of war costs"),
        "{said}"
    );
}

/// The first sitting of 1905 settled procedure: no article is on its agenda, so neither
/// delegation tables anything. Nothing it says there may speak of concessions made or a
/// position held; its opening concessions are said once, with the proposal that makes them.
#[test]
fn a_sitting_with_nothing_on_its_agenda_is_not_described_as_bargaining() {
    let scenario = common::load("portsmouth-1905.ron");
    assert!(
        scenario.sessions[0].agenda.is_empty(),
        "the scenario's first sitting is on procedure"
    );
    for seed in 0..12 {
        let game = common::play(&scenario, "delegate", "delegate", seed);
        let mut openings = 0;
        for (session, side, turn, said) in delegate_turns(&game) {
            let words = Note::Said(Remark::Delegate(*said)).text_in(Lang::English, &scenario, side);
            if said.opening {
                openings += 1;
                assert!(
                    turn.propose.is_some(),
                    "seed {seed}: an opening without a proposal: {words}"
                );
            }
            if session == 0 {
                assert!(turn.propose.is_none());
                assert!(!said.opening, "seed {seed}: {words}");
                for stale in ["restates his position", "holds to what he has proposed", "concedes"] {
                    assert!(!words.contains(stale), "seed {seed}, {side:?}: {words}");
                }
                assert!(said.not_yet || said.action.is_some(), "seed {seed}: {words}");
            }
        }
        // Witte's briefing concedes terms from the start (his reply of 12 August); Komura's does not.
        assert_eq!(openings, 1, "seed {seed}");
    }
}

/// "Komura stands on a fair peace" explains a refusal, a demand or a walk-out: never a turn
/// that only accepts the other side's terms (it once said both in one breath).
#[test]
fn standing_firm_is_not_said_with_a_plain_acceptance() {
    let scenario = common::load("portsmouth-1905.ron");
    let mut firm = 0;
    for seed in 0..20 {
        let game = common::play(&scenario, "delegate", "historical", seed);
        for (_, side, turn, said) in delegate_turns(&game) {
            if !said.stands_firm {
                continue;
            }
            firm += 1;
            assert!(
                turn.propose.is_some() || rejects_any(turn) || turn.break_off,
                "seed {seed}: {}",
                Note::Said(Remark::Delegate(*said)).text_in(Lang::English, &scenario, side)
            );
        }
    }
    assert!(firm > 0, "no delegate stood firm in 20 games: the test checks nothing");
}

/// "Takes what he can; the rest he leaves on the table" is said only when something is left:
/// a turn that takes the other side's whole offer and calls its ultimatum says so, naming
/// the ultimatum (against `random`, 49 of 200 games as Japan once said it in part).
#[test]
fn an_offer_taken_whole_beside_a_called_ultimatum_is_not_taken_in_part() {
    use portsmouth::engine::agents::UltimatumAnswer;
    let scenario = common::load("portsmouth-1905.ron");
    let in_part = [
        "takes what he can of",
        "accepts part of",
        "and does; the others he cannot",
    ];
    let mut whole_and_called = 0;
    for (japan, russia) in [("delegate", "random"), ("random", "delegate")] {
        for seed in 0..60 {
            let game = common::play(&scenario, japan, russia, seed);
            for (_, side, turn, said) in delegate_turns(&game) {
                let words = Note::Said(Remark::Delegate(*said)).text_in(Lang::English, &scenario, side);
                let rejects = rejects_any(turn);
                if !rejects {
                    assert!(
                        !in_part.iter().any(|w| words.contains(w)),
                        "{japan} v {russia}, seed {seed}: {words}"
                    );
                }
                if said.accepted && !rejects && said.ultimatum_answer == Some(UltimatumAnswer::Call) {
                    whole_and_called += 1;
                    assert!(words.contains("ultimatum"), "{words}");
                }
            }
        }
    }
    assert!(
        whole_and_called >= 5,
        "only {whole_and_called} offers taken whole beside a called ultimatum"
    );
}

/// Its words about accepting speak of the other side's offer; what it does with the mediator's
/// terms the record says by name. Komura, taking Roosevelt's terms and refusing all of Witte's,
/// used to say he "accepts part of Witte's offer".
#[test]
fn accepting_the_mediators_terms_is_not_said_as_accepting_the_other_sides() {
    let scenario = common::load("portsmouth-1905.ron");
    let accepting = [
        "takes what he can of",
        "accepts part of",
        "and does; the others he cannot",
        "accepts: ",
        "and he takes it",
        "can sign that, and says so",
    ];
    let mut mediator_only = 0;
    for (japan, russia) in [
        ("delegate", "delegate"),
        ("delegate", "boulware"),
        ("historical", "delegate"),
    ] {
        for seed in 0..30 {
            let game = common::play(&scenario, japan, russia, seed);
            for (_, side, turn, said) in delegate_turns(&game) {
                let took_offer = turn.reply.is_some_and(|r| !r.accept.is_empty());
                let took_mediators = turn.mediator_reply.is_some_and(|r| !r.accept.is_empty());
                if took_offer {
                    continue;
                }
                mediator_only += usize::from(took_mediators);
                let words = Note::Said(Remark::Delegate(*said)).text_in(Lang::English, &scenario, side);
                assert!(
                    !accepting.iter().any(|w| words.contains(w)),
                    "{japan} v {russia}, seed {seed}: {words}"
                );
            }
        }
    }
    assert!(
        mediator_only >= 10,
        "only {mediator_only} turns took the mediator's terms alone"
    );
}

/// A term its instructions make it take back is said as new orders only where new orders came
/// since it offered the term; otherwise it is the company the term would keep. Komura, taking
/// Witte's Sakhalin without a price for the north, had to take back "no payment" — allowed
/// only as that price — and used to say "Tokyo has stiffened", though Tokyo had said nothing.
/// The order such a retreat quotes is not quoted again in the same breath.
#[test]
fn a_retreat_is_said_as_new_orders_only_when_new_orders_came() {
    let mut retreats = 0;
    for (name, japan, russia) in [
        ("portsmouth-1905.ron", "delegate:shrewd", "delegate:yielding"),
        ("portsmouth-1905.ron", "delegate", "delegate"),
        ("japan-credit-runs-out.ron", "delegate:yielding", "delegate:shrewd"),
    ] {
        let scenario = common::load(name);
        for seed in 0..20 {
            let game = common::play(&scenario, japan, russia, seed);
            let entries = &game.transcript().entries;
            for (i, entry) in entries.iter().enumerate() {
                let What::Moved { side, note, .. } = &entry.what else {
                    continue;
                };
                let Some(Note::Said(Remark::Delegate(said))) = note.map(|n| &game.transcript().notes[n]) else {
                    continue;
                };
                let Some((_, red_line)) = said.retreat else {
                    continue;
                };
                retreats += 1;
                let since_its_offer = entries[..i].iter().rev().take_while(
                    |e| !matches!(&e.what, What::Moved { side: s, turn, .. } if s == side && turn.propose.is_some()),
                );
                let new_orders = since_its_offer
                    .into_iter()
                    .any(|e| matches!(e.what, What::MandateChanged { red_line: r, active: true } if r == red_line));
                let words = Note::Said(Remark::Delegate(*said)).text_in(Lang::English, &scenario, *side);
                assert_eq!(
                    said.retreat_linked, !new_orders,
                    "{name} {japan} v {russia}, seed {seed}: {words}"
                );
                let order = scenario.red_line(red_line as usize).text.trim_end_matches('.');
                assert_eq!(words.matches(order).count(), 1, "{name}, seed {seed}: {words}");
                if said.retreat_linked {
                    assert!(!words.contains("stiffened") && !words.contains("New orders"), "{words}");
                }
            }
        }
    }
    assert!(retreats >= 20, "only {retreats} retreats");
}

/// A reason it gives again at its next turn is said in other words: Komura refusing Witte's
/// Sakhalin five turns running in the same sentence read as a machine, not a diplomat.
#[test]
fn the_delegate_does_not_repeat_its_last_sentence_word_for_word() {
    let mut sentences = 0;
    for (name, japan, russia) in [
        ("portsmouth-1905.ron", "delegate:shrewd", "hardheaded"),
        ("portsmouth-1905.ron", "delegate", "delegate"),
        ("tutorial.ron", "boulware", "delegate"),
    ] {
        let scenario = common::load(name);
        for seed in 0..10 {
            let game = common::play(&scenario, japan, russia, seed);
            let mut last: [Vec<String>; 2] = Default::default();
            for (_, side, _, said) in delegate_turns(&game) {
                let words = Note::Said(Remark::Delegate(*said)).text_in(Lang::English, &scenario, side);
                let now: Vec<String> = words.split_inclusive(". ").map(|s| s.trim().to_string()).collect();
                sentences += now.len();
                for sentence in &now {
                    assert!(
                        !last[side.index()].contains(sentence),
                        "{name} {japan} v {russia}, seed {seed}: said again word for word: {sentence}"
                    );
                }
                last[side.index()] = now;
            }
        }
    }
    assert!(sentences >= 500, "only {sentences} sentences");
}

/// Its first proposal states its terms: it has no position yet to hold to or restate. In the
/// tutorial Komura opened with "Komura holds to what he has proposed".
#[test]
fn a_first_proposal_is_not_said_as_a_position_restated() {
    let restated = ["holds to what he has proposed", "restates his position", "waits for"];
    let mut first = 0;
    for (name, japan, russia) in [
        ("tutorial.ron", "delegate", "delegate"),
        ("portsmouth-1905.ron", "delegate", "delegate:yielding"),
        ("tsar-holds-firm.ron", "historical", "delegate"),
    ] {
        let scenario = common::load(name);
        for seed in 0..10 {
            let game = common::play(&scenario, japan, russia, seed);
            let mut proposed = [false, false];
            for (_, side, turn, said) in delegate_turns(&game) {
                if turn.propose.is_none() || std::mem::replace(&mut proposed[side.index()], true) {
                    continue;
                }
                first += 1;
                let words = Note::Said(Remark::Delegate(*said)).text_in(Lang::English, &scenario, side);
                assert!(said.first_terms || said.opening, "{name}, seed {seed}: {words}");
                assert!(
                    !restated.iter().any(|r| words.contains(r)),
                    "{name} {japan} v {russia}, seed {seed}: {words}"
                );
            }
        }
    }
    assert!(first >= 40, "only {first} first proposals");
}

/// A time-based delegation that refuses an offer worth its aim does so because its
/// instructions forbid the terms, and says so. It used to say it still aimed higher: "The
/// offer is worth 52% to the Empire of Japan; Komura still aims for 35%" (hardheaded Komura
/// against Shrewd Witte, seed 3, found by the Japanese reader).
#[test]
fn a_refusal_at_its_aim_is_put_down_to_the_instructions() {
    use portsmouth::engine::agents::Reason;
    let scenario = common::load("portsmouth-1905.ron");
    let said = |offered: f32, accepted: bool| {
        Reason::Aspiration {
            target: 0.35,
            offered: Some(offered),
            accepted,
        }
        .describe_in(Lang::English, &scenario, Side::Japan)
        .expect("a reason")
    };
    assert_eq!(
        said(0.52, false),
        "The offer is worth 52% to the Empire of Japan, enough for what Komura still aims for (35%), \
         but his instructions do not allow its terms."
    );
    assert!(said(0.30, false).ends_with("Komura still aims for 35%."));
    assert!(said(0.52, true).contains("which meets what Komura still aims for (35%)"));
    // In play, no refusal says an offer falls short of an aim it reached.
    let percent_after = |text: &str, marker: &str| -> Option<u32> {
        let rest = &text[text.find(marker)? + marker.len()..];
        rest.split('%').next()?.parse().ok()
    };
    let mut short = 0;
    for seed in 1..=12 {
        let game = common::play(&scenario, "hardheaded", "delegate:shrewd", seed);
        for (side, _, note) in game.transcript().moves() {
            let Some(note) = note else { continue };
            let text = note.text_in(Lang::English, &scenario, side);
            if let (Some(worth), Some(aim)) = (
                percent_after(&text, "is worth "),
                percent_after(&text, "still aims for "),
            ) {
                short += 1;
                assert!(worth < aim, "seed {seed}: {text}");
            }
        }
    }
    assert!(short > 0, "no offer short of the aim in 12 games");
}
