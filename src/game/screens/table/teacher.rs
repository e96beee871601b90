//! The teacher's eye: both sides' hidden limits and, per article, the zone of possible
//! agreement against the standing offers (figures from `engine::analysis::zone`). Shown only where
//! the teacher's tools are on, or in a demonstration.

use crate::engine::analysis::zone::{ArticleZone, TeacherView};
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;

/// Marks the teacher's eye, wherever it is drawn, for tests.
#[derive(Component)]
pub struct TeacherEye;

/// Marks one article's strip; holds its zone, for tests.
#[derive(Component, Clone, Debug)]
pub struct ZoneStrip(pub ArticleZone);

/// Sizes for a desk screen or the presenter view.
#[derive(Clone, Copy)]
pub struct Scale {
    pub cell: f32,
    pub text: f32,
    pub small: f32,
}

pub const DESK: Scale = Scale {
    cell: 30.0,
    text: 14.0,
    small: 13.0,
};

pub const PRESENTER: Scale = Scale {
    cell: 31.0,
    text: 18.0,
    small: 18.0,
};

/// A zone cell in the zone, in the zone on value only (the instructions forbid it), or out.
const IN_ZONE: Color = AGREED;
const VALUE_ONLY: Color = SET_ASIDE;

/// The legend, one line.
pub fn legend(parent: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), scale: Scale) {
    parent.spawn(widget::row(6.0)).with_children(|line| {
        for (color, text) in [
            (IN_ZONE, tr!(l, "teacher-legend-zone")),
            (VALUE_ONLY, tr!(l, "teacher-legend-value-only")),
        ] {
            line.spawn((
                Node {
                    width: px(14),
                    height: px(14),
                    ..default()
                },
                BackgroundColor(color.with_alpha(0.55)),
            ));
            line.spawn(widget::italic(f, text, scale.small, SEPIA));
        }
        line.spawn(widget::italic(f, tr!(l, "teacher-legend-marks"), scale.small, SEPIA));
    });
}

/// What breaking off is worth to each side now, and the red lines that bind each.
pub fn limits(
    parent: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    scenario: &Scenario,
    view: &TeacherView,
    scale: Scale,
) {
    for side in Side::BOTH {
        let s = side.index();
        let party = scenario.party(side);
        let bound: Vec<&str> = view.red_lines[s]
            .iter()
            .map(|&r| scenario.red_line(r).text.as_str())
            .collect();
        let title = party.player_title.as_str();
        let reservation = format!("{:.0}", 100.0 * view.reservation[s]);
        let line = match view.offers_worth[s] {
            Some(worth) => tr!(
                l,
                "teacher-limit-with-offer",
                title = title,
                reservation = reservation,
                own = format!("{:.0}", 100.0 * worth[s]),
                other = format!("{:.0}", 100.0 * worth[1 - s]),
                them = scenario.party(side.other()).player_title.as_str()
            ),
            None => tr!(l, "teacher-limit", title = title, reservation = reservation),
        };
        parent.spawn(widget::text(
            f,
            line,
            scale.text,
            if side == Side::Japan { JAPAN } else { RUSSIA },
        ));
        if !bound.is_empty() {
            parent.spawn(widget::italic(
                f,
                tr!(l, "teacher-bound-by", lines = bound.join(" · ")),
                scale.small,
                SEPIA,
            ));
        }
    }
    if !view.agreement_possible {
        parent.spawn(widget::text(f, tr!(l, "teacher-no-zone"), scale.text, SEAL_RED));
    }
}

/// One article's options in a row, Japan's demand first: coloured by the zone, marked with
/// the standing offers.
pub fn strip(parent: &mut ChildSpawnerCommands, f: &Fonts, zone: &ArticleZone, options: u8, scale: Scale) {
    parent
        .spawn((
            Name::new(format!("Zone strip {}", zone.article)),
            ZoneStrip(zone.clone()),
            Node {
                flex_shrink: 0.0,
                border: UiRect::all(px(1)),
                ..default()
            },
            BorderColor::all(RULE),
        ))
        .with_children(|cells| {
            for o in 0..options {
                let marks: String = [(0, 'J'), (1, 'R'), (2, 'M')]
                    .iter()
                    .filter(|(who, _)| zone.offers[*who] == Some(o))
                    .map(|(_, letter)| *letter)
                    .collect();
                let marks = if zone.agreed == Some(o) {
                    "•".to_string()
                } else {
                    marks
                };
                let fill = if zone.in_zone(o) {
                    IN_ZONE.with_alpha(0.55)
                } else if zone.by_value & (1 << o) != 0 {
                    VALUE_ONLY.with_alpha(0.55)
                } else {
                    Color::NONE
                };
                cells.spawn((
                    Node {
                        width: px(scale.cell),
                        height: px(scale.text + 6.0),
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        border: UiRect::left(px(if o == 0 { 0 } else { 1 })),
                        ..default()
                    },
                    BackgroundColor(fill),
                    BorderColor::all(RULE),
                    children![widget::text(f, marks, scale.small, INK)],
                ));
            }
        });
}

/// The gap between the delegations' offers on an article, in words.
pub fn gap_words(l: Lang, zone: &ArticleZone) -> String {
    if zone.agreed.is_some() {
        return tr!(l, "board-state-agreed");
    }
    let inside = |o: Option<u8>| o.is_some_and(|o| zone.in_zone(o));
    match zone.gap() {
        Some(0) => tr!(l, "teacher-offers-meet"),
        Some(gap) => {
            let zone = match (inside(zone.offers[0]), inside(zone.offers[1])) {
                (true, true) => "both-in",
                (true, false) => "russia-out",
                (false, true) => "japan-out",
                (false, false) => "both-out",
            };
            tr!(l, "teacher-apart", gap = gap, zone = zone)
        }
        None if zone.zone == 0 => tr!(l, "teacher-no-zone-here"),
        None => tr!(l, "teacher-offer-missing"),
    }
}

/// The panel the teacher's eye is drawn in, filling what is left of its column.
pub fn eye_panel() -> impl Bundle {
    (
        widget::scrolling_panel(
            "Teacher's eye",
            Node {
                flex_grow: 1.0,
                min_height: px(0),
                ..widget::column(3.0)
            },
        ),
        TeacherEye,
    )
}

/// The teacher's tab of the side column: the limits and every article's zone.
pub fn tab(col: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), scenario: &Scenario, view: &TeacherView) {
    col.spawn(eye_panel()).with_children(|panel| {
        panel.spawn(widget::italic(f, tr!(l, "teacher-eye-heading"), 15.0, SEAL_RED));
        limits(panel, (f, l), scenario, view, DESK);
        legend(panel, (f, l), DESK);
        for zone in &view.articles {
            let article = &scenario.articles[zone.article];
            // In a narrow side column the words about the gap wrap under the strip.
            panel
                .spawn(Node {
                    flex_wrap: FlexWrap::Wrap,
                    row_gap: px(2),
                    ..widget::row(6.0)
                })
                .with_children(|row| {
                    row.spawn((
                        Node {
                            flex_basis: px(150),
                            flex_shrink: 1.0,
                            min_width: px(0),
                            ..default()
                        },
                        children![widget::text(f, article.title.clone(), DESK.text, INK)],
                    ));
                    strip(row, f, zone, article.options.len() as u8, DESK);
                    row.spawn(widget::text(f, gap_words(l, zone), DESK.small, SEPIA));
                });
        }
    });
}
