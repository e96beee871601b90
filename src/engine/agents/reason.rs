//! Why an agent did what it did. Compact while games run in bulk; written out as a
//! sentence when a transcript is kept.

use super::DelegateReason;
use crate::engine::play::moves::SideAction;
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
            Reason::Delegate(why) => Some(describe_delegate(scenario, side, &why)),
        }
    }
}

/// The delegate's turn in sentences: its answer and why, what its proposal gives, and its
/// other move. Where the instructions decided, it quotes them.
fn describe_delegate(scenario: &Scenario, side: Side, why: &DelegateReason) -> String {
    let party = scenario.party(side);
    let other = scenario.party(side.other());
    let title = &party.player_title;
    let percent = |u: f32| (u * 100.0).round();
    let mut sentences = Vec::new();
    if why.compromise
        && let Some((_, note)) = &scenario.mandate(side).persona.compromise
    {
        sentences.push(note.clone());
    }
    if let Some(r) = why.blocked_by {
        let red_line = scenario.red_line(r as usize);
        sentences.push(format!(
            "{} forbids it: {}.",
            party.capital,
            red_line.text.trim_end_matches('.')
        ));
    }
    match (why.offered, why.accepted) {
        (Some(u), true) => sentences.push(format!(
            "What {title} accepts is worth {:.0}% to {}, enough for what {title} now aims at ({:.0}%).",
            percent(u),
            party.name,
            percent(why.target)
        )),
        (Some(u), false) if why.blocked_by.is_none() => {
            let cost = why
                .costly
                .map(|a| format!(": {} costs too much", scenario.articles[a as usize].title))
                .unwrap_or_default();
            sentences.push(format!(
                "The offer is worth {:.0}% to {}; {title} still aims at {:.0}%{cost}.",
                percent(u),
                party.name,
                percent(why.target)
            ));
        }
        _ => {}
    }
    if let Some(a) = why.yields {
        sentences.push(format!(
            "{title}'s proposal gives ground on {}, which {} seems to value most.",
            scenario.articles[a as usize].title, other.player_title
        ));
    }
    match why.action {
        Some(SideAction::Press(i)) => sentences.push(format!(
            "{title} gives the press a statement: \"{}\"",
            scenario.press_line(i as usize).label
        )),
        Some(SideAction::CableHome(r)) => sentences.push(format!(
            "{title} cables {} for new instructions on \"{}\".",
            party.capital, scenario.red_line(r as usize).text
        )),
        Some(SideAction::Ultimatum(u)) => sentences.push(format!(
            "{title} lets it be known that the delegation's bags are packed: these terms by {}, or it leaves Portsmouth.",
            scenario.sessions[u.by_session as usize].date.short()
        )),
        Some(SideAction::AskMediator) => sentences.push(format!(
            "The talks have stalled; {title} asks {} to help.",
            scenario.mediator.name
        )),
        None => {}
    }
    if sentences.is_empty() {
        sentences.push(format!(
            "{title} aims at {:.0}% of the best treaty.",
            percent(why.target)
        ));
    }
    sentences.join(" ")
}
