//! Each family of refusal: the rules name the reason with its data, and the sentence the
//! player reads is the one the table has always shown.

use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{ArticleSet, Proposal, Response, SideAction, Terms, Turn, Ultimatum};
use portsmouth::engine::play::rules::{Act, MoveError};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::state::Author;
use portsmouth::engine::scenario::{self, Scenario};
use std::fs;
use std::path::Path;
use std::sync::Arc;

const KOREA: usize = 0;
const SAKHALIN: usize = 1;
const KOREA_NOT_JAPANS: u8 = 1;
const SAKHALIN_SOUTH: u8 = 1;
const FIRM: u8 = 0;
const KOREA_FIRST: u8 = 0;

fn minimal() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.ron")).unwrap()
}

/// The minimal test scenario with Sakhalin held back to the second session, so that
/// something can be off the table.
fn scenario() -> Arc<Scenario> {
    let minimal = minimal();
    let first = r#"agenda: ["korea", "sakhalin"], exchanges: 2, initiative: Japan"#;
    assert!(minimal.contains(first));
    compile(minimal.replacen(first, r#"agenda: ["korea"], exchanges: 2, initiative: Japan"#, 1))
}

fn compile(text: String) -> Arc<Scenario> {
    let files = vec![("refusals.ron".to_string(), text)];
    match scenario::load_from("refusals.ron", &scenario::InMemory(&files)) {
        Ok(loaded) => loaded.scenario,
        Err(errors) => panic!("{errors:?}"),
    }
}

fn terms(pairs: &[(usize, u8)]) -> Terms {
    let mut terms = Terms::EMPTY;
    for &(a, o) in pairs {
        terms.set(a, o);
    }
    terms
}

fn propose(proposal: Proposal) -> Turn {
    Turn {
        propose: Some(proposal),
        ..Turn::PASS
    }
}

fn act(action: SideAction) -> Turn {
    Turn {
        action: Some(action),
        ..Turn::PASS
    }
}

/// Plays `turn` for whoever is to move, expecting `reason`; checks the player's sentence.
fn refused(game: &mut Game, turn: Turn, reason: MoveError, sentence: &str) {
    let side = game.to_move().expect("the game goes on");
    let before = game.state().clone();
    let error = game.play(side, turn).expect_err("the rules must refuse this");
    assert_eq!(error, reason);
    assert_eq!(error.describe(game.scenario()), sentence);
    assert_eq!(game.state(), &before, "a refused move changes nothing");
}

#[test]
fn turn_order() {
    let scenario = scenario();
    let mut game = Game::new(Arc::clone(&scenario), 1);
    let error = game.play(Side::Russia, Turn::PASS).unwrap_err();
    assert_eq!(
        error,
        MoveError::NotYourTurn {
            to_move: Side::Japan,
            side: Side::Russia
        }
    );
    assert_eq!(error.describe(&scenario), "It is Japan's turn, not Russia's.");
    // Needing no names, the two wordings agree.
    assert_eq!(error.to_string(), "It is Japan's turn, not Russia's.");
    while let Some(side) = game.to_move() {
        game.play(side, Turn::PASS).unwrap();
    }
    let error = game.play(Side::Japan, Turn::PASS).unwrap_err();
    assert_eq!(error, MoveError::ConferenceOver);
    assert_eq!(error.describe(&scenario), "The conference is over.");
}

#[test]
fn answers() {
    let mut game = Game::new(scenario(), 1);
    let answer = |accept: ArticleSet, reject: ArticleSet| Turn {
        reply: Some(Response {
            accept,
            reject,
            set_aside: ArticleSet::EMPTY,
        }),
        ..Turn::PASS
    };
    refused(
        &mut game,
        answer(ArticleSet::single(KOREA), ArticleSet::EMPTY),
        MoveError::NothingToAnswer { from: Side::Russia },
        "Russia has no proposal on the table to answer.",
    );
    refused(
        &mut game,
        Turn {
            mediator_reply: Some(Response::default()),
            ..Turn::PASS
        },
        MoveError::NoMediatorProposal,
        "Roosevelt has no proposal on the table.",
    );
    game.play(Side::Japan, propose(Proposal::linked(terms(&[(KOREA, 0)]))))
        .unwrap();
    refused(
        &mut game,
        answer(ArticleSet::EMPTY, ArticleSet::EMPTY),
        MoveError::AnswerNamesNoArticle { to: Author::Japan },
        "The answer to Komura names no article.",
    );
    refused(
        &mut game,
        answer(ArticleSet::single(SAKHALIN), ArticleSet::EMPTY),
        MoveError::NotInProposal {
            article: SAKHALIN,
            author: Author::Japan,
        },
        "Sakhalin is not part of Komura's proposal.",
    );
    refused(
        &mut game,
        answer(ArticleSet::single(KOREA), ArticleSet::single(KOREA)),
        MoveError::TwoAnswers { article: KOREA },
        "Korea is given two different answers.",
    );
    refused(
        &mut game,
        answer(ArticleSet::single(5), ArticleSet::EMPTY),
        MoveError::AnswerNamesUnknownArticle,
        "The answer names an article this conference does not have.",
    );
}

#[test]
fn proposals() {
    let scenario = scenario();
    let mut game = Game::new(Arc::clone(&scenario), 1);
    refused(
        &mut game,
        propose(Proposal::default()),
        MoveError::EmptyProposal,
        "A proposal needs at least one term.",
    );
    let error = game
        .check(Side::Japan, &propose(Proposal::separate(terms(&[(SAKHALIN, 0)]))))
        .unwrap_err();
    assert_eq!(
        error,
        MoveError::NotTabled {
            article: SAKHALIN,
            comes_up: Some(1)
        }
    );
    assert_eq!(error.article(), Some(SAKHALIN));
    let on = scenario.sessions[1].date.short();
    assert_eq!(
        error.describe(&scenario),
        format!("Sakhalin is not on the table yet: it comes up on {on}.")
    );
    refused(
        &mut game,
        propose(Proposal::separate(terms(&[(KOREA, 7)]))),
        MoveError::NoSuchOption { article: KOREA },
        "Korea has no such option.",
    );
}

#[test]
fn instructions() {
    let mut game = Game::new(scenario(), 1);
    let forbidden = MoveError::ForbiddenByInstruction {
        side: Side::Japan,
        act: Act::Propose,
        article: KOREA,
        option: KOREA_NOT_JAPANS,
        red_line: 0,
        unless_linked: false,
    };
    refused(
        &mut game,
        propose(Proposal::separate(terms(&[(KOREA, KOREA_NOT_JAPANS)]))),
        forbidden,
        "Your instructions from Tokyo forbid you to propose Korea: Not Japan's (“Korea first”). \
         A cable home may change them.",
    );
    // An agent can act on the kind: which instruction stands in the way, and of what.
    let MoveError::ForbiddenByInstruction { red_line, act, .. } = forbidden else {
        unreachable!()
    };
    assert_eq!((red_line, act.verb()), (0, "propose"));
    refused(
        &mut game,
        act_ultimatum(&[(KOREA, KOREA_NOT_JAPANS)], 1),
        MoveError::ForbiddenByInstruction {
            side: Side::Japan,
            act: Act::Demand,
            article: KOREA,
            option: KOREA_NOT_JAPANS,
            red_line: 0,
            unless_linked: false,
        },
        "Your instructions from Tokyo forbid you to demand Korea: Not Japan's (“Korea first”). \
         A cable home may change them.",
    );
}

fn act_ultimatum(pairs: &[(usize, u8)], by_session: u8) -> Turn {
    act(SideAction::Ultimatum(Ultimatum {
        terms: terms(pairs),
        by_session,
    }))
}

#[test]
fn actions() {
    let mut game = Game::new(scenario(), 1);
    refused(
        &mut game,
        act(SideAction::Press(9)),
        MoveError::NoSuchPress { press: 9 },
        "No such press statement for your delegation.",
    );
    refused(
        &mut game,
        act(SideAction::CableHome(9)),
        MoveError::NoSuchInstruction { red_line: 9 },
        "No such instruction to ask about.",
    );
    refused(
        &mut game,
        act_ultimatum(&[], 1),
        MoveError::EmptyUltimatum,
        "An ultimatum must name the terms it demands.",
    );
    refused(
        &mut game,
        act_ultimatum(&[(KOREA, 0)], 2),
        MoveError::DeadlineOutOfRange { first: 1, last: 2 },
        "The deadline must be a session from 1 to 2.",
    );
    refused(
        &mut game,
        act_ultimatum(&[(SAKHALIN, SAKHALIN_SOUTH)], 1),
        MoveError::UltimatumNotTabled { article: SAKHALIN },
        "Sakhalin is not on the table yet.",
    );
    game.play(Side::Japan, act(SideAction::Press(FIRM))).unwrap();
    game.play(Side::Russia, act(SideAction::AskMediator)).unwrap();
    game.play(Side::Japan, act(SideAction::CableHome(KOREA_FIRST))).unwrap();
    refused(
        &mut game,
        act(SideAction::AskMediator),
        MoveError::MediatorAlreadyAsked,
        "You have already appealed to Roosevelt in this session.",
    );
    // The second session opens with Russia; then Japan's statement is spent.
    game.play(Side::Russia, Turn::PASS).unwrap();
    game.play(Side::Russia, Turn::PASS).unwrap();
    refused(
        &mut game,
        act(SideAction::Press(FIRM)),
        MoveError::PressUsed { press: FIRM },
        "You have already given the statement “Firm”.",
    );
}

#[test]
fn display_without_the_scenario_names_by_number() {
    let error = MoveError::NotTabled {
        article: SAKHALIN,
        comes_up: Some(1),
    };
    assert_eq!(
        error.to_string(),
        "Article #1 is not on the table yet: it comes up in session 2."
    );
    // A refusal naming what this scenario does not have (another scenario's, a peer's)
    // is described by number, not trusted.
    let stranger = MoveError::ForbiddenByInstruction {
        side: Side::Russia,
        act: Act::Accept,
        article: 20,
        option: 9,
        red_line: 40,
        unless_linked: true,
    };
    assert_eq!(
        stranger.describe(&scenario()),
        "Your instructions from St Petersburg forbid you to accept Article #20: option #9 unless it comes \
         linked with terms that meet them (“red line #40”). A cable home may change them."
    );
}

#[test]
fn packages_settlements_and_standing_demands() {
    // Both articles on the table from the start.
    let mut game = Game::new(compile(minimal()), 1);
    let answer = |accept: ArticleSet, reject: ArticleSet| Response {
        accept,
        reject,
        set_aside: ArticleSet::EMPTY,
    };
    let both = ArticleSet::single(KOREA).union(ArticleSet::single(SAKHALIN));
    game.play(
        Side::Japan,
        propose(Proposal::linked(terms(&[(KOREA, 0), (SAKHALIN, SAKHALIN_SOUTH)]))),
    )
    .unwrap();
    refused(
        &mut game,
        Turn {
            reply: Some(answer(ArticleSet::single(KOREA), ArticleSet::EMPTY)),
            ..Turn::PASS
        },
        MoveError::PackageSplit {
            author: Author::Japan,
            article: KOREA,
            linked_with: SAKHALIN,
        },
        "Komura linked Korea with Sakhalin: they must be answered together.",
    );
    game.play(
        Side::Russia,
        Turn {
            reply: Some(answer(ArticleSet::EMPTY, both)),
            propose: Some(Proposal::separate(terms(&[(KOREA, 0)]))),
            ..Turn::PASS
        },
    )
    .unwrap();
    let accept_korea = Some(answer(ArticleSet::single(KOREA), ArticleSet::EMPTY));
    refused(
        &mut game,
        Turn {
            reply: accept_korea,
            propose: Some(Proposal::separate(terms(&[(KOREA, 0)]))),
            ..Turn::PASS
        },
        MoveError::SettledThisTurn { article: KOREA },
        "Korea was settled by your answer this turn.",
    );
    game.play(
        Side::Japan,
        Turn {
            reply: accept_korea,
            action: Some(SideAction::Ultimatum(Ultimatum {
                terms: terms(&[(SAKHALIN, 0)]),
                by_session: 1,
            })),
            ..Turn::PASS
        },
    )
    .unwrap();
    game.play(Side::Russia, Turn::PASS).unwrap();
    game.play(Side::Russia, Turn::PASS).unwrap();
    refused(
        &mut game,
        propose(Proposal::separate(terms(&[(KOREA, 0)]))),
        MoveError::AlreadyAgreed { article: KOREA },
        "Korea is already agreed on exactly that.",
    );
    refused(
        &mut game,
        act_ultimatum(&[(SAKHALIN, SAKHALIN_SOUTH)], 1),
        MoveError::UltimatumStands,
        "Your earlier ultimatum still stands.",
    );
    refused(
        &mut game,
        act(SideAction::CableHome(KOREA_FIRST)),
        MoveError::NoTimeForCable,
        "No answer could arrive before the last session ends.",
    );
}
