//! The teacher's hold on a demonstration: step, auto-play at a chosen pace, take a seat
//! over from the computer and hand it back.

use super::Session;
use crate::engine::play::side::Side;
use crate::engine::records::save::Seat;
use crate::game::Screen;
use bevy::prelude::*;

/// How the computer's moves come: as soon as they are ready, or one at a time on the
/// teacher's word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pace {
    /// Each computer move is played once ready and `delay` seconds after the last move.
    Auto { delay: f32 },
    /// Computer moves wait for a step.
    Paused,
}

/// Seconds between moves when a demonstration plays itself: time to read a reply aloud.
pub const DEMONSTRATION_DELAY: f32 = 4.0;

/// The auto-play delays a teacher can choose between, in seconds.
pub const AUTO_DELAYS: [f32; 5] = [1.0, 2.0, 4.0, 8.0, 15.0];

/// The teacher's controls over the computer's moves.
#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum Demonstrate {
    /// Play the next computer move, then pause.
    Step,
    /// Auto-play if paused; pause if playing.
    TogglePause,
    /// A longer or shorter wait between auto-played moves: +1 slower, -1 faster.
    Pace(i8),
    /// A player takes this side's seat from the computer.
    TakeOver(Side),
    /// The computer takes this side's seat back.
    HandBack(Side),
}

pub(super) fn control_demonstration(
    event: On<Demonstrate>,
    session: Option<ResMut<Session>>,
    mut next: ResMut<NextState<Screen>>,
    language: Res<crate::game::settings::Language>,
) {
    let Some(mut session) = session else { return };
    let l = language.0;
    match *event.event() {
        Demonstrate::Step => {
            session.pace = Pace::Paused;
            session.step = true;
        }
        Demonstrate::TogglePause => {
            session.pace = match session.pace {
                Pace::Paused => Pace::Auto {
                    delay: session.auto_delay,
                },
                Pace::Auto { .. } => Pace::Paused,
            };
        }
        Demonstrate::Pace(step) => {
            let Pace::Auto { delay } = session.pace else { return };
            let now = AUTO_DELAYS.iter().position(|&d| d >= delay).unwrap_or(0) as i32;
            let next = (now + step as i32).clamp(0, AUTO_DELAYS.len() as i32 - 1);
            session.auto_delay = AUTO_DELAYS[next as usize];
            session.pace = Pace::Auto {
                delay: session.auto_delay,
            };
        }
        Demonstrate::TakeOver(side) => {
            if let Err(problem) = session.set_seat(side, Seat::Human) {
                session.notice = Some(problem.to_string());
                return;
            }
            let title = session.game.scenario().party(side).player_title.as_str();
            session.notice = Some(crate::tr!(l, "session-you-sit", title = title));
            // With both seats taken by players, the papers are handed over between turns.
            if session.hot_seat() && session.game.to_move().is_some_and(|s| s != session.viewer) {
                session.viewer = session.game.to_move().unwrap_or(side);
                next.set(Screen::Handover);
            }
        }
        Demonstrate::HandBack(side) => {
            let agent = session.computer_for(side);
            match session.set_seat(side, Seat::Computer(agent.clone())) {
                Ok(()) => {
                    let title = session.game.scenario().party(side).player_title.as_str();
                    session.notice = Some(crate::tr!(
                        l,
                        "session-computer-sits",
                        agent = agent.to_string(),
                        title = title
                    ))
                }
                Err(problem) => session.notice = Some(problem.to_string()),
            }
        }
    }
}
