//! The window draws at once after a change, with no input to wake it: a screen change (and
//! the game's start or load) asks for frames until it has been drawn, and a quiet screen
//! asks for none (the window idles while the player reads).

use crate::common::*;
use bevy::ecs::message::MessageCursor;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use portsmouth::game::Screen;
use portsmouth::game::screens::Go;
use portsmouth::game::wake::SETTLE_FRAMES;

/// Runs `frames` updates and counts the frames that asked for another.
fn frames_asking(app: &mut App, cursor: &mut MessageCursor<RequestRedraw>, frames: usize) -> usize {
    let mut asking = 0;
    for _ in 0..frames {
        app.update();
        let messages = app.world().resource::<Messages<RequestRedraw>>();
        if cursor.read(messages).count() > 0 {
            asking += 1;
        }
    }
    asking
}

fn settled(app: &mut App, cursor: &mut MessageCursor<RequestRedraw>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while frames_asking(app, cursor, 1) > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the window settles once the fonts are in"
        );
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

#[test]
fn a_screen_change_asks_for_frames_until_drawn_then_none() {
    let mut app = app();
    let mut cursor = MessageCursor::<RequestRedraw>::default();
    settled(&mut app, &mut cursor);
    assert_eq!(
        frames_asking(&mut app, &mut cursor, 10),
        0,
        "a quiet title asks for no frame"
    );

    // Asked for from a button, entered on the next frame: frames keep coming until the
    // new screen has been drawn (one frame late under pipelined rendering).
    app.world_mut().trigger(Go(Screen::Settings));
    let asking = frames_asking(&mut app, &mut cursor, 10);
    assert_eq!(screen(&app), Screen::Settings);
    assert!(
        asking >= SETTLE_FRAMES as usize,
        "only {asking} frames asked for after the change"
    );
    assert!(asking < 10, "and then the window idles again");
    assert_eq!(frames_asking(&mut app, &mut cursor, 5), 0);

    // A focus moved without input (a question focusing its Stay): its ring and tooltip
    // are drawn on the frames after.
    let somewhere = app.world_mut().spawn_empty().id();
    app.world_mut()
        .resource_mut::<bevy::input_focus::InputFocus>()
        .set(somewhere, bevy::input_focus::FocusCause::Navigated);
    assert!(frames_asking(&mut app, &mut cursor, 10) >= SETTLE_FRAMES as usize);
}

#[test]
fn the_window_draws_at_start_without_input() {
    let mut app = app();
    let mut cursor = MessageCursor::<RequestRedraw>::default();
    // The first frames after start ask for more, until the fonts are in and the title drawn.
    assert!(frames_asking(&mut app, &mut cursor, 2) == 2);
}
