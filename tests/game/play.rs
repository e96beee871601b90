//! Whole games played through the UI's own events — the ones the buttons trigger — for
//! both sides, against the computer and in hot-seat, to the treaty and the debrief.

use crate::common::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::Screen;
use portsmouth::game::draft::{Answer, Draft, Edit, Offeror, SendDraft};
use portsmouth::game::screens::{BeginNegotiating, Go, NewGameEdit, TakeSeat};
use portsmouth::game::session::{Difficulty, Opponent, Session};

/// Starts a game from the title screen as the new-game screen would.
fn new_game(app: &mut bevy::prelude::App, side: Side, opponent: Opponent, seed: u64) {
    send(app, Go(Screen::NewGame));
    assert_eq!(screen(app), Screen::NewGame);
    let shown = all_text(app);
    assert!(
        shown.contains("Komura Jutarō, for Japan") && shown.contains("Sergei Witte, for Russia"),
        "{shown}"
    );
    send(app, NewGameEdit::Side(side));
    send(app, NewGameEdit::Opponent(opponent));
    send(app, NewGameEdit::Seed(seed));
    assert!(all_text(app).contains(&seed.to_string()), "the seed is shown");
    send(app, portsmouth::game::screens::Begin);
}

/// One turn by a plain player: accept every offer the instructions allow, else propose
/// the standing draft with every article moved one step towards the other side, else pass.
fn play_a_turn(app: &mut bevy::prelude::App) {
    let before = app.world().resource::<Session>().game.state().turns_played;
    send(
        app,
        Edit::AnswerAll {
            to: Offeror::Counterpart,
            answer: Some(Answer::Accept),
        },
    );
    send(app, SendDraft);
    if app.world().resource::<Session>().game.state().turns_played != before {
        return;
    }
    // Refused (a red line): answer nothing, and pass.
    send(app, Edit::Reset);
    send(app, SendDraft);
    assert_ne!(
        app.world().resource::<Session>().game.state().turns_played,
        before,
        "a pass is always accepted: {:?}",
        app.world().resource::<Session>().notice
    );
}

fn play_to_the_end(app: &mut bevy::prelude::App) {
    for _ in 0..200 {
        await_turn(app);
        match screen(app) {
            Screen::Table => {
                if app.world().resource::<Session>().game.is_over() {
                    app.update();
                    continue;
                }
                play_a_turn(app);
            }
            Screen::Handover => send(app, TakeSeat),
            Screen::Briefing => send(app, BeginNegotiating),
            Screen::Treaty | Screen::Debrief => return,
            other => panic!("unexpected screen {other:?}"),
        }
    }
    panic!("the game did not end");
}

fn reaches_the_debrief(side: Side, opponent: Opponent, seed: u64) -> String {
    let mut app = app();
    new_game(&mut app, side, opponent, seed);
    assert_eq!(screen(&app), Screen::Briefing);
    let brief = all_text(&mut app);
    let session = app.world().resource::<Session>();
    let mandate = session.game.scenario().mandate(side);
    assert!(
        brief.contains(&mandate.briefing),
        "the briefing shows the player's instructions"
    );
    send(&mut app, BeginNegotiating);
    assert_eq!(screen(&app), Screen::Table);
    let table = all_text(&mut app);
    assert!(table.contains("Session 1 of 12"), "{table}");
    assert!(
        table.contains("Korea") && table.contains("Sakhalin"),
        "the board lists the articles"
    );
    play_to_the_end(&mut app);
    if screen(&app) == Screen::Treaty {
        let treaty = all_text(&mut app);
        assert!(treaty.contains("Treaty of Peace between"), "{treaty}");
        assert!(treaty.contains("Article I"), "{treaty}");
        // Any treaty of this conference is signed on 5 September 1905 by the four plenipotentiaries.
        assert!(
            treaty.contains("23rd day of August of the Russian calendar (the 5th of September), 1905"),
            "{treaty}"
        );
        for name in [
            "Baron Komura Jutarō",
            "Takahira Kogorō",
            "Sergei Witte",
            "Baron Roman Rosen",
        ] {
            assert!(treaty.contains(name), "{name} signs: {treaty}");
        }
        send(&mut app, Go(Screen::Debrief));
    }
    assert_eq!(screen(&app), Screen::Debrief);
    let debrief = all_text(&mut app);
    assert!(debrief.contains("Clause by clause"), "{debrief}");
    assert!(debrief.contains("Nash bargaining point"), "{debrief}");
    assert!(debrief.contains("How each article moved"), "{debrief}");
    assert!(debrief.contains("For the teacher: the bargaining space"), "{debrief}");
    debrief
}

#[test]
fn witte_plays_a_whole_game_against_the_computer() {
    let debrief = reaches_the_debrief(Side::Russia, Opponent::Computer(Difficulty::Historical), 7);
    assert!(debrief.contains("Russia"), "{debrief}");
    // The 1905 delegation's own moves hide no drawn limits.
    assert!(!debrief.contains("Behind the table"), "{debrief}");
}

#[test]
fn komura_plays_a_whole_game_against_the_computer() {
    let debrief = reaches_the_debrief(Side::Japan, Opponent::Computer(Difficulty::Level(0)), 11);
    // Once the game is over, the teacher may see what Witte kept to himself.
    assert!(debrief.contains("Behind the table"), "{debrief}");
    assert!(debrief.contains("Russian Empire (the computer"), "{debrief}");
    // And how the Tsar answered Meyer, which only Witte was told during the game.
    assert!(debrief.contains("What chance decided"), "{debrief}");
    assert!(debrief.contains("Meyer's audience at Peterhof: "), "{debrief}");
}

#[test]
fn the_counterpart_replies_with_a_reason() {
    let mut app = app();
    new_game(&mut app, Side::Russia, Opponent::Computer(Difficulty::Historical), 3);
    send(&mut app, BeginNegotiating);
    await_turn(&mut app);
    let table = all_text(&mut app);
    // Komura moved first and said why; Witte's table shows it.
    assert!(table.contains("Komura's last move"), "{table}");
    assert!(table.contains("“Komura's credentials are not at hand"), "{table}");
}

#[test]
fn the_computer_delegate_is_offered_at_the_scenarios_levels_and_explains_its_replies() {
    let mut app = app();
    send(&mut app, Go(Screen::NewGame));
    let shown = all_text(&mut app);
    for level in [
        "Computer: Yielding",
        "Computer: Steady",
        "Computer: Shrewd",
        "Computer: As in 1905",
    ] {
        assert!(shown.contains(level), "{level} missing from: {shown}");
    }
    send(&mut app, Go(Screen::Title));
    new_game(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(2)), 8);
    assert_eq!(
        app.world().resource::<Session>().seats[Side::Russia.index()],
        portsmouth::engine::records::save::Seat::Computer("delegate:shrewd".parse().unwrap())
    );
    send(&mut app, BeginNegotiating);
    // A few sessions in, Witte's every move has come with its reason, and the table shows
    // the latest one under his last move.
    for _ in 0..6 {
        await_turn(&mut app);
        play_a_turn(&mut app);
    }
    await_turn(&mut app);
    let game = &app.world().resource::<Session>().game;
    let witte: Vec<Option<String>> = game
        .transcript()
        .moves()
        .filter(|(side, _, _)| *side == Side::Russia)
        .map(|(side, _, note)| note.map(|n| n.text_in(portsmouth::i18n::Lang::English, game.scenario(), side)))
        .collect();
    assert!(witte.len() >= 3, "{witte:?}");
    assert!(witte.iter().all(Option::is_some), "a move without a reason: {witte:?}");
    let latest = witte.last().cloned().flatten().unwrap();
    let table = all_text(&mut app);
    assert!(table.contains("Witte's last move"), "{table}");
    let opening: String = latest.chars().take(30).collect();
    assert!(table.contains(&opening), "{opening} not on the table: {table}");
}

#[test]
fn a_drafted_proposal_is_shown_with_its_worth_and_sent() {
    let mut app = app();
    new_game(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(1)), 5);
    send(&mut app, BeginNegotiating);
    // Play on to the session where Japan tables its demands.
    for _ in 0..10 {
        await_turn(&mut app);
        let korea_open = app.world().resource::<Session>().view().negotiable().contains(0);
        if korea_open {
            break;
        }
        send(&mut app, SendDraft);
    }
    send(
        &mut app,
        Edit::Choose {
            article: 0,
            option: Some(0),
        },
    );
    send(&mut app, Edit::Step { article: 4, by: 1 });
    send(&mut app, Edit::NextPackage { article: 4 });
    let draft = app.world().resource::<Draft>().clone();
    assert_eq!(draft.options[0], Some(0));
    assert!(draft.options[4].is_some());
    assert_eq!(
        draft.proposal().packages().count(),
        2,
        "Sakhalin went to its own package"
    );
    let table = all_text(&mut app);
    assert!(
        table.contains("Komura (Japan) proposes:"),
        "the turn reads as it will be recorded: {table}"
    );
    assert!(
        table.contains("would be worth"),
        "the package's worth is shown: {table}"
    );
    let before = app.world().resource::<Session>().game.state().turns_played;
    send(&mut app, SendDraft);
    let session = app.world().resource::<Session>();
    assert!(session.game.state().turns_played > before, "{:?}", session.notice);
    let sent = session.game.state().last_turn[0]
        .and_then(|t| t.propose)
        .expect("a proposal was sent");
    assert_eq!(sent.terms.get(0), Some(0));
}

#[test]
fn a_move_the_instructions_forbid_is_refused_with_a_reason() {
    let mut app = app();
    new_game(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(2)), 9);
    send(&mut app, BeginNegotiating);
    for _ in 0..10 {
        await_turn(&mut app);
        if !app.world().resource::<Session>().view().opponent_proposal().is_empty() {
            break;
        }
        send(&mut app, SendDraft);
    }
    // Japan's opening terms include all of Sakhalin and ¥1,200 million: Witte may not accept.
    send(
        &mut app,
        Edit::AnswerAll {
            to: Offeror::Counterpart,
            answer: Some(Answer::Accept),
        },
    );
    // Said before sending, at the top of the read-back.
    let warned = all_text(&mut app);
    assert!(
        warned.contains("Not allowed: Your instructions from St Petersburg forbid you to accept"),
        "{warned}"
    );
    assert_eq!(
        {
            let world = app.world_mut();
            world
                .query_filtered::<(), bevy::prelude::With<portsmouth::game::screens::table::AcceptanceBreach>>()
                .iter(world)
                .count()
        },
        1
    );
    let before = app.world().resource::<Session>().game.state().turns_played;
    send(&mut app, SendDraft);
    let session = app.world().resource::<Session>();
    assert_eq!(
        session.game.state().turns_played,
        before,
        "{:?} {:?}",
        session.game.state().last_turn,
        app.world().resource::<Draft>().answers
    );
    let notice = session.notice.clone().unwrap_or_default();
    assert!(notice.starts_with("The move was not sent"), "{notice}");
    assert!(all_text(&mut app).contains("The move was not sent"));
    assert!(
        !all_text(&mut app).contains("Not allowed: Your instructions"),
        "the refusal is said once"
    );

    // An edit that leaves the draft as it was keeps the refusal in view ...
    send(
        &mut app,
        Edit::AnswerAll {
            to: Offeror::Counterpart,
            answer: Some(Answer::Accept),
        },
    );
    assert!(all_text(&mut app).contains("The move was not sent"));
    // ... and once the draft changes it no longer speaks of what the read-back shows.
    send(&mut app, Edit::Reset);
    assert_eq!(app.world().resource::<Session>().notice, None);
    assert!(!all_text(&mut app).contains("The move was not sent"));
}

#[test]
fn hot_seat_hides_each_brief_until_the_next_player_takes_the_seat() {
    let mut app = app();
    new_game(&mut app, Side::Japan, Opponent::Human, 1905);
    assert_eq!(screen(&app), Screen::Handover);
    let (japan_brief, russia_brief) = {
        let scenario = app.world().resource::<Session>().game.scenario().clone();
        (
            scenario.mandate(Side::Japan).briefing.clone(),
            scenario.mandate(Side::Russia).briefing.clone(),
        )
    };
    let handover = all_text(&mut app);
    assert!(handover.contains("The conference opens"), "{handover}");
    assert!(!handover.contains(&japan_brief) && !handover.contains(&russia_brief));
    send(&mut app, TakeSeat);
    assert_eq!(screen(&app), Screen::Briefing);
    let first = app.world().resource::<Session>().viewer;
    let (mine, theirs) = match first {
        Side::Japan => (&japan_brief, &russia_brief),
        Side::Russia => (&russia_brief, &japan_brief),
    };
    let brief = all_text(&mut app);
    assert!(brief.contains(mine.as_str()) && !brief.contains(theirs.as_str()));
    send(&mut app, BeginNegotiating);
    send(&mut app, SendDraft);
    // The turn passes to the other player: the hand-over hides the first one's papers.
    assert_eq!(screen(&app), Screen::Handover);
    assert_eq!(app.world().resource::<Session>().viewer, first.other());
    let handover = all_text(&mut app);
    assert!(!handover.contains(mine.as_str()), "the previous brief is hidden");
    assert!(handover.contains("papers are put away"), "{handover}");
    send(&mut app, TakeSeat);
    assert_eq!(
        screen(&app),
        Screen::Briefing,
        "the second player reads their own brief first"
    );
    let brief = all_text(&mut app);
    assert!(brief.contains(theirs.as_str()) && !brief.contains(mine.as_str()));
    send(&mut app, BeginNegotiating);
    assert_eq!(screen(&app), Screen::Table);
    // Private meters belong to their side only.
    let scenario = app.world().resource::<Session>().game.scenario().clone();
    let table = all_text(&mut app);
    for (m, meter) in scenario.meters.iter().enumerate() {
        let (name, _) = scenario.meter_text(m);
        if !meter.visible_to.includes(first.other()) {
            assert!(!table.contains(name), "{name} is private to the other side");
        }
    }
    play_to_the_end(&mut app);
}

#[test]
fn a_new_game_starts_with_a_fresh_draft() {
    let mut app = app();
    new_game(&mut app, Side::Japan, Opponent::Human, 1);
    send(&mut app, TakeSeat);
    send(&mut app, BeginNegotiating);
    send(&mut app, Edit::BreakOff(true));
    assert!(app.world().resource::<Draft>().break_off);
    // Back to the title without sending, and a new game at the same turn and side.
    send(&mut app, Go(Screen::Title));
    new_game(&mut app, Side::Japan, Opponent::Human, 2);
    send(&mut app, TakeSeat);
    assert!(
        !app.world().resource::<Draft>().break_off,
        "nothing carries over from the last game"
    );
}
