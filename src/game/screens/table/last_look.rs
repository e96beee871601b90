//! Under the board, while the mediator's last amendment waits: what it changes, article by
//! article, and the kind of settlement if that changes too; what it is worth by the player's
//! own instructions beside the treaty as agreed; and the two answers the rules allow — accept
//! it, or keep the treaty as agreed.

use crate::engine::play::moves::{Response, Terms, Turn};
use crate::engine::play::state::LastLook;
use crate::engine::records::narrate;
use crate::engine::scenario::classify_treaty;
use crate::game::session::{SendTurn, Session};
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;

/// Marks the amendment's panel, for tests.
#[derive(Component)]
pub struct LastLookPanel;

/// Whether the talks wait on the mediator's last amendment (then this panel stands in for
/// the turn's actions).
pub fn pending(session: &Session) -> bool {
    matches!(session.game.state().last_look, LastLook::Pending { .. })
}

pub(super) fn spawn(parent: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session) {
    let view = session.view();
    let scenario = session.game.scenario();
    let side = session.viewer;
    let mediator = scenario.mediator.name.as_str();
    let amendment = view.mediator_proposal().terms;
    let them = scenario.party(side.other()).player_title.as_str();
    let percent = |u: f64| format!("{:.0}", 100.0 * u);
    parent
        .spawn((
            LastLookPanel,
            widget::scrolling_panel(
                "Last look",
                Node {
                    padding: UiRect::axes(px(8), px(4)),
                    max_height: px(220),
                    ..widget::column(2.0)
                },
            ),
        ))
        .with_children(|col| {
            col.spawn(widget::text(
                f,
                tr!(l, "last-look-heading", mediator = mediator),
                16.0,
                SEAL_RED,
            ));
            col.spawn(widget::italic(
                f,
                tr!(l, "last-look-explained", mediator = mediator),
                14.0,
                SEPIA,
            ));
            for (a, option) in amendment.iter() {
                let agreed = view.agreed_terms().get(a);
                let line = match agreed {
                    Some(was) => tr!(
                        l,
                        "last-look-change",
                        article = scenario.articles[a].title.as_str(),
                        was = scenario.articles[a].options[was as usize].label.as_str(),
                        becomes = scenario.articles[a].options[option as usize].label.as_str()
                    ),
                    None => narrate::term_in(l, scenario, a, option),
                };
                col.spawn(widget::text(f, line, 14.0, INK));
            }
            // An amendment may make a different kind of settlement: say so before its worth.
            let agreed = view.agreed_terms();
            let outcomes = (
                classify_treaty(scenario, &agreed),
                classify_treaty(scenario, &agreed.overlaid(&amendment)),
            );
            if let (Some(was), Some(becomes)) = outcomes
                && was != becomes
            {
                let title = |o: usize| scenario.outcomes[o].title.as_str();
                col.spawn(widget::text(
                    f,
                    tr!(l, "last-look-settlement", was = title(was), becomes = title(becomes)),
                    14.0,
                    INK,
                ));
            }
            col.spawn(widget::italic(
                f,
                tr!(
                    l,
                    "last-look-worth",
                    amended = percent(view.value_if_agreed(&amendment)),
                    agreed = percent(view.value_if_agreed(&Terms::EMPTY))
                ),
                14.0,
                AGREED,
            ));
            if !view.mediator_accepted_by_other().is_empty() {
                col.spawn(widget::italic(
                    f,
                    tr!(l, "last-look-they-accepted", them = them),
                    14.0,
                    SEPIA,
                ));
            }
            if let Some(notice) = &session.notice {
                col.spawn(widget::italic(f, notice.clone(), 14.0, SEAL_RED));
            }
        });
    if !session.viewer_to_move() {
        parent.spawn(widget::italic(f, tr!(l, "last-look-waiting", them = them), 14.0, SEPIA));
        return;
    }
    let articles = amendment.articles();
    let answer = |reply: Response| {
        SendTurn(Turn {
            mediator_reply: Some(reply),
            ..Turn::PASS
        })
    };
    parent
        .spawn((Name::new("Last look answers"), widget::row(5.0)))
        .with_children(|row| {
            row.spawn(widget::event_button(
                f,
                &tr!(l, "last-look-accept"),
                &tr!(l, "last-look-accept.tip", mediator = mediator),
                answer(Response {
                    accept: articles,
                    ..Response::default()
                }),
            ));
            row.spawn(widget::event_button(
                f,
                &tr!(l, "last-look-keep"),
                &tr!(l, "last-look-keep.tip", mediator = mediator),
                answer(Response {
                    reject: articles,
                    ..Response::default()
                }),
            ));
        });
}
