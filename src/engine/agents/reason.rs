//! Why an agent did what it did. Compact while games run in bulk; written out as a
//! sentence when a transcript is kept.

use super::DelegateReason;
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use crate::i18n::{self, Lang};
use crate::tr;

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
    /// Its answer to the mediator's last amendment, in one of three phrasings.
    LastLook {
        accepted: bool,
        phrasing: u8,
    },
}

impl Reason {
    /// The reason in English. See [`Reason::describe_in`].
    pub fn describe(&self, scenario: &Scenario, side: Side) -> Option<String> {
        self.describe_in(Lang::English, scenario, side)
    }

    /// The reason as a sentence in `lang`, or `None` if there is nothing to explain. A
    /// scripted move quotes the scenario's own note for it.
    pub fn describe_in(&self, lang: Lang, scenario: &Scenario, side: Side) -> Option<String> {
        let party = scenario.party(side);
        let title = party.player_title.as_str();
        let percent = |u: f32| format!("{:.0}%", u * 100.0);
        match *self {
            Reason::None => None,
            Reason::Scripted(step) => scenario.history.as_ref().map(|h| h.script[step as usize].note.clone()),
            Reason::OffScript => Some(tr!(lang, "words-off-script", title = title)),
            Reason::Aspiration {
                target,
                offered,
                accepted,
            } => Some(match offered {
                None => tr!(lang, "words-aspiration", title = title, aim = percent(target)),
                Some(u) => {
                    // Enough but refused: its instructions forbid the terms.
                    let key = match (accepted, u >= target) {
                        (true, _) => "words-aspiration-met",
                        (false, true) => "words-aspiration-barred",
                        (false, false) => "words-aspiration-short",
                    };
                    let mut args = i18n::FluentArgs::new();
                    args.set("worth", percent(u));
                    args.set("nation", party.name.as_str());
                    args.set("title", title);
                    args.set("aim", percent(target));
                    i18n::text_with(lang, key, &args)
                }
            }),
            Reason::Random => Some(tr!(lang, "words-random", title = title)),
            Reason::Delegate(why) => Some(super::words::describe_delegate_in(lang, scenario, side, &why)),
            Reason::LastLook { accepted, phrasing } => {
                let mediator = scenario.mediator.name.as_str();
                Some(match (accepted, phrasing % 3) {
                    (true, 0) => tr!(lang, "words-last-look-accept-1", title = title, mediator = mediator),
                    (true, 1) => tr!(lang, "words-last-look-accept-2", title = title, mediator = mediator),
                    (true, _) => tr!(lang, "words-last-look-accept-3", title = title, mediator = mediator),
                    (false, 0) => tr!(lang, "words-last-look-decline-1", title = title, mediator = mediator),
                    (false, 1) => tr!(lang, "words-last-look-decline-2", title = title, mediator = mediator),
                    (false, _) => tr!(lang, "words-last-look-decline-3", title = title, mediator = mediator),
                })
            }
        }
    }
}
