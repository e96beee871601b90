//! The scenario in each seat's language: a seat's `Settings` (its view's public scenario and
//! own mandate, its profile's issues), its transcript's names and the outcome come in the
//! language it joined or reconnected with; the table plays one game whatever its seats read;
//! a translation that is broken leaves the words as written, and the student joins all the same.

use super::{
    Party, STUDENT, choose, class_dir, config, create_table, http, private_strings, scenarios_dir, start, start_with,
};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::scenario::translation::load_translated;
use portsmouth::engine::scenario::{self, Scenario};
use portsmouth::i18n::Lang;
use portsmouth::net::protocol::{Finished, PartyMessage, ServerMessage, Settings};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn portsmouth_path() -> std::path::PathBuf {
    scenarios_dir().join("portsmouth-1905.ron")
}

fn original() -> Arc<Scenario> {
    scenario::load(&portsmouth_path()).expect("the scenario loads").scenario
}

fn translated(lang: Lang) -> Arc<Scenario> {
    let translated = load_translated(&portsmouth_path(), lang).expect("the scenario loads");
    assert!(!translated.used.is_empty(), "a {lang:?} translation is shipped");
    translated.loaded.scenario
}

/// A party that joined `code` in `lang` (none: the field left out), with its `Settings` and
/// the frame they came in.
async fn join(addr: SocketAddr, code: &str, name: &str, side: Side, lang: Option<&str>) -> (Party, Settings, String) {
    let mut party = Party::connect(addr).await;
    party
        .send(&PartyMessage::Join {
            code: code.into(),
            name: name.into(),
            side: Some(side),
            lang: lang.map(Into::into),
        })
        .await;
    let settings = settings_of(&mut party).await;
    let frame = party.frames.last().cloned().unwrap();
    (party, settings, frame)
}

async fn settings_of(party: &mut Party) -> Settings {
    match party.next().await {
        Some(ServerMessage::Settings(settings)) => *settings,
        other => panic!("expected Settings, got {other:?}"),
    }
}

/// The view the game itself gives `side` at the opening, as JSON: what an English seat was
/// sent before seats had languages.
fn opening_view(scenario: &Arc<Scenario>, seed: u64, side: Side) -> String {
    let game = Game::new(scenario.clone(), seed);
    serde_json::to_string(&SideView::new(&game, side).snapshot()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_seat_reads_the_scenario_in_the_language_it_joined_with() {
    let dir = class_dir("seat-languages");
    let running = start(&dir).await;
    let addr = running.addr;
    let (original, ja, ru) = (original(), translated(Lang::Japanese), translated(Lang::Russian));
    let seed = 7;

    // One table, a Japanese student for Japan and a Russian one for Russia.
    let (id, code, _) = create_table(&running, STUDENT, STUDENT, seed).await;
    let (_aiko, japan, japan_frame) = join(addr, &code, "Aiko", Side::Japan, Some("ja-JP")).await;
    let (_vera, russia, russia_frame) = join(addr, &code, "Вера", Side::Russia, Some("ru")).await;

    let title = |s: &Settings, id: &str| {
        s.view
            .public
            .articles
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.title.clone())
            .unwrap()
    };
    assert_eq!(japan.view.public.title, "ポーツマスの講和、1905年");
    assert_eq!(title(&japan, "korea"), "韓国");
    assert_eq!(title(&japan, "evacuation"), "満州からの撤兵");
    assert_eq!(japan.view.mandate.briefing, ja.mandate(Side::Japan).briefing);
    assert_ne!(japan.view.mandate.briefing, original.mandate(Side::Japan).briefing);
    assert_eq!(
        serde_json::to_value(&japan.view.public).unwrap(),
        serde_json::to_value(&ja.public).unwrap(),
        "the whole public scenario in Japanese"
    );
    assert!(
        japan
            .profile
            .issues
            .iter()
            .any(|i| i.id == "korea" && i.title == "韓国")
    );
    assert!(
        japan.lines.iter().all(|l| !l.starts_with("Session ")),
        "{:?}",
        japan.lines
    );

    assert_eq!(russia.view.public.title, "Портсмутский мир, 1905");
    assert_eq!(title(&russia, "korea"), "Корея");
    assert_eq!(russia.view.mandate.briefing, ru.mandate(Side::Russia).briefing);
    assert!(
        russia
            .profile
            .issues
            .iter()
            .any(|i| i.id == "korea" && i.title == "Корея")
    );

    // Only the language changed: the same ids, numbers and talks as the game's own view.
    let english_japan: serde_json::Value = serde_json::from_str(&opening_view(&original, seed, Side::Japan)).unwrap();
    let seen = serde_json::to_value(&japan.view).unwrap();
    assert_eq!(seen["talks"], english_japan["talks"]);
    assert_eq!(seen["mandate"]["valuation"], english_japan["mandate"]["valuation"]);
    // And never the other side's mandate, in any language.
    for (frame, other) in [(&japan_frame, Side::Russia), (&russia_frame, Side::Japan)] {
        for scenario in [&original, &ja, &ru] {
            for secret in private_strings(scenario, other) {
                assert!(
                    !frame.contains(&secret),
                    "{other:?}'s private text reached the other seat: {secret}"
                );
            }
        }
    }

    // English seats, asked for or not: byte for byte the view they were sent before.
    let (_, english_code, _) = create_table(&running, STUDENT, STUDENT, seed).await;
    let (_ann, _, ann_frame) = join(addr, &english_code, "Ann", Side::Japan, Some("en")).await;
    let (_old, _, old_frame) = join(addr, &english_code, "Old", Side::Russia, None).await;
    assert!(ann_frame.contains(&format!("\"view\":{},", opening_view(&original, seed, Side::Japan))));
    assert!(old_frame.contains(&format!("\"view\":{},", opening_view(&original, seed, Side::Russia))));

    // The teacher's dashboard and presenter view in the page's language.
    let key = Some(running.key.as_str());
    let class = http(addr, "GET", "/api/class?lang=ja", key, None).await.json();
    let table = class["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap();
    assert_eq!(table["scenario_title"], "ポーツマスの講和、1905年");
    let class = http(addr, "GET", "/api/class", key, None).await.json();
    assert_eq!(class["tables"][0]["scenario_title"], original.title.as_str());
    let detail = http(addr, "GET", &format!("/api/tables/{id}?lang=ru"), key, None)
        .await
        .json();
    assert!(
        detail["open"].as_array().unwrap().iter().any(|a| a["title"] == "Корея"),
        "{detail}"
    );
    running.abort();
}

/// What one seat saw of a game: every move in ids, and how it ended.
struct Played {
    moves: Vec<String>,
    finished: Finished,
}

/// Plays the seat as `choose` would until the talks end (a refused move: a pass).
async fn play(party: &mut Party) -> Played {
    let mut moves = Vec::new();
    for _ in 0..3000 {
        match party.next().await.expect("the connection stays open") {
            ServerMessage::YourTurn { state, .. } => {
                let message = choose(party.view.as_ref().unwrap(), &state);
                party.send(&message).await;
            }
            ServerMessage::ActionDone(done) => {
                moves.push(format!("{:?} {}", done.by, serde_json::to_string(&done.turn).unwrap()));
            }
            ServerMessage::Error { kind, message } => {
                assert_eq!(kind, "refused", "{message}");
                let pass = PartyMessage::Turn {
                    turn: Default::default(),
                    text: None,
                };
                party.send(&pass).await;
            }
            ServerMessage::Finished(finished) => {
                return Played {
                    moves,
                    finished: *finished,
                };
            }
            _ => {}
        }
    }
    panic!("the talks did not end");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seats_in_two_languages_play_the_same_game_as_english_seats() {
    let dir = class_dir("one-game-two-languages");
    let running = start(&dir).await;
    let addr = running.addr;
    let seed = 1905;
    let (_, mixed, _) = create_table(&running, STUDENT, STUDENT, seed).await;
    let (_, english, _) = create_table(&running, STUDENT, STUDENT, seed).await;
    let (mut aiko, ..) = join(addr, &mixed, "Aiko", Side::Japan, Some("ja")).await;
    let (mut vera, ..) = join(addr, &mixed, "Вера", Side::Russia, Some("ru")).await;
    let (mut ann, ..) = join(addr, &english, "Ann", Side::Japan, None).await;
    let (mut bob, ..) = join(addr, &english, "Bob", Side::Russia, Some("en")).await;
    let (japanese, russian) = tokio::join!(play(&mut aiko), play(&mut vera));
    let (ann, bob) = tokio::join!(play(&mut ann), play(&mut bob));

    // The same moves accepted, the same end, the same worth.
    assert!(!ann.moves.is_empty());
    for (seat, english) in [(&japanese, &ann), (&russian, &bob)] {
        assert_eq!(seat.moves, english.moves);
        assert_eq!(seat.finished.agreement, english.finished.agreement);
        assert_eq!(
            format!("{:?}", seat.finished.ending),
            format!("{:?}", english.finished.ending)
        );
        assert_eq!(seat.finished.utility, english.finished.utility);
    }
    // The same outcome, each in its seat's words.
    let (original, ja, ru) = (original(), translated(Lang::Japanese), translated(Lang::Russian));
    match original.outcomes.iter().position(|o| o.title == ann.finished.outcome) {
        Some(o) => {
            assert_eq!(japanese.finished.outcome, ja.outcomes[o].title);
            assert_eq!(russian.finished.outcome, ru.outcomes[o].title);
            assert_ne!(japanese.finished.outcome, ann.finished.outcome);
        }
        None => {
            assert_eq!(ann.finished.outcome, "No treaty");
            assert_eq!(japanese.finished.outcome, "条約なし");
            assert_eq!(russian.finished.outcome, "Без договора");
        }
    }
    running.abort();
}

/// Reconnecting by token: the view comes in the language of the new connection.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnecting_seat_reads_the_language_it_reconnects_with() {
    let dir = class_dir("reconnect-language");
    let running = start(&dir).await;
    let addr = running.addr;
    let (_, code, _) = create_table(&running, STUDENT, STUDENT, 3).await;
    let (mut first, settings, _) = join(addr, &code, "Aiko", Side::Japan, None).await;
    assert_eq!(settings.view.public.title, original().title);
    let token = settings.token.clone();
    let _ = first.ws.close(None).await;
    for (lang, title) in [("ja", "ポーツマスの講和、1905年"), ("ru", "Портсмутский мир, 1905")]
    {
        let (mut again, settings) = reconnect(addr, &token, lang).await;
        assert_eq!(settings.view.public.title, title);
        assert_eq!(settings.view.side, Side::Japan);
        let briefing = &translated(portsmouth::net::lang::from_tag(lang).unwrap())
            .mandate(Side::Japan)
            .briefing
            .clone();
        assert_eq!(&settings.view.mandate.briefing, briefing);
        let _ = again.ws.close(None).await;
    }
    running.abort();
}

/// Connects by token, waiting while the server lets the previous connection go.
pub(super) async fn reconnect(addr: SocketAddr, token: &str, lang: &str) -> (Party, Settings) {
    for _ in 0..100 {
        let mut party = Party::connect(addr).await;
        party
            .send(&PartyMessage::Connect {
                token: token.into(),
                lang: Some(lang.into()),
            })
            .await;
        match party.next().await {
            Some(ServerMessage::Settings(settings)) => return (party, *settings),
            Some(ServerMessage::Error { kind, .. }) if kind == "seat_in_use" => {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            other => panic!("expected Settings, got {other:?}"),
        }
    }
    panic!("the old connection was never let go");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_translation_leaves_the_words_as_written_and_the_student_joins() {
    let dir = class_dir("broken-translation");
    let scenarios = dir.join("scenarios");
    std::fs::create_dir_all(&scenarios).unwrap();
    std::fs::copy(portsmouth_path(), scenarios.join("portsmouth-1905.ron")).unwrap();
    // Japanese: nested past what any translation needs (Fluent is never given it); Russian:
    // not Fluent at all.
    let deep = format!("title = {}x\n", "{ ".repeat(500));
    std::fs::write(scenarios.join("portsmouth-1905.ja.ftl"), deep).unwrap();
    std::fs::write(scenarios.join("portsmouth-1905.ru.ftl"), "= = {{ ]] title\n\u{0}junk").unwrap();
    let mut config = config(&dir);
    config.scenarios = scenarios.clone();
    let running = start_with(config).await;
    assert!(
        running.warnings.iter().any(|w| w.contains("portsmouth-1905.ja.ftl")),
        "the broken file is named at start: {:?}",
        running.warnings
    );
    // As written, read from where this class reads it (a view names its file).
    let original = scenario::load(&scenarios.join("portsmouth-1905.ron")).unwrap().scenario;
    let (_, code, _) = create_table(&running, STUDENT, STUDENT, 9).await;
    let (_aiko, japan, frame) = join(running.addr, &code, "Aiko", Side::Japan, Some("ja")).await;
    assert_eq!(japan.view.public.title, original.title);
    assert!(frame.contains(&format!("\"view\":{},", opening_view(&original, 9, Side::Japan))));
    let (_vera, russia, _) = join(running.addr, &code, "Вера", Side::Russia, Some("ru")).await;
    assert_eq!(russia.view.public.title, original.title);
    assert_eq!(russia.view.mandate.briefing, original.mandate(Side::Russia).briefing);
    running.abort();
}

/// How long a seat waits for its `Settings`: the first seat in a language compiles the
/// scenario in it (the pseudo-locale here: the shipped languages are compiled at start), the
/// next ones find it kept. Prints the figures (`--nocapture`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_language_is_compiled_once_and_later_seats_join_at_once() {
    let dir = class_dir("join-times");
    let started = Instant::now();
    let running = start(&dir).await;
    let start_time = started.elapsed();
    let addr = running.addr;
    let compile = {
        let at = Instant::now();
        let _ = load_translated(&portsmouth_path(), Lang::Japanese).unwrap();
        at.elapsed()
    };
    let mut times = Vec::new();
    for lang in ["en-XA", "en-XA", "ja", "ja", "en"] {
        let (_, code, _) = create_table(&running, STUDENT, STUDENT, 5).await;
        let at = Instant::now();
        let (_party, settings, _) = join(addr, &code, "Timed", Side::Japan, Some(lang)).await;
        times.push((lang, at.elapsed()));
        assert!(!settings.view.public.title.is_empty());
        if lang == "en-XA" {
            assert_ne!(
                settings.view.public.title,
                original().title,
                "the pseudo-locale's words"
            );
        }
    }
    eprintln!(
        "server start (compiles every shipped language): {start_time:?}; one compile of the scenario in Japanese: {compile:?}"
    );
    for (lang, time) in &times {
        eprintln!("join in {lang}: {time:?}");
    }
    let first_pseudo = times[0].1;
    let kept_pseudo = times[1].1;
    let japanese = times[3].1;
    assert!(
        kept_pseudo < first_pseudo || kept_pseudo < Duration::from_millis(50),
        "the second seat finds the language kept: {kept_pseudo:?} after {first_pseudo:?}"
    );
    assert!(japanese < Duration::from_secs(2), "{japanese:?}");
    running.abort();
}
