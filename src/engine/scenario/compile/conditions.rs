//! Conditions, checked against where they are used: a red line's exception may only look
//! at the treaty's terms, an outcome only at how the game ended, and so on.

use super::{Compiler, Context};
use crate::engine::play::condition::{Cond, OptionSet};
use crate::engine::scenario::file::ConditionFile;
use crate::engine::source::Spanned;
use crate::msg;

/// Utility thresholds: utilities run from 0 (the worst treaty) to 1 (the best); a threshold
/// far outside that is a typo.
const MAX_UTILITY_THRESHOLD: f64 = 10.0;

impl<'a> Compiler<'a> {
    /// A condition that may be left out, meaning `Always`.
    pub(super) fn optional_condition(&mut self, cond: &Option<Spanned<ConditionFile>>, context: Context) -> Cond {
        cond.as_ref().map_or(Cond::Always, |c| self.condition(c, context))
    }

    pub(super) fn condition(&mut self, cond: &Spanned<ConditionFile>, context: Context) -> Cond {
        let allowed = match &cond.value {
            ConditionFile::Always
            | ConditionFile::Agreed(_)
            | ConditionFile::Term(..)
            | ConditionFile::All(_)
            | ConditionFile::Any(_)
            | ConditionFile::Not(_) => true,
            _ if context == Context::Terms => false,
            ConditionFile::Treaty | ConditionFile::NoTreaty | ConditionFile::BrokenOffBy(_) => {
                context != Context::Talks
            }
            ConditionFile::UtilityAtLeast(..) | ConditionFile::UtilityBelow(..) => context == Context::Final,
            ConditionFile::SetAside(_)
            | ConditionFile::MeterAtLeast(..)
            | ConditionFile::MeterAtMost(..)
            | ConditionFile::SessionAtLeast(_)
            | ConditionFile::Fired(_) => context != Context::Outcome,
        };
        if !allowed {
            // One whole sentence per place, so each language words it as it needs.
            let (message, help) = match context {
                Context::Terms => (
                    msg!("check-scenario-condition-terms"),
                    msg!("check-scenario-condition-terms-help"),
                ),
                Context::Talks => (
                    msg!("check-scenario-condition-talks"),
                    msg!("check-scenario-condition-talks-help"),
                ),
                Context::Outcome => (
                    msg!("check-scenario-condition-outcome"),
                    msg!("check-scenario-condition-outcome-help"),
                ),
                Context::Final => (
                    msg!("check-scenario-condition-final"),
                    msg!("check-scenario-condition-final-help"),
                ),
            };
            self.error(cond.span, "condition-context", message, help);
            return Cond::Always;
        }
        match &cond.value {
            ConditionFile::Always => Cond::Always,
            ConditionFile::Treaty => Cond::Treaty,
            ConditionFile::NoTreaty => Cond::NoTreaty,
            ConditionFile::BrokenOffBy(side) => Cond::BrokenOffBy(*side),
            ConditionFile::Agreed(id) => self.article(id).map_or(Cond::Always, |a| Cond::Agreed(a as u8)),
            ConditionFile::SetAside(id) => self.article(id).map_or(Cond::Always, |a| Cond::SetAside(a as u8)),
            ConditionFile::Term(id, options) => {
                let Some(a) = self.article(id) else {
                    return Cond::Always;
                };
                let mut set: OptionSet = 0;
                for o in options {
                    if let Some(o) = self.option(a, o) {
                        set |= 1 << o;
                    }
                }
                if options.is_empty() {
                    self.error(
                        cond.span,
                        "empty-term",
                        msg!("check-scenario-empty-term", article = id.as_str()),
                        msg!("check-scenario-empty-term-help"),
                    );
                }
                Cond::Term(a as u8, set)
            }
            ConditionFile::MeterAtLeast(id, v) => {
                self.meter(id).map_or(Cond::Always, |m| Cond::MeterAtLeast(m, v.value))
            }
            ConditionFile::MeterAtMost(id, v) => self.meter(id).map_or(Cond::Always, |m| Cond::MeterAtMost(m, v.value)),
            ConditionFile::SessionAtLeast(n) => {
                let count = self.file.sessions.len();
                if *n == 0 || *n as usize > count {
                    self.error(
                        cond.span,
                        "bad-session",
                        msg!("check-scenario-bad-session", session = *n, count = count),
                        msg!("check-scenario-bad-session-help"),
                    );
                }
                Cond::SessionAtLeast(n.saturating_sub(1))
            }
            ConditionFile::Fired(id) => self.event(id).map_or(Cond::Always, Cond::Fired),
            ConditionFile::UtilityAtLeast(side, v) | ConditionFile::UtilityBelow(side, v) => {
                let limit = MAX_UTILITY_THRESHOLD;
                self.check_range(
                    v.span,
                    v.value,
                    -limit..=limit,
                    "utility-range",
                    msg!("check-scenario-what-utility-threshold"),
                );
                if matches!(cond.value, ConditionFile::UtilityAtLeast(..)) {
                    Cond::UtilityAtLeast(*side, v.value)
                } else {
                    Cond::UtilityBelow(*side, v.value)
                }
            }
            ConditionFile::All(cs) | ConditionFile::Any(cs) => {
                let compiled = cs.iter().map(|c| self.condition(c, context)).collect();
                if matches!(cond.value, ConditionFile::All(_)) {
                    Cond::All(compiled)
                } else {
                    Cond::Any(compiled)
                }
            }
            ConditionFile::Not(c) => Cond::Not(Box::new(self.condition(c, context))),
        }
    }
}
