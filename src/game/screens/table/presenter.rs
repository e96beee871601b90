//! The presenter view: the table for a projector. The calendar, every article with both
//! delegations' standing offers, and the latest move narrated with its reason, in type
//! large enough for the back of a classroom (nothing under 18 px at 1280×720; the
//! 1920×1080 preset scales it by 1.5). The proposal builder stays in the desk view.

use super::classroom;
use super::teacher;
use crate::engine::agents::Hearer;
use crate::engine::analysis::gap::gap;
use crate::engine::analysis::zone::TeacherView;
use crate::engine::play::side::Side;
use crate::engine::play::state::Status;
use crate::engine::records::narrate;
use crate::engine::records::transcript::What;
use crate::engine::scenario::Scenario;
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::{Lang, long_date};
use crate::tr;
use bevy::prelude::*;

/// The smallest text of the presenter view, at a UI scale of 1 (1280×720).
pub const SMALLEST_TEXT: f32 = 18.0;

/// Marks the presenter view's parts, for tests.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresenterPart {
    Calendar,
    Board,
    Latest,
    /// Each side's public position: what the class may know of both briefs.
    Public,
}

/// Marks an article's gap in words on the presenter board; holds the words, for tests.
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct GapWords(pub String);

pub(super) fn spawn(
    page: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
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
            tr!(
                l,
                "table-header-session",
                number = state.session + 1,
                total = scenario.sessions.len(),
                title = current.title.as_str()
            ),
            24.0,
            INK,
        ));
        head.spawn(widget::italic(f, long_date(l, current.date), 18.0, SEPIA));
    });
    calendar(page, (f, l), session);
    page.spawn(widget::body("Presenter body")).with_children(|body| {
        board(body, (f, l), session, eye);
        body.spawn((
            Name::new("Presenter side"),
            Node {
                width: px(430),
                flex_shrink: 0.0,
                ..widget::column(6.0)
            },
        ))
        .with_children(|col| {
            latest(col, (f, l), session, tools, eye.is_some());
            classroom::controls(col, (f, l), session, tools, teacher::PRESENTER.text);
            match eye {
                Some(view) => {
                    col.spawn(teacher::eye_panel())
                        .with_children(|panel| teacher::limits(panel, (f, l), scenario, view, teacher::PRESENTER));
                }
                None => public_positions(col, (f, l), scenario),
            }
        });
    });
}

fn calendar(page: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), session: &Session) {
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
                    widget::text(
                        f,
                        tr!(l, "table-header-calendar-day", day = s.date.day, month = s.date.month),
                        18.0,
                        ink
                    ),
                ],
            ));
        }
    });
}

/// Every article with both delegations' standing offers (and the zone, with the eye open).
fn board(body: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), session: &Session, eye: Option<&TeacherView>) {
    let game = &session.game;
    let scenario = game.scenario();
    let state = game.state();
    let offer = |side: Side, a: usize| state.proposals[side.index()].terms.get(a);
    let titles = Side::BOTH.map(|side| scenario.party(side).player_title.as_str());
    // Shares of the board's width, so the columns fit any window; the gap's column gives
    // way to the teacher's zone strip, which shows the same offers option by option.
    let (shares, size): (&[f32], f32) = if eye.is_some() {
        (&[24.0, 25.0, 25.0], 18.0)
    } else {
        // Less than 100 % in all: the gaps between columns take the rest, and a column
        // squeezed after its text was measured would cut a wrapped line off.
        (&[24.0, 25.0, 25.0, 22.0], 20.0)
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
        let column = |share: f32| Node {
            width: percent(share),
            flex_shrink: 1.0,
            min_width: px(0),
            ..default()
        };
        // Rows keep their height: the board scrolls rather than squeezing a wrapped term.
        let line = || Node {
            width: percent(100),
            flex_shrink: 0.0,
            ..widget::row(8.0)
        };
        board.spawn(line()).with_children(|head| {
            let headings = [
                tr!(l, "board-column-article"),
                tr!(l, "presenter-offers", them = titles[0]),
                tr!(l, "presenter-offers", them = titles[1]),
                tr!(l, "presenter-how-far-apart"),
            ];
            for (title, &share) in headings.into_iter().zip(shares) {
                head.spawn((column(share), children![widget::italic(f, title, 18.0, SEPIA)]));
            }
            if eye.is_some() {
                head.spawn(widget::italic(f, tr!(l, "presenter-zone"), 18.0, SEAL_RED));
            }
        });
        for (a, article) in scenario.articles.iter().enumerate() {
            board
                .spawn((Name::new(format!("Presenter article: {}", article.id)), line()))
                .with_children(|row| {
                    row.spawn((
                        column(shares[0]),
                        children![widget::text(f, article.title.clone(), size, INK)],
                    ));
                    match state.status(a) {
                        Status::Agreed(o) => {
                            row.spawn((
                                column(shares[1..].iter().sum::<f32>()),
                                children![widget::text(
                                    f,
                                    tr!(l, "presenter-agreed", term = scenario.option_label(a, o)),
                                    size,
                                    AGREED
                                )],
                            ));
                        }
                        status => {
                            for (side, &share) in Side::BOTH.iter().zip(&shares[1..3]) {
                                let (text, color) = match offer(*side, a) {
                                    Some(o) => (
                                        scenario.option_label(a, o).to_string(),
                                        if *side == Side::Japan { JAPAN } else { RUSSIA },
                                    ),
                                    None if status == Status::SetAside => (tr!(l, "board-state-set-aside"), SET_ASIDE),
                                    None => ("—".to_string(), RULE),
                                };
                                row.spawn((column(share), children![widget::text(f, text, size, color)]));
                            }
                            if let Some(&share) = shares.get(3) {
                                let words = if status == Status::SetAside {
                                    tr!(l, "board-set-aside-mark")
                                } else {
                                    gap(
                                        offer(Side::Japan, a),
                                        offer(Side::Russia, a),
                                        article.options.len() as u8,
                                    )
                                    .words_in(l, titles)
                                };
                                row.spawn((
                                    column(share),
                                    children![(GapWords(words.clone()), widget::italic(f, words, SMALLEST_TEXT, INK))],
                                ));
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
            teacher::legend(board, (f, l), teacher::PRESENTER);
        }
    });
}

/// Whose eyes the narration is written for.
#[derive(Clone, Copy)]
enum Audience {
    /// The teacher with the eye open: everything.
    Teacher,
    /// A class watching: what both delegations may know.
    Class,
    /// The delegation at the table: what it may know.
    Delegation(Side),
}

/// The latest move, whoever made it, with its reason, and what it set off — all of it with
/// the teacher's eye open, only what is public when the teacher shows the class, only what
/// the delegation at the table may know otherwise. It scrolls rather than cut anything off.
fn latest(col: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), session: &Session, tools: bool, eye: bool) {
    let audience = match (tools, eye) {
        (true, true) => Audience::Teacher,
        (true, false) => Audience::Class,
        (false, _) => Audience::Delegation(session.viewer),
    };
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
                // what does not fit scrolls.
                flex_shrink: 1.0,
                min_height: px(0),
                ..widget::column(4.0)
            },
        ),
        PresenterPart::Latest,
    ))
    .with_children(|panel| {
        let Some(index) = last_move else {
            panel.spawn(widget::text(f, tr!(l, "presenter-opens"), 24.0, INK));
            return;
        };
        let entry = &transcript.entries[index];
        let What::Moved { side, note, .. } = &entry.what else {
            return;
        };
        panel.spawn(widget::italic(
            f,
            tr!(
                l,
                "presenter-mover",
                title = scenario.party(*side).player_title.as_str(),
                side = side_key(*side),
                session = entry.session + 1
            ),
            18.0,
            SEPIA,
        ));
        // The class and the other delegation hear only what was said across the table.
        let hearer = match audience {
            Audience::Teacher => Hearer::Own,
            Audience::Class => Hearer::Across,
            Audience::Delegation(viewer) => narrate::hearer(*side, Some(viewer)),
        };
        if let Some(n) = note {
            let said = transcript.notes[*n].text_to(l, scenario, *side, hearer);
            if !said.is_empty() {
                panel.spawn(widget::italic(f, narrate::said_in(l, &said), 24.0, SEAL_RED));
            }
        }
        // What was done (packages shortened to their first line), then what followed.
        let treaty = game.treaty().is_some();
        let mut lines = match audience {
            Audience::Teacher => narrate::move_lines_in(l, scenario, transcript, entry, None),
            Audience::Class => narrate::public_move_lines_in(l, scenario, transcript, entry),
            Audience::Delegation(viewer) => narrate::move_lines_in(l, scenario, transcript, entry, Some(viewer)),
        };
        for later in &transcript.entries[index + 1..] {
            lines.extend(match audience {
                Audience::Teacher => narrate::entry_lines_in(l, scenario, transcript, later, None, treaty),
                Audience::Class => narrate::public_entry_lines_in(l, scenario, transcript, later, treaty),
                Audience::Delegation(viewer) => {
                    narrate::entry_lines_in(l, scenario, transcript, later, Some(viewer), treaty)
                }
            });
        }
        let text: Vec<String> = lines.iter().map(|l| l.trim().to_string()).collect();
        panel.spawn(widget::text(f, text.join("\n"), 18.0, INK));
    });
}

/// Each side's public position and what it was publicly known to care about: a neutral
/// summary of both briefs that the class may see (no side's instructions or valuations).
fn public_positions(col: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), scenario: &Scenario) {
    col.spawn((
        widget::scrolling_panel(
            "Public positions",
            Node {
                flex_grow: 1.0,
                min_height: px(0),
                ..widget::column(4.0)
            },
        ),
        PresenterPart::Public,
    ))
    .with_children(|panel| {
        panel.spawn(widget::italic(f, tr!(l, "presenter-public"), 18.0, SEPIA));
        for side in Side::BOTH {
            let party = scenario.party(side);
            panel.spawn(widget::text(
                f,
                tr!(
                    l,
                    "presenter-position",
                    title = party.player_title.as_str(),
                    side = side_key(side),
                    position = party.public_position.as_str()
                ),
                18.0,
                if side == Side::Japan { JAPAN } else { RUSSIA },
            ));
            let cares = known_to_matter_most(scenario, side);
            if !cares.is_empty() {
                panel.spawn(widget::text(
                    f,
                    tr!(l, "presenter-cares", articles = cares.join(", ")),
                    18.0,
                    INK,
                ));
            }
        }
    });
}

/// A side as the messages' selectors name it.
fn side_key(side: Side) -> &'static str {
    if side == Side::Japan { "japan" } else { "russia" }
}

/// The articles a side was publicly known to care about more than the rest, most first
/// (at most three).
fn known_to_matter_most(scenario: &Scenario, side: Side) -> Vec<String> {
    let priorities = &scenario.party(side).known_priorities;
    let mut ranked: Vec<(usize, f64)> = priorities
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, p)| p > 1.0)
        .collect();
    ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked
        .into_iter()
        .take(3)
        .filter_map(|(a, _)| scenario.articles.get(a).map(|article| article.title.clone()))
        .collect()
}
