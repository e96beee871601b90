//! The table's header: the calendar strip of sessions with the current one marked, whose
//! turn it is, and the menu buttons.

use crate::engine::records::narrate;
use crate::engine::scenario::notes::cited_inline;
use crate::game::screens::confirm::{AskLeave, Leaving};
use crate::game::screens::{Go, Screen};
use crate::game::session::{SaveGame, Session};
use crate::game::theme::Fonts;
use crate::game::theme::glossary;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::{Lang, long_date};
use crate::net::client::LinkStatus;
use crate::tr;
use bevy::picking::hover::Hovered;
use bevy::prelude::*;

/// Marks the line that says how the connection to the class server stands.
#[derive(Component)]
pub struct Connection;

/// Marks the line naming the session, for tests.
#[derive(Component)]
pub struct SessionLine;

/// Marks the calendar strip, for tests.
#[derive(Component)]
pub struct Calendar;

/// "Your move — turn N of M", saying when it is the player's last proposal the other side
/// can answer, and when it is the last turn of the talks, where a proposal can no longer be
/// answered (only what the player accepts counts).
fn your_move(l: Lang, session: &Session) -> String {
    let (done, total) = session.game.turn_progress(session.viewer);
    let (turn, scenario) = (done + 1, session.game.scenario());
    let title = scenario.party(session.viewer).player_title.as_str();
    let them = scenario.party(session.viewer.other()).player_title.as_str();
    let view = session.view();
    // At the mediator's last look the turn is an answer to him: no proposal to speak of.
    let proposing = !super::last_look::pending(session);
    if proposing && view.is_final_turn() {
        tr!(
            l,
            "table-header-your-move-final",
            title = title,
            turn = turn,
            total = total
        )
    } else if proposing && view.is_last_answerable_proposal() {
        tr!(
            l,
            "table-header-your-move-last-proposal",
            title = title,
            turn = turn,
            total = total,
            them = them
        )
    } else {
        tr!(l, "table-header-your-move", title = title, turn = turn, total = total)
    }
}

pub(super) fn spawn(page: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session) {
    let scenario = session.game.scenario();
    let state = session.game.state();
    let current = &scenario.sessions[state.session];
    let status = if let Some(class) = session.class.as_ref().filter(|_| !session.game.is_over()) {
        if matches!(class.status, LinkStatus::Refused { .. }) {
            // The teacher handed the seat on (its reason is on the connection's line): no
            // move of this window's will be taken.
            tr!(l, "table-header-seat-closed")
        } else if session.viewer_to_move() {
            your_move(l, session)
        } else if class.sent {
            tr!(l, "table-header-move-sent")
        } else if class.your_turn {
            tr!(l, "table-header-move-once-allowed")
        } else {
            let them = scenario.party(session.viewer.other()).player_title.as_str();
            tr!(l, "table-header-waiting-for", title = them)
        }
    } else if session.game.is_over() {
        tr!(l, "table-header-over")
    } else if session.viewer_to_move() {
        your_move(l, session)
    } else if session.is_thinking() {
        let them = scenario.party(session.viewer.other()).player_title.as_str();
        tr!(l, "table-header-considering", title = them)
    } else {
        tr!(l, "table-header-waiting")
    };
    // The header wraps: at a large UI scale the calendar and the buttons take a second
    // line rather than push Save and Title off the window.
    page.spawn((
        Name::new("Header"),
        Node {
            flex_wrap: FlexWrap::Wrap,
            row_gap: px(4),
            flex_shrink: 0.0,
            ..widget::row(14.0)
        },
    ))
    .with_children(|row| {
        row.spawn((Node {
            flex_basis: px(430),
            flex_shrink: 1.0,
            min_width: px(0),
            ..widget::column(0.0)
        },))
            .with_children(|line| {
                // The session's title names what is on the table: its terms explained there.
                glossary::spawn_label(
                    line,
                    (f, l),
                    scenario,
                    tr!(
                        l,
                        "table-header-session",
                        number = state.session + 1,
                        total = scenario.sessions.len(),
                        title = current.title.as_str()
                    ),
                    (18.0, INK),
                )
                .insert(SessionLine);
                // The date explains its Old Style ("O.S.") where the scenario's glossary does.
                glossary::spawn_italic_label(
                    line,
                    (f, l),
                    scenario,
                    tr!(
                        l,
                        "table-header-date-status",
                        date = long_date(l, current.date),
                        status = status
                    ),
                    (14.0, SEPIA),
                );
            });
        row.spawn((
            Name::new("Calendar"),
            Calendar,
            Node {
                flex_grow: 1.0,
                ..widget::row(3.0)
            },
        ))
        .with_children(|strip| {
            for (i, s) in scenario.sessions.iter().enumerate() {
                let (fill, ink, border) = match i.cmp(&state.session) {
                    std::cmp::Ordering::Less => (PARCHMENT, SEPIA, RULE),
                    std::cmp::Ordering::Equal => (SEAL_RED, TELEGRAPH, SEAL_RED),
                    std::cmp::Ordering::Greater => (TELEGRAPH, INK, RULE),
                };
                // The sitting as the record opens it (its title, date and note), for a reader
                // looking ahead or back.
                let mut tip = narrate::session_lines_in(l, scenario, i).join("\n");
                // The sources its note cites, in full: the transcript gives only their keys.
                let cited = cited_inline(&s.note, &scenario.sources);
                if !cited.is_empty() {
                    tip.push_str("\n\n");
                    tip.push_str(&tr!(l, "export-minutes-sources"));
                    for (key, reference) in cited {
                        tip.push_str(&format!("\n[{key}] {reference}"));
                    }
                }
                strip.spawn((
                    Name::new(format!("Session {}", i + 1)),
                    Hovered::default(),
                    AccessibleLabel::new(tip.clone()),
                    widget::Tip(tip),
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        padding: UiRect::axes(px(3), px(1)),
                        border: UiRect::all(px(1)),
                        min_width: px(38),
                        ..default()
                    },
                    BackgroundColor(fill),
                    BorderColor::all(border),
                    children![
                        widget::text(f, (i + 1).to_string(), 13.0, ink),
                        widget::text(
                            f,
                            tr!(l, "table-header-calendar-day", day = s.date.day, month = s.date.month),
                            12.0,
                            ink
                        ),
                    ],
                ));
            }
        });
        row.spawn((Name::new("Header buttons"), widget::row(14.0)))
            .with_children(|row| {
                // The button's help explains the words it uses ("instructions").
                let brief = tr!(l, "table-header-brief.tip");
                let tip = scenario
                    .explain_in_lang(l, &brief)
                    .map_or_else(|| brief.clone(), |words| format!("{brief}\n{words}"));
                row.spawn(widget::event_button(
                    f,
                    &tr!(l, "table-header-brief"),
                    &tip,
                    Go(Screen::Briefing),
                ));
                if session.class.is_none() {
                    row.spawn(widget::event_button(
                        f,
                        &tr!(l, "table-header-save"),
                        &tr!(l, "table-header-save.tip"),
                        SaveGame,
                    ));
                }
                row.spawn(widget::event_button(
                    f,
                    &tr!(l, "table-header-title"),
                    &tr!(l, "table-header-title.tip"),
                    AskLeave(Leaving::Game),
                ));
            });
    });
    if let Some(class) = &session.class {
        let colour = match class.status {
            LinkStatus::Connected | LinkStatus::Closed => SEPIA,
            _ => SEAL_RED,
        };
        page.spawn((
            Name::new("Connection"),
            Connection,
            widget::italic(f, class.connection_line(l), 14.0, colour),
        ));
    }
}
