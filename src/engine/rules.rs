//! Whether a turn is allowed. Pure: it reads the state and changes nothing, so the game
//! can refuse a move whole, and the interface can grey out what is not allowed.

use super::mandate;
use super::moves::{ArticleSet, Proposal, Response, SideAction, Terms, Turn};
use super::scenario::Scenario;
use super::side::Side;
use super::state::{Author, State};
use std::fmt;

/// Why a move is not allowed, in words for the player.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoveError(pub String);

impl fmt::Display for MoveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MoveError {}

type Result<T> = std::result::Result<T, MoveError>;

fn refuse<T>(message: String) -> Result<T> {
    Err(MoveError(message))
}

/// The side to move, or `None` when the talks are over.
pub fn to_move(scenario: &Scenario, state: &State) -> Option<Side> {
    if state.is_over() {
        return None;
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
        None => return refuse("The conference is over.".into()),
        Some(s) if s != side => return refuse(format!("It is {}'s turn, not {side}'s.", s)),
        Some(_) => {}
    }
    let other = side.other();
    let mut settled = ArticleSet::EMPTY;
    if let Some(reply) = &turn.reply {
        let proposal = state.proposal(Author::of(other));
        if proposal.is_empty() {
            return refuse(format!("{other} has no proposal on the table to answer."));
        }
        check_response(
            scenario,
            state,
            side,
            proposal,
            reply,
            scenario.party(other).player_title.as_str(),
        )?;
        settled = settled.union(reply.accept);
    }
    if let Some(reply) = &turn.mediator_reply {
        let proposal = state.proposal(Author::Mediator);
        if proposal.is_empty() {
            return refuse(format!("{} has no proposal on the table.", scenario.mediator.name));
        }
        check_response(scenario, state, side, proposal, reply, scenario.mediator.name.as_str())?;
        if let Some(a) = reply.answered().intersect(settled).iter().next() {
            return refuse(format!(
                "{} is already settled this turn by your answer to {other}.",
                scenario.articles[a].title
            ));
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

fn check_response(
    scenario: &Scenario,
    state: &State,
    side: Side,
    proposal: &Proposal,
    reply: &Response,
    author: &str,
) -> Result<()> {
    let offered = proposal.terms.articles();
    if reply.answered().is_empty() {
        return refuse(format!("The answer to {author} names no article."));
    }
    if !reply
        .answered()
        .minus(ArticleSet::all(scenario.articles.len()))
        .is_empty()
    {
        return refuse("The answer names an article this conference does not have.".into());
    }
    if let Some(a) = reply.answered().minus(offered).iter().next() {
        return refuse(format!(
            "{} is not part of {author}'s proposal.",
            scenario.articles[a].title
        ));
    }
    let overlaps = reply
        .accept
        .intersect(reply.reject)
        .union(reply.accept.intersect(reply.set_aside))
        .union(reply.reject.intersect(reply.set_aside));
    if let Some(a) = overlaps.iter().next() {
        return refuse(format!(
            "{} is given two different answers.",
            scenario.articles[a].title
        ));
    }
    for package in proposal.packages() {
        for decision in [reply.accept, reply.reject, reply.set_aside] {
            let answered = package.intersect(decision);
            if !answered.is_empty() && answered != package {
                let a = answered.iter().next().expect("not empty");
                let b = package.minus(decision).iter().next().expect("a partial answer");
                return refuse(format!(
                    "{author} linked {} with {}: they must be answered together.",
                    scenario.articles[a].title, scenario.articles[b].title
                ));
            }
        }
    }
    check_mandate(scenario, state, side, &proposal.terms_of(reply.accept), "accept")
}

fn check_proposal(
    scenario: &Scenario,
    state: &State,
    side: Side,
    proposal: &Proposal,
    settled: ArticleSet,
) -> Result<()> {
    if proposal.is_empty() {
        return refuse("A proposal needs at least one term.".into());
    }
    let tabled = scenario.sessions[state.session].tabled;
    let articles = proposal.terms.articles();
    if !articles.minus(ArticleSet::all(scenario.articles.len())).is_empty() {
        return refuse("No such article.".into());
    }
    for (a, option) in proposal.terms.iter() {
        if scenario.option_masks[a] & (1 << option) == 0 {
            return refuse(format!("{} has no such option.", scenario.articles[a].title));
        }
        if tabled.contains(a) && !settled.contains(a) && state.agreed(a) != Some(option) {
            continue;
        }
        let article = &scenario.articles[a];
        if !tabled.contains(a) {
            let when = scenario
                .sessions
                .iter()
                .find(|s| s.agenda.contains(a))
                .map_or("later".to_string(), |s| format!("on {}", s.date.short()));
            return refuse(format!(
                "{} is not on the table yet: it comes up {when}.",
                article.title
            ));
        }
        if settled.contains(a) {
            return refuse(format!("{} was settled by your answer this turn.", article.title));
        }
        if state.agreed(a) == Some(option) {
            return refuse(format!("{} is already agreed on exactly that.", article.title));
        }
    }
    for package in proposal.packages() {
        check_mandate(scenario, state, side, &proposal.terms_of(package), "propose")?;
    }
    Ok(())
}

fn check_mandate(scenario: &Scenario, state: &State, side: Side, terms: &Terms, verb: &str) -> Result<()> {
    let Err(v) = mandate::check(scenario, state, side, terms) else {
        return Ok(());
    };
    let party = scenario.party(side);
    let red_line = scenario.red_line(v.red_line);
    let linked = if red_line.unless.is_some() {
        " unless it comes linked with terms that meet them"
    } else {
        ""
    };
    refuse(format!(
        "Your instructions from {} forbid you to {verb} {}: {}{linked} (\"{}\"). A cable home may change them.",
        party.capital,
        scenario.articles[v.article].title,
        scenario.option_label(v.article, v.option),
        red_line.text,
    ))
}

fn check_action(scenario: &Scenario, state: &State, side: Side, action: &SideAction) -> Result<()> {
    match *action {
        SideAction::Press(i) => {
            let Some(press) = scenario.get_press_line(i as usize).filter(|p| p.side == side) else {
                return refuse("No such press statement for your delegation.".into());
            };
            if state.press_used[i as usize] >= press.uses {
                return refuse(format!("You have already given the statement \"{}\".", press.label));
            }
        }
        SideAction::CableHome(r) => {
            let Some(red_line) = scenario.get_red_line(r as usize).filter(|x| x.side == side) else {
                return refuse("No such instruction to ask about.".into());
            };
            if !state.red_line_active(r as usize) {
                return refuse(format!("\"{}\" no longer binds you.", red_line.text));
            }
            if state.cables[side.index()].is_some() {
                return refuse(format!(
                    "You are still waiting for {}'s answer to your last cable.",
                    scenario.party(side).capital
                ));
            }
            if state.session + 1 >= scenario.sessions.len() {
                return refuse("No answer could arrive before the last session ends.".into());
            }
        }
        SideAction::AskMediator => {
            if state.asked_mediator[side.index()] {
                return refuse(format!(
                    "You have already appealed to {} in this session.",
                    scenario.mediator.name
                ));
            }
        }
        SideAction::Ultimatum(u) => {
            if state.ultimatums[side.index()].is_some() {
                return refuse("Your earlier ultimatum still stands.".into());
            }
            if u.terms.is_empty() {
                return refuse("An ultimatum must name the terms it demands.".into());
            }
            if (u.by_session as usize) < state.session || u.by_session as usize >= scenario.sessions.len() {
                return refuse(format!(
                    "The deadline must be a session from {} to {}.",
                    state.session + 1,
                    scenario.sessions.len()
                ));
            }
            let tabled = scenario.sessions[state.session].tabled;
            for (a, option) in u.terms.iter() {
                if a >= scenario.articles.len() || option as usize >= scenario.articles[a].options.len() {
                    return refuse("The ultimatum names an unknown term.".into());
                }
                if !tabled.contains(a) {
                    return refuse(format!("{} is not on the table yet.", scenario.articles[a].title));
                }
            }
            check_mandate(scenario, state, side, &u.terms, "demand")?;
            if u.terms.iter().all(|(a, o)| state.agreed(a) == Some(o)) {
                return refuse("Those terms are already agreed.".into());
            }
        }
    }
    Ok(())
}
