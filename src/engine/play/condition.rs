//! Conditions in scenario files (when events fire, which outcome a game ends in, how a
//! capital answers a cable), resolved to indices and evaluated against any context.

use crate::engine::play::side::Side;

/// A set of options of one article, one bit each.
pub type OptionSet = u16;

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Cond {
    Always,
    Treaty,
    NoTreaty,
    BrokenOffBy(Side),
    Agreed(u8),
    Term(u8, OptionSet),
    SetAside(u8),
    MeterAtLeast(u8, i32),
    MeterAtMost(u8, i32),
    SessionAtLeast(u8),
    Fired(u8),
    UtilityAtLeast(Side, f64),
    UtilityBelow(Side, f64),
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
}

/// What a condition can ask about. A context answers what it knows; the defaults answer
/// "not known here" (validation keeps each condition to the contexts that know its answer).
pub trait Facts {
    /// The option an article stands at: agreed during the talks, or in the final treaty.
    fn term(&self, article: usize) -> Option<u8>;
    fn set_aside(&self, _article: usize) -> bool {
        false
    }
    fn meter(&self, _meter: usize) -> i32 {
        0
    }
    /// 0-based index of the current (or last) session.
    fn session(&self) -> usize {
        0
    }
    fn fired(&self, _event: usize) -> bool {
        false
    }
    fn treaty(&self) -> Option<bool> {
        None
    }
    fn broken_off_by(&self) -> Option<Side> {
        None
    }
    fn utility(&self, _side: Side) -> Option<f64> {
        None
    }
}

impl Cond {
    /// Generic and inlined, so that the game's own facts, read for every pending event
    /// whenever they change, are read in place; a `&dyn Facts` serves as well. The parts of
    /// a compound condition go through `holds_within`, so that this is not recursive.
    #[inline]
    pub fn holds<F: Facts + ?Sized>(&self, f: &F) -> bool {
        match self {
            Cond::Always => true,
            Cond::Treaty => f.treaty() == Some(true),
            Cond::NoTreaty => f.treaty() == Some(false),
            Cond::BrokenOffBy(side) => f.broken_off_by() == Some(*side),
            Cond::Agreed(a) => f.term(*a as usize).is_some(),
            Cond::Term(a, options) => f.term(*a as usize).is_some_and(|o| options & (1 << o) != 0),
            Cond::SetAside(a) => f.set_aside(*a as usize),
            Cond::MeterAtLeast(m, v) => f.meter(*m as usize) >= *v,
            Cond::MeterAtMost(m, v) => f.meter(*m as usize) <= *v,
            Cond::SessionAtLeast(s) => f.session() >= *s as usize,
            Cond::Fired(e) => f.fired(*e as usize),
            Cond::UtilityAtLeast(side, v) => f.utility(*side).is_some_and(|u| u >= *v),
            Cond::UtilityBelow(side, v) => f.utility(*side).is_some_and(|u| u < *v),
            Cond::All(cs) => cs.iter().all(|c| c.holds_within(f)),
            Cond::Any(cs) => cs.iter().any(|c| c.holds_within(f)),
            Cond::Not(c) => !c.holds_within(f),
        }
    }

    #[inline(never)]
    fn holds_within<F: Facts + ?Sized>(&self, f: &F) -> bool {
        self.holds(f)
    }

    /// Articles this condition looks at, for the outcome coverage check.
    pub fn articles(&self, out: &mut Vec<u8>) {
        match self {
            Cond::Agreed(a) | Cond::Term(a, _) | Cond::SetAside(a) if !out.contains(a) => out.push(*a),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| c.articles(out)),
            Cond::Not(c) => c.articles(out),
            _ => {}
        }
    }
}
