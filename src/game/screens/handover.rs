//! Hot-seat hand-over: between two players at one machine, the table is cleared of the
//! last delegation's papers — brief, private meters, drafts — until the next player says
//! they have taken the seat.

use super::Screen;
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        OnEnter(Screen::Handover),
        spawn_handover.run_if(resource_exists::<Session>),
    );
    app.add_observer(take_seat);
}

/// The next player confirms they sit at the table now.
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct TakeSeat;

fn take_seat(_: On<TakeSeat>, session: Option<Res<Session>>, mut next: ResMut<NextState<Screen>>) {
    let Some(session) = session else { return };
    next.set(if session.briefed[session.viewer.index()] {
        Screen::Table
    } else {
        Screen::Briefing
    });
}

fn spawn_handover(mut commands: Commands, fonts: Res<Fonts>, session: Res<Session>) {
    let f = fonts.as_ref();
    let scenario = session.game.scenario();
    let next = scenario.party(session.viewer);
    let previous = scenario.party(session.viewer.other());
    let state = session.game.state();
    let date = scenario.sessions[state.session].date.long();
    commands
        .spawn(super::screen_root(
            "Hand-over screen",
            Screen::Handover,
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                row_gap: px(16),
                ..default()
            },
        ))
        .with_children(|page| {
            page.spawn(widget::italic(
                f,
                format!("Session {} — {date}", state.session + 1),
                20.0,
                SEPIA,
            ));
            let heading = if state.turns_played == 0 {
                format!("The conference opens: {} speaks first", next.player_title)
            } else {
                format!("{}'s papers are put away", previous.player_title)
            };
            page.spawn(widget::text(f, heading, 40.0, INK));
            page.spawn(widget::rule(px(520)));
            page.spawn(widget::text(
                f,
                format!(
                    "Pass the seat to {}, for {}. {} should not look while {} reads.",
                    next.player_title,
                    session.viewer.name(),
                    previous.player_title,
                    next.player_title
                ),
                20.0,
                INK,
            ));
            page.spawn(widget::event_button(
                f,
                &format!("I am {} — show my papers", next.player_title),
                "Reveal your instructions and the table as your delegation sees it",
                TakeSeat,
            ));
        });
}
