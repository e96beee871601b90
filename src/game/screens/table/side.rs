//! The table's side column: the meters with their trend since the last session, and three
//! tabs — the map, the dispatches and telegrams received, and the whole transcript.

use crate::engine::records::narrate;
use crate::engine::records::transcript::What;
use crate::game::map::{MapPanel, MapViewport};
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::glossary::Explains;
use crate::game::theme::note;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Tip};
use crate::i18n::{Lang, short_date};
use crate::tr;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::picking::hover::Hovered;
use bevy::prelude::*;

pub(super) fn plugin(_app: &mut App) {}

/// The tab shown in the side column.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Panel {
    Map,
    Dispatches,
    #[default]
    Transcript,
    /// The teacher's eye (only with the teacher's tools).
    Teacher,
}

/// Marks the meters, for tests.
#[derive(Component)]
pub struct Meters;

/// Marks the dispatches list, for tests.
#[derive(Component)]
pub struct Dispatches;

/// Marks the transcript, for tests.
#[derive(Component)]
pub struct TranscriptPanel;

/// Transcript entries that are dispatches: news, telegrams, cables, the mediator's word.
fn is_dispatch(what: &What) -> bool {
    matches!(
        what,
        What::Event { .. }
            | What::CableAnswered { .. }
            | What::MandateChanged { .. }
            | What::MediatorProposed { .. }
            | What::MediatorDeclined { .. }
    )
}

/// The side column: what the board leaves, and never less than a readable column; it
/// scrolls when a large UI scale makes its panels taller than the window. Spawned once with
/// the table; `fill` draws its contents, so its scroll position outlives a redraw.
pub(super) fn column() -> impl Bundle {
    (
        Name::new("Side column"),
        Node {
            flex_basis: px(0),
            flex_grow: 1.0,
            min_width: px(280),
            min_height: px(0),
            overflow: Overflow::scroll_y(),
            ..widget::column(6.0)
        },
        bevy::ui_widgets::ScrollArea,
    )
}

/// The side column's contents: the meters, the tabs and the open tab.
pub(super) fn fill(
    col: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    session: &Session,
    panel: Panel,
    map_aspect: f32,
    tools: bool,
    eye: Option<&crate::engine::analysis::zone::TeacherView>,
) {
    let view = session.view();
    let scenario = session.game.scenario();
    let game = &session.game;
    let side = session.viewer;
    if tools {
        super::classroom::controls(col, (f, l), session, tools, 14.0);
    }
    col.spawn((
        widget::panel(
            "Meters",
            Node {
                padding: UiRect::axes(px(8), px(5)),
                ..widget::column(2.0)
            },
        ),
        Meters,
    ))
    .with_children(|meters| {
        let previous = session
            .meter_history
            .get(view.session().wrapping_sub(1))
            .or(session.meter_history.first());
        for (m, meter) in scenario.meters.iter().enumerate() {
            let Some(value) = view.meter(m) else { continue };
            let (name, description) = scenario.meter_text(m);
            let span = (meter.max - meter.min).max(1) as f32;
            let share = ((value - meter.min) as f32 / span).clamp(0.0, 1.0);
            let change = previous.map_or(0, |p| value - p[m]);
            let trend = match change.signum() {
                1 => format!("↑{change}"),
                -1 => format!("↓{}", -change),
                _ => "→".to_string(),
            };
            // The meter's terms ("Manchuria") explained with what it measures, the
            // name underlined as every explained word is; reachable by Tab.
            let terms = scenario.terms_in_lang(l, &format!("{name}. {description}"));
            let mut tip = tr!(l, "side-meter-tip", description = description);
            for term in &terms {
                tip.push('\n');
                tip.push_str(&term.line());
            }
            let underline = if terms.is_empty() {
                Color::NONE
            } else {
                SEPIA.with_alpha(0.7)
            };
            meters
                .spawn((
                    Name::new(format!("Meter: {}", meter.id)),
                    widget::row(6.0),
                    Hovered::default(),
                    TabIndex(0),
                    AccessibleLabel::new(tr!(
                        l,
                        "side-meter-accessible",
                        name = name,
                        value = format!("{value} {trend}"),
                        tip = tip.as_str()
                    )),
                    Explains(terms.iter().map(|t| t.term.to_string()).collect()),
                    Tip(tip),
                ))
                .with_children(|row| {
                    // Name and bar give way in a narrow column; the value never does.
                    row.spawn((
                        Node {
                            flex_basis: px(170),
                            flex_shrink: 1.0,
                            min_width: px(0),
                            ..default()
                        },
                        children![(
                            Node {
                                border: UiRect::bottom(px(1)),
                                ..default()
                            },
                            BorderColor::all(underline),
                            children![widget::text(f, name.to_string(), 14.0, INK)],
                        )],
                    ));
                    row.spawn((
                        Node {
                            flex_basis: px(150),
                            flex_shrink: 1.0,
                            min_width: px(40),
                            height: px(9),
                            border: UiRect::all(px(1)),
                            ..default()
                        },
                        BorderColor::all(RULE),
                        BackgroundColor(PARCHMENT),
                        children![(
                            Node {
                                width: percent(share * 100.0),
                                height: percent(100),
                                ..default()
                            },
                            BackgroundColor(SEPIA),
                        )],
                    ));
                    row.spawn((
                        Node {
                            flex_shrink: 0.0,
                            ..default()
                        },
                        widget::text(f, format!("{value} {trend}"), 14.0, INK),
                    ));
                });
        }
    });
    let new_dispatches = game
        .transcript()
        .entries
        .iter()
        .filter(|e| e.session == view.session() && is_dispatch(&e.what))
        .filter(|e| !narrate::entry_lines_in(l, scenario, game.transcript(), e, Some(side), false).is_empty())
        .count();
    col.spawn((
        Name::new("Side tabs"),
        Node {
            flex_wrap: FlexWrap::Wrap,
            row_gap: px(4),
            ..widget::row(4.0)
        },
    ))
    .with_children(|tabs| {
        for (tab, label, tip) in [
            (Panel::Map, tr!(l, "side-map"), tr!(l, "side-map.tip")),
            (
                Panel::Dispatches,
                if new_dispatches > 0 {
                    tr!(l, "side-dispatches-today", count = new_dispatches)
                } else {
                    tr!(l, "side-dispatches")
                },
                tr!(l, "side-dispatches.tip"),
            ),
            (
                Panel::Transcript,
                tr!(l, "side-transcript"),
                tr!(l, "side-transcript.tip"),
            ),
        ] {
            let shown = if tab == panel {
                tr!(l, "side-tab-open", label = label.as_str())
            } else {
                label.clone()
            };
            col_tab(tabs, f, &shown, &label, &tip, tab);
        }
        if eye.is_some() {
            let label = tr!(l, "side-teacher");
            let shown = if panel == Panel::Teacher {
                tr!(l, "side-tab-open", label = label.as_str())
            } else {
                label.clone()
            };
            col_tab(tabs, f, &shown, &label, &tr!(l, "side-teacher.tip"), Panel::Teacher);
        }
    });
    match panel {
        Panel::Map => {
            let aspect = map_aspect;
            col.spawn((
                widget::panel(
                    "Map panel",
                    // Never squeezed to nothing: the side column scrolls instead.
                    Node {
                        flex_grow: 1.0,
                        flex_shrink: 0.0,
                        min_height: px(220),
                        padding: UiRect::all(px(4)),
                        ..widget::column(2.0)
                    },
                ),
                MapPanel,
            ))
            .with_children(|map| {
                map.spawn(crate::game::map::legend(f, l));
                // The viewport keeps the map's proportions, so the camera shows exactly
                // the map's extent and the place names (UI) sit where they belong.
                map.spawn((
                    Name::new("Map frame"),
                    // Never squeezed to nothing by a legend that large text wraps:
                    // the side column scrolls instead.
                    Node {
                        flex_grow: 1.0,
                        min_height: px(160),
                        justify_content: JustifyContent::Center,
                        // Room beside the map for a place name at its edge.
                        padding: UiRect::horizontal(px(24)),
                        overflow: Overflow::clip(),
                        overflow_clip_margin: OverflowClipMargin::padding_box(),
                        ..default()
                    },
                    children![(
                        Name::new("Map viewport"),
                        MapViewport,
                        // As large as the frame allows either way: a narrow column must
                        // not cut the map's east off.
                        // Its own least height too: a frame squeezed to its least height
                        // has no definite height for the 100 % to follow.
                        Node {
                            height: percent(100),
                            min_height: px(160),
                            max_width: percent(100),
                            aspect_ratio: Some(aspect),
                            ..default()
                        },
                    )],
                ));
            });
        }
        Panel::Dispatches => {
            let mut entries: Vec<_> = game
                .transcript()
                .entries
                .iter()
                .filter(|e| is_dispatch(&e.what))
                .filter_map(|e| {
                    let lines = narrate::entry_lines_in(l, scenario, game.transcript(), e, Some(side), false);
                    // An event's historian's note goes with its dispatch.
                    let event = match e.what {
                        What::Event { event } => scenario.events.get(event as usize),
                        _ => None,
                    };
                    let note = event.and_then(|ev| ev.note.as_ref().map(|n| (ev, n)));
                    (!lines.is_empty()).then(|| (e.session, lines.join("\n"), note))
                })
                .collect();
            entries.reverse();
            scroll_panel(col, "Dispatches panel", Dispatches, false).with_children(|list| {
                if session.class.is_some() {
                    list.spawn(widget::italic(f, tr!(l, "side-class-dispatches"), 15.0, SEPIA));
                } else if entries.is_empty() {
                    list.spawn(widget::italic(f, tr!(l, "side-no-dispatches"), 15.0, SEPIA));
                }
                for (s, text, note) in entries {
                    list.spawn(widget::italic(
                        f,
                        short_date(l, scenario.sessions[s].date),
                        14.0,
                        SEAL_RED,
                    ));
                    list.spawn(widget::text(f, text, 14.0, INK));
                    if let Some((event, n)) = note {
                        let key = format!("event-{}", event.id);
                        list.spawn(widget::row(4.0)).with_children(|line| {
                            line.spawn(note::note_button((f, l), &key, &event.title, n));
                        });
                        list.spawn(note::note_body((f, l), &key, scenario, n));
                    }
                }
            });
        }
        Panel::Teacher => {
            if let Some(view) = eye {
                super::teacher::tab(col, (f, l), scenario, view);
            }
        }
        Panel::Transcript if session.class.is_some() => {
            // The server wrote it for this seat: its own cables and dispatches included.
            let lines = session.class.as_ref().map_or_else(String::new, |c| c.lines.join("\n"));
            scroll_panel(col, "Transcript panel", TranscriptPanel, true).with_children(|list| {
                if lines.is_empty() {
                    list.spawn(widget::italic(f, tr!(l, "side-nothing-said"), 15.0, SEPIA));
                }
                list.spawn(widget::text(f, lines, 14.0, INK));
            });
        }
        Panel::Transcript => {
            let treaty = game.treaty().is_some();
            let lines = narrate::table_lines_in(l, scenario, game.transcript(), 0, Some(side), treaty);
            scroll_panel(col, "Transcript panel", TranscriptPanel, true).with_children(|list| {
                list.spawn(widget::text(f, lines.join("\n"), 14.0, INK));
            });
        }
    }
}

fn col_tab(tabs: &mut ChildSpawnerCommands, f: &Fonts, shown: &str, label: &str, tip: &str, tab: Panel) {
    tabs.spawn(widget::keyed_button(
        f,
        shown,
        label,
        &format!("tab-{tab:?}"),
        tip,
        super::ShowPanel(tab),
    ));
}

fn scroll_panel<'a>(
    col: &'a mut ChildSpawnerCommands,
    name: &'static str,
    marker: impl Component,
    at_end: bool,
) -> EntityCommands<'a> {
    col.spawn((
        widget::scrolling_panel(
            name,
            // Never squeezed to nothing: the side column scrolls instead.
            Node {
                flex_grow: 1.0,
                min_height: px(200),
                ..widget::column(4.0)
            },
        ),
        // The newest entries are at the end of the transcript: start there.
        ScrollPosition(Vec2::new(0.0, if at_end { 1.0e6 } else { 0.0 })),
        marker,
    ))
}
