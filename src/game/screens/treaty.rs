//! The treaty: the instrument produced from the agreed articles, in the scenario's treaty
//! form (for 1905, the treaty as signed) — preamble, numbered articles, additional articles,
//! place and date, and the plenipotentiaries' signatures and seals in aligned columns.

use super::{Go, Screen};
use crate::engine::records::treaty::{TreatyArticle, TreatyText};
use crate::game::session::Session;
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Treaty), spawn_treaty.run_if(resource_exists::<Session>));
}

/// Marks the treaty document, for tests.
#[derive(Component)]
pub struct TreatyDocument;

fn spawn_treaty(mut commands: Commands, fonts: Res<Fonts>, session: Res<Session>, language: Res<Language>) {
    let f = fonts.as_ref();
    let l = language.0;
    let game = &session.game;
    let scenario = game.scenario();
    let Some(terms) = game.treaty() else {
        commands.trigger(Go(Screen::Debrief));
        return;
    };
    let agreed = scenario.sessions[game.state().session].date;
    let text = TreatyText::new_in(l, scenario, &terms, agreed);
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
                    // 900 px, or the window's width when a large UI scale leaves less.
                    Node {
                        width: px(900),
                        max_width: percent(100),
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
                for article in &text.articles {
                    article_row(doc, f, l, article);
                }
                if !text.additional.is_empty() {
                    doc.spawn(widget::text(f, tr!(l, "treaty-additional"), 20.0, INK));
                    doc.spawn(widget::italic(f, text.additional_preamble.clone(), 16.0, INK));
                    for article in &text.additional {
                        article_row(doc, f, l, article);
                    }
                    doc.spawn(widget::italic(f, text.additional_closing.clone(), 16.0, INK));
                }
                doc.spawn(widget::italic(f, text.closing.clone(), 16.0, INK));
                signatures(doc, f, l, &text.signatures);
            });
            let debrief = tr!(l, "treaty-debrief");
            page.spawn(widget::keyed_button(
                f,
                &debrief,
                &debrief,
                "Debrief",
                &tr!(l, "treaty-debrief.tip"),
                Go(Screen::Debrief),
            ));
        });
}

/// One article: its number in a fixed-width column, then its topic and text.
fn article_row(doc: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, article: &TreatyArticle) {
    let topic = match &article.to {
        Some(to) => tr!(
            l,
            "treaty-to-article",
            article = to.clone(),
            topic = article.topic.clone()
        ),
        None => article.topic.clone(),
    };
    doc.spawn(widget::row(10.0)).with_children(|row| {
        row.spawn((
            Node {
                width: px(150),
                flex_shrink: 0.0,
                align_self: AlignSelf::FlexStart,
                ..default()
            },
            children![widget::text(
                f,
                tr!(l, "treaty-article", numeral = article.numeral.clone()),
                16.0,
                SEAL_RED
            )],
        ));
        row.spawn((
            Node {
                flex_grow: 1.0,
                flex_basis: px(0),
                ..widget::column(0.0)
            },
            children![
                widget::italic(f, topic, 14.0, SEPIA),
                widget::text(f, article.text.clone(), 16.0, INK)
            ],
        ));
    });
}

/// Width of each party's signature column: both the same, fixed, so the two blocks line
/// up whatever their sovereigns' styles and names (flexible tracks grew to their longest
/// line and pushed the blocks apart unevenly).
const SIGNATURE_COLUMN: f32 = 360.0;

/// The signatures as a grid of two fixed, equal columns, one per party: the parties' lines
/// side by side, then each pair of plenipotentiaries on one row, so the columns line up
/// however the lines above them wrap.
fn signatures(doc: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, blocks: &[(String, Vec<String>); 2]) {
    let rows = blocks.iter().map(|(_, names)| names.len()).max().unwrap_or(0);
    doc.spawn((
        Name::new("Signatures"),
        Node {
            display: Display::Grid,
            width: percent(100),
            grid_template_columns: RepeatedGridTrack::px(2, SIGNATURE_COLUMN),
            justify_content: JustifyContent::SpaceEvenly,
            align_items: AlignItems::Start,
            column_gap: px(24),
            row_gap: px(10),
            margin: UiRect::top(px(16)),
            ..default()
        },
    ))
    .with_children(|grid| {
        for (sovereign, _) in blocks {
            grid.spawn((
                Name::new("Signature heading"),
                Node {
                    width: px(SIGNATURE_COLUMN),
                    margin: UiRect::bottom(px(4)),
                    ..default()
                },
                children![widget::italic(
                    f,
                    tr!(l, "treaty-for", sovereign = sovereign.clone()),
                    15.0,
                    SEPIA
                )],
            ));
        }
        for row in 0..rows {
            for (_, names) in blocks {
                grid.spawn((
                    Name::new("Signature"),
                    Node {
                        width: px(SIGNATURE_COLUMN),
                        align_items: AlignItems::Center,
                        ..widget::row(10.0)
                    },
                ))
                .with_children(|line| {
                    let Some(name) = names.get(row) else { return };
                    line.spawn((
                        Node {
                            width: px(18),
                            height: px(18),
                            flex_shrink: 0.0,
                            border_radius: BorderRadius::MAX,
                            ..default()
                        },
                        BackgroundColor(SEAL_RED),
                    ));
                    line.spawn((
                        Node {
                            flex_grow: 1.0,
                            flex_basis: px(0),
                            ..default()
                        },
                        children![widget::italic(f, name.clone(), 20.0, INK)],
                    ));
                });
            }
        }
    });
}
