//! Turns written with ids (scenario scripts, saves) resolved against a scenario, and turns
//! described back in ids: the one place where the move vocabulary meets the scenario model.

use super::{Scenario, UnknownId};
use crate::engine::play::moves::{
    ActionSpec, ArticleSet, Proposal, ReplySpec, Response, SideAction, Terms, Turn, TurnSpec, Ultimatum, UltimatumSpec,
};
use crate::engine::play::side::Side;
use crate::i18n::Message;
use crate::msg;
use std::collections::BTreeMap;

/// Why a turn in its readable form does not fit the scenario.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TurnSpecError {
    #[error(transparent)]
    Unknown(#[from] UnknownId),
    #[error("article `{article}` appears in two packages")]
    InTwoPackages { article: String },
    #[error("sessions are numbered from 1")]
    SessionZero,
}

impl TurnSpecError {
    /// The error in no language yet.
    pub fn words(&self) -> Message {
        match self {
            TurnSpecError::Unknown(e) => e.words(),
            TurnSpecError::InTwoPackages { article } => msg!("check-save-in-two-packages", article = article),
            TurnSpecError::SessionZero => msg!("check-save-session-zero"),
        }
    }
}

impl TurnSpec {
    /// Resolves ids against the scenario. Errors name the id that is unknown.
    pub fn compile(&self, scenario: &Scenario, side: Side) -> Result<Turn, TurnSpecError> {
        let reply = |spec: &ReplySpec| -> Result<Response, UnknownId> {
            let set = |ids: &[String]| -> Result<ArticleSet, UnknownId> {
                let mut set = ArticleSet::EMPTY;
                for id in ids {
                    set.insert(scenario.article_index(id)?);
                }
                Ok(set)
            };
            Ok(Response {
                accept: set(&spec.accept)?,
                reject: set(&spec.reject)?,
                set_aside: set(&spec.set_aside)?,
            })
        };
        let terms = |map: &BTreeMap<String, String>| -> Result<Terms, UnknownId> {
            let mut terms = Terms::EMPTY;
            for (article, option) in map {
                let a = scenario.article_index(article)?;
                terms.set(a, scenario.option_index(a, option)?);
            }
            Ok(terms)
        };
        let propose = match &self.propose {
            None => None,
            Some(packages) => {
                let mut p = Proposal::default();
                for package in packages {
                    let package: Vec<(usize, u8)> = terms(package)?.iter().collect();
                    if let Some(&(a, _)) = package.iter().find(|(a, _)| p.terms.get(*a).is_some()) {
                        return Err(TurnSpecError::InTwoPackages {
                            article: scenario.articles[a].id.clone(),
                        });
                    }
                    p.add_package(&package);
                }
                Some(p)
            }
        };
        let action = match &self.action {
            None => None,
            Some(ActionSpec::Press(id)) => Some(SideAction::Press(scenario.press_index(side, id)?)),
            Some(ActionSpec::CableHome(id)) => Some(SideAction::CableHome(scenario.red_line_index(side, id)?)),
            Some(ActionSpec::AskMediator) => Some(SideAction::AskMediator),
            Some(ActionSpec::Ultimatum(u)) => {
                if u.by_session == 0 {
                    return Err(TurnSpecError::SessionZero);
                }
                Some(SideAction::Ultimatum(Ultimatum {
                    terms: terms(&u.terms)?,
                    by_session: u.by_session - 1,
                }))
            }
        };
        Ok(Turn {
            reply: self.reply.as_ref().map(reply).transpose()?,
            mediator_reply: self.mediator_reply.as_ref().map(reply).transpose()?,
            propose,
            action,
            break_off: self.break_off,
        })
    }

    /// The readable form of a compact turn.
    pub fn describe(turn: &Turn, scenario: &Scenario) -> TurnSpec {
        let ids = |set: ArticleSet| -> Vec<String> { set.iter().map(|a| scenario.articles[a].id.clone()).collect() };
        let reply = |r: &Response| ReplySpec {
            accept: ids(r.accept),
            reject: ids(r.reject),
            set_aside: ids(r.set_aside),
        };
        let terms = |t: &Terms| -> BTreeMap<String, String> {
            t.iter()
                .map(|(a, o)| {
                    let article = &scenario.articles[a];
                    (article.id.clone(), article.options[o as usize].id.clone())
                })
                .collect()
        };
        TurnSpec {
            reply: turn.reply.as_ref().map(reply),
            mediator_reply: turn.mediator_reply.as_ref().map(reply),
            propose: turn
                .propose
                .as_ref()
                .map(|p| p.packages().map(|pkg| terms(&p.terms_of(pkg))).collect()),
            action: turn.action.map(|action| match action {
                SideAction::Press(i) => ActionSpec::Press(scenario.press_line(i as usize).id.clone()),
                SideAction::CableHome(i) => ActionSpec::CableHome(scenario.red_line(i as usize).id.clone()),
                SideAction::AskMediator => ActionSpec::AskMediator,
                SideAction::Ultimatum(u) => ActionSpec::Ultimatum(UltimatumSpec {
                    terms: terms(&u.terms),
                    by_session: u.by_session + 1,
                }),
            }),
            break_off: turn.break_off,
        }
    }
}
