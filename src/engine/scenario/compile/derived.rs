//! The compiled scenario from its checked parts: the public part, and one mandate per side;
//! `Scenario::new` hands each side its own and derives the tables the engine reads.

use super::Parts;
use crate::engine::analysis::space::OutcomeSpace;
use crate::engine::scenario::model::*;

/// The scenario from its parts, with every derived table filled in and empty caches.
pub(super) fn assemble(parts: Parts, space: OutcomeSpace) -> Scenario {
    let public = PublicScenario {
        id: parts.id,
        title: parts.title,
        description: parts.description,
        author: parts.author,
        file: parts.file,
        digest: parts.digest,
        sources: parts.sources,
        parties: parts.parties,
        mediator: parts.mediator,
        sessions: parts.sessions,
        articles: parts.articles,
        meters: parts.meters,
        events: parts.events,
        outcomes: parts.outcomes,
        history: None,
        treaty_form: Default::default(),
        difficulties: parts.difficulties,
        glossary: parts.glossary,
    };
    Scenario::new(public, parts.mandates, parts.red_lines, parts.press, space)
}
