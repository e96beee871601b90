//! The briefing: the confidential instructions of the side whose papers are shown — what
//! is absolutely necessary, what may be traded and how much each article weighs — the
//! situation, and the other side's public demands.

use super::Screen;
use crate::engine::records::briefing::Brief;
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::glossary;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
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

fn spawn_briefing(mut commands: Commands, fonts: Res<Fonts>, session: Res<Session>) {
    let f = fonts.as_ref();
    let scenario = session.game.scenario().clone();
    let side = session.viewer;
    let party = scenario.party(side);
    let other = scenario.party(side.other());
    let brief = Brief::of(&scenario, side);
    let delegate = party.delegates.first().map_or("the delegate", |d| d.name.as_str());
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
                format!("CONFIDENTIAL — from {} to {}", party.capital, party.player_title),
                18.0,
                SEAL_RED,
            ));
            page.spawn(widget::text(f, format!("Instructions for {delegate}"), 34.0, INK));
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
                    col.spawn(widget::italic(f, "If the talks fail", 16.0, SEPIA));
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
                    glossary::spawn_label(
                        col,
                        f,
                        &scenario,
                        "Absolutely necessary — your red lines".to_string(),
                        (17.0, SEAL_RED),
                    );
                    for (text, cable) in &brief.necessary {
                        let note = if *cable { " (a cable home may lift this)" } else { "" };
                        glossary::spawn_label(col, f, &scenario, format!("• {text}{note}"), (16.0, INK));
                    }
                    if !brief.reserved.is_empty() {
                        glossary::spawn_label(
                            col,
                            f,
                            &scenario,
                            "Instructions the capital may still impose".to_string(),
                            (16.0, SEPIA),
                        );
                        for text in &brief.reserved {
                            glossary::spawn_label(col, f, &scenario, format!("• {text}"), (15.0, INK));
                        }
                    }
                    col.spawn(widget::italic(
                        f,
                        "What you may trade — share of all you have at stake",
                        17.0,
                        SEPIA,
                    ));
                    let list = |items: &[(String, u32)]| {
                        items
                            .iter()
                            .map(|(title, share)| format!("{title} {share}%"))
                            .collect::<Vec<_>>()
                            .join(" · ")
                    };
                    col.spawn(widget::text(f, list(&brief.tradeable), 16.0, INK));
                    col.spawn(widget::italic(f, "Guarded by your red lines", 16.0, SEPIA));
                    col.spawn(widget::text(f, list(&brief.guarded), 16.0, INK));
                    col.spawn(widget::rule(percent(100)));
                    col.spawn(widget::italic(
                        f,
                        format!("{}'s public position", other.name),
                        17.0,
                        SEPIA,
                    ));
                    col.spawn(widget::text(f, other.public_position.clone(), 16.0, INK));
                    col.spawn(widget::italic(f, "The situation", 17.0, SEPIA));
                    col.spawn(widget::text(f, scenario.description.clone(), 16.0, INK));
                    let words = glossary::words_to_know(
                        &scenario,
                        &[
                            &scenario.mandate(side).briefing,
                            &scenario.mandate(side).no_treaty.text,
                            &other.public_position,
                            &scenario.description,
                            "red line, instructions, cable, reservation, walk-away value, package",
                        ],
                    );
                    if !words.is_empty() {
                        col.spawn(widget::rule(percent(100)));
                        col.spawn((WordsToKnow, widget::column(3.0))).with_children(|list| {
                            list.spawn(widget::italic(f, "Words to know", 17.0, SEPIA));
                            for line in words {
                                list.spawn(widget::text(f, line, 14.0, INK));
                            }
                        });
                    }
                });
            });
            page.spawn(widget::row(12.0)).with_children(|bar| {
                bar.spawn(widget::event_button(
                    f,
                    "Take your seat at the table",
                    "Open the negotiating table; the brief stays available from the table's Brief button",
                    BeginNegotiating,
                ));
            });
        });
}
