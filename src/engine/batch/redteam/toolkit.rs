//! What every scripted strategy shares: finding treaties by own utility, answering offers
//! against a threshold, tabling terms, and making sure the turn is legal before playing it.
//! All of it reads the `SideView` only.

use crate::engine::agents::{Decision, Reason};
use crate::engine::analysis::space::Sorted;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Response, SideAction, Terms, Turn};
use crate::engine::play::view::SideView;
use std::cell::Cell;
use std::sync::Arc;

/// Treaties by own utility under the current instructions, cached while they hold.
#[derive(Default)]
pub struct Planner {
    standing: Option<Standing>,
}

struct Standing {
    masks: [OptionSet; MAX_ARTICLES],
    red_lines: u64,
    best: Option<Terms>,
    table: Option<Arc<Sorted>>,
    /// Recent searches: target points and the treaty found.
    found: Vec<(i32, Terms)>,
}

impl Planner {
    pub fn reset(&mut self) {
        if let Some(s) = &mut self.standing {
            s.found.clear();
        }
    }

    fn refresh(&mut self, view: &SideView<'_>, masks: [OptionSet; MAX_ARTICLES]) -> &mut Standing {
        let red_lines = view.own_red_lines();
        let stale = self
            .standing
            .as_ref()
            .is_none_or(|s| s.masks != masks || s.red_lines != red_lines);
        if stale {
            let keep = keeper(view);
            let table = view.restricted_table(&masks);
            let best = match view.best_allowed(&masks) {
                Some(t) if keep(&t) => Some(t),
                Some(_) => search(view, table.as_deref(), &masks, i32::MAX, &keep),
                None => None,
            };
            self.standing = Some(Standing {
                masks,
                red_lines,
                best,
                table,
                found: Vec::new(),
            });
        }
        self.standing.as_mut().expect("set above")
    }

    /// The best treaty the instructions allow, over the view's search masks.
    pub fn best(&mut self, view: &SideView<'_>) -> Option<Terms> {
        self.best_within(view, view.search_masks())
    }

    pub fn best_within(&mut self, view: &SideView<'_>, masks: [OptionSet; MAX_ARTICLES]) -> Option<Terms> {
        self.refresh(view, masks).best
    }

    /// The utility a fraction `f` of the way from the reservation value (0) to the best
    /// allowed treaty (1) stands for now.
    pub fn level(&mut self, view: &SideView<'_>, f: f64) -> f64 {
        let reservation = view.reservation();
        match self.best(view) {
            Some(best) => {
                let top = view.utility(&best);
                reservation + f * (top - reservation).max(0.0)
            }
            None => reservation,
        }
    }

    /// The treaty worth least to this side at or above `utility` (else the best below it).
    pub fn plan_at(&mut self, view: &SideView<'_>, utility: f64) -> Option<Terms> {
        self.plan_within(view, view.search_masks(), utility)
    }

    pub fn plan_within(
        &mut self,
        view: &SideView<'_>,
        masks: [OptionSet; MAX_ARTICLES],
        utility: f64,
    ) -> Option<Terms> {
        let target = view.points_of_utility(utility).ceil() as i32;
        let standing = self.refresh(view, masks);
        standing.best?;
        if let Some(&(_, terms)) = standing.found.iter().find(|(t, _)| *t == target) {
            return Some(terms);
        }
        let keep = keeper(view);
        let found = search(view, standing.table.as_deref(), &standing.masks, target, &keep).or(standing.best)?;
        if standing.found.len() >= 16 {
            standing.found.remove(0);
        }
        standing.found.push((target, found));
        Some(found)
    }
}

impl Planner {
    /// Of the treaties worth at least `utility` to this side, the one that scores most by
    /// `score`: one pass over the band at or above the target (the search visits it first,
    /// lowest first, and stops once below it).
    pub fn plan_liked_by(&mut self, view: &SideView<'_>, utility: f64, score: impl Fn(&Terms) -> i32) -> Option<Terms> {
        let target = view.points_of_utility(utility).ceil() as i32;
        let floor = self.plan_at(view, utility)?;
        let standing = self.standing.as_ref().expect("set by plan_at");
        let keep = keeper(view);
        let liked: Cell<Option<(i32, Terms)>> = Cell::new(None);
        search(
            view,
            standing.table.as_deref(),
            &standing.masks,
            target,
            &|t: &Terms| {
                if view.valuation().total(t) < target {
                    return true;
                }
                if keep(t) {
                    let s = score(t);
                    if liked.get().is_none_or(|(best, _)| s > best) {
                        liked.set(Some((s, *t)));
                    }
                }
                false
            },
        );
        Some(liked.get().map_or(floor, |(_, t)| t))
    }
}

/// Conditional red lines, where the side has any (the outright ones are in the masks).
pub fn keeper<'v>(view: &'v SideView<'_>) -> impl Fn(&Terms) -> bool + 'v {
    let conditional = view.has_conditional_red_lines();
    move |t: &Terms| !conditional || view.conditional_ok(t)
}

fn search(
    view: &SideView<'_>,
    table: Option<&Sorted>,
    masks: &[OptionSet; MAX_ARTICLES],
    target: i32,
    keep: &impl Fn(&Terms) -> bool,
) -> Option<Terms> {
    match table {
        Some(table) => view.search_table(table, target, keep),
        None => view.at_or_above_where(target, masks, keep),
    }
}

/// Search masks in which agreed articles on the table are open again (for reopening them).
pub fn reopened_masks(view: &SideView<'_>) -> [OptionSet; MAX_ARTICLES] {
    let mut masks = view.search_masks();
    let tabled = view.tabled();
    for (a, article) in view.public().articles.iter().enumerate() {
        if tabled.contains(a) && view.agreed_terms().get(a).is_some() {
            let all: OptionSet = ((1u32 << article.options.len()) - 1) as OptionSet;
            masks[a] = all & !view.forbidden(a);
        }
    }
    masks
}

/// The treaty the talks would give this side if they ended with `accepted` agreed on top
/// of what is: open articles settle as the scenario says, and an open article that blocks
/// a treaty leaves the side with its reservation value.
pub fn final_value(view: &SideView<'_>, accepted: &Terms) -> f64 {
    view.public()
        .treaty_if_ended(&view.agreed_terms().overlaid(accepted))
        .map_or_else(|| view.reservation(), |terms| view.utility(&terms))
}

/// Answers to the other side's and the mediator's proposals.
#[derive(Default)]
pub struct Answers {
    pub reply: Option<Response>,
    pub mediator_reply: Option<Response>,
    /// Terms accepted this turn (the mediator's count once both sides have taken them).
    pub accepted: Terms,
    /// Articles this turn's answers may settle: not to be proposed again in the same turn.
    pub settled: ArticleSet,
}

/// Accepts the packages that keep the treaty, with the rest as `plan` has it, at or above
/// `threshold`. On its last turn the side takes whatever beats ending without them.
pub fn answer(view: &SideView<'_>, plan: &Terms, threshold: f64) -> Answers {
    let last_turn = view.turns_left(view.side()) <= 1;
    let mut answers = Answers::default();
    let mut current = final_value(view, &Terms::EMPTY);
    let mut take = |terms: &Terms, answers: &Answers| -> bool {
        let trial = answers.accepted.overlaid(terms);
        if !view.may_agree(&trial) {
            return false;
        }
        if last_turn {
            let value = final_value(view, &trial);
            if value >= current && value >= view.reservation() {
                current = value;
                return true;
            }
            false
        } else {
            let value = view.utility(&plan.overlaid(&view.agreed_terms()).overlaid(&trial));
            value >= threshold
        }
    };
    let offer = view.opponent_proposal();
    if !offer.is_empty() {
        let mut accept = ArticleSet::EMPTY;
        for package in offer.packages() {
            let terms = offer.terms_of(package);
            if take(&terms, &answers) {
                accept = accept.union(package);
                answers.accepted = answers.accepted.overlaid(&terms);
            }
        }
        answers.reply = Some(Response {
            accept,
            reject: offer.terms.articles().minus(accept),
            set_aside: ArticleSet::EMPTY,
        });
        answers.settled = accept;
    }
    let mediator = view.mediator_proposal();
    if !mediator.is_empty() {
        let mut accept = ArticleSet::EMPTY;
        let mut reject = ArticleSet::EMPTY;
        for package in mediator.packages().filter(|p| p.intersect(answers.settled).is_empty()) {
            let terms = mediator.terms_of(package);
            if take(&terms, &answers) {
                accept = accept.union(package);
                answers.accepted = answers.accepted.overlaid(&terms);
            } else {
                reject = reject.union(package);
            }
        }
        if !accept.union(reject).is_empty() {
            answers.mediator_reply = Some(Response {
                accept,
                reject,
                set_aside: ArticleSet::EMPTY,
            });
        }
        answers.settled = answers.settled.union(accept);
    }
    answers
}

/// How proposed terms are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// One package: all or nothing.
    Linked,
    /// Every article its own package.
    Separate,
}

/// `plan`'s terms for the articles in `articles` that may be proposed now, not settled by
/// this turn's answers and not already agreed as planned.
pub fn table(
    view: &SideView<'_>,
    plan: &Terms,
    articles: ArticleSet,
    settled: ArticleSet,
    grouping: Grouping,
) -> Option<Proposal> {
    let agreed = view.agreed_terms();
    let mut terms = Terms::EMPTY;
    for a in articles.intersect(view.tabled()).minus(settled).iter() {
        if let Some(o) = plan.get(a)
            && agreed.get(a) != Some(o)
        {
            terms.set(a, o);
        }
    }
    if terms.is_empty() {
        return None;
    }
    Some(match grouping {
        Grouping::Linked => Proposal::linked(terms),
        Grouping::Separate => Proposal::separate(terms),
    })
}

/// The turn as the rules will take it: if they refuse it, the same without its side
/// action, then without its proposal (or with it linked), then the answers alone, then a pass.
pub fn legal(view: &SideView<'_>, turn: Turn) -> Decision {
    let mut candidates = vec![turn];
    let without_action = Turn { action: None, ..turn };
    candidates.push(without_action);
    if let Some(p) = turn.propose {
        candidates.push(Turn {
            propose: Some(Proposal::linked(p.terms)),
            ..without_action
        });
    }
    candidates.push(Turn {
        propose: None,
        ..without_action
    });
    candidates.push(Turn {
        propose: None,
        mediator_reply: None,
        ..without_action
    });
    let chosen = candidates
        .into_iter()
        .find(|t| view.check(t).is_ok())
        .unwrap_or(Turn::PASS);
    Decision::new(chosen, Reason::None)
}

/// An ultimatum on `plan`'s terms for the negotiable articles, due by `by_session`.
pub fn ultimatum(view: &SideView<'_>, plan: &Terms, by_session: usize) -> Option<SideAction> {
    let mut terms = Terms::EMPTY;
    for a in view.negotiable().iter() {
        if let Some(o) = plan.get(a) {
            terms.set(a, o);
        }
    }
    let last = view.public().sessions.len().checked_sub(1)?;
    let by_session = by_session.clamp(view.session(), last);
    (!terms.is_empty()).then_some(SideAction::Ultimatum(crate::engine::play::moves::Ultimatum {
        terms,
        by_session: by_session as u8,
    }))
}
