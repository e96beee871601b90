//! The debrief's notice line (where a save or an export went) keeps its height before any
//! message, so the buttons above it do not jump when one appears.

use crate::common::*;
use crate::leaving::new_game;
use bevy::prelude::*;
use portsmouth::game::Screen;
use portsmouth::game::screens::{BeginNegotiating, Go};
use portsmouth::game::session::{Difficulty, Opponent, Session};

#[test]
fn the_debrief_notice_keeps_its_line_so_the_buttons_do_not_jump() {
    use portsmouth::game::draft::{Edit, SendDraft};
    use portsmouth::game::screens::{DebriefNotice, NO_NOTICE};
    let mut app = app();
    new_game(&mut app, Opponent::Computer(Difficulty::Level(1)));
    send(&mut app, BeginNegotiating);
    await_turn(&mut app);
    send(&mut app, Edit::BreakOff(true));
    send(&mut app, SendDraft);
    assert!(app.world().resource::<Session>().game.is_over());
    send(&mut app, Go(Screen::Debrief));
    app.update();
    let notice = |app: &mut App| {
        let world = app.world_mut();
        let mut q = world.query_filtered::<&Text, With<DebriefNotice>>();
        q.iter(world).map(|t| t.0.clone()).collect::<Vec<_>>()
    };
    // Before any message the line holds a no-break space: it has its height already.
    assert_eq!(notice(&mut app), vec![NO_NOTICE.to_string()]);
    send(&mut app, portsmouth::game::session::SaveGame);
    send(&mut app, portsmouth::game::screens::save_name::SubmitSaveName);
    app.update();
    let shown = notice(&mut app);
    assert_eq!(shown.len(), 1);
    assert!(
        !shown[0].trim().is_empty() && shown[0] != NO_NOTICE,
        "the save says where it went"
    );
}
