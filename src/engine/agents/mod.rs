//! Computer delegations. Every agent decides from a `SideView` and gives a reason with
//! each turn. The game, `simulate` and the tests share this one interface.

mod historical;
mod random;
mod reason;
mod time_based;

pub use historical::Historical;
pub use random::RandomAgent;
pub use reason::Reason;
pub use time_based::TimeBased;

use super::moves::Turn;
use super::rng::{Rng, derive_seed};
use super::side::Side;
use super::view::SideView;

/// A turn and why it was chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decision {
    pub turn: Turn,
    pub reason: Reason,
}

pub trait Agent: Send {
    fn name(&self) -> &'static str;
    fn decide(&mut self, view: &SideView<'_>) -> Decision;
}

/// The agents the command line and the game can name.
pub const NAMES: [&str; 5] = ["historical", "boulware", "conceder", "linear", "random"];

/// Makes an agent by name. Its private random stream derives from the game's seed and its
/// side, so the same seed replays the same game.
pub fn by_name(name: &str, side: Side, seed: u64) -> Result<Box<dyn Agent>, String> {
    let rng = Rng::new(derive_seed(seed, 1 + side.index() as u64));
    Ok(match name {
        "historical" => Box::new(Historical::new()),
        "boulware" => Box::new(TimeBased::boulware()),
        "conceder" => Box::new(TimeBased::conceder()),
        "linear" => Box::new(TimeBased::linear()),
        "random" => Box::new(RandomAgent::new(rng)),
        other => {
            return Err(format!(
                "no agent called `{other}`; choose one of: {}",
                NAMES.join(", ")
            ));
        }
    })
}

/// Plays a game to its end with two agents. A turn the rules refuse (an agent's mistake)
/// is counted and replaced by passing, so one faulty agent cannot stop a batch.
pub fn play_out(game: &mut super::game::Game, agents: [&mut dyn Agent; 2]) -> u32 {
    let [japan, russia] = agents;
    let mut refused = 0;
    while let Some(side) = game.to_move() {
        let decision = {
            let view = SideView::new(game, side);
            match side {
                Side::Japan => japan.decide(&view),
                Side::Russia => russia.decide(&view),
            }
        };
        let note = if game.is_recording() {
            decision.reason.describe(game.scenario(), side)
        } else {
            None
        };
        if game.play_noted(side, decision.turn, note).is_err() {
            refused += 1;
            game.play(side, Turn::PASS).expect("passing is always allowed");
        }
    }
    refused
}
