//! The mediator's own compromise when no scripted proposal applies: the Nash bargaining
//! point over what is still open, within both delegations' current instructions.
//!
//! He reads both sides' valuations from the scenario. (A mediator who has to infer them
//! from the talks is the computer-counterpart issue's work.)

use super::analysis::{frontier, utilities};
use super::condition::OptionSet;
use super::mandate;
use super::moves::{MAX_ARTICLES, Proposal, Terms};
use super::scenario::Scenario;
use super::side::Side;
use super::state::{State, Status};

/// One linked package of terms for the open, tabled articles; `None` if no compromise
/// leaves both sides better off than breaking off.
pub fn compromise(scenario: &Scenario, state: &State, japan_no_treaty: f64, russia_no_treaty: f64) -> Option<Proposal> {
    let space = &scenario.space;
    let tabled = scenario.sessions[state.session].tabled;
    let mut allowed: [OptionSet; MAX_ARTICLES] = [0; MAX_ARTICLES];
    let mut negotiable = Vec::new();
    for (a, article) in scenario.articles.iter().enumerate() {
        let all: OptionSet = (1 << article.options.len()) - 1;
        let both_may = all & !state.forbidden[0][a] & !state.forbidden[1][a];
        allowed[a] = match state.status(a) {
            Status::Agreed(o) => 1 << o,
            _ if tabled.contains(a) && both_may != 0 => {
                negotiable.push(a);
                both_may
            }
            // Not yet on the table, or no option both may accept: assume the one that
            // serves both best, and leave it out of the proposal.
            _ => 1 << joint_best(scenario, a, if both_may != 0 { both_may } else { all }),
        };
    }
    if negotiable.is_empty() {
        return None;
    }
    let front = frontier(space, &allowed);
    let disagreement = [
        space.utility_of_points(Side::Japan, japan_no_treaty),
        space.utility_of_points(Side::Russia, russia_no_treaty),
    ];
    // The best compromise, by the Nash product, that both delegations' instructions allow.
    let mut candidates: Vec<_> = front
        .iter()
        .map(|p| (p, utilities(space, p.points)))
        .filter(|(_, u)| u[0] >= disagreement[0] && u[1] >= disagreement[1])
        .collect();
    candidates.sort_by(|(_, u), (_, v)| {
        let product = |w: &[f64; 2]| (w[0] - disagreement[0]) * (w[1] - disagreement[1]);
        product(v).total_cmp(&product(u))
    });
    candidates.into_iter().find_map(|(point, _)| {
        let mut terms = Terms::EMPTY;
        for &a in &negotiable {
            terms.set(a, point.terms.get(a).expect("frontier points are complete"));
        }
        let allowed = Side::BOTH
            .iter()
            .all(|&s| mandate::check(scenario, state, s, &terms).is_ok());
        allowed.then(|| Proposal::linked(terms))
    })
}

fn joint_best(scenario: &Scenario, article: usize, options: OptionSet) -> u8 {
    let space = &scenario.space;
    (0..scenario.articles[article].options.len() as u8)
        .filter(|o| options & (1 << o) != 0)
        .max_by(|&x, &y| {
            let sum = |o| {
                Side::BOTH
                    .iter()
                    .map(|&s| {
                        space.points(s, article, o) as f64 / (space.max_total(s) - space.min_total(s)).max(1) as f64
                    })
                    .sum::<f64>()
            };
            sum(x).total_cmp(&sum(y)).then(y.cmp(&x))
        })
        .unwrap_or(0)
}
