//! The deal stays on the table: both standing offers are on the board with what the other
//! side's is worth to the player and what in it the instructions forbid; a draft starts
//! from either standing offer; `<` and `>` on an article not in the draft start from the
//! term on the table; terms turned down stay greyed until replaced.

use crate::common::*;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::state::Author;
use portsmouth::engine::records::offers::Offers;
use portsmouth::game::draft::{Answer, Draft, Edit, Offeror, SendDraft};
use portsmouth::game::screens::table::Board;
use portsmouth::game::session::{Difficulty, Opponent, Session};
use portsmouth::game::theme::palette::RULE;
use portsmouth::game::theme::widget::FocusKey;

fn at_the_table(side: Side, seed: u64) -> App {
    let mut app = app();
    begin_at_the_table(&mut app, side, Opponent::Computer(Difficulty::Level(1)), seed);
    until_their_terms_are_on_the_table(&mut app);
    app
}

fn draft(app: &App) -> Draft {
    app.world().resource::<Draft>().clone()
}

fn has_button(app: &mut App, key: &str) -> bool {
    let world = app.world_mut();
    let mut keys = world.query::<&FocusKey>();
    keys.iter(world).any(|k| k.0 == key)
}

/// The board's texts with their colours.
fn board_texts(app: &mut App) -> Vec<(String, Color)> {
    let world = app.world_mut();
    let boards: Vec<Entity> = world.query_filtered::<Entity, With<Board>>().iter(world).collect();
    let mut found = Vec::new();
    let mut query = world.query::<(Entity, &Text, &TextColor)>();
    for (entity, text, colour) in query.iter(world) {
        let mut at = entity;
        let mut on_board = false;
        while let Some(parent) = world.get::<ChildOf>(at) {
            at = parent.parent();
            if boards.contains(&at) {
                on_board = true;
                break;
            }
        }
        if on_board {
            found.push((entity, text.0.clone(), colour.0));
        }
    }
    found.sort_by_key(|(e, ..)| *e);
    found.into_iter().map(|(_, t, c)| (t, c)).collect()
}

/// A proposal the player's instructions allow: its own side's end of every open article.
fn propose_own_position(app: &mut App) {
    let (side, articles) = {
        let session = app.world().resource::<Session>();
        let view = session.view();
        let side = view.side();
        let articles: Vec<(usize, u8)> = view
            .negotiable()
            .iter()
            .filter_map(|a| {
                let count = view.public().articles[a].options.len() as u8;
                let mut options: Vec<u8> = (0..count).filter(|o| view.forbidden(a) & (1 << o) == 0).collect();
                if side == Side::Russia {
                    options.reverse();
                }
                options.first().map(|&o| (a, o))
            })
            .collect();
        (side, articles)
    };
    assert!(!articles.is_empty(), "{side}: something to propose");
    for (article, option) in articles {
        send(
            app,
            Edit::Choose {
                article,
                option: Some(option),
            },
        );
    }
}

#[test]
fn a_draft_starts_from_either_standing_offer() {
    let mut app = at_the_table(Side::Russia, 9);
    let theirs = app.world().resource::<Session>().view().opponent_proposal().terms;
    assert!(!theirs.is_empty(), "Komura's terms are on the table");
    assert!(
        has_button(&mut app, "counter"),
        "Counter from their offer is on the board"
    );
    send(&mut app, Edit::CounterFromOffer);
    assert_eq!(draft(&app).terms(), theirs, "the draft is their offer, term for term");

    // Put a proposal of one's own on the table, then come back to it after changing the draft.
    send(&mut app, Edit::Reset);
    propose_own_position(&mut app);
    send(&mut app, SendDraft);
    await_turn(&mut app);
    let own = *app.world().resource::<Session>().view().own_proposal();
    if own.is_empty() {
        // Everything was accepted or turned down at once: nothing to repeat.
        return;
    }
    assert!(has_button(&mut app, "repeat"), "Repeat my proposal is on the board");
    send(&mut app, Edit::CounterFromOffer);
    send(&mut app, Edit::RepeatOwn);
    let repeated = draft(&app);
    assert_eq!(repeated.terms(), own.terms, "the draft is the standing proposal again");
    assert_eq!(repeated.proposal(), own, "package for package");
    let session = app.world().resource::<Session>();
    assert!(!repeated.proposal_changed(&session.view()));
}

#[test]
fn stepping_an_article_not_in_the_draft_starts_from_the_term_on_the_table() {
    let mut app = at_the_table(Side::Russia, 9);
    let (article, term) = {
        let session = app.world().resource::<Session>();
        let view = session.view();
        // An article of their offer whose term the player may propose.
        view.opponent_proposal()
            .terms
            .iter()
            .find(|&(a, o)| view.forbidden(a) & (1 << o) == 0 && view.negotiable().contains(a))
            .expect("a term of theirs the player's instructions allow")
    };
    // The player's own best term there, among those the instructions allow.
    let best = {
        let session = app.world().resource::<Session>();
        let view = session.view();
        let options = view.public().articles[article].options.len() as u8;
        (0..options)
            .filter(|o| view.forbidden(article) & (1 << o) == 0)
            .max_by_key(|&o| (view.own_points(article, o), std::cmp::Reverse(o)))
            .unwrap()
    };
    // The arrow pointing toward their term starts at it; the other at the player's best.
    let toward_theirs: i8 = if term >= best { 1 } else { -1 };
    for (by, expected) in [(toward_theirs, term), (-toward_theirs, best)] {
        send(&mut app, Edit::Choose { article, option: None });
        send(&mut app, Edit::Step { article, by });
        assert_eq!(
            draft(&app).options[article],
            Some(expected),
            "by {by}: the standing term or the player's best, not the first option"
        );
    }
    if term != best {
        // From their term, a step toward the player's side moves on as before.
        send(&mut app, Edit::Choose { article, option: None });
        send(
            &mut app,
            Edit::Step {
                article,
                by: toward_theirs,
            },
        );
        send(
            &mut app,
            Edit::Step {
                article,
                by: -toward_theirs,
            },
        );
        assert_ne!(draft(&app).options[article], Some(term));
    }
}

#[test]
fn what_their_offer_is_worth_and_what_the_instructions_forbid_show_before_answering() {
    let mut app = at_the_table(Side::Russia, 9);
    let forbidden = {
        let session = app.world().resource::<Session>();
        let view = session.view();
        view.opponent_proposal()
            .terms
            .iter()
            .filter(|&(a, o)| view.forbidden(a) & (1 << o) != 0)
            .count()
    };
    assert!(forbidden > 0, "Komura's opening breaches the Tsar's instructions");
    let texts = board_texts(&mut app);
    let marks = texts
        .iter()
        .filter(|(t, _)| t == "your instructions forbid this")
        .count();
    assert_eq!(marks, forbidden, "one mark per forbidden term");
    let worths = texts
        .iter()
        .filter(|(t, _)| t.starts_with("worth ") && t.ends_with("% to you"))
        .count();
    let offered = app
        .world()
        .resource::<Session>()
        .view()
        .opponent_proposal()
        .terms
        .articles()
        .len();
    assert!(worths >= offered, "each of their terms says what it is worth to you");
    // Worth has one unit, explained once.
    let explained = texts
        .iter()
        .filter(|(t, _)| t.contains("0% is your worst, 100% your best"))
        .count();
    assert_eq!(explained, 1);
    assert!(
        texts
            .iter()
            .any(|(t, _)| t.contains("offer, the treaty would be worth"))
    );
    assert!(
        !texts.iter().any(|(t, _)| t.contains("(+")),
        "no bare (+n) for a package"
    );
}

#[test]
fn a_turned_down_offer_stays_greyed_until_replaced() {
    let mut app = at_the_table(Side::Russia, 9);
    let mut seen = false;
    for _ in 0..6 {
        if app.world().resource::<Session>().game.is_over() {
            break;
        }
        // Turn down theirs; offer our own position, which they will likely turn down.
        send(
            &mut app,
            Edit::AnswerAll {
                to: Offeror::Counterpart,
                answer: Some(Answer::Reject),
            },
        );
        propose_own_position(&mut app);
        send(&mut app, SendDraft);
        await_turn(&mut app);
        let (greyed, labels) = {
            let session = app.world().resource::<Session>();
            let view = session.view();
            let offers = Offers::after(&session.game.transcript().entries);
            let scenario = session.game.scenario();
            let mut labels = Vec::new();
            for (author, prefix, standing) in [
                (Author::Japan, "turned down: ", view.opponent_proposal()),
                (Author::Russia, "yours turned down: ", view.own_proposal()),
            ] {
                for (a, o) in offers.turned_down(author).iter() {
                    if standing.terms.get(a).is_none() {
                        labels.push(format!("{prefix}{}", scenario.option_label(a, o)));
                    }
                }
            }
            (!labels.is_empty(), labels)
        };
        if greyed {
            let texts = board_texts(&mut app);
            for label in &labels {
                assert!(
                    texts.iter().any(|(t, c)| t == label && *c == RULE),
                    "{label} is on the board, greyed: {texts:?}"
                );
            }
            seen = true;
            break;
        }
    }
    assert!(seen, "some offer was turned down and left greyed on the board");
}

#[test]
fn an_article_set_aside_reads_as_set_aside() {
    use portsmouth::game::screens::table::SET_ASIDE_MARK;
    let mut app = at_the_table(Side::Russia, 9);
    let (article, title) = {
        let session = app.world().resource::<Session>();
        let view = session.view();
        let article = view
            .opponent_proposal()
            .terms
            .articles()
            .iter()
            .next()
            .expect("their terms are on the table");
        (article, view.public().articles[article].title.clone())
    };
    let title_colour = |app: &mut App| {
        board_texts(app)
            .into_iter()
            .find(|(t, _)| t.ends_with(&title))
            .map(|(_, c)| c)
            .expect("the title is on the board")
    };
    let marks = |app: &mut App| board_texts(app).iter().filter(|(t, _)| t == SET_ASIDE_MARK).count();
    assert_ne!(title_colour(&mut app), RULE, "{title} reads as open");
    assert_eq!(marks(&mut app), 0);

    let answer = |answer| Edit::Answer {
        to: Offeror::Counterpart,
        article,
        answer: Some(answer),
    };
    send(&mut app, answer(Answer::SetAside));
    app.update();
    assert_eq!(title_colour(&mut app), RULE, "{title} is greyed once set aside");
    let texts = board_texts(&mut app);
    assert!(
        texts.iter().any(|(t, c)| t == SET_ASIDE_MARK && *c == RULE),
        "the set-aside mark: {texts:?}"
    );
    // Articles in one package with it are answered together; only those are marked.
    let set_aside = draft(&app).answers[0]
        .iter()
        .filter(|a| **a == Some(Answer::SetAside))
        .count();
    assert!(set_aside >= 1);
    assert_eq!(marks(&mut app), set_aside, "only the articles set aside are marked");

    // Answered otherwise, it reads as before.
    send(&mut app, answer(Answer::Accept));
    app.update();
    assert_ne!(title_colour(&mut app), RULE);
    assert_eq!(marks(&mut app), 0);
}
