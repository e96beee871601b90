//! Each sitting's note — what happened that day and its sources, or in the tutorial what the
//! sitting teaches — is on the table: in the transcript as the sitting opens, and in the tip
//! of its day on the calendar, for a player looking ahead or back, with the sources it cites
//! given in full.

use crate::common::*;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::session::{Difficulty, Opponent, Session};
use portsmouth::game::theme::widget::Tip;

#[test]
fn each_sitting_shows_its_note_in_the_transcript_and_on_the_calendar() {
    let mut app = app();
    begin_at_the_table(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(1)), 11);
    await_turn(&mut app);
    let sessions = app.world().resource::<Session>().game.scenario().sessions.clone();
    assert!(
        sessions.iter().all(|s| !s.note.is_empty()),
        "every sitting of 1905 has a note"
    );
    // The first sitting's note stands under its heading in the transcript.
    let text = all_text(&mut app);
    assert!(text.contains(&sessions[0].note), "{text}");
    // Every day of the calendar carries its sitting's title and note in its tip, the days to
    // come as well as those past.
    let world = app.world_mut();
    let tips: Vec<(String, String)> = world
        .query::<(&Name, &Tip)>()
        .iter(world)
        .filter(|(name, _)| name.as_str().starts_with("Session "))
        .map(|(name, tip)| (name.to_string(), tip.0.clone()))
        .collect();
    assert_eq!(tips.len(), sessions.len(), "{tips:?}");
    for (i, s) in sessions.iter().enumerate() {
        let (_, tip) = tips
            .iter()
            .find(|(name, _)| *name == format!("Session {}", i + 1))
            .unwrap_or_else(|| panic!("session {} on the calendar", i + 1));
        assert!(tip.contains(&s.title) && tip.contains(&s.note), "{tip}");
    }
    // The sources a note cites by key are given in full: the second sitting's cites [BRK-A].
    let (_, second) = tips.iter().find(|(name, _)| name == "Session 2").unwrap();
    assert!(
        second.contains("\n\nSources:\n[BRK-A] Brinkley, Frank, Japan: Its History"),
        "{second}"
    );
}
