//! Computer delegations. Every agent decides from a `SideView` and gives a reason with
//! each turn. The game, `simulate` and the tests share this one interface.

pub mod beliefs;
pub mod mediator;

mod delegate;
mod historical;
mod random;
mod reason;
mod recall;
mod remark;
mod seat_limits;
mod spec;
mod time_based;
mod words;

pub use delegate::{Delegate, DelegateReason, HiddenLimits, UltimatumAnswer, draw_limits};
pub use historical::Historical;
pub use random::RandomAgent;
pub use reason::Reason;
pub use remark::{DelegateRemark, Remark, SaidAction};
pub use seat_limits::limits_for;
pub use spec::{AgentSpec, BUILT_IN, UnknownAgent};
pub use time_based::TimeBased;
pub use words::Hearer;

use crate::engine::play::moves::{Response, Terms, Turn};
use crate::engine::play::rng::{Rng, derive_seed};
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::records::transcript::Note;
use crate::engine::scenario::Scenario;
use std::borrow::Cow;

/// A turn and why it was chosen. If `drop_proposal_if_refused`, the agent would rather
/// play the turn without its proposal than pass when the rules refuse it (a plan may clash
/// with terms it has just accepted; the game, which checks every turn anyway, says so).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decision {
    pub turn: Turn,
    pub drop_proposal_if_refused: bool,
    pub reason: Reason,
}

impl Decision {
    pub fn new(turn: Turn, reason: Reason) -> Decision {
        Decision {
            turn,
            drop_proposal_if_refused: false,
            reason,
        }
    }
}

pub trait Agent: Send {
    fn name(&self) -> &'static str;
    fn decide(&mut self, view: &SideView<'_>) -> Decision;
    /// Prepares for a new game with this seed (agents are reused across games in bulk runs).
    fn reset(&mut self, seed: u64, side: Side);

    /// `decide`, lent where the agent keeps the decision rather than copied out: a decision is
    /// a few hundred bytes, and bulk play copied a kept one on every turn.
    fn decide_kept(&mut self, view: &SideView<'_>) -> Cow<'_, Decision> {
        Cow::Owned(self.decide(view))
    }
}

/// Every delegation's answer to the mediator's last amendment, when it is the one awaited:
/// it accepts if, by its own instructions, the amended treaty is worth no less than the
/// treaty as agreed and they allow the change. The same rule for every agent, so that no
/// baseline is judged on a step it was never built for.
///
/// Asked on every turn and almost always `None`: that check is inlined, the answer is not.
#[inline]
pub fn answer_last_look(view: &SideView<'_>) -> Option<Decision> {
    if view.last_look().awaiting() != Some(view.side()) {
        return None;
    }
    Some(last_look_answer(view))
}

fn last_look_answer(view: &SideView<'_>) -> Decision {
    let amendment = view.mediator_proposal();
    // The treaty as the talks would end in it, articles left open settled as the scenario says.
    let accepted = view.value_if_agreed(&amendment.terms) >= view.value_if_agreed(&Terms::EMPTY)
        && view.may_agree(&amendment.terms);
    let articles = amendment.terms.articles();
    let reply = if accepted {
        Response {
            accept: articles,
            ..Response::default()
        }
    } else {
        Response {
            reject: articles,
            ..Response::default()
        }
    };
    let turn = Turn {
        mediator_reply: Some(reply),
        ..Turn::PASS
    };
    // The phrasing varies with the amendment and the side, the same in every replay.
    let phrasing = ((articles.0 as usize + view.side().index()) % 3) as u8;
    Decision::new(turn, Reason::LastLook { accepted, phrasing })
}

/// A delegate level the scenario does not have.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("this scenario has no difficulty level `{level}`; it has: {}", levels.join(", "))]
pub struct NoSuchLevel {
    pub level: String,
    /// The levels it has.
    pub levels: Vec<String>,
}

impl NoSuchLevel {
    /// The error as a message, to write in the reader's language (its English is the Display's).
    pub fn message(&self) -> crate::i18n::Message {
        // The levels joined the way each language joins a list.
        let listed = crate::i18n::Message::each(|lang| self.levels.join(&crate::tr!(lang, "batch-list-separator")));
        crate::msg!("batch-no-such-level", level = &self.level, levels = listed)
    }

    /// The error in `lang`.
    pub fn render_in(&self, lang: crate::i18n::Lang) -> String {
        self.message().in_lang(lang)
    }
}

/// Makes the agent for a seat in a game of `scenario`. Its private random stream derives
/// from the game's seed and its side, so the same seed replays the same game.
pub fn make(spec: &AgentSpec, side: Side, seed: u64, scenario: &Scenario) -> Result<Box<dyn Agent>, NoSuchLevel> {
    let seeded = |mut delegate: Delegate| {
        delegate.reset(seed, side);
        Box::new(delegate)
    };
    Ok(match spec {
        AgentSpec::Delegate => seeded(Delegate::new()),
        AgentSpec::DelegateAt(level) => match scenario.difficulties.iter().find(|d| d.id == *level) {
            Some(difficulty) => seeded(Delegate::at(difficulty)),
            None => {
                return Err(NoSuchLevel {
                    level: level.clone(),
                    levels: scenario.difficulties.iter().map(|d| d.id.clone()).collect(),
                });
            }
        },
        AgentSpec::Historical => Box::new(Historical::new()),
        AgentSpec::Hardheaded => Box::new(TimeBased::hardheaded()),
        AgentSpec::TitForTat => Box::new(TimeBased::tit_for_tat()),
        AgentSpec::Boulware => Box::new(TimeBased::boulware()),
        AgentSpec::Conceder => Box::new(TimeBased::conceder()),
        AgentSpec::Linear => Box::new(TimeBased::linear()),
        AgentSpec::Random => Box::new(RandomAgent::new(Rng::new(agent_seed(seed, side)))),
    })
}

/// Makes the agent for a seat of a game already under way (a save loaded, a class server
/// started again, a seat handed to the computer) with the memory it would have had: the
/// game's moves are replayed and the agent decides, unheard, at each turn of its side. An
/// agent remembers what it has seen (offers, its random stream), so one made fresh at the
/// present turn could play differently from the one that sat through the game, and the same
/// seed and moves must give the same game.
pub fn resume(
    spec: &AgentSpec,
    side: Side,
    game: &crate::engine::play::game::Game,
) -> Result<Box<dyn Agent>, NoSuchLevel> {
    let scenario = game.scenario();
    let mut agent = make(spec, side, game.seed(), scenario)?;
    let mut replay = crate::engine::play::game::Game::quiet(scenario.clone(), game.seed());
    for (mover, turn, _) in game.transcript().moves() {
        if mover == side {
            let _ = agent.decide(&SideView::new(&replay, side));
        }
        if replay.play(mover, *turn).is_err() {
            // The transcript holds only moves the rules took; a mismatch leaves the agent as far
            // as it got rather than failing the game it is to play.
            break;
        }
    }
    Ok(agent)
}

/// The seed of an agent's private random stream in a game with this seed.
pub fn agent_seed(seed: u64, side: Side) -> u64 {
    derive_seed(seed, 1 + side.index() as u64)
}

/// Plays a game to its end with two agents. A turn the rules refuse (an agent's mistake)
/// is counted and replaced by passing, so one faulty agent cannot stop a batch.
pub fn play_out(game: &mut crate::engine::play::game::Game, agents: [&mut dyn Agent; 2]) -> u32 {
    let [japan, russia] = agents;
    let mut refused = 0;
    while let Some(side) = game.to_move() {
        let agent: &mut dyn Agent = match side {
            Side::Japan => &mut *japan,
            Side::Russia => &mut *russia,
        };
        let decision = agent.decide_kept(&SideView::new(game, side));
        if !play_decision(game, side, &decision) {
            refused += 1;
        }
    }
    refused
}

/// Plays an agent's decision with its reason; if the rules refuse it, the turn without its
/// proposal (when the agent allows that), else a pass. Returns whether the decision stood.
pub fn play_decision(game: &mut crate::engine::play::game::Game, side: Side, decision: &Decision) -> bool {
    // Kept as what was said, not as text: the reader's language writes it out.
    let note = if game.is_recording() {
        decision.reason.remark().map(Note::Said)
    } else {
        None
    };
    if game.play_turn(side, &decision.turn, note.clone()).is_ok() {
        return true;
    }
    if decision.drop_proposal_if_refused && decision.turn.propose.is_some() {
        let without = Turn {
            propose: None,
            ..decision.turn
        };
        if game.play_with(side, without, note).is_ok() {
            return true;
        }
    }
    game.play(side, Turn::PASS).expect("passing is always allowed");
    false
}
