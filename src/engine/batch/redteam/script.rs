//! The scripted strategies of the red team, each a fixed plan with a few parameters. They
//! decide from the `SideView` alone, except the oracle, which is also told the delegate's
//! valuation and walk-away (see `oracle`).

use super::oracle::Oracle;
use super::toolkit::{self, Grouping, Planner, keeper};
use crate::engine::agents::{Agent, Decision, beliefs};
use crate::engine::analysis::space::PointTable;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Terms, Turn};
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::scenario::Unresolved;

/// A family of scripts and its parameters. Fractions (`hold`, `accept`, ...) run from the
/// side's reservation value (0) to its best allowed treaty (1); sessions counted `from_end`
/// are the last ones (1: the last session only).
#[derive(Clone, Debug, PartialEq)]
pub enum Strategy {
    /// Tables the treaty at `hold` until `from_end` sessions are left, then at `drop`
    /// (`from_end` 0: holds to the end); each article its own package if `separate`.
    HoldThenDrop {
        hold: f64,
        from_end: usize,
        drop: f64,
        separate: bool,
    },
    /// As a hold to the end at `hold`, but of the treaties worth that much to it, tables the
    /// one the other side's public priors (the scenario's public reading of what matters to
    /// it) say it likes best: a player who has read the briefing's public part.
    InformedHold { hold: f64, separate: bool },
    /// Tables its best treaty every turn, each article its own package if `separate`;
    /// accepts what reaches `accept`.
    Hardheaded { accept: f64, separate: bool },
    /// Starts at its best and gives up `step` of the way on each of its turns, down to `floor`.
    Salami { step: f64, floor: f64 },
    /// From session `session` (0-based), once the other side has tabled terms, issues an
    /// ultimatum due `grace` sessions later: their terms (or as near as its instructions
    /// allow), except on the `insist` articles that matter most to it, where it demands its
    /// favourite. Holds those terms.
    UltimatumBluff {
        insist: usize,
        session: usize,
        grace: usize,
    },
    /// Agrees to anything reaching `accept`; from `from_end` sessions before the end,
    /// reopens agreed articles and tables the treaty at `reopen`.
    AgreeThenReopen { accept: f64, from_end: usize, reopen: f64 },
    /// Tables only the articles it must (each as its own package) at `aim`, and stalls on
    /// the rest so that they settle by default: on every article whose default is its
    /// favourite, or (`all_defaults`) on every article that has a default.
    CherryPick { aim: f64, all_defaults: bool },
    /// Alternates its best treaty with the treaty at `low`; accepts what reaches `accept`.
    AlternatingExtremes { low: f64, accept: f64 },
    /// Knows the delegate's walk-away: tables its best treaty leaving the delegate `margin`
    /// above it, and holds it.
    Oracle { margin: f64 },
}

impl Strategy {
    /// The family's name, as the CSV gives it.
    pub fn family(&self) -> &'static str {
        match self {
            Strategy::HoldThenDrop { .. } => "hold_then_drop",
            Strategy::InformedHold { .. } => "informed_hold",
            Strategy::Hardheaded { .. } => "hardheaded",
            Strategy::Salami { .. } => "salami",
            Strategy::UltimatumBluff { .. } => "ultimatum_bluff",
            Strategy::AgreeThenReopen { .. } => "agree_then_reopen",
            Strategy::CherryPick { .. } => "cherry_pick",
            Strategy::AlternatingExtremes { .. } => "alternating_extremes",
            Strategy::Oracle { .. } => "oracle",
        }
    }

    /// The parameters, `name=value` separated by spaces (no commas: one CSV field).
    pub fn params(&self) -> String {
        match *self {
            Strategy::HoldThenDrop {
                hold,
                from_end,
                drop,
                separate,
            } => format!(
                "hold={hold:.2} from_end={from_end} drop={drop:.2} {}",
                grouping(separate)
            ),
            Strategy::InformedHold { hold, separate } => format!("hold={hold:.2} {}", grouping(separate)),
            Strategy::Hardheaded { accept, separate } => format!("accept={accept:.2} {}", grouping(separate)),
            Strategy::Salami { step, floor } => format!("step={step:.2} floor={floor:.2}"),
            Strategy::UltimatumBluff { insist, session, grace } => {
                format!("insist={insist} session={} grace={grace}", session + 1)
            }
            Strategy::AgreeThenReopen {
                accept,
                from_end,
                reopen,
            } => format!("accept={accept:.2} from_end={from_end} reopen={reopen:.2}"),
            Strategy::CherryPick { aim, all_defaults } => {
                format!(
                    "aim={aim:.2} stall={}",
                    if all_defaults {
                        "all_defaults"
                    } else {
                        "favourite_defaults"
                    }
                )
            }
            Strategy::AlternatingExtremes { low, accept } => format!("low={low:.2} accept={accept:.2}"),
            Strategy::Oracle { margin } => format!("margin={margin:.2}"),
        }
    }
}

fn grouping(separate: bool) -> &'static str {
    if separate { "separate" } else { "linked" }
}

fn grouped(separate: bool) -> Grouping {
    if separate { Grouping::Separate } else { Grouping::Linked }
}

/// A strategy playing one seat.
pub struct Script {
    strategy: Strategy,
    planner: Planner,
    /// A second planner for searches under other masks (reopened articles, stalled ones),
    /// so the two caches do not evict each other.
    other_planner: Planner,
    ultimatum_issued: bool,
    /// The other side's believed points from the public priors, read at its first turn.
    believed: Option<PointTable>,
    /// The informed plan: masks, target points and the treaty found.
    informed: Option<([OptionSet; MAX_ARTICLES], i32, Terms)>,
    oracle: Option<Oracle>,
}

impl Script {
    /// A script; the oracle family needs its `Oracle` (else it plays its best treaty).
    pub fn new(strategy: Strategy, oracle: Option<Oracle>) -> Script {
        Script {
            strategy,
            planner: Planner::default(),
            other_planner: Planner::default(),
            ultimatum_issued: false,
            believed: None,
            informed: None,
            oracle,
        }
    }
}

/// What a strategy wants this turn; the shared machinery turns it into a legal turn.
struct Intent {
    plan: Terms,
    threshold: f64,
    grouping: Grouping,
    /// The articles it would table (those not on the table now are skipped).
    articles: ArticleSet,
    ultimatum_by: Option<usize>,
}

/// Whether the talks are in their last `from_end` sessions.
fn late(view: &SideView<'_>, from_end: usize) -> bool {
    view.session() + from_end >= view.public().sessions.len()
}

impl Script {
    fn intent(&mut self, view: &SideView<'_>) -> Option<Intent> {
        let negotiable = view.negotiable();
        let simple = |planner: &mut Planner, aim: f64, accept: f64, grouping: Grouping| -> Option<Intent> {
            let level = planner.level(view, aim);
            let plan = planner.plan_at(view, level)?;
            Some(Intent {
                plan,
                threshold: planner.level(view, accept),
                grouping,
                articles: negotiable,
                ultimatum_by: None,
            })
        };
        match self.strategy {
            Strategy::HoldThenDrop {
                hold,
                from_end,
                drop,
                separate,
            } => {
                let f = if from_end > 0 && late(view, from_end) {
                    drop
                } else {
                    hold
                };
                simple(&mut self.planner, f, f, grouped(separate))
            }
            Strategy::InformedHold { hold, separate } => {
                let level = self.planner.level(view, hold);
                let believed = *self
                    .believed
                    .get_or_insert_with(|| beliefs::believed_points(view.public(), view.record(), view.side().other()));
                let masks = view.search_masks();
                let target = view.points_of_utility(level).ceil() as i32;
                let plan = match self.informed {
                    Some((m, t, plan)) if m == masks && t == target => plan,
                    _ => {
                        let plan = self
                            .planner
                            .plan_liked_by(view, level, |t| t.iter().map(|(a, o)| believed[a][o as usize]).sum())?;
                        self.informed = Some((masks, target, plan));
                        plan
                    }
                };
                Some(Intent {
                    plan,
                    threshold: level,
                    grouping: grouped(separate),
                    articles: negotiable,
                    ultimatum_by: None,
                })
            }
            Strategy::Hardheaded { accept, separate } => simple(&mut self.planner, 1.0, accept, grouped(separate)),
            Strategy::Salami { step, floor } => {
                let done = view.turn_progress().0 as f64;
                let f = (1.0 - step * done).max(floor);
                simple(&mut self.planner, f, f, Grouping::Linked)
            }
            Strategy::AlternatingExtremes { low, accept } => {
                let f = if view.turn_progress().0.is_multiple_of(2) {
                    1.0
                } else {
                    low
                };
                simple(&mut self.planner, f, accept, Grouping::Linked)
            }
            Strategy::UltimatumBluff { insist, session, grace } => {
                let best = self.planner.best(view)?;
                let (raw, insisted) = bluff_terms(view, &best, insist);
                let plan = if keeper(view)(&raw) {
                    raw
                } else {
                    // The nearest treaty at or above it that the conditional red lines allow,
                    // still insisting where it insists.
                    let mut masks = view.search_masks();
                    for &a in &insisted {
                        if let Some(o) = best.get(a) {
                            masks[a] = 1 << o;
                        }
                    }
                    self.other_planner
                        .plan_within(view, masks, view.utility(&raw))
                        .unwrap_or(best)
                };
                // Once their terms are on the table, so that the demand can be built on them.
                let issue = !self.ultimatum_issued
                    && view.session() >= session
                    && view.own_ultimatum().is_none()
                    && !view.opponent_proposal().is_empty();
                Some(Intent {
                    plan,
                    threshold: view.utility(&plan),
                    grouping: Grouping::Linked,
                    articles: negotiable,
                    ultimatum_by: issue.then_some(view.session() + grace),
                })
            }
            Strategy::AgreeThenReopen {
                accept,
                from_end,
                reopen,
            } => {
                if !late(view, from_end) {
                    return simple(&mut self.planner, accept, accept, Grouping::Linked);
                }
                let masks = toolkit::reopened_masks(view);
                let planner = &mut self.other_planner;
                let best = planner.best_within(view, masks)?;
                let reservation = view.reservation();
                let level = reservation + reopen * (view.utility(&best) - reservation).max(0.0);
                let plan = planner.plan_within(view, masks, level)?;
                Some(Intent {
                    plan,
                    threshold: level,
                    grouping: Grouping::Separate,
                    articles: view.tabled(),
                    ultimatum_by: None,
                })
            }
            Strategy::CherryPick { aim, all_defaults } => {
                let (masks, stalled) = stalled_masks(view, all_defaults);
                let planner = &mut self.other_planner;
                let best = planner.best_within(view, masks)?;
                let reservation = view.reservation();
                let level = reservation + aim * (view.utility(&best) - reservation).max(0.0);
                let plan = planner.plan_within(view, masks, level)?;
                Some(Intent {
                    plan,
                    threshold: level,
                    grouping: Grouping::Separate,
                    articles: negotiable.minus(stalled),
                    ultimatum_by: None,
                })
            }
            Strategy::Oracle { .. } => {
                let oracle = self.oracle.as_mut()?;
                let plan = oracle.plan(view)?;
                Some(Intent {
                    plan,
                    threshold: view.utility(&plan),
                    grouping: Grouping::Linked,
                    articles: negotiable,
                    ultimatum_by: None,
                })
            }
        }
    }
}

/// The other side's standing offer where the instructions allow it, except on the `insist`
/// open articles whose options differ most in own points (returned), where `best` stands.
/// Conditional red lines are not checked here.
fn bluff_terms(view: &SideView<'_>, best: &Terms, insist: usize) -> (Terms, Vec<usize>) {
    let masks = view.search_masks();
    let spread = |a: usize| {
        let points = (0..view.public().articles[a].options.len() as u8)
            .filter(|&o| masks[a] & (1 << o) != 0)
            .map(|o| view.own_points(a, o));
        points.clone().max().unwrap_or(0) - points.min().unwrap_or(0)
    };
    let mut open: Vec<usize> = view.negotiable().iter().collect();
    open.sort_by_key(|&a| std::cmp::Reverse(spread(a)));
    let offer = view.opponent_proposal();
    let mut plan = *best;
    for &a in open.iter().skip(insist) {
        let Some(offered) = offer.terms.get(a) else {
            continue;
        };
        // Their option, or as near to it as the instructions allow: the allowed option
        // worth least to this side.
        let option = if masks[a] & (1 << offered) != 0 {
            Some(offered)
        } else {
            (0..view.public().articles[a].options.len() as u8)
                .filter(|&o| masks[a] & (1 << o) != 0)
                .min_by_key(|&o| view.own_points(a, o))
        };
        if let Some(o) = option {
            plan.set(a, o);
        }
    }
    (plan, open.iter().take(insist).copied().collect())
}

/// The search masks with every article the script stalls on fixed at its default, and
/// those articles.
fn stalled_masks(view: &SideView<'_>, all_defaults: bool) -> ([OptionSet; MAX_ARTICLES], ArticleSet) {
    let mut masks = view.search_masks();
    let mut stalled = ArticleSet::EMPTY;
    let agreed = view.agreed_terms();
    for (a, article) in view.public().articles.iter().enumerate() {
        let Unresolved::Becomes(default) = article.unresolved else {
            continue;
        };
        if agreed.get(a).is_some() || masks[a] & (1 << default) == 0 {
            continue;
        }
        let favourite = (0..article.options.len() as u8)
            .filter(|&o| masks[a] & (1 << o) != 0)
            .map(|o| view.own_points(a, o))
            .max()
            .unwrap_or(i32::MIN);
        if all_defaults || view.own_points(a, default) >= favourite {
            masks[a] = 1 << default;
            stalled.insert(a);
        }
    }
    (masks, stalled)
}

impl Agent for Script {
    fn name(&self) -> &'static str {
        self.strategy.family()
    }

    fn reset(&mut self, _seed: u64, _side: Side) {
        self.planner.reset();
        self.other_planner.reset();
        self.ultimatum_issued = false;
        self.believed = None;
        self.informed = None;
        if let Some(oracle) = &mut self.oracle {
            oracle.reset();
        }
    }

    fn decide(&mut self, view: &SideView<'_>) -> Decision {
        if let Some(answer) = crate::engine::agents::answer_last_look(view) {
            return answer;
        }
        let Some(intent) = self.intent(view) else {
            // Nothing the instructions allow: answer only on the last turn, as any side would.
            let answers = toolkit::answer(view, &Terms::EMPTY, f64::INFINITY);
            let turn = Turn {
                reply: answers.reply,
                mediator_reply: answers.mediator_reply,
                ..Turn::PASS
            };
            return toolkit::legal(view, turn);
        };
        let answers = toolkit::answer(view, &intent.plan, intent.threshold);
        let propose = toolkit::table(view, &intent.plan, intent.articles, answers.settled, intent.grouping);
        let action = intent
            .ultimatum_by
            .and_then(|by| toolkit::ultimatum(view, &intent.plan, by));
        let turn = Turn {
            reply: answers.reply,
            mediator_reply: answers.mediator_reply,
            propose,
            action,
            break_off: false,
        };
        let decision = toolkit::legal(view, turn);
        if decision.turn.action.is_some() {
            self.ultimatum_issued = true;
        }
        decision
    }
}
