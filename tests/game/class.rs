//! The game as a client of a class server: the join form's checks, joining a table and
//! playing a turn against the server's computer seat, nothing of the other side's private
//! mandate received or held, reconnecting after a drop, and a window that keeps running
//! while the server cannot be reached.

use crate::common::{all_text, app, run_until, screen};
use crate::fake_class::{CODE, FakeClass};
use bevy::prelude::*;
use portsmouth::engine::agents::{self, AgentSpec};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::scenario::Scenario;
use portsmouth::game::Screen;
use portsmouth::game::class::{ClassLink, JoinClass, Joining, check_form};
use portsmouth::game::screens::{BeginNegotiating, Go};
use portsmouth::game::session::{SendTurn, Session};
use portsmouth::net::client::LinkStatus;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn scenario() -> Arc<Scenario> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
    portsmouth::engine::scenario::load(&path).expect("the 1905 scenario loads").scenario
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

/// Every private string of a side's mandate, as JSON (the form it would travel in).
fn private_strings(scenario: &Scenario, side: Side) -> Vec<String> {
    let mandate = scenario.mandate(side);
    let mut out = vec![mandate.briefing.clone(), mandate.no_treaty.text.clone()];
    for red_line in &mandate.red_lines {
        out.push(red_line.text.clone());
        if let Some(cable) = &red_line.cable {
            out.extend([cable.yes.clone(), cable.no.clone()]);
        }
    }
    for press in &mandate.press {
        out.extend([press.label.clone(), press.text.clone()]);
    }
    for private in &mandate.dispatches {
        out.extend([private.title.clone(), private.dispatch.text.clone()]);
    }
    for (_, meter) in &mandate.meters {
        out.extend([meter.name.clone(), meter.description.clone()]);
    }
    out.retain(|s| s.len() > 12);
    out.into_iter().map(|s| serde_json::to_string(&s).unwrap()).collect()
}

#[test]
fn the_join_form_says_what_is_wrong_before_dialling() {
    assert!(check_form("", "KX7P", "Aiko").unwrap_err().contains("server's address"));
    assert!(check_form("not an address", "KX7P", "Aiko").unwrap_err().contains("not an address"));
    assert!(check_form("host:70000", "KX7P", "Aiko").unwrap_err().contains("port"));
    assert!(check_form("127.0.0.1:7905", " ", "Aiko").unwrap_err().contains("table's code"));
    assert!(check_form("127.0.0.1:7905", "KX-7P!", "Aiko").unwrap_err().contains("not a table code"));
    assert!(check_form("127.0.0.1:7905", "kx7p", " ").unwrap_err().contains("your name"));
    let (url, code, name) = check_form("127.0.0.1:7905", " kx7p ", " Aiko ").unwrap();
    assert_eq!((url.as_str(), code.as_str(), name.as_str()), ("ws://127.0.0.1:7905/ws", "KX7P", "Aiko"));

    let mut app = app();
    join(&mut app, "127.0.0.1:7905", "", "Aiko");
    assert_eq!(screen(&app), Screen::Join);
    assert!(all_text(&mut app).contains("Type your table's code"), "{}", all_text(&mut app));
    assert!(app.world().get_resource::<ClassLink>().is_none(), "nothing is dialled");
    join(&mut app, "no such address!", "KX7P", "Aiko");
    assert!(all_text(&mut app).contains("is not an address"));
    assert!(app.world().get_resource::<ClassLink>().is_none());
}

#[test]
fn the_window_keeps_running_while_the_server_cannot_be_reached() {
    // A port nothing listens on: bound, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
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
        matches!(joining.status, Some(LinkStatus::Reconnecting { .. } | LinkStatus::Lost { .. })),
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
    assert!(all_text(&mut app).contains(first_words.trim()), "the briefing is Japan's own");
    app.world_mut().trigger(BeginNegotiating);
    app.update();
    assert_eq!(screen(&app), Screen::Table);
    for _ in 0..turns {
        assert!(
            run_until(&mut app, 60, |app| class_session(app).is_some_and(|s| s.viewer_to_move())),
            "the server never gave the turn"
        );
        let before = class.turns_played();
        let turn = {
            let session = class_session(&app).unwrap();
            let mut delegate = agents::make(&AgentSpec::Delegate, Side::Japan, 7, session.game.scenario()).unwrap();
            delegate.decide(&SideView::new(&session.game, Side::Japan)).turn
        };
        let answered = |app: &mut App| {
            class.turns_played() >= before + 2
                && class_session(app).is_some_and(|s| s.viewer_to_move() || s.game.is_over())
        };
        // A move sent as the line drops is lost, and the table offers the turn again once
        // reconnected: the player sends it again.
        let mut tries = 0;
        while tries < 3 && !answered(&mut app) {
            tries += 1;
            app.world_mut().trigger(SendTurn(turn));
            app.update();
            run_until(&mut app, 30, |app| {
                answered(app) || class_session(app).is_some_and(|s| s.viewer_to_move())
            });
        }
        assert!(
            run_until(&mut app, 30, answered),
            "the other side did not answer: {:?}",
            class_session(&app).map(|s| s.notice.clone())
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
    let theirs = private_strings(&class.scenario, Side::Russia);
    assert!(!theirs.is_empty());
    let received = class.sent.lock().unwrap().join("\n");
    assert!(received.contains("Settings") && received.contains("ActionDone"));
    for private in &theirs {
        assert!(!received.contains(private), "the student received {private}");
    }
    let session = class_session(&app).unwrap();
    let held = session.game.scenario();
    let mut kept = serde_json::to_string(&(&held.public, &held.mandates)).unwrap();
    kept.push_str(&serde_json::to_string(&session.class.as_ref().unwrap().lines).unwrap());
    kept.push_str(&serde_json::to_string(&session.game.transcript().notes).unwrap());
    for private in &theirs {
        assert!(!kept.contains(private), "the student's game holds {private}");
    }
    assert_ne!(held.space.table(Side::Russia), class.scenario.space.table(Side::Russia));
    // On screen, texts run together: look for the private strings the public part does not
    // also say in its own words.
    let public = serde_json::to_string(&class.scenario.public).unwrap();
    let text = all_text(&mut app);
    for private in &theirs {
        let words: String = serde_json::from_str(private).unwrap();
        assert!(public.contains(&words) || !text.contains(&words), "the screen shows {words}");
    }
}

#[test]
fn a_dropped_connection_reconnects_with_the_seat_token_and_play_goes_on() {
    let class = FakeClass::start(scenario(), true);
    let app = join_and_play(&class, 1);
    let session = class_session(&app).unwrap();
    assert_eq!(session.class.as_ref().unwrap().status, LinkStatus::Connected);
    assert!(class.sent.lock().unwrap().iter().filter(|m| m.contains("\"Settings\"")).count() >= 2);
}
