//! The briefing: the confidential instructions of the side whose papers are shown — what
//! is absolutely necessary, what may be traded and how much each article weighs — the
//! situation, and the other side's public demands.

use super::Screen;
use crate::engine::records::briefing::Brief;
use crate::game::session::Session;
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::glossary;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::tr;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        OnEnter(Screen::Briefing),
        spawn_briefing.run_if(resource_exists::<Session>),
    );
    app.add_observer(begin_negotiating);
}

/// Marks the briefing's list of words to know, for tests.
#[derive(Component)]
pub struct WordsToKnow;

/// The player has read the instructions and takes the seat at the table.
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct BeginNegotiating;

fn begin_negotiating(_: On<BeginNegotiating>, session: Option<ResMut<Session>>, mut next: ResMut<NextState<Screen>>) {
    let Some(mut session) = session else { return };
    let viewer = session.viewer;
    session.briefed[viewer.index()] = true;
    next.set(Screen::Table);
}

fn spawn_briefing(mut commands: Commands, fonts: Res<Fonts>, session: Res<Session>, language: Res<Language>) {
    let f = fonts.as_ref();
    let l = language.0;
    let scenario = session.game.scenario().clone();
    let side = session.viewer;
    let party = scenario.party(side);
    let other = scenario.party(side.other());
    let brief = Brief::of(&scenario, side);
    let delegate = party
        .delegates
        .first()
        .map_or_else(|| tr!(l, "briefing-the-delegate"), |d| d.name.clone());
    commands
        .spawn(super::screen_root(
            "Briefing screen",
            Screen::Briefing,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(24)),
                row_gap: px(10),
                ..default()
            },
        ))
        .with_children(|page| {
            page.spawn(widget::italic(
                f,
                tr!(
                    l,
                    "briefing-confidential",
                    capital = party.capital.clone(),
                    player = party.player_title.clone()
                ),
                18.0,
                SEAL_RED,
            ));
            page.spawn(widget::text(
                f,
                tr!(l, "briefing-instructions-for", delegate = delegate),
                34.0,
                INK,
            ));
            page.spawn((
                Name::new("Brief"),
                Node {
                    flex_direction: FlexDirection::Row,
                    column_gap: px(18),
                    flex_grow: 1.0,
                    min_height: px(0),
                    ..default()
                },
            ))
            .with_children(|row| {
                row.spawn(widget::scrolling_panel(
                    "Instructions",
                    Node {
                        width: px(560),
                        flex_shrink: 0.0,
                        ..widget::column(8.0)
                    },
                ))
                .with_children(|col| {
                    col.spawn(widget::text(f, scenario.mandate(side).briefing.clone(), 17.0, INK));
                    col.spawn(widget::rule(percent(100)));
                    col.spawn(widget::italic(f, tr!(l, "briefing-if-talks-fail"), 16.0, SEPIA));
                    col.spawn(widget::text(
                        f,
                        scenario.mandate(side).no_treaty.text.clone(),
                        16.0,
                        INK,
                    ));
                });
                row.spawn(widget::scrolling_panel(
                    "Red lines and trades",
                    Node {
                        flex_grow: 1.0,
                        ..widget::column(6.0)
                    },
                ))
                .with_children(|col| {
                    glossary::spawn_label(col, (f, l), &scenario, tr!(l, "briefing-red-lines"), (17.0, SEAL_RED));
                    for (text, cable) in &brief.necessary {
                        let line = if *cable {
                            tr!(l, "briefing-necessary-cable", text = text.clone())
                        } else {
                            tr!(l, "briefing-necessary", text = text.clone())
                        };
                        glossary::spawn_label(col, (f, l), &scenario, line, (16.0, INK));
                    }
                    if !brief.reserved.is_empty() {
                        glossary::spawn_label(col, (f, l), &scenario, tr!(l, "briefing-reserved"), (16.0, SEPIA));
                        for text in &brief.reserved {
                            glossary::spawn_label(
                                col,
                                (f, l),
                                &scenario,
                                tr!(l, "briefing-necessary", text = text.clone()),
                                (15.0, INK),
                            );
                        }
                    }
                    col.spawn(widget::italic(f, tr!(l, "briefing-tradeable"), 17.0, SEPIA));
                    let list = |items: &[(String, u32)]| {
                        items
                            .iter()
                            .map(|(title, share)| format!("{title} {share}%"))
                            .collect::<Vec<_>>()
                            .join(" · ")
                    };
                    col.spawn(widget::text(f, list(&brief.tradeable), 16.0, INK));
                    col.spawn(widget::italic(f, tr!(l, "briefing-guarded"), 16.0, SEPIA));
                    col.spawn(widget::text(f, list(&brief.guarded), 16.0, INK));
                    col.spawn(widget::rule(percent(100)));
                    col.spawn(widget::italic(
                        f,
                        tr!(l, "briefing-public-position", party = other.name.clone()),
                        17.0,
                        SEPIA,
                    ));
                    col.spawn(widget::text(f, other.public_position.clone(), 16.0, INK));
                    col.spawn(widget::italic(f, tr!(l, "briefing-situation"), 17.0, SEPIA));
                    col.spawn(widget::text(f, scenario.description.clone(), 16.0, INK));
                    // The game's words every briefing explains, as this language writes them.
                    let game_words = [
                        "red line",
                        "instructions",
                        "cable",
                        "reservation",
                        "walk-away value",
                        "package",
                    ]
                    .map(|term| crate::engine::scenario::glossary::game_term(l, term))
                    .join(", ");
                    let words = glossary::words_to_know(
                        l,
                        &scenario,
                        &[
                            &scenario.mandate(side).briefing,
                            &scenario.mandate(side).no_treaty.text,
                            &other.public_position,
                            &scenario.description,
                            &game_words,
                        ],
                    );
                    if !words.is_empty() {
                        col.spawn(widget::rule(percent(100)));
                        col.spawn((WordsToKnow, widget::column(3.0))).with_children(|list| {
                            list.spawn(widget::italic(f, tr!(l, "briefing-words-to-know"), 17.0, SEPIA));
                            for line in words {
                                list.spawn(widget::text(f, line, 14.0, INK));
                            }
                        });
                    }
                });
            });
            page.spawn(widget::row(12.0)).with_children(|bar| {
                let take_seat = tr!(l, "briefing-take-seat");
                bar.spawn(widget::keyed_button(
                    f,
                    &take_seat,
                    &take_seat,
                    "Take your seat at the table",
                    &tr!(l, "briefing-take-seat.tip"),
                    BeginNegotiating,
                ));
            });
        });
}
