//! The computer's moves: thought out on the async task pool so the window never waits,
//! then played when the pace lets them through.

use super::{Pace, Session, files::profile};
use crate::engine::agents;
use crate::engine::play::view::SideView;
use crate::game::Screen;
use crate::game::paths::Profile;
use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, block_on, poll_once};

/// Starts the computer's thinking when it is to move, and plays its decision when it is
/// ready and the pace allows: at once, after the auto-play delay, or on a step.
pub(super) fn drive_computer(
    mut session: ResMut<Session>,
    profile_res: Option<Res<Profile>>,
    screen: Res<State<Screen>>,
    time: Res<Time>,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    language: Res<crate::game::settings::Language>,
) {
    // The computer waits while a human reads a brief or a hand-over screen.
    if *screen.get() != Screen::Table {
        return;
    }
    let held = session.bypass_change_detection();
    if let Some(task) = held.thinking.as_mut() {
        let Some(decision) = block_on(poll_once(task)) else {
            // The window sleeps until something happens: keep it awake until the answer comes.
            redraw.write(bevy::window::RequestRedraw);
            return;
        };
        held.thinking = None;
        held.ready = Some(decision);
        // Redraw: the table says a move waits for a step.
        session.set_changed();
    }
    let held = session.bypass_change_detection();
    if held.ready.is_some() {
        let now = time.elapsed_secs_f64();
        let due = match held.pace {
            Pace::Auto { delay } => held.last_move_at.is_none_or(|t| now - t >= delay as f64),
            Pace::Paused => held.step,
        };
        if !due {
            if matches!(held.pace, Pace::Auto { .. }) {
                redraw.write(bevy::window::RequestRedraw);
            }
            return;
        }
        let decision = held.ready.take().expect("checked above");
        session.step = false;
        let Some(side) = session.game.to_move() else { return };
        agents::play_decision(&mut session.game, side, &decision);
        if let Some(screen) = session.after_move(language.0, &profile(profile_res), now) {
            next.set(screen);
        }
        return;
    }
    let Some(side) = session.game.to_move() else { return };
    let Some(agent) = session.agents[side.index()].clone() else {
        return;
    };
    let game = session.game.clone();
    redraw.write(bevy::window::RequestRedraw);
    session.thinking = Some(AsyncComputeTaskPool::get().spawn(async move {
        let view = SideView::new(&game, side);
        let mut agent = agent.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        agent.decide(&view)
    }));
}
