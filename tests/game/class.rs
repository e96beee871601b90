//! The game as a client of a class server: the join form's checks, joining a table and
//! playing a turn against the server's computer seat, nothing of the other side's private
//! mandate received or held, reconnecting after a drop, and a window that keeps running
//! while the server cannot be reached.

use crate::common::{all_text, app, focus, run_until, screen, type_text};
use crate::fake_class::{CODE, FakeClass};
use bevy::prelude::*;
use portsmouth::engine::agents::{self, AgentSpec};
use portsmouth::engine::play::moves::Turn;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::scenario::Scenario;
use portsmouth::game::Screen;
use portsmouth::game::class::{ClassLink, JoinClass, Joining, check_form};
use portsmouth::game::screens::join::JoinField;
use portsmouth::game::screens::{BeginNegotiating, Go};
use portsmouth::game::session::{SendTurn, Session};
use portsmouth::i18n::Lang;
use portsmouth::net::client::LinkStatus;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn scenario() -> Arc<Scenario> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
    portsmouth::engine::scenario::load(&path)
        .expect("the 1905 scenario loads")
        .scenario
}

fn join(app: &mut App, address: &str, code: &str, name: &str) {
    app.world_mut().trigger(Go(Screen::Join));
    app.update();
    app.world_mut().trigger(JoinClass {
        address: address.into(),
        code: code.into(),
        name: name.into(),
        side: None,
    });
    app.update();
    app.update();
}

fn class_session(app: &App) -> Option<&Session> {
    app.world().get_resource::<Session>().filter(|s| s.class.is_some())
}

/// The turn the computer's Komura would play at the seat's table now, and how many turns
/// the table had seen: what the tests send as the student.
fn komuras_turn(app: &App) -> (Turn, u32) {
    let session = class_session(app).unwrap();
    let mut delegate = agents::make(&AgentSpec::Delegate, Side::Japan, 7, session.game.scenario()).unwrap();
    let turn = delegate.decide(&SideView::new(&session.game, Side::Japan)).turn;
    (turn, session.game.state().turns_played)
}

/// Every string in a JSON value, one a line: what a message or a model says in words,
/// with JSON's escapes undone.
fn strings_of(value: &serde_json::Value) -> String {
    fn walk(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    walk(value, &mut out);
    out
}

/// Every private string of a side's mandate that the public scenario does not also say:
/// its briefing, no-treaty text, red lines and cable answers, unspoken press lines (a press
/// statement made is read by both sides), dispatches to it alone, meters shown to it alone.
fn private_strings(scenario: &Scenario, side: Side, spoken: &[String]) -> Vec<String> {
    let mandate = scenario.mandate(side);
    let mut out = vec![mandate.briefing.clone(), mandate.no_treaty.text.clone()];
    for red_line in &mandate.red_lines {
        out.push(red_line.text.clone());
        if let Some(cable) = &red_line.cable {
            out.extend([cable.yes.clone(), cable.no.clone()]);
        }
    }
    for press in mandate.press.iter().filter(|p| !spoken.contains(&p.id)) {
        out.extend([press.label.clone(), press.text.clone()]);
    }
    for private in &mandate.dispatches {
        out.extend([private.title.clone(), private.dispatch.text.clone()]);
    }
    for (_, meter) in &mandate.meters {
        out.extend([meter.name.clone(), meter.description.clone()]);
    }
    let public = strings_of(&serde_json::to_value(&scenario.public).unwrap());
    out.retain(|s| s.len() > 12 && !public.contains(s.as_str()));
    out
}

/// What the student's game holds in words: its mirror's scenario, the server's transcript
/// and the reasons noted with moves.
fn held_strings(session: &Session) -> String {
    let held = session.game.scenario();
    let mut kept = strings_of(&serde_json::to_value((&held.public, &held.mandates)).unwrap());
    kept.push_str(&session.class.as_ref().unwrap().lines.join("\n"));
    for (side, _, note) in session.game.transcript().moves() {
        if let Some(note) = note {
            kept.push_str(&note.text_in(portsmouth::i18n::Lang::English, held, side));
            kept.push('\n');
        }
    }
    kept
}

#[test]
fn the_join_form_says_what_is_wrong_before_dialling() {
    assert!(
        check_form(Lang::English, "", "KX7P", "Aiko")
            .unwrap_err()
            .contains("server's address")
    );
    assert!(
        check_form(Lang::English, "not an address", "KX7P", "Aiko")
            .unwrap_err()
            .contains("not an address")
    );
    assert!(
        check_form(Lang::English, "host:70000", "KX7P", "Aiko")
            .unwrap_err()
            .contains("port")
    );
    assert!(
        check_form(Lang::English, "127.0.0.1:7905", " ", "Aiko")
            .unwrap_err()
            .contains("table's code")
    );
    assert!(
        check_form(Lang::English, "127.0.0.1:7905", "KX-7P!", "Aiko")
            .unwrap_err()
            .contains("not a table code")
    );
    assert!(
        check_form(Lang::English, "127.0.0.1:7905", "kx7p", " ")
            .unwrap_err()
            .contains("your name")
    );
    let (url, code, name) = check_form(Lang::English, "127.0.0.1:7905", " kx7p ", " Aiko ").unwrap();
    assert_eq!(
        (url.as_str(), code.as_str(), name.as_str()),
        ("ws://127.0.0.1:7905/ws", "KX7P", "Aiko")
    );

    let mut app = app();
    join(&mut app, "127.0.0.1:7905", "", "Aiko");
    assert_eq!(screen(&app), Screen::Join);
    assert!(
        all_text(&mut app).contains("Type your table's code"),
        "{}",
        all_text(&mut app)
    );
    assert!(app.world().get_resource::<ClassLink>().is_none(), "nothing is dialled");
    join(&mut app, "no such address!", "KX7P", "Aiko");
    assert!(all_text(&mut app).contains("is not an address"));
    assert!(app.world().get_resource::<ClassLink>().is_none());

    // Corrected, the complaint goes: it does not stand under an address that is now there.
    let address = app
        .world_mut()
        .query::<(Entity, &JoinField)>()
        .iter(app.world())
        .find(|(_, f)| **f == JoinField::Address)
        .map(|(e, _)| e)
        .expect("the address field");
    focus(&mut app, address);
    type_text(&mut app, "1");
    app.update();
    assert!(
        !all_text(&mut app).contains("is not an address"),
        "{}",
        all_text(&mut app)
    );

    // In the student's language, the address's complaints too.
    for (lang, said) in [
        (Lang::Russian, "адрес сервера"),
        (Lang::Japanese, "サーバーのアドレス"),
        (Lang::Danish, "serverens adresse"),
    ] {
        assert!(check_form(lang, "", "KX7P", "Aiko").unwrap_err().contains(said));
    }
    assert!(
        check_form(Lang::Russian, "host:70000", "KX7P", "Aiko")
            .unwrap_err()
            .contains("Порт")
    );
    assert!(
        check_form(Lang::Danish, "no such address!", "KX7P", "Aiko")
            .unwrap_err()
            .contains("ikke en adresse")
    );
}

#[test]
fn the_window_keeps_running_while_the_server_cannot_be_reached() {
    // A port nothing listens on: bound, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut app = app();
    join(&mut app, &format!("127.0.0.1:{port}"), "KX7P", "Aiko");
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    let mut frames = 0;
    while started.elapsed() < Duration::from_secs(3) {
        let frame = Instant::now();
        app.update();
        slowest = slowest.max(frame.elapsed());
        frames += 1;
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(frames > 100, "only {frames} frames in 3 s");
    assert!(slowest < Duration::from_millis(500), "a frame took {slowest:?}");
    let joining = app.world().resource::<Joining>().clone();
    assert!(
        matches!(
            joining.status,
            Some(LinkStatus::Reconnecting { .. } | LinkStatus::Lost { .. })
        ),
        "{joining:?}"
    );
    let text = all_text(&mut app);
    assert!(text.contains("trying again") || text.contains("Cannot reach"), "{text}");
    assert_eq!(screen(&app), Screen::Join);
}

/// Joins the fake class, reads the briefing, and plays turns with the delegate deciding
/// from the mirror (the seat's own view) until `turns` of its moves have been answered.
fn join_and_play(class: &FakeClass, turns: usize) -> App {
    let mut app = app();
    join(&mut app, &class.address, &CODE.to_lowercase(), "Aiko");
    assert!(
        run_until(&mut app, 60, |app| screen(app) == Screen::Briefing),
        "no briefing: {:?}",
        app.world().resource::<Joining>()
    );
    let briefing = class.scenario.mandate(Side::Japan).briefing.clone();
    let first_words: String = briefing.chars().take(40).collect();
    assert!(
        all_text(&mut app).contains(first_words.trim()),
        "the briefing is Japan's own"
    );
    app.world_mut().trigger(BeginNegotiating);
    app.update();
    assert_eq!(screen(&app), Screen::Table);
    for _ in 0..turns {
        assert!(
            run_until(&mut app, 60, |app| class_session(app)
                .is_some_and(|s| s.viewer_to_move() || s.game.is_over())),
            "the server never gave the turn"
        );
        if class_session(&app).is_some_and(|s| s.game.is_over()) {
            break;
        }
        let before = class.turns_played();
        let (turn, _) = komuras_turn(&app);
        // Answered once the server has played the move and the table shows where it stands
        // (the other side may have moved, or this side moves again across a session's end).
        let answered = |app: &mut App| {
            let played = class.turns_played();
            // Once the talks are over the mirror's count of turns may stop short of the
            // server's (the last turn can end the talks without advancing the clock). A move
            // sent in the window between the other side's last `ActionDone` and the `Finished`
            // after it, when the mirror still offers the turn, is refused as out of turn: the
            // talks ending is then the answer.
            let ended = class.is_over() && class_session(app).is_some_and(|s| s.game.is_over());
            ended
                || played > before
                    && class_session(app).is_some_and(|s| {
                        s.game.is_over() || (s.game.state().turns_played == played && s.viewer_to_move())
                    })
        };
        // A move sent as the line drops is lost, and the table offers the turn again once
        // reconnected: the player sends it again.
        let mut tries = 0;
        while tries < 3 && !answered(&mut app) {
            tries += 1;
            app.world_mut().trigger(SendTurn(turn));
            app.update();
            run_until(&mut app, 30, |app| {
                answered(app)
                    || (class.turns_played() == before && class_session(app).is_some_and(|s| s.viewer_to_move()))
            });
        }
        // Generous: the tests share two cores with every other test binary.
        assert!(
            run_until(&mut app, 120, answered),
            "the other side did not answer: {:?}; the server's game over: {}, turns {} (before {before}); \
             the mirror's turns {:?}, over {:?}; last frames sent {:?}",
            class_session(&app).map(|s| s.notice.clone()),
            class.is_over(),
            class.turns_played(),
            class_session(&app).map(|s| s.game.state().turns_played),
            class_session(&app).map(|s| s.game.is_over()),
            class.last_frames(6),
        );
    }
    app.update();
    app
}

#[test]
fn a_student_joins_reads_the_briefing_plays_and_the_other_side_answers() {
    let class = FakeClass::start(scenario(), false);
    let mut app = join_and_play(&class, 2);
    let session = class_session(&app).unwrap();
    let table = session.class.as_ref().unwrap();
    assert_eq!(table.status, LinkStatus::Connected);
    assert!(!table.lines.is_empty(), "the server's transcript is shown");
    // The mirror stands where the server's game stands.
    assert_eq!(session.game.state().turns_played, class.turns_played());
    // The counterpart's move shows as in a local game.
    let text = all_text(&mut app);
    assert!(text.contains("Table 1: connected"), "{text}");
    assert!(!text.contains("has not spoken yet"), "{text}");
}

#[test]
fn nothing_the_student_receives_or_holds_has_the_other_sides_private_data() {
    let class = FakeClass::start(scenario(), false);
    let mut app = join_and_play(&class, 3);
    let theirs = private_strings(&class.scenario, Side::Russia, &class.spoken_press());
    assert!(theirs.len() > 10, "{theirs:?}");
    let frames = class.sent.lock().unwrap().clone();
    assert!(frames.iter().any(|f| f.contains("Settings")) && frames.iter().any(|f| f.contains("ActionDone")));
    let received: String = frames
        .iter()
        .map(|f| strings_of(&serde_json::from_str(f).unwrap()))
        .collect();
    for private in &theirs {
        assert!(!received.contains(private.as_str()), "the student received {private}");
    }
    let session = class_session(&app).unwrap();
    let kept = held_strings(session);
    for private in &theirs {
        assert!(!kept.contains(private.as_str()), "the student's game holds {private}");
    }
    let held = session.game.scenario();
    assert_ne!(held.space.table(Side::Russia), class.scenario.space.table(Side::Russia));
    let text = all_text(&mut app);
    for private in &theirs {
        assert!(!text.contains(private.as_str()), "the screen shows {private}");
    }
    // The student's own papers are there: the test would see a leak.
    let own = private_strings(&class.scenario, Side::Japan, &[]);
    assert!(own.iter().any(|s| kept.contains(s.as_str())));
}

#[test]
fn a_dropped_connection_reconnects_with_the_seat_token_and_play_goes_on() {
    let class = FakeClass::start(scenario(), true);
    let app = join_and_play(&class, 1);
    let session = class_session(&app).unwrap();
    assert_eq!(session.class.as_ref().unwrap().status, LinkStatus::Connected);
    assert!(
        class
            .sent
            .lock()
            .unwrap()
            .iter()
            .filter(|m| m.contains("\"Settings\""))
            .count()
            >= 2
    );
}

/// The class server itself (`portsmouth serve`'s library) on a loopback port, on a thread
/// of its own, with one table: a student seat for Japan, the computer for Russia.
fn real_server() -> (String, String) {
    let (address, _, code) = real_server_with_key();
    (address, code)
}

/// A request to the teacher's API; the status line and the body.
fn teacher(address: &str, key: &str, path: &str, body: &str) -> String {
    use std::io::{Read, Write};
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    reply
}

fn real_server_with_key() -> (String, String, String) {
    real_server_with_table(
        r#"{"scenario":"portsmouth-1905","seed":1905,"japan":{"kind":"student"},"russia":{"kind":"computer","level":"Steady"}}"#,
    )
}

/// The class server as `real_server` starts it, with one table made by the teacher's API
/// from `body`: its address, the teacher's key and the table's code.
fn real_server_with_table(body: &str) -> (String, String, String) {
    let dir = crate::common::scratch_profile().join("class");
    let scenarios = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let config = portsmouth::net::server::Config::new("127.0.0.1".parse().unwrap(), 0, dir, scenarios);
            let running = portsmouth::net::server::start(config).await.expect("the server starts");
            let _ = tx.send((running.addr, running.key.clone()));
            let _ = running.wait().await;
        });
    });
    let (addr, key) = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("the server starts in time");
    // The teacher's API: one table.
    let address = addr.to_string();
    let reply = teacher(&address, &key, "/api/tables", body);
    let (head, body) = reply.split_once("\r\n\r\n").unwrap();
    assert!(head.contains(" 201 ") || head.contains(" 200 "), "{reply}");
    let start = body.find('{').expect("a JSON body");
    let end = body.rfind('}').unwrap();
    let json: serde_json::Value = serde_json::from_str(&body[start..=end]).unwrap();
    let code = json["tables"][0]["code"].as_str().unwrap().to_string();
    (address, key, code)
}

#[test]
fn with_the_real_class_server_a_student_joins_plays_and_holds_nothing_of_the_other_side() {
    let (address, code) = real_server();
    let mut app = app();
    join(&mut app, &address, &code, "Aiko");
    assert!(
        run_until(&mut app, 60, |app| screen(app) == Screen::Briefing),
        "no briefing: {:?}",
        app.world().resource::<Joining>()
    );
    let scenario = scenario();
    let briefing: String = scenario.mandate(Side::Japan).briefing.chars().take(40).collect();
    assert!(all_text(&mut app).contains(briefing.trim()));
    app.world_mut().trigger(BeginNegotiating);
    app.update();
    let mut answered = 0;
    for _ in 0..2 {
        assert!(
            run_until(&mut app, 90, |app| class_session(app)
                .is_some_and(|s| s.viewer_to_move())),
            "the server never gave the turn: {:?}",
            class_session(&app).map(|s| (s.notice.clone(), s.class.as_ref().map(|c| c.status.clone())))
        );
        let (turn, before) = komuras_turn(&app);
        app.world_mut().trigger(SendTurn(turn));
        app.update();
        assert!(
            run_until(&mut app, 90, |app| class_session(app).is_some_and(|s| s
                .game
                .state()
                .turns_played
                >= before + 2
                || s.game.is_over())),
            "the computer seat did not answer: {:?}",
            class_session(&app).map(|s| s.notice.clone())
        );
        answered += 1;
    }
    assert_eq!(answered, 2);
    let session = class_session(&app).unwrap();
    let table = session.class.as_ref().unwrap();
    assert_eq!(table.status, LinkStatus::Connected);
    assert!(!table.lines.is_empty());
    let kept = held_strings(session);
    // Press statements the computer made are public once made; the lines say which.
    let spoken: Vec<String> = scenario
        .mandate(Side::Russia)
        .press
        .iter()
        .filter(|p| table.lines.iter().any(|l| l.contains(&p.label)))
        .map(|p| p.id.clone())
        .collect();
    for private in private_strings(&scenario, Side::Russia, &spoken) {
        assert!(!kept.contains(private.as_str()), "the student's game holds {private}");
    }
    let held = session.game.scenario();
    assert_ne!(held.space.table(Side::Russia), scenario.space.table(Side::Russia));

    // Leaving asks first, and says the seat is kept (a class game is not in the autosave).
    app.world_mut().trigger(portsmouth::game::screens::confirm::AskLeave(
        portsmouth::game::screens::confirm::Leaving::Game,
    ));
    app.update();
    let text = all_text(&mut app);
    assert!(text.contains("Your seat stays yours"), "{text}");
    assert!(!text.contains("autosaved"));
}

#[test]
fn a_class_game_played_to_the_end_shows_the_treaty_or_the_debrief_from_what_the_seat_knows() {
    // Frames spaced as a slow network spaces them: the table is drawn between the last
    // move's `ActionDone` and the `Finished` after it, when the mirror cannot yet know the
    // talks are over (the window that once stalled this test one run in three).
    let class = FakeClass::start_lagging(scenario(), false, Duration::from_millis(40));
    let mut app = join_and_play(&class, 60);
    ends_on_the_treaty_or_the_debrief(&mut app);
}

/// A student who joined the real class server's table and read the briefing, at the table.
fn seated_at_the_real_table() -> App {
    let (address, code) = real_server();
    let mut app = app();
    join(&mut app, &address, &code, "Aiko");
    assert!(run_until(&mut app, 60, |app| screen(app) == Screen::Briefing));
    app.world_mut().trigger(BeginNegotiating);
    app.update();
    app
}

#[test]
fn with_the_real_class_server_a_whole_game_ends_on_the_treaty_or_the_debrief() {
    let mut app = seated_at_the_real_table();
    for _ in 0..60 {
        assert!(
            run_until(&mut app, 90, |app| class_session(app)
                .is_some_and(|s| s.viewer_to_move() || s.game.is_over())),
            "the server never gave the turn: {:?}",
            class_session(&app).map(|s| s.notice.clone())
        );
        if class_session(&app).unwrap().game.is_over() {
            break;
        }
        let (turn, before) = komuras_turn(&app);
        app.world_mut().trigger(SendTurn(turn));
        app.update();
        // The move and the computer's answer are in, and the server has said whose turn
        // it is (or that the talks are over); a refusal would show as a notice.
        assert!(
            run_until(&mut app, 90, |app| class_session(app).is_some_and(|s| s.game.is_over()
                || (s.game.state().turns_played > before && s.viewer_to_move())
                || s.notice.is_some())),
            "no answer from the server: {:?}",
            class_session(&app).map(|s| s.notice.clone())
        );
        let notice = class_session(&app).unwrap().notice.clone();
        assert!(notice.is_none(), "the move was not taken: {notice:?}");
    }
    ends_on_the_treaty_or_the_debrief(&mut app);
}

/// The talks are over and the table has gone to the treaty or the debrief, which shows how
/// they ended as the server said; the minutes export with the outcome.
fn ends_on_the_treaty_or_the_debrief(app: &mut App) {
    assert!(
        run_until(app, 30, |app| class_session(app).is_some_and(|s| s.game.is_over())
            && matches!(screen(app), Screen::Treaty | Screen::Debrief)),
        "the talks did not end on the treaty or the debrief: {:?}",
        screen(app)
    );
    let session = class_session(app).unwrap();
    let finished = session
        .class
        .as_ref()
        .unwrap()
        .finished
        .clone()
        .expect("the server said how it ended");
    assert_eq!(session.game.treaty().is_some(), finished.agreement.is_some());
    if screen(app) == Screen::Treaty {
        app.world_mut().trigger(Go(Screen::Debrief));
        app.update();
        app.update();
    }
    assert_eq!(screen(app), Screen::Debrief);
    let text = all_text(app);
    assert!(text.contains(&finished.outcome), "{text}");
    assert!(text.contains("Worth to "), "{text}");
    app.world_mut().trigger(portsmouth::game::session::Export::Minutes);
    app.update();
    let notice = class_session(app).unwrap().notice.clone().unwrap_or_default();
    let path = notice.strip_prefix("Minutes written to ").expect(&notice);
    let minutes = std::fs::read_to_string(path).unwrap();
    assert!(
        minutes.contains(&finished.outcome) && minutes.contains("## Transcript"),
        "{minutes}"
    );
}

#[test]
fn the_servers_refusal_and_the_teachers_pause_show_at_the_table() {
    let (address, key, code) = real_server_with_key();
    let mut app = app();
    join(&mut app, &address, &code, "Ben");
    assert!(run_until(&mut app, 60, |app| screen(app) == Screen::Briefing));
    app.world_mut().trigger(BeginNegotiating);
    app.update();
    assert!(
        run_until(&mut app, 90, |app| class_session(app)
            .is_some_and(|s| s.viewer_to_move())),
        "the server never gave the turn"
    );
    // An article not yet on the agenda: the server refuses, and says why where a local
    // refusal shows.
    let turn = {
        let session = class_session(&app).unwrap();
        let scenario = session.game.scenario();
        let session_now = session.game.state().session;
        let late = (0..scenario.articles.len())
            .find(|&a| !scenario.sessions[session_now].tabled.contains(a))
            .expect("an article for later sessions");
        let mut terms = portsmouth::engine::play::moves::Terms::EMPTY;
        terms.set(late, 0);
        portsmouth::engine::play::moves::Turn {
            propose: Some(portsmouth::engine::play::moves::Proposal::separate(terms)),
            ..portsmouth::engine::play::moves::Turn::PASS
        }
    };
    app.world_mut().trigger(SendTurn(turn));
    assert!(
        run_until(&mut app, 30, |app| class_session(app)
            .and_then(|s| s.notice.clone())
            .is_some_and(|n| n.starts_with("The move was not sent"))),
        "no refusal shown: {:?}",
        class_session(&app).map(|s| s.notice.clone())
    );
    app.update();
    assert!(all_text(&mut app).contains("The move was not sent"));
    assert!(
        class_session(&app).unwrap().viewer_to_move(),
        "the turn is still the player's"
    );

    let reply = teacher(&address, &key, "/api/pause", r#"{"paused":true}"#);
    assert!(reply.starts_with("HTTP/1.1 2"), "{reply}");
    assert!(
        run_until(&mut app, 30, |app| class_session(app).is_some_and(|s| s
            .class
            .as_ref()
            .unwrap()
            .paused)),
        "the pause did not reach the table"
    );
    app.update();
    assert!(!class_session(&app).unwrap().viewer_to_move(), "no move while paused");
    let text = all_text(&mut app);
    assert!(text.contains("paused the class"), "{text}");
    teacher(&address, &key, "/api/pause", r#"{"paused":false}"#);
    assert!(
        run_until(&mut app, 30, |app| class_session(app)
            .is_some_and(|s| s.viewer_to_move())),
        "the turn did not come back after the pause"
    );

    // The teacher hands the seat to the computer: the header no longer offers a move.
    let reply = teacher(&address, &key, "/api/tables/1/seats/japan/computer", "");
    assert!(reply.starts_with("HTTP/1.1 2"), "{reply}");
    assert!(
        run_until(&mut app, 30, |app| class_session(app).is_some_and(|s| matches!(
            s.class.as_ref().unwrap().status,
            LinkStatus::Refused { .. }
        ))),
        "the seat was not closed"
    );
    app.update();
    let text = all_text(&mut app);
    assert!(
        text.contains("Your seat is closed: the talks go on without you"),
        "{text}"
    );
    assert!(
        !text.contains("Your move, Komura") && !text.contains("once the connection and the teacher allow"),
        "{text}"
    );
}

#[test]
fn the_game_takes_its_seat_again_after_a_restart_with_the_kept_token() {
    let class = FakeClass::start(scenario(), false);
    let profile = crate::common::scratch_profile();
    {
        let mut app = crate::common::app_with_profile(profile.clone());
        join(&mut app, &class.address, CODE, "Aiko");
        assert!(run_until(&mut app, 60, |app| screen(app) == Screen::Briefing));
    }
    // The game closed and opened again: the title offers the table, and the seat comes back.
    let mut app = crate::common::app_with_profile(profile);
    let kept = portsmouth::game::class::KeptSeat::load(&portsmouth::game::paths::Profile(
        app.world().resource::<portsmouth::game::paths::Profile>().0.clone(),
    ))
    .expect("the seat is kept in the profile");
    assert!(all_text(&mut app).contains("Rejoin Table 1"));
    app.world_mut().trigger(portsmouth::game::class::RejoinClass(kept));
    app.update();
    assert!(
        run_until(&mut app, 60, |app| class_session(app).is_some()
            && screen(app) == Screen::Briefing),
        "the seat did not come back: {:?}",
        app.world().resource::<Joining>()
    );
    assert!(
        class
            .sent
            .lock()
            .unwrap()
            .iter()
            .filter(|m| m.contains("\"Settings\""))
            .count()
            >= 2
    );
}

#[test]
fn a_student_alone_at_the_table_is_told_when_the_computer_takes_the_empty_seat() {
    let (address, _, code) = real_server_with_table(
        r#"{"scenario":"portsmouth-1905","seed":1905,"japan":{"kind":"student"},"russia":{"kind":"student"},"empty_seat_secs":1}"#,
    );
    let mut app = app();
    join(&mut app, &address, &code, "Aiko");
    assert!(run_until(&mut app, 60, |app| screen(app) == Screen::Briefing));
    app.world_mut().trigger(BeginNegotiating);
    app.update();
    assert!(
        run_until(&mut app, 30, |app| class_session(app)
            .and_then(|s| s.notice.clone())
            .is_some_and(|n| n.contains("No one took Russia's seat"))),
        "the student was not told: {:?}",
        class_session(&app).map(|s| s.notice.clone())
    );
    app.update();
    let text = all_text(&mut app);
    assert!(text.contains("the computer plays it now"), "{text}");
    // The computer plays the seat: a move of the student's is answered.
    assert!(run_until(&mut app, 60, |app| class_session(app)
        .is_some_and(|s| s.viewer_to_move())));
    let before = class_session(&app).unwrap().game.state().turns_played;
    app.world_mut()
        .trigger(SendTurn(portsmouth::engine::play::moves::Turn::PASS));
    app.update();
    assert!(
        run_until(&mut app, 60, |app| class_session(app).is_some_and(
            |s| s.game.is_over() || (s.game.state().turns_played >= before + 2 && s.viewer_to_move())
        )),
        "the computer did not answer: {:?}",
        class_session(&app).map(|s| s.notice.clone())
    );
}

/// Whether a line has a letter of the Russian alphabet.
fn is_russian(line: &str) -> bool {
    line.chars()
        .any(|c| ('а'..='я').contains(&c) || ('А'..='Я').contains(&c))
}

#[test]
fn changing_language_at_a_networked_table_retells_the_server_s_words_in_it() {
    let mut app = seated_at_the_real_table();
    let lines = |app: &App| class_session(app).map_or_else(Vec::new, |s| s.class.as_ref().unwrap().lines.clone());
    assert!(run_until(&mut app, 60, |app| !lines(app).is_empty()), "no transcript");
    let english = lines(&app);
    assert!(!english.iter().any(|l| is_russian(l)), "{english:?}");

    // The player picks Russian in the settings, as the picker does.
    app.world_mut()
        .resource_mut::<portsmouth::game::settings::Settings>()
        .language = Some(Lang::Russian);
    app.update();
    assert!(
        run_until(&mut app, 60, |app| lines(app).first().is_some_and(|l| is_russian(l))),
        "the transcript was not told again in Russian: {:?}",
        lines(&app)
    );
    let russian = lines(&app);
    // Replaced, not told twice: no English line is left beside the Russian ones.
    assert!(
        russian.iter().filter(|l| !is_russian(l)).count() <= russian.len() / 4,
        "{russian:?}"
    );
    assert!(
        russian.len() < english.len() * 2,
        "{} lines, were {}",
        russian.len(),
        english.len()
    );
    let session = class_session(&app).unwrap();
    assert_eq!(session.class.as_ref().unwrap().status, LinkStatus::Connected);
}
