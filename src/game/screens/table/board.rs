//! The articles board: every article, its state, the standing offers of the other side and
//! of the mediator (each a button that cycles the answer to its package), and the player's
//! proposal being built — an option per article, grouped into packages, with what each
//! choice is worth to the player.

use crate::engine::play::state::Status;
use crate::game::draft::{Answer, Draft, Edit, Offeror, PACKAGES};
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::note;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use bevy::prelude::*;

/// Marks the board, for tests.
#[derive(Component)]
pub struct Board;

/// Column widths, in percent of a row and in the order of the header: shares of the
/// board's width, so the board narrows with the window and the UI scale (its texts wrap)
/// rather than spill past the side column. (They were 150, 54, 165, 125, 196, 24 and 36 px
/// of an 800 px column.) The gaps between cells take the rest.
const WIDTHS: [f32; 7] = [18.8, 6.8, 20.6, 15.6, 24.5, 3.0, 4.5];

fn cell(width: f32) -> Node {
    Node {
        width: percent(width),
        min_width: px(0),
        flex_shrink: 0.0,
        flex_wrap: FlexWrap::Wrap,
        align_items: AlignItems::Center,
        column_gap: px(3),
        ..default()
    }
}

fn next_answer(answer: Option<Answer>) -> Option<Answer> {
    match answer {
        None => Some(Answer::Accept),
        Some(Answer::Accept) => Some(Answer::Reject),
        Some(Answer::Reject) => Some(Answer::SetAside),
        Some(Answer::SetAside) => None,
    }
}

fn answer_word(answer: Option<Answer>) -> &'static str {
    match answer {
        None => "",
        Some(Answer::Accept) => "ACCEPT · ",
        Some(Answer::Reject) => "REJECT · ",
        Some(Answer::SetAside) => "SET ASIDE · ",
    }
}

pub(super) fn spawn(parent: &mut ChildSpawnerCommands, f: &Fonts, session: &Session, draft: &Draft) {
    let view = session.view();
    let scenario = session.game.scenario();
    let mine = session.viewer_to_move();
    let them = scenario.party(session.viewer.other());
    let offers = [view.opponent_proposal(), view.mediator_proposal()];
    let negotiable = view.negotiable();
    parent
        .spawn((
            widget::panel(
                "Articles board",
                Node {
                    padding: UiRect::axes(px(8), px(6)),
                    ..widget::column(1.0)
                },
            ),
            Board,
        ))
        .with_children(|board| {
            board.spawn(widget::row(4.0)).with_children(|head| {
                let titles = [
                    "Article".to_string(),
                    "State".to_string(),
                    format!("{}'s offer", them.player_title),
                    scenario.mediator.name.clone(),
                    "Your proposal".to_string(),
                    "Pkg".to_string(),
                    "Worth".to_string(),
                ];
                for (title, width) in titles.into_iter().zip(WIDTHS) {
                    head.spawn((cell(width), children![widget::italic(f, title, 14.0, SEPIA)]));
                }
            });
            for (a, article) in scenario.articles.iter().enumerate() {
                board
                    .spawn((Name::new(format!("Article: {}", article.id)), widget::row(4.0)))
                    .with_children(|row| {
                        let number = article.demand.map_or(String::new(), |d| format!("{d}. "));
                        row.spawn(cell(WIDTHS[0])).with_children(|c| {
                            c.spawn(widget::text(f, format!("{number}{}", article.title), 15.0, INK));
                            if let Some(n) = &article.note {
                                c.spawn(note::note_button(
                                    f,
                                    &format!("board-{}", article.id),
                                    &article.title,
                                    n,
                                ));
                            }
                        });
                        let (state, colour) = match view.status(a) {
                            Status::Open => ("open".to_string(), SEPIA),
                            Status::Agreed(_) => ("agreed".to_string(), AGREED),
                            Status::SetAside => ("set aside".to_string(), SET_ASIDE),
                        };
                        row.spawn((cell(WIDTHS[1]), children![widget::text(f, state, 13.0, colour)]));
                        for (i, (to, offer)) in [Offeror::Counterpart, Offeror::Mediator]
                            .into_iter()
                            .zip(offers)
                            .enumerate()
                        {
                            row.spawn(cell(WIDTHS[2 + i]))
                                .with_children(|c| match offer.terms.get(a) {
                                    Some(o) => {
                                        let package = offer.package_of(a);
                                        let answer = draft.answers[i][a];
                                        let linked = if package.len() > 1 {
                                            format!(" (+{})", package.len() - 1)
                                        } else {
                                            String::new()
                                        };
                                        let label =
                                            format!("{}{}{linked}", answer_word(answer), scenario.option_label(a, o));
                                        if mine {
                                            c.spawn(widget::keyed_button(
                                                f,
                                                &label,
                                                &format!("{} on {}", label, article.title),
                                                &format!("answer-{i}-{a}"),
                                                "Answer this offer: accept, reject, set aside or leave it (click to \
                                             change; linked articles are answered together; A/R/D answer all)",
                                                Edit::Answer {
                                                    to,
                                                    article: a,
                                                    answer: next_answer(answer),
                                                },
                                            ));
                                        } else {
                                            c.spawn(widget::text(f, label, 13.0, INK));
                                        }
                                    }
                                    None => {
                                        c.spawn(widget::text(f, "—", 13.0, RULE));
                                    }
                                });
                        }
                        row.spawn(cell(WIDTHS[4])).with_children(|c| {
                            if let Status::Agreed(o) = view.status(a) {
                                c.spawn(widget::text(f, scenario.option_label(a, o).to_string(), 13.0, AGREED));
                                return;
                            }
                            if !negotiable.contains(a) {
                                c.spawn(widget::italic(f, "not yet on the agenda", 13.0, RULE));
                                return;
                            }
                            let label = draft.options[a].map_or("not proposed", |o| scenario.option_label(a, o));
                            if mine {
                                c.spawn(widget::keyed_button(
                                    f,
                                    "<",
                                    &format!("Previous option for {}", article.title),
                                    &format!("prev-{a}"),
                                    "Previous option your instructions allow",
                                    Edit::Step { article: a, by: -1 },
                                ));
                            }
                            c.spawn((
                                Node {
                                    flex_grow: 1.0,
                                    ..default()
                                },
                                children![widget::text(
                                    f,
                                    label.to_string(),
                                    13.0,
                                    if draft.options[a].is_some() { INK } else { RULE }
                                )],
                            ));
                            if mine {
                                c.spawn(widget::keyed_button(
                                    f,
                                    ">",
                                    &format!("Next option for {}", article.title),
                                    &format!("next-{a}"),
                                    "Next option your instructions allow",
                                    Edit::Step { article: a, by: 1 },
                                ));
                            }
                        });
                        row.spawn(cell(WIDTHS[5])).with_children(|c| {
                            if draft.options[a].is_some() && mine {
                                let letter = (b'A' + draft.package[a].min(PACKAGES - 1)) as char;
                                c.spawn(widget::keyed_button(
                                    f,
                                    &letter.to_string(),
                                    &format!("Package {letter} for {}", article.title),
                                    &format!("package-{a}"),
                                    "Package: articles with the same letter are offered together, all or nothing",
                                    Edit::NextPackage { article: a },
                                ));
                            }
                        });
                        let worth = draft.options[a].map(|o| {
                            let points = view.own_points(a, o);
                            let (lo, hi) = (0..article.options.len() as u8)
                                .map(|x| view.own_points(a, x))
                                .fold((i32::MAX, i32::MIN), |(lo, hi), p| (lo.min(p), hi.max(p)));
                            format!("{}/{}", points - lo, hi - lo)
                        });
                        row.spawn((
                            cell(WIDTHS[6]),
                            children![widget::text(f, worth.unwrap_or_default(), 13.0, SEPIA)],
                        ));
                    });
                if let Some(n) = &article.note {
                    board.spawn(note::note_body(f, &format!("board-{}", article.id), scenario, n));
                }
            }
        });
}
