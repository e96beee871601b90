//! The treaty: the instrument produced from the agreed articles, in the form of 1905 —
//! preamble, numbered articles, place and date, signatures and seals.

use super::{Go, Screen};
use crate::engine::treaty::TreatyText;
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Treaty), spawn_treaty.run_if(resource_exists::<Session>));
}

/// Marks the treaty document, for tests.
#[derive(Component)]
pub struct TreatyDocument;

fn spawn_treaty(mut commands: Commands, fonts: Res<Fonts>, session: Res<Session>) {
    let f = fonts.as_ref();
    let game = &session.game;
    let scenario = game.scenario();
    let Some(terms) = game.treaty() else {
        commands.trigger(Go(Screen::Debrief));
        return;
    };
    let signed = scenario.sessions[game.state().session].date;
    let text = TreatyText::new(scenario, &terms, signed);
    commands
        .spawn(super::screen_root(
            "Treaty screen",
            Screen::Treaty,
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                padding: UiRect::all(px(16)),
                row_gap: px(8),
                ..default()
            },
        ))
        .with_children(|page| {
            page.spawn((
                widget::scrolling_panel(
                    "Treaty document",
                    Node {
                        width: px(900),
                        flex_grow: 1.0,
                        min_height: px(0),
                        padding: UiRect::axes(px(36), px(20)),
                        ..widget::column(8.0)
                    },
                ),
                TreatyDocument,
            ))
            .with_children(|doc| {
                doc.spawn(widget::text(f, text.title.clone(), 30.0, INK));
                doc.spawn(widget::italic(f, text.preamble.clone(), 16.0, INK));
                for (numeral, topic, clause) in &text.articles {
                    doc.spawn(widget::row(10.0)).with_children(|row| {
                        row.spawn((
                            Node {
                                width: px(150),
                                flex_shrink: 0.0,
                                ..default()
                            },
                            children![widget::text(f, format!("Article {numeral}"), 16.0, SEAL_RED)],
                        ));
                        row.spawn((
                            Node {
                                flex_grow: 1.0,
                                ..widget::column(0.0)
                            },
                            children![
                                widget::italic(f, topic.clone(), 14.0, SEPIA),
                                widget::text(f, clause.clone(), 16.0, INK)
                            ],
                        ));
                    });
                }
                doc.spawn(widget::italic(f, text.closing.clone(), 16.0, INK));
                doc.spawn((Node {
                    justify_content: JustifyContent::SpaceAround,
                    width: percent(100),
                    ..widget::row(20.0)
                },))
                    .with_children(|row| {
                        for (party, names) in &text.signatures {
                            row.spawn(widget::column(2.0)).with_children(|col| {
                                col.spawn(widget::italic(f, format!("For {party}"), 15.0, SEPIA));
                                for name in names {
                                    col.spawn(widget::row(8.0)).with_children(|line| {
                                        line.spawn((
                                            Node {
                                                width: px(18),
                                                height: px(18),
                                                border_radius: BorderRadius::MAX,
                                                ..default()
                                            },
                                            BackgroundColor(SEAL_RED),
                                        ));
                                        line.spawn(widget::italic(f, name.clone(), 20.0, INK));
                                    });
                                }
                            });
                        }
                    });
            });
            page.spawn(widget::event_button(
                f,
                "Debrief",
                "The outcome, the reaction at home and the analysis of the bargain",
                Go(Screen::Debrief),
            ));
        });
}
