//! Why an agent did what it did. Compact while games run in bulk; written out as a
//! sentence when a transcript is kept.

use super::DelegateReason;
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Nothing to explain.
    None,
    /// A move of the 1905 conference, by index in the scenario's script.
    Scripted(u16),
    /// The talks left the script; the agent weighs offers against the 1905 treaty.
    OffScript,
    /// A time-based delegation's aspiration: what it still hopes for, and what was offered.
    Aspiration {
        target: f32,
        offered: Option<f32>,
        accepted: bool,
    },
    Random,
    /// The computer delegate's reasons.
    Delegate(DelegateReason),
}

impl Reason {
    pub fn describe(&self, scenario: &Scenario, side: Side) -> Option<String> {
        let party = scenario.party(side);
        match *self {
            Reason::None => None,
            Reason::Scripted(step) => scenario.history.as_ref().map(|h| h.script[step as usize].note.clone()),
            Reason::OffScript => Some(format!(
                "{} has left the historical script and weighs every offer against the treaty of 1905.",
                party.player_title
            )),
            Reason::Aspiration {
                target,
                offered,
                accepted,
            } => Some(match (offered, accepted) {
                (Some(u), true) => format!(
                    "The offer is worth {:.0}% to {}, which meets what {} still aims for ({:.0}%).",
                    u * 100.0,
                    party.name,
                    party.player_title,
                    target * 100.0
                ),
                (Some(u), false) => format!(
                    "The offer is worth {:.0}% to {}; {} still aims for {:.0}%.",
                    u * 100.0,
                    party.name,
                    party.player_title,
                    target * 100.0
                ),
                (None, _) => format!(
                    "{} aims for {:.0}% of the best treaty.",
                    party.player_title,
                    target * 100.0
                ),
            }),
            Reason::Random => Some(format!("{} acts on a whim.", party.player_title)),
            Reason::Delegate(why) => Some(super::words::describe_delegate(scenario, side, &why)),
        }
    }
}
