//! Whether a turn is allowed. Pure: it reads the state and changes nothing, so the game
//! can refuse a move whole, and the interface can grey out what is not allowed.

use crate::engine::play::condition::OptionSet;
use crate::engine::play::mandate;
use crate::engine::play::moves::{ArticleSet, Proposal, Response, SideAction, Terms, Turn};
pub use crate::engine::play::refusal::{Act, MoveError};
use crate::engine::play::side::Side;
use crate::engine::play::state::{Author, State};
use crate::engine::scenario::Scenario;

type Result<T> = std::result::Result<T, MoveError>;

/// The side to move, or `None` when the talks are over.
pub fn to_move(scenario: &Scenario, state: &State) -> Option<Side> {
    if state.is_over() {
        return None;
    }
    if let Some(side) = state.last_look.awaiting() {
        return Some(side);
    }
    let initiative = scenario.sessions[state.session].initiative;
    Some(if state.second_mover {
        initiative.other()
    } else {
        initiative
    })
}

pub fn check_turn(scenario: &Scenario, state: &State, side: Side, turn: &Turn) -> Result<()> {
    match to_move(scenario, state) {
        None => return Err(MoveError::ConferenceOver),
        Some(to_move) if to_move != side => return Err(MoveError::NotYourTurn { to_move, side }),
        Some(_) => {}
    }
    if state.last_look.awaiting().is_some() {
        return check_last_look_answer(scenario, state, side, turn);
    }
    let other = side.other();
    let mut settled = ArticleSet::EMPTY;
    if let Some(reply) = &turn.reply {
        let proposal = state.proposal(Author::of(other));
        if proposal.is_empty() {
            return Err(MoveError::NothingToAnswer { from: other });
        }
        check_response(scenario, state, side, proposal, reply, Author::of(other))?;
        settled = settled.union(reply.accept);
    }
    if let Some(reply) = &turn.mediator_reply {
        let proposal = state.proposal(Author::Mediator);
        if proposal.is_empty() {
            return Err(MoveError::NoMediatorProposal);
        }
        check_response(scenario, state, side, proposal, reply, Author::Mediator)?;
        if let Some(a) = reply.answered().intersect(settled).iter().next() {
            return Err(MoveError::SettledByOtherAnswer {
                article: a,
                answer_to: other,
            });
        }
        // The mediator's terms are agreed once both sides have accepted them.
        settled = settled.union(reply.accept.intersect(state.mediator_accepted[other.index()]));
    }
    if let Some(proposal) = &turn.propose {
        check_proposal(scenario, state, side, proposal, settled)?;
    }
    if let Some(action) = &turn.action {
        check_action(scenario, state, side, action)?;
    }
    Ok(())
}

/// While the mediator's last amendment waits, a turn is an answer to it and nothing else:
/// all of it accepted, or all of it declined — a pass declines it too, so that a party
/// that knows nothing of this step cannot stall the signing.
fn check_last_look_answer(scenario: &Scenario, state: &State, side: Side, turn: &Turn) -> Result<()> {
    let amendment = state.proposal(Author::Mediator);
    if turn.is_pass() {
        return Ok(());
    }
    let Some(reply) = &turn.mediator_reply else {
        return Err(MoveError::LastLookAnswerOnly);
    };
    let only_an_answer = turn.reply.is_none() && turn.propose.is_none() && turn.action.is_none() && !turn.break_off;
    let whole = reply.set_aside.is_empty()
        && (reply.accept == amendment.terms.articles() || reply.reject == amendment.terms.articles());
    if !only_an_answer || !whole {
        return Err(MoveError::LastLookAnswerOnly);
    }
    check_response(scenario, state, side, amendment, reply, Author::Mediator)
}

fn check_response(
    scenario: &Scenario,
    state: &State,
    side: Side,
    proposal: &Proposal,
    reply: &Response,
    author: Author,
) -> Result<()> {
    let offered = proposal.terms.articles();
    if reply.answered().is_empty() {
        return Err(MoveError::AnswerNamesNoArticle { to: author });
    }
    if !reply
        .answered()
        .minus(ArticleSet::all(scenario.articles.len()))
        .is_empty()
    {
        return Err(MoveError::AnswerNamesUnknownArticle);
    }
    if let Some(a) = reply.answered().minus(offered).iter().next() {
        return Err(MoveError::NotInProposal { article: a, author });
    }
    let overlaps = reply
        .accept
        .intersect(reply.reject)
        .union(reply.accept.intersect(reply.set_aside))
        .union(reply.reject.intersect(reply.set_aside));
    if let Some(a) = overlaps.iter().next() {
        return Err(MoveError::TwoAnswers { article: a });
    }
    // The usual answer, one word for every term offered, answers each package whole: the
    // packages are looked at only for an answer in parts.
    let one_answer_to_all = reply.accept == offered || reply.reject == offered || reply.set_aside == offered;
    if !one_answer_to_all {
        check_packages_whole(proposal, reply, author)?;
    }
    // Refusing needs no leave: most answers accept nothing, and checking no terms is
    // passing them.
    if reply.accept.is_empty() {
        return Ok(());
    }
    check_mandate(scenario, state, side, &proposal.terms_of(reply.accept), Act::Accept)
}

/// Each package answered all one way, or not at all.
fn check_packages_whole(proposal: &Proposal, reply: &Response, author: Author) -> Result<()> {
    for package in proposal.packages() {
        for decision in [reply.accept, reply.reject, reply.set_aside] {
            let answered = package.intersect(decision);
            if !answered.is_empty() && answered != package {
                let a = answered.iter().next().expect("not empty");
                let b = package.minus(decision).iter().next().expect("a partial answer");
                return Err(MoveError::PackageSplit {
                    author,
                    article: a,
                    linked_with: b,
                });
            }
        }
    }
    Ok(())
}

fn check_proposal(
    scenario: &Scenario,
    state: &State,
    side: Side,
    proposal: &Proposal,
    settled: ArticleSet,
) -> Result<()> {
    if proposal.is_empty() {
        return Err(MoveError::EmptyProposal);
    }
    if plainly_allowed(scenario, state, side, proposal, settled) {
        return Ok(());
    }
    let tabled = scenario.sessions[state.session].tabled;
    let articles = proposal.terms.articles();
    if !articles.minus(ArticleSet::all(scenario.articles.len())).is_empty() {
        return Err(MoveError::NoSuchArticle);
    }
    for (a, option) in proposal.terms.iter() {
        if scenario.option_masks[a] & (1 << option) == 0 {
            return Err(MoveError::NoSuchOption { article: a });
        }
        if tabled.contains(a) && !settled.contains(a) && state.agreed(a) != Some(option) {
            continue;
        }
        if !tabled.contains(a) {
            let comes_up = scenario.sessions.iter().position(|s| s.agenda.contains(a));
            return Err(MoveError::NotTabled { article: a, comes_up });
        }
        if settled.contains(a) {
            return Err(MoveError::SettledThisTurn { article: a });
        }
        if state.agreed(a) == Some(option) {
            return Err(MoveError::AlreadyAgreed { article: a });
        }
    }
    for package in proposal.packages() {
        check_mandate(scenario, state, side, &proposal.terms_of(package), Act::Propose)?;
    }
    Ok(())
}

/// The common case, in one pass: every term names an option of its article, on an
/// article tabled now, not settled this turn nor agreed on these terms, that no active red
/// line of `side` forbids, and each package keeps within `side`'s conditional red lines
/// (which couple terms). Then every check of `check_proposal` passes; when not, they say
/// what is wrong. Every turn of every game is checked, and this is a good part of a bulk
/// run's time.
fn plainly_allowed(scenario: &Scenario, state: &State, side: Side, proposal: &Proposal, settled: ArticleSet) -> bool {
    let terms = &proposal.terms;
    let open = scenario.sessions[state.session]
        .tabled
        .intersect(ArticleSet::all(scenario.articles.len()))
        .minus(settled);
    if !terms.articles().minus(open).is_empty() {
        return false;
    }
    let forbidden = &state.forbidden[side.index()];
    let agreed = state.agreed_terms();
    // Only articles already agreed can be offered on the agreed terms: usually none are.
    let plain = terms.iter().all(|(a, option)| {
        let bit: OptionSet = 1 << option;
        scenario.option_masks[a] & !forbidden[a] & bit != 0
    }) && terms
        .articles()
        .intersect(agreed.articles())
        .iter()
        .all(|a| agreed.get(a) != terms.get(a));
    // With no term forbidden outright, `check_mandate` per package is its conditional half.
    plain
        && (!mandate::has_conditional(state, side)
            || proposal
                .packages()
                .all(|p| mandate::conditional_check(scenario, state, side, &proposal.terms_of(p)).is_ok()))
}

fn check_mandate(scenario: &Scenario, state: &State, side: Side, terms: &Terms, act: Act) -> Result<()> {
    let Err(v) = mandate::check(scenario, state, side, terms) else {
        return Ok(());
    };
    Err(MoveError::ForbiddenByInstruction {
        side,
        act,
        article: v.article,
        option: v.option,
        red_line: v.red_line,
        unless_linked: scenario.red_line(v.red_line).unless.is_some(),
    })
}

fn check_action(scenario: &Scenario, state: &State, side: Side, action: &SideAction) -> Result<()> {
    match *action {
        SideAction::Press(i) => {
            let Some(press) = scenario.get_press_line(i as usize).filter(|p| p.side == side) else {
                return Err(MoveError::NoSuchPress { press: i });
            };
            if state.press_used[i as usize] >= press.uses {
                return Err(MoveError::PressUsed { press: i });
            }
        }
        SideAction::CableHome(r) => {
            if scenario.get_red_line(r as usize).is_none_or(|x| x.side != side) {
                return Err(MoveError::NoSuchInstruction { red_line: r });
            }
            if !state.red_line_active(r as usize) {
                return Err(MoveError::InstructionLifted { red_line: r });
            }
            if state.cables[side.index()].is_some() {
                return Err(MoveError::CableAwaited { side });
            }
            if state.session + 1 >= scenario.sessions.len() {
                return Err(MoveError::NoTimeForCable);
            }
        }
        SideAction::AskMediator => {
            if state.asked_mediator[side.index()] {
                return Err(MoveError::MediatorAlreadyAsked);
            }
        }
        SideAction::Ultimatum(u) => {
            if state.ultimatums[side.index()].is_some() {
                return Err(MoveError::UltimatumStands);
            }
            if u.terms.is_empty() {
                return Err(MoveError::EmptyUltimatum);
            }
            if (u.by_session as usize) < state.session || u.by_session as usize >= scenario.sessions.len() {
                return Err(MoveError::DeadlineOutOfRange {
                    first: state.session + 1,
                    last: scenario.sessions.len(),
                });
            }
            let tabled = scenario.sessions[state.session].tabled;
            for (a, option) in u.terms.iter() {
                if a >= scenario.articles.len() || option as usize >= scenario.articles[a].options.len() {
                    return Err(MoveError::UltimatumUnknownTerm);
                }
                if !tabled.contains(a) {
                    return Err(MoveError::UltimatumNotTabled { article: a });
                }
            }
            check_mandate(scenario, state, side, &u.terms, Act::Demand)?;
            if u.terms.iter().all(|(a, o)| state.agreed(a) == Some(o)) {
                return Err(MoveError::UltimatumAlreadyAgreed);
            }
        }
    }
    Ok(())
}
