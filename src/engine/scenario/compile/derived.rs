//! The tables the engine reads on every move, derived once from the checked parts.

use super::Parts;
use crate::engine::moves::MAX_ARTICLES;
use crate::engine::scenario::model::*;
use crate::engine::side::Side;
use crate::engine::space::OutcomeSpace;

/// The scenario from its parts, with every derived table filled in and empty caches.
pub(super) fn assemble(parts: Parts, space: OutcomeSpace) -> Scenario {
    let events_due = (0..parts.sessions.len())
        .map(|s| {
            parts
                .events
                .iter()
                .enumerate()
                .filter(|(i, e)| e.not_before <= s && !parts.mediator.pressure.iter().any(|&(_, p)| p as usize == *i))
                .fold(0u128, |due, (i, _)| due | (1 << i))
        })
        .collect();
    let mut conditional_red_lines = [Vec::new(), Vec::new()];
    for (r, red_line) in parts.red_lines.iter().enumerate() {
        if red_line.unless.is_some() {
            conditional_red_lines[red_line.side.index()].push(r);
        }
    }
    let exchanges_before = std::iter::once(0)
        .chain(parts.sessions.iter().scan(0, |sum, s| {
            *sum += s.exchanges as usize;
            Some(*sum)
        }))
        .collect();
    let mut option_masks = [0; MAX_ARTICLES];
    let mut assumed_before_tabling = [[0; MAX_ARTICLES]; 2];
    for (a, article) in parts.articles.iter().enumerate() {
        option_masks[a] = (1 << article.options.len()) - 1;
        for side in Side::BOTH {
            let assumed = match article.unresolved {
                Unresolved::Becomes(o) => o,
                Unresolved::BlocksTreaty => (0..article.options.len() as u8)
                    .max_by_key(|&o| (space.points(side, a, o), std::cmp::Reverse(o)))
                    .unwrap_or(0),
            };
            assumed_before_tabling[side.index()][a] = 1 << assumed;
        }
    }
    Scenario {
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
        red_lines: parts.red_lines,
        press: parts.press,
        events: parts.events,
        events_due,
        outcomes: parts.outcomes,
        history: None,
        difficulties: parts.difficulties,
        space,
        frontiers: FrontierCache::default(),
        option_masks,
        conditional_red_lines,
        exchanges_before,
        assumed_before_tabling,
    }
}
