//! Walk-outs that are real. The delegate lays its terms down as an ultimatum — which the
//! rules enforce — on the day its hidden limits say it would leave, or as its last word
//! when the end of the talks would leave it short; and it reads the other side's
//! ultimatum: it meets it, counters it, or calls it.

use super::limits::HiddenLimits;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{MAX_ARTICLES, Proposal, Terms, Ultimatum};
use crate::engine::play::view::SideView;

/// How the delegate answered the other side's ultimatum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UltimatumAnswer {
    /// Its terms are within what it can sign: it meets them.
    Meet,
    /// They ask too much, but a treaty beats the war: it counters with the least it can take.
    Counter,
    /// They are worse than breaking off: it would rather see the delegation leave.
    Call,
}

/// The treaty it would sign to meet an ultimatum, and its worth to it.
pub(super) struct Met {
    pub terms: Terms,
    pub own: f64,
}

/// Its answer to the other side's standing ultimatum, if one names open articles; with
/// the treaty that meets it when it does.
pub(super) fn answer_theirs(
    view: &SideView<'_>,
    masks: &[OptionSet; MAX_ARTICLES],
    floor: f64,
    plan: &Terms,
) -> Option<(UltimatumAnswer, Option<Met>)> {
    let ultimatum = view.opponent_ultimatum()?;
    let agreed = view.agreed_terms();
    let mut open = Terms::EMPTY;
    for (a, o) in ultimatum.terms.iter() {
        if agreed.get(a).is_none() {
            open.set(a, o);
        }
    }
    if open.is_empty() {
        return None;
    }
    let terms = plan.overlaid(&open);
    let own = view.utility(&terms);
    // The whole treaty it would table, not the demanded terms alone: an instruction may allow
    // a term only together with others (Komura's "no payment" only with a price for the
    // north), and a plan that breaks one is refused by the rules, leaving the ultimatum unmet.
    let allowed = open.iter().all(|(a, o)| masks[a] & (1 << o) != 0) && view.mandate_violation(&terms).is_none();
    Some(if allowed && own >= floor {
        (UltimatumAnswer::Meet, Some(Met { terms, own }))
    } else if own >= view.reservation() && allowed {
        (UltimatumAnswer::Counter, None)
    } else {
        (UltimatumAnswer::Call, None)
    })
}

/// What it knows of its own position when it weighs a threat.
pub(super) struct Stance {
    pub floor: f64,
    pub limits: HiddenLimits,
    pub full_strength: bool,
    /// Whether the other side's offers have been improving.
    pub steady: bool,
    /// The other side's standing offer, completed with its plan, as it values it.
    pub offered: Option<f64>,
}

pub(super) enum Threat {
    BreakOff,
    Ultimatum { ultimatum: Ultimatum, last_word: bool },
}

/// Its own threat this turn, if any. `settled`: the agreed terms with what it accepts now.
pub(super) fn own_move(
    view: &SideView<'_>,
    stance: &Stance,
    settled: &Terms,
    proposal: Option<&Proposal>,
) -> Option<Threat> {
    let side = view.side();
    let session = view.session();
    let last = view.public().sessions.len() - 1;
    let short = view
        .public()
        .treaty_if_ended(settled)
        .is_some_and(|t| view.utility(&t) < stance.floor);
    if view.is_final_turn() {
        return short.then_some(Threat::BreakOff);
    }
    if view.turns_left(side) == 1 {
        let proposal = proposal.filter(|_| short && view.own_ultimatum().is_none())?;
        return Some(Threat::Ultimatum {
            ultimatum: Ultimatum {
                terms: proposal.terms,
                by_session: session as u8,
            },
            last_word: true,
        });
    }
    let proposal = proposal.filter(|_| view.own_ultimatum().is_none() && session < last)?;
    let hidden_day = stance.limits.walk_out.is_some_and(|s| session >= s);
    let persona_day = stance.full_strength && view.mandate().persona.ultimatum_from.is_some_and(|s| session >= s);
    // Only when a treaty is within reach — the other side's offer beats walking away, but
    // not by enough: an ultimatum on terms too far apart would only end the talks.
    let short = stance.offered.is_some_and(|v| v < stance.floor);
    let squeeze = short && stance.offered.is_some_and(|v| v >= view.reservation());
    // On its hidden day its patience is spent, however the other side's offers have moved;
    // the persona's own day waits while they still improve.
    if (hidden_day && short) || (persona_day && squeeze && !stance.steady) {
        let by_session = last;
        return Some(Threat::Ultimatum {
            ultimatum: Ultimatum {
                terms: proposal.terms,
                by_session: by_session as u8,
            },
            last_word: false,
        });
    }
    None
}
