//! The presenter view: the table for a projector. The calendar, every article with both
//! delegations' standing offers, and the latest move narrated with its reason, in type
//! large enough for the back of a classroom (nothing under 18 px at 1280×720; the
//! 1920×1080 preset scales it by 1.5). The proposal builder stays in the desk view.

use super::classroom;
use super::teacher;
use crate::engine::analysis::zone::TeacherView;
use crate::engine::play::side::Side;
use crate::engine::play::state::Status;
use crate::engine::records::narrate;
use crate::engine::records::transcript::What;
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use bevy::prelude::*;

/// The smallest text of the presenter view, at a UI scale of 1 (1280×720).
pub const SMALLEST_TEXT: f32 = 18.0;

/// Marks the presenter view's parts, for tests.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresenterPart {
    Calendar,
    Board,
    Latest,
}

pub(super) fn spawn(
    page: &mut ChildSpawnerCommands,
    f: &Fonts,
    session: &Session,
    tools: bool,
    eye: Option<&TeacherView>,
) {
    let game = &session.game;
    let scenario = game.scenario();
    let state = game.state();
    let current = &scenario.sessions[state.session];
    page.spawn(widget::row(16.0)).with_children(|head| {
        head.spawn(widget::text(
            f,
            format!(
                "Session {} of {} — {}",
                state.session + 1,
                scenario.sessions.len(),
                current.title
            ),
            24.0,
            INK,
        ));
        head.spawn(widget::italic(f, current.date.long(), 18.0, SEPIA));
    });
    calendar(page, f, session);
    page.spawn(widget::body("Presenter body")).with_children(|body| {
        board(body, f, session, eye);
        body.spawn((
            Name::new("Presenter side"),
            Node {
                width: px(430),
                flex_shrink: 0.0,
                ..widget::column(6.0)
            },
        ))
        .with_children(|col| {
            latest(col, f, session, tools);
            classroom::controls(col, f, session, tools, teacher::PRESENTER.text);
            if let Some(view) = eye {
                col.spawn(teacher::eye_panel())
                    .with_children(|panel| teacher::limits(panel, f, scenario, view, teacher::PRESENTER));
            }
        });
    });
}

fn calendar(page: &mut ChildSpawnerCommands, f: &Fonts, session: &Session) {
    let scenario = session.game.scenario();
    let now = session.game.state().session;
    page.spawn((
        Name::new("Presenter calendar"),
        PresenterPart::Calendar,
        widget::row(4.0),
    ))
    .with_children(|strip| {
        for (i, s) in scenario.sessions.iter().enumerate() {
            let (fill, ink, border) = match i.cmp(&now) {
                std::cmp::Ordering::Less => (PARCHMENT, SEPIA, RULE),
                std::cmp::Ordering::Equal => (SEAL_RED, TELEGRAPH, SEAL_RED),
                std::cmp::Ordering::Greater => (TELEGRAPH, INK, RULE),
            };
            strip.spawn((
                Node {
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    flex_grow: 1.0,
                    border: UiRect::all(px(if i == now { 3 } else { 1 })),
                    ..default()
                },
                BackgroundColor(fill),
                BorderColor::all(border),
                children![
                    widget::text(f, (i + 1).to_string(), 24.0, ink),
                    widget::text(f, format!("{} {}", s.date.day, &s.date.month_name()[..3]), 18.0, ink),
                ],
            ));
        }
    });
}

/// Every article with both delegations' standing offers (and the zone, with the eye open).
fn board(body: &mut ChildSpawnerCommands, f: &Fonts, session: &Session, eye: Option<&TeacherView>) {
    let game = &session.game;
    let scenario = game.scenario();
    let state = game.state();
    let offer = |side: Side, a: usize| state.proposals[side.index()].terms.get(a);
    // Larger without the teacher's zone column, which needs the width.
    let (widths, size): ([f32; 3], f32) = if eye.is_some() {
        ([175.0, 190.0, 190.0], 18.0)
    } else {
        ([230.0, 290.0, 290.0], 24.0)
    };
    body.spawn((
        widget::scrolling_panel(
            "Presenter board",
            Node {
                flex_grow: 1.0,
                min_width: px(0),
                padding: UiRect::axes(px(8), px(4)),
                ..widget::column(2.0)
            },
        ),
        PresenterPart::Board,
    ))
    .with_children(|board| {
        let column = |width: f32| Node {
            width: px(width),
            flex_shrink: 0.0,
            ..default()
        };
        board.spawn(widget::row(8.0)).with_children(|head| {
            let titles = [
                "Article".to_string(),
                format!("{} offers", scenario.party(Side::Japan).player_title),
                format!("{} offers", scenario.party(Side::Russia).player_title),
            ];
            for (title, width) in titles.into_iter().zip(widths) {
                head.spawn((column(width), children![widget::italic(f, title, 18.0, SEPIA)]));
            }
            if eye.is_some() {
                head.spawn(widget::italic(f, "Zone of agreement", 18.0, SEAL_RED));
            }
        });
        for (a, article) in scenario.articles.iter().enumerate() {
            board
                .spawn((
                    Name::new(format!("Presenter article: {}", article.id)),
                    widget::row(8.0),
                ))
                .with_children(|row| {
                    row.spawn((
                        column(widths[0]),
                        children![widget::text(f, article.title.clone(), size, INK)],
                    ));
                    match state.status(a) {
                        Status::Agreed(o) => {
                            row.spawn((
                                column(widths[1] + widths[2] + 8.0),
                                children![widget::text(
                                    f,
                                    format!("AGREED: {}", scenario.option_label(a, o)),
                                    size,
                                    AGREED
                                )],
                            ));
                        }
                        status => {
                            for (side, width) in [(Side::Japan, widths[1]), (Side::Russia, widths[2])] {
                                let (text, color) = match offer(side, a) {
                                    Some(o) => (
                                        scenario.option_label(a, o).to_string(),
                                        if side == Side::Japan { JAPAN } else { RUSSIA },
                                    ),
                                    None if status == Status::SetAside => ("set aside".to_string(), SET_ASIDE),
                                    None => ("—".to_string(), RULE),
                                };
                                row.spawn((column(width), children![widget::text(f, text, size, color)]));
                            }
                        }
                    }
                    if let Some(view) = eye {
                        teacher::strip(
                            row,
                            f,
                            &view.articles[a],
                            article.options.len() as u8,
                            teacher::PRESENTER,
                        );
                    }
                });
        }
        if eye.is_some() {
            teacher::legend(board, f, teacher::PRESENTER);
        }
    });
}

/// The latest move, whoever made it, with its reason, and what it set off — all of it for
/// the teacher, only what the delegation at the table may know otherwise.
fn latest(col: &mut ChildSpawnerCommands, f: &Fonts, session: &Session, tools: bool) {
    let viewer = (!tools).then_some(session.viewer);
    let game = &session.game;
    let scenario = game.scenario();
    let transcript = game.transcript();
    let last_move = transcript
        .entries
        .iter()
        .rposition(|e| matches!(e.what, What::Moved { .. }));
    col.spawn((
        widget::scrolling_panel(
            "Latest move",
            Node {
                // As tall as the move needs, but never pushing the controls off the screen:
                // a longer move scrolls.
                flex_shrink: 1.0,
                min_height: px(0),
                ..widget::column(4.0)
            },
        ),
        PresenterPart::Latest,
    ))
    .with_children(|panel| {
        let Some(index) = last_move else {
            panel.spawn(widget::text(f, "The conference opens.", 24.0, INK));
            return;
        };
        let entry = &transcript.entries[index];
        let What::Moved { side, note, turn } = &entry.what else {
            return;
        };
        panel.spawn(widget::italic(
            f,
            format!(
                "{} ({}) — session {}",
                scenario.party(*side).player_title,
                side.name(),
                entry.session + 1
            ),
            18.0,
            SEPIA,
        ));
        if let Some(n) = note {
            panel.spawn(widget::italic(f, format!("“{}”", transcript.notes[*n]), 24.0, SEAL_RED));
        }
        // What was done (packages shortened to their first line), then what followed.
        let mut lines = narrate::turn_lines(scenario, *side, turn, viewer);
        for later in &transcript.entries[index + 1..] {
            lines.extend(narrate::entry_lines(
                scenario,
                transcript,
                later,
                viewer,
                game.treaty().is_some(),
            ));
        }
        let text: Vec<String> = lines.iter().map(|l| l.trim().to_string()).take(6).collect();
        panel.spawn(widget::text(f, text.join("\n"), 18.0, INK));
    });
}
