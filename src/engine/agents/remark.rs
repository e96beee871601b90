//! What a delegation said with its move: its reason with the private numbers taken out.
//! A `Reason` carries the agent's aim and floor for tests and analysis; a `Remark` holds
//! only what the words use — which kind of sentence, its phrasing, the articles, orders and
//! actions it names — so the record, a save and the other side can keep it, and it can be
//! written out in whatever language the reader has chosen, now or later.

use super::{DelegateReason, Hearer, Reason, UltimatumAnswer};
use crate::engine::play::moves::{ArticleSet, SideAction};
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Remark {
    /// A move of the 1905 conference: the scenario's note for that step of its script.
    Scripted(u16),
    OffScript,
    /// A time-based delegation states its aim openly: it is a baseline for analysis, and
    /// its numbers are what it says.
    Aspiration {
        target: f32,
        offered: Option<f32>,
        accepted: bool,
    },
    Random,
    Delegate(DelegateRemark),
    /// An answer to the mediator's last amendment (see `Reason::LastLook`).
    LastLook {
        accepted: bool,
        phrasing: u8,
    },
}

/// The computer delegate's reason as it says it; see [`DelegateReason`] for each field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Said", default, deny_unknown_fields)]
pub struct DelegateRemark {
    pub phrasing: u8,
    /// A package was offered this turn (what it was worth to the delegate is not said).
    #[serde(skip_serializing_if = "is_false")]
    pub offered: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub accepted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked_by: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub costly: Option<u8>,
    /// Added after saves said every refusal on `costly` as too dear.
    #[serde(skip_serializing_if = "is_false")]
    pub costly_own: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub traded: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsettled: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yields: Option<u8>,
    #[serde(skip_serializing_if = "is_false")]
    pub compromise: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub opening: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retreat: Option<(u8, u8)>,
    /// Added after saves held only `retreat`: an older save says it as new orders.
    #[serde(skip_serializing_if = "is_false")]
    pub retreat_linked: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taken_back: Option<u8>,
    /// Added after saves held only `taken_back`: an older save names one article.
    #[serde(skip_serializing_if = "no_articles")]
    pub taken_back_more: ArticleSet,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reopened: Option<u8>,
    #[serde(skip_serializing_if = "is_false")]
    pub stands_firm: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub held_back: bool,
    /// Added after saves said every cable home as the first.
    #[serde(skip_serializing_if = "is_false")]
    pub cables_again: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cable_news: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ultimatum_answer: Option<UltimatumAnswer>,
    #[serde(skip_serializing_if = "is_false")]
    pub last_word: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<SaidAction>,
    #[serde(skip_serializing_if = "is_false")]
    pub walks_out: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub with_mediator: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub kept_whole: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept_linked: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub makes_up: Option<(u8, ArticleSet)>,
    #[serde(skip_serializing_if = "is_false")]
    pub mediator_refused: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub not_yet: bool,
    /// Added after saves said a first proposal as a position restated.
    #[serde(skip_serializing_if = "is_false")]
    pub first_terms: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heeds_refusal: Option<u8>,
    /// Added after saves said nothing of a side still coming towards it.
    #[serde(skip_serializing_if = "is_false")]
    pub paced: bool,
}

/// The side action a remark mentions, with what its sentence names (an ultimatum's terms are
/// in the move itself; the sentence names only its date).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SaidAction {
    Press(u8),
    Cable(u8),
    Mediator,
    Ultimatum { by_session: u8 },
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn no_articles(set: &ArticleSet) -> bool {
    set.is_empty()
}

impl Reason {
    /// What the agent said, without its private numbers; `None` if it said nothing.
    pub fn remark(&self) -> Option<Remark> {
        Some(match *self {
            Reason::None => return None,
            Reason::Scripted(step) => Remark::Scripted(step),
            Reason::OffScript => Remark::OffScript,
            Reason::Aspiration {
                target,
                offered,
                accepted,
            } => Remark::Aspiration {
                target,
                offered,
                accepted,
            },
            Reason::Random => Remark::Random,
            Reason::Delegate(why) => Remark::Delegate(why.remark()),
            Reason::LastLook { accepted, phrasing } => Remark::LastLook { accepted, phrasing },
        })
    }
}

impl DelegateReason {
    pub fn remark(&self) -> DelegateRemark {
        DelegateRemark {
            phrasing: self.phrasing,
            offered: self.offered.is_some(),
            accepted: self.accepted,
            blocked_by: self.blocked_by,
            costly: self.costly,
            costly_own: self.costly_own,
            traded: self.traded,
            unsettled: self.unsettled,
            yields: self.yields,
            compromise: self.compromise,
            opening: self.opening,
            retreat: self.retreat,
            retreat_linked: self.retreat_linked,
            taken_back: self.taken_back,
            taken_back_more: self.taken_back_more,
            reopened: self.reopened,
            stands_firm: self.stands_firm,
            held_back: self.held_back,
            cables_again: self.cables_again,
            cable_news: self.cable_news,
            ultimatum_answer: self.ultimatum_answer,
            last_word: self.last_word,
            action: self.action.map(|action| match action {
                SideAction::Press(i) => SaidAction::Press(i),
                SideAction::CableHome(r) => SaidAction::Cable(r),
                SideAction::AskMediator => SaidAction::Mediator,
                SideAction::Ultimatum(u) => SaidAction::Ultimatum {
                    by_session: u.by_session,
                },
            }),
            walks_out: self.walks_out,
            with_mediator: self.with_mediator,
            kept_whole: self.kept_whole,
            kept_linked: self.kept_linked,
            makes_up: self.makes_up,
            mediator_refused: self.mediator_refused,
            not_yet: self.not_yet,
            first_terms: self.first_terms,
            paced: self.paced,
            heeds_refusal: self.heeds_refusal,
        }
    }
}

impl Remark {
    /// The remark as sentences in `lang`; `None` if there is nothing to say (a scripted step
    /// without a note).
    pub fn describe_in(&self, lang: Lang, scenario: &Scenario, side: Side) -> Option<String> {
        self.describe_to(lang, scenario, side, Hearer::Own)
    }

    /// [`Remark::describe_in`] as `hearer` hears it.
    pub fn describe_to(&self, lang: Lang, scenario: &Scenario, side: Side, hearer: Hearer) -> Option<String> {
        match self {
            // A scripted cable home is told in its note ("Komura cables that the talks must
            // fail"): across the table, where the cable is not seen, nothing is said.
            Remark::Scripted(step) => scenario
                .history
                .as_ref()
                .and_then(|h| h.script.get(*step as usize))
                .filter(|s| hearer == Hearer::Own || !matches!(s.turn.action, Some(SideAction::CableHome(_))))
                .map(|s| s.note.clone()),
            Remark::Delegate(said) => Some(super::words::say_to(lang, scenario, side, said, hearer)),
            Remark::OffScript => Reason::OffScript.describe_in(lang, scenario, side),
            Remark::Random => Reason::Random.describe_in(lang, scenario, side),
            Remark::Aspiration {
                target,
                offered,
                accepted,
            } => Reason::Aspiration {
                target: *target,
                offered: *offered,
                accepted: *accepted,
            }
            .describe_in(lang, scenario, side),
            Remark::LastLook { accepted, phrasing } => Reason::LastLook {
                accepted: *accepted,
                phrasing: *phrasing,
            }
            .describe_in(lang, scenario, side),
        }
    }

    /// Whether everything the remark of `side` names exists in `scenario` (its red lines
    /// and press lines are that side's own): a remark read from a file is checked before it
    /// is written out.
    pub fn fits(&self, scenario: &Scenario, side: Side) -> bool {
        match self {
            Remark::Scripted(step) => scenario
                .history
                .as_ref()
                .is_some_and(|h| (*step as usize) < h.script.len()),
            Remark::Aspiration { target, offered, .. } => target.is_finite() && offered.is_none_or(f32::is_finite),
            Remark::OffScript | Remark::Random => true,
            Remark::Delegate(said) => said.fits(scenario, side),
            Remark::LastLook { phrasing, .. } => *phrasing < 3,
        }
    }
}

impl DelegateRemark {
    fn fits(&self, scenario: &Scenario, side: Side) -> bool {
        let mandate = scenario.mandate(side);
        let article = |a: &u8| (*a as usize) < scenario.articles.len();
        let red_line = |r: &u8| mandate.red_line(*r as usize).is_some();
        let articles = [
            self.costly,
            self.unsettled,
            self.yields,
            self.taken_back,
            self.reopened,
            self.heeds_refusal,
        ];
        let heard =
            |e: &u8| (*e as usize) < scenario.public.events.len() && !scenario.event_title(*e as usize).is_empty();
        articles.iter().flatten().all(article)
            && self.cable_news.iter().all(heard)
            && self.taken_back_more.iter().all(|a| a < scenario.articles.len())
            && (self.taken_back_more.is_empty() || self.taken_back.is_some())
            && self.blocked_by.iter().all(red_line)
            && self.retreat.iter().all(|(a, r)| article(a) && red_line(r))
            && self
                .makes_up
                .iter()
                .all(|(a, reopened)| article(a) && !reopened.is_empty() && reopened.iter().all(|r| article(&(r as u8))))
            && self.action.iter().all(|action| match action {
                SaidAction::Press(i) => mandate.press_line(*i as usize).is_some(),
                SaidAction::Cable(r) => red_line(r),
                SaidAction::Mediator => true,
                SaidAction::Ultimatum { by_session } => (*by_session as usize) < scenario.sessions.len(),
            })
    }
}
