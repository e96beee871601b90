//! Under the board: the counterpart's last move with its reason, the turn as it will read
//! in the record with what the drafted proposal is worth, and (drawn last, under the likely
//! answer) the row of the turn's side actions (press statement, cable home, ask the
//! mediator, ultimatum, break off), Reset and Send.

use crate::engine::play::moves::Turn;
use crate::engine::play::refusal::{Act, MoveError};
use crate::engine::play::view::SideView;
use crate::engine::records::narrate;
use crate::engine::scenario::Scenario;
use crate::game::draft::{ActionChoice, Draft, Edit, SendDraft};
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::glossary;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::{Lang, short_date};
use crate::tr;
use bevy::prelude::*;

/// Marks the counterpart's reply box, for tests.
#[derive(Component)]
pub struct CounterpartReply;

/// Marks the read-back of the turn being drafted, for tests.
#[derive(Component)]
pub struct ReadBack;

/// Marks the warning, before sending, that the drafted answer accepts what the player's
/// instructions forbid.
#[derive(Component)]
pub struct AcceptanceBreach;

pub(super) fn spawn(parent: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session, draft: &Draft) {
    let view = session.view();
    let scenario = session.game.scenario();
    let side = session.viewer;
    let game = &session.game;
    let them = scenario.party(side.other());
    // The counterpart's latest move, as this side may see it, with the reason given.
    let last = game.transcript().last_move(side.other());
    parent
        .spawn((
            // Scrolls rather than cuts a long move off (a package of many articles).
            widget::scrolling_panel(
                "Counterpart",
                Node {
                    max_height: px(112),
                    padding: UiRect::axes(px(8), px(4)),
                    ..widget::column(0.0)
                },
            ),
            CounterpartReply,
        ))
        .with_children(|col| {
            let title = them.player_title.as_str();
            col.spawn(widget::italic(
                f,
                tr!(l, "actions-last-move", them = title),
                14.0,
                SEPIA,
            ));
            let lines = last.map_or_else(
                || vec![tr!(l, "actions-not-spoken", them = title)],
                |e| narrate::entry_lines_in(l, scenario, game.transcript(), e, Some(side), false),
            );
            spawn_move_spoken(col, (f, l), scenario, &lines);
        });

    if game.is_over() {
        return;
    }
    if super::last_look::pending(session) {
        // The only move the rules allow now is an answer to the mediator's amendment.
        super::last_look::spawn(parent, f, l, session);
        return;
    }
    let mine = session.viewer_to_move();
    if !mine {
        if let Some(notice) = &session.notice {
            parent.spawn(widget::italic(f, notice.clone(), 14.0, SEAL_RED));
        }
        return;
    }
    let turn = draft.turn(&view);
    // Read back as the record will have it: a cable on an order already refused is said
    // as asked again, refused terms that match the draft's as its own.
    let told = narrate::Told::before(&session.game.transcript().entries, side, &turn);
    let lines = narrate::turn_lines_told(l, scenario, side, &turn, Some(side), told);
    let terms = draft.terms();
    // With articles still open beside the draft the figure counts them as the end of the
    // talks would settle them, and says so: in the tutorial's first sitting a student's best
    // term on Korea read as worth less than breaking off, the island and the money unsaid.
    let settled = view.agreed_terms();
    let open_beside = (0..scenario.articles.len()).any(|a| terms.get(a).is_none() && settled.get(a).is_none());
    let worth = if terms.is_empty() {
        String::new()
    } else {
        let agreed = format!("{:.0}", 100.0 * view.value_if_agreed(&terms));
        let walk_out = format!("{:.0}", 100.0 * view.reservation());
        if open_beside {
            tr!(l, "actions-worth-open", agreed = agreed, walk_out = walk_out)
        } else {
            tr!(l, "actions-worth", agreed = agreed, walk_out = walk_out)
        }
    };
    parent
        .spawn((
            ReadBack,
            widget::scrolling_panel(
                "Your turn",
                Node {
                    padding: UiRect::axes(px(8), px(4)),
                    // In the fixed footer: room for the refusal, the worth and a few lines of
                    // the read-back; a long turn scrolls within.
                    max_height: px(120),
                    ..widget::column(0.0)
                },
            ),
        ))
        .with_children(|col| {
            // The refusal and the worth first: they must not scroll out of sight.
            if let Some(notice) = &session.notice {
                col.spawn(widget::italic(f, notice.clone(), 14.0, SEAL_RED));
            } else if let Some(breach) = accepting_what_is_forbidden(&view, &turn) {
                // Said before sending, as the likely answer says it of proposed terms.
                let reason = breach.describe_in(l, scenario);
                col.spawn((
                    AcceptanceBreach,
                    widget::italic(f, tr!(l, "likely-not-allowed", breach = reason), 14.0, SEAL_RED),
                ));
            }
            if !worth.is_empty() {
                col.spawn(widget::italic(f, worth, 14.0, AGREED));
            }
            col.spawn(widget::italic(f, tr!(l, "actions-recorded"), 14.0, SEPIA));
            let (_, said) = compact(l, &lines);
            col.spawn(widget::text(f, said, 14.0, INK));
        });
}

/// Why the rules would refuse `turn` because it accepts, or demands, terms the side's own
/// instructions forbid; `None` if they would not on that ground. (Proposed terms that break
/// them are flagged by the likely answer.)
fn accepting_what_is_forbidden(view: &SideView<'_>, turn: &Turn) -> Option<MoveError> {
    match view.check(turn) {
        Err(
            e @ MoveError::ForbiddenByInstruction {
                act: Act::Accept | Act::Demand,
                ..
            },
        ) => Some(e),
        _ => None,
    }
}

/// The row of the turn's buttons: the side actions, then Reset and Send at its right end.
/// Drawn last in the footer, under the likely answer, so that Send keeps its place at the
/// bottom right of the column whatever the footer holds above it.
pub(super) fn buttons(parent: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session, draft: &Draft) {
    if session.game.is_over() || super::last_look::pending(session) {
        return;
    }
    let view = session.view();
    let scenario = session.game.scenario();
    let side = session.viewer;
    let mine = session.viewer_to_move();
    parent
        .spawn((Name::new("Actions"), widget::row(5.0)))
        .with_children(|row| {
            if !mine {
                return;
            }
            // Press statements cycle through those with uses left, then none.
            let presses: Vec<u8> = (0..scenario.press_count())
                .filter(|&p| view.press_left(p) > 0)
                .map(|p| p as u8)
                .collect();
            let press_label = match draft.action {
                ActionChoice::Press(p) => tr!(
                    l,
                    "actions-press-chosen",
                    statement = scenario.press_line(p as usize).label.as_str()
                ),
                _ => tr!(l, "actions-press"),
            };
            let next_press = match draft.action {
                ActionChoice::Press(p) => presses
                    .iter()
                    .position(|&x| x == p)
                    .and_then(|i| presses.get(i + 1))
                    .map_or(ActionChoice::None, |&p| ActionChoice::Press(p)),
                _ => presses.first().map_or(ActionChoice::None, |&p| ActionChoice::Press(p)),
            };
            if !presses.is_empty() {
                row.spawn(action_button(
                    f,
                    &press_label,
                    "press",
                    &tr!(l, "actions-press.tip"),
                    next_press,
                ));
            }
            // Cable home: ask the capital to lift one of your active red lines.
            let cables: Vec<u8> = scenario
                .red_lines()
                .enumerate()
                .filter(|(r, line)| line.side == side && view.red_line_active(*r) && line.cable.is_some())
                .map(|(r, _)| r as u8)
                .collect();
            if !cables.is_empty() && !view.cable_pending() {
                let next_cable = match draft.action {
                    ActionChoice::CableHome(r) => cables
                        .iter()
                        .position(|&x| x == r)
                        .and_then(|i| cables.get(i + 1))
                        .map_or(ActionChoice::None, |&r| ActionChoice::CableHome(r)),
                    _ => ActionChoice::CableHome(cables[0]),
                };
                // The chosen order is named by the articles it binds, in the player's language
                // (its id is the file's, in English); the tip quotes it whole.
                let (label, tip) = match draft.action {
                    ActionChoice::CableHome(r) => {
                        let line = scenario.red_line(r as usize);
                        (
                            tr!(
                                l,
                                "actions-cable-chosen",
                                line = narrate::articles_in(l, scenario, line.articles)
                            ),
                            tr!(
                                l,
                                "actions-cable-chosen-tip",
                                capital = scenario.party(side).capital.as_str(),
                                order = line.text.as_str()
                            ),
                        )
                    }
                    _ => (tr!(l, "actions-cable"), tr!(l, "actions-cable.tip")),
                };
                row.spawn(action_button(f, &label, "cable", &tip, next_cable));
            }
            if view.may_ask_mediator() {
                let on = draft.action == ActionChoice::AskMediator;
                row.spawn(action_button(
                    f,
                    &if on {
                        tr!(l, "actions-ask-yes")
                    } else {
                        tr!(l, "actions-ask")
                    },
                    "ask",
                    &tr!(l, "actions-ask.tip"),
                    if on {
                        ActionChoice::None
                    } else {
                        ActionChoice::AskMediator
                    },
                ));
            }
            if view.own_ultimatum().is_none() {
                let last = scenario.sessions.len() - 1;
                let by = (view.session() + 2).min(last) as u8;
                let on = matches!(draft.action, ActionChoice::Ultimatum(_));
                row.spawn(action_button(
                    f,
                    &if on {
                        tr!(l, "actions-ultimatum-yes")
                    } else {
                        tr!(l, "actions-ultimatum")
                    },
                    "ultimatum",
                    &tr!(
                        l,
                        "actions-ultimatum-tip",
                        date = short_date(l, scenario.sessions[by as usize].date)
                    ),
                    if on {
                        ActionChoice::None
                    } else {
                        ActionChoice::Ultimatum(by)
                    },
                ));
            }
            let label = if draft.break_off {
                tr!(l, "actions-break-off-yes")
            } else {
                tr!(l, "actions-break-off")
            };
            row.spawn(widget::keyed_button(
                f,
                &label,
                &label,
                "break",
                &tr!(l, "actions-break-off.tip"),
                Edit::BreakOff(!draft.break_off),
            ));
            // Reset and Send at the row's right end, where the actions before them, which come
            // and go with the session (a cable, the mediator) and change their labels, do not
            // move them: a student sending turn after turn found Send gone from under the pointer.
            row.spawn((
                Name::new("Actions spacer"),
                Node {
                    flex_grow: 1.0,
                    ..default()
                },
            ));
            row.spawn(widget::event_button(
                f,
                &tr!(l, "actions-reset"),
                &tr!(l, "actions-reset.tip"),
                Edit::Reset,
            ));
            row.spawn(widget::event_button(
                f,
                &tr!(l, "actions-send"),
                &tr!(l, "actions-send.tip"),
                SendDraft,
            ));
        });
}

/// A move as the record tells it, compacted: the reason it gave, in italics, then what it
/// did. The debrief shows each computer delegation's last move so too.
pub(in crate::game::screens) fn spawn_move_spoken(
    col: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    scenario: &Scenario,
    lines: &[String],
) {
    let (reason, said) = compact(l, lines);
    // The reason explains its terms as every label does ("Minatogawa" in Komura's last
    // historical reply), its underline under the words only, not across the panel like a rule.
    if let Some(reason) = reason {
        col.spawn(Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::FlexStart,
            max_width: percent(100),
            ..default()
        })
        .with_children(|hugged| {
            glossary::spawn_italic_label(hugged, (f, l), scenario, reason, (15.0, SEAL_RED));
        });
    }
    col.spawn(widget::text(f, said, 14.0, INK));
}

/// A move's record in a few lines: the reason given (if any), then each statement with
/// its listed terms run together.
fn compact(l: Lang, lines: &[String]) -> (Option<String>, String) {
    let mut reason = None;
    let mut out: Vec<String> = Vec::new();
    for line in lines {
        let trimmed = line.trim_start();
        if line.starts_with("    ") && narrate::is_said(line) {
            reason = Some(trimmed.to_string());
        } else if line.starts_with("    ") {
            if let Some(last) = out.last_mut() {
                // Right after the heading ("… proposes:", "…の提案：") or after a term.
                let joiner = if last.ends_with([':', '：']) {
                    tr!(l, "actions-terms-first")
                } else {
                    tr!(l, "actions-terms-next")
                };
                last.push_str(&joiner);
                // Terms within a package are joined the same way: an all-or-nothing
                // package is closed in brackets, so the next package does not run into it.
                if trimmed.starts_with(&narrate::together(l)) {
                    last.push_str(&tr!(l, "actions-terms-package", terms = trimmed));
                } else {
                    last.push_str(trimmed);
                }
            }
        } else {
            out.push(line.clone());
        }
    }
    (reason, out.join("\n"))
}

fn action_button(f: &Fonts, label: &str, key: &str, tip: &str, choice: ActionChoice) -> impl Bundle {
    widget::keyed_button(f, label, label, key, tip, Edit::Action(choice))
}
