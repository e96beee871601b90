//! Hot-seat hand-over: between two players at one machine, the table is cleared of the
//! last delegation's papers — brief, private meters, drafts — until the next player says
//! they have taken the seat.

use super::Screen;
use crate::game::session::Session;
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::{Lang, long_date};
use crate::tr;
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

fn spawn_handover(mut commands: Commands, fonts: Res<Fonts>, session: Res<Session>, language: Res<Language>) {
    let f = fonts.as_ref();
    let l = language.0;
    let scenario = session.game.scenario();
    let next = scenario.party(session.viewer);
    let previous = scenario.party(session.viewer.other());
    let state = session.game.state();
    let date = long_date(l, scenario.sessions[state.session].date);
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
                tr!(l, "handover-session", session = state.session + 1, date = date),
                20.0,
                SEPIA,
            ));
            let heading = if state.turns_played == 0 {
                tr!(l, "handover-opens", player = next.player_title.clone())
            } else {
                tr!(l, "handover-put-away", player = previous.player_title.clone())
            };
            page.spawn(widget::text(f, heading, 40.0, INK));
            page.spawn(widget::rule(px(520)));
            page.spawn(widget::text(
                f,
                tr!(
                    l,
                    "handover-pass-seat",
                    next = next.player_title.clone(),
                    side = session.viewer.name(),
                    previous = previous.player_title.clone()
                ),
                20.0,
                INK,
            ));
            let label = tr!(l, "handover-i-am", player = next.player_title.clone());
            page.spawn(widget::keyed_button(
                f,
                &label,
                &label,
                &tr!(Lang::English, "handover-i-am", player = next.player_title.clone()),
                &tr!(l, "handover-i-am.tip"),
                TakeSeat,
            ));
        });
}
