//! The mediator: his compromise proposals and the pressure he may bring on a capital.

use super::{Compiler, Context};
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::msg;

impl<'a> Compiler<'a> {
    pub(super) fn mediator(&mut self) -> Mediator {
        let f = &self.file.mediator;
        if f.proposals.len() > MAX_MEDIATOR_PROPOSALS {
            self.error(
                f.proposals.span,
                "too-many",
                msg!(
                    "check-scenario-too-many-proposals",
                    count = f.proposals.len(),
                    most = MAX_MEDIATOR_PROPOSALS
                ),
                msg!("check-scenario-too-many-events-help"),
            );
        }
        let mut proposals = Vec::new();
        for p in f.proposals.iter() {
            let terms = self.terms(&p.terms).unwrap_or_default();
            if p.terms.is_empty() {
                self.error(
                    p.terms.span,
                    "empty-proposal",
                    msg!("check-scenario-empty-proposal", proposal = p.id.as_str()),
                    msg!("check-scenario-empty-proposal-help"),
                );
            }
            let available = self.optional_condition(&p.available, Context::Talks);
            proposals.push(MediatorProposal {
                id: p.id.value.clone(),
                title: p.title.clone(),
                text: p.text.clone(),
                terms,
                available,
                source: p.source.as_ref().map(|s| s.value.clone()),
            });
        }
        let mut pressure = Vec::new();
        for p in &f.pressure {
            if let Some(e) = self.event(&p.event) {
                pressure.push((p.on, e));
            }
        }
        Mediator {
            name: f.name.clone(),
            title: f.title.clone(),
            country: f.country.clone(),
            seat: f.seat.clone(),
            proposals,
            pressure,
            last_look: f.last_look,
        }
    }
}
