//! Rating a draft against the reading of the counterpart: each article's reception and
//! reasons, the meter for the whole draft and its reasons, the coarse form.

use super::reading::{Reading, linked_in_his_proposal, option_count};
use super::{
    ArticleEstimate, ArticleReason, Breach, Demand, DraftReason, Estimate, Meter, Phase, Precision, Reception, Weight,
};
use crate::engine::play::moves::{ArticleSet, Terms};
use crate::engine::play::state::Status;
use crate::engine::play::view::SideView;

/// How many believed points (of about 1000 for a whole treaty) a draft may fall short of
/// his level and still be close; and apart rather than far apart.
const CLOSE: i32 = 40;
const APART: i32 = 150;

/// What is the same for every article of one draft.
struct Context<'a> {
    reading: &'a Reading,
    /// What the draft gives him beyond his asks, in all: room to ask more elsewhere.
    surplus: i32,
    /// The mean believed weight of an article with him, and the mean public priority.
    mean_weight: f64,
    mean_known: f64,
}

/// Articles of the draft that the reasons for the whole draft name.
#[derive(Default)]
struct Marks {
    insists: ArticleSet,
    gives_more: ArticleSet,
    never_offered: ArticleSet,
    no_common_ground: ArticleSet,
    refused_in_public: ArticleSet,
}

pub(super) fn rate(view: &SideView<'_>, draft: &Terms, precision: Precision, reading: &Reading) -> Estimate {
    let other = reading.other;
    // On the last turn of the talks there is no answer to read: saying how he would take
    // the draft would promise one (the player's own red lines still count).
    if view.is_final_turn() {
        return Estimate {
            counterpart: other,
            precision,
            meter: Meter::NoAnswer,
            reasons: vec![DraftReason::NoTurnLeft],
            articles: Vec::new(),
            breaches: breaches(view, draft),
        };
    }
    let articles_in_scenario = view.public().articles.len();
    let known = &view.known(other).known_priorities;
    let context = Context {
        reading,
        surplus: draft.iter().map(|(a, x)| (-reading.cost(a, x)).max(0)).sum(),
        mean_weight: mean((0..articles_in_scenario).map(|a| reading.weight(a, option_count(view, a)) as f64)),
        mean_known: mean(known.iter().copied()),
    };
    let mut marks = Marks::default();
    let mut articles: Vec<ArticleEstimate> = draft
        .iter()
        .map(|(a, x)| receive(view, &context, a, x, &mut marks))
        .collect();
    let shortfall = reading.cost_of(draft) - reading.room;
    // Asking more somewhere than he has ever offered there keeps a draft at best close; a
    // term his side swore in public never to grant keeps it far apart, whatever the rest.
    let mut meter = if !marks.refused_in_public.is_empty() {
        Meter::FarApart
    } else if shortfall <= 0 && marks.never_offered.is_empty() {
        Meter::LikelySign
    } else if shortfall <= CLOSE {
        Meter::Close
    } else if shortfall <= APART {
        Meter::Apart
    } else {
        Meter::FarApart
    };
    let mut reasons = draft_reasons(view, reading, shortfall, &marks);
    if precision == Precision::Coarse {
        reasons.push(DraftReason::CoarseReading);
        meter = match meter {
            Meter::LikelySign | Meter::Close => Meter::Close,
            Meter::Apart | Meter::FarApart => Meter::FarApart,
            Meter::NoAnswer => Meter::NoAnswer,
        };
        for article in &mut articles {
            if article.reception == Reception::WouldAccept {
                article.reception = Reception::MayGive;
            }
        }
    }
    Estimate {
        counterpart: other,
        precision,
        meter,
        reasons,
        articles,
        breaches: breaches(view, draft),
    }
}

/// How he is likely to receive option `x` of article `a`, and why.
fn receive(view: &SideView<'_>, context: &Context<'_>, a: usize, x: u8, marks: &mut Marks) -> ArticleEstimate {
    let reading = context.reading;
    let estimate = |reception, reasons| ArticleEstimate {
        article: a,
        option: x,
        reception,
        reasons,
    };
    if let Status::Agreed(agreed) = view.status(a) {
        let reception = if agreed == x {
            Reception::WouldAccept
        } else {
            Reception::Insists
        };
        return estimate(reception, vec![ArticleReason::AlreadyAgreed { option: agreed }]);
    }
    let cost = reading.cost(a, x);
    // What his side has sworn in public never to grant, he will not be seen to grant.
    let refused = view.refused_in_public(a, x);
    let reception = if refused {
        marks.refused_in_public.insert(a);
        Reception::Insists
    } else if cost <= 0 {
        Reception::WouldAccept
    } else if cost <= reading.room + context.surplus {
        Reception::MayGive
    } else {
        Reception::Insists
    };
    if reception == Reception::Insists {
        marks.insists.insert(a);
    }
    if cost < 0 {
        marks.gives_more.insert(a);
    }
    if reading.beyond_shown(a, x) {
        marks.never_offered.insert(a);
    }
    let mut allowed = (0..option_count(view, a) as u8)
        .filter(|&o| view.forbidden(a) & (1 << o) == 0)
        .peekable();
    if allowed.peek().is_some() && allowed.all(|o| reading.beyond_shown(a, o)) {
        marks.no_common_ground.insert(a);
    }
    estimate(reception, article_reasons(view, context, a, x, cost, refused))
}

/// The reasons for one open article, most telling first.
fn article_reasons(
    view: &SideView<'_>,
    context: &Context<'_>,
    a: usize,
    x: u8,
    cost: i32,
    refused: bool,
) -> Vec<ArticleReason> {
    let reading = context.reading;
    let other = reading.other;
    let record = view.record();
    let o = other.index();
    let ask = reading.asks[a];
    let mut reasons = vec![ArticleReason::HisPosition {
        option: ask,
        source: reading.ask_source[a],
    }];
    if refused {
        reasons.push(ArticleReason::RefusedInPublic);
    }
    if reading.beyond_shown(a, x) {
        reasons.push(ArticleReason::BeyondHisOffers);
    }
    let refused = record.refused[o][a][x as usize];
    if refused > 0 && x != ask {
        reasons.push(ArticleReason::HeRefusedThis { times: refused });
    }
    if record.accepted[o][a][x as usize] > 0 {
        reasons.push(ArticleReason::HeAcceptedThis);
    }
    if record.proposed[o][a][x as usize] > 0 && x != ask {
        reasons.push(ArticleReason::HeProposedThis);
    }
    let linked = linked_in_his_proposal(view, a);
    if !linked.is_empty() {
        reasons.push(ArticleReason::Linked { with: linked });
    }
    let weight = reading.weight(a, option_count(view, a));
    let demand = if cost <= 0 {
        Demand::Nothing
    } else if 2 * cost <= weight {
        Demand::Little
    } else {
        Demand::Much
    };
    reasons.push(ArticleReason::Estimated {
        weight: weight_of(weight as f64, context.mean_weight),
        demand,
    });
    let party = view.known(other);
    if let Some(&priority) = party.known_priorities.get(a) {
        reasons.push(ArticleReason::KnownPriority {
            weight: weight_of(priority, context.mean_known),
        });
    }
    if let Some(favourite) = party.known_favourites.get(a).copied().flatten() {
        reasons.push(ArticleReason::KnownFavourite { option: favourite });
    }
    let held = record.held[o][a];
    if held >= 2 {
        reasons.push(ArticleReason::HeldFirm { times: held });
    }
    if record.moved[o][a] > 0 {
        reasons.push(ArticleReason::GaveGround);
    }
    if let Some(m) = view.mediator_proposal().terms.get(a) {
        reasons.push(ArticleReason::MediatorProposed { option: m });
    }
    reasons
}

/// The reasons for the whole draft: where he stands in public, how late it is for him,
/// and the articles that decide the meter.
fn draft_reasons(view: &SideView<'_>, reading: &Reading, shortfall: i32, marks: &Marks) -> Vec<DraftReason> {
    let other = reading.other;
    let mut reasons = vec![DraftReason::PublicPosition];
    let capital = &view.known(other).capital;
    for (e, event) in view.public().events.iter().enumerate() {
        let from_his_capital = event
            .dispatch
            .as_ref()
            .is_some_and(|d| d.from.contains(capital.as_str()));
        if from_his_capital && view.public_event_fired(e) {
            reasons.push(DraftReason::PublicStatement { event: e });
        }
    }
    reasons.push(DraftReason::Phase(phase(reading.time)));
    let proposed_any = view.record().proposed[other.index()]
        .iter()
        .any(|row| row.iter().any(|&n| n > 0));
    if !proposed_any {
        reasons.push(DraftReason::NothingProposedYet);
    }
    if shortfall <= 0 {
        reasons.push(DraftReason::WithinWhatHeGives);
    }
    for (articles, reason) in [
        (
            marks.insists,
            DraftReason::HeInsistsOn {
                articles: marks.insists,
            },
        ),
        (
            marks.never_offered,
            DraftReason::NeverOffered {
                articles: marks.never_offered,
            },
        ),
        (
            marks.no_common_ground,
            DraftReason::NoCommonGround {
                articles: marks.no_common_ground,
            },
        ),
        (
            marks.gives_more,
            DraftReason::YouGiveMoreOn {
                articles: marks.gives_more,
            },
        ),
    ] {
        if !articles.is_empty() {
            reasons.push(reason);
        }
    }
    reasons
}

/// The player's own red lines the draft breaches: terms its instructions forbid outright,
/// and (once those are left out) a conditional red line the package does not meet.
fn breaches(view: &SideView<'_>, draft: &Terms) -> Vec<Breach> {
    let mandate = view.mandate();
    let mut found = Vec::new();
    let mut rest = Terms::EMPTY;
    for (a, o) in draft.iter() {
        if view.forbidden(a) & (1 << o) == 0 {
            rest.set(a, o);
            continue;
        }
        let red_line = mandate.red_line_indices().find(|&r| {
            view.red_line_active(r)
                && view
                    .red_line(r)
                    .is_some_and(|l| l.unless.is_none() && l.forbids[a] & (1 << o) != 0)
        });
        if let Some(red_line) = red_line {
            found.push(Breach {
                article: a,
                option: o,
                red_line,
                unless_linked: false,
            });
        }
    }
    if let Some(r) = view.mandate_violation(&rest)
        && let Some(line) = view.red_line(r)
        && let Some((a, o)) = rest.iter().find(|&(a, o)| line.forbids[a] & (1 << o) != 0)
    {
        found.push(Breach {
            article: a,
            option: o,
            red_line: r,
            unless_linked: line.unless.is_some(),
        });
        found.sort_by_key(|b| b.article);
    }
    found
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

fn weight_of(value: f64, mean: f64) -> Weight {
    if value >= 1.5 * mean {
        Weight::Heavy
    } else if value <= 0.6 * mean {
        Weight::Light
    } else {
        Weight::Moderate
    }
}

fn phase(time: f64) -> Phase {
    if time >= 1.0 {
        Phase::LastWord
    } else if time >= 2.0 / 3.0 {
        Phase::Late
    } else if time >= 1.0 / 3.0 {
        Phase::Middle
    } else {
        Phase::Early
    }
}
