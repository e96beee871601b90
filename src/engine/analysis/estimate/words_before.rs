//! The estimate's reasons in English as they were written before they moved to Fluent, kept
//! to check that the English catalogue says them byte for byte.

use super::super::{ArticleReason, AskSource, Breach, Demand, DraftReason, Phase, Weight};
use crate::engine::play::moves::ArticleSet;
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::scenario::PublicScenario;

struct Names<'a> {
    public: &'a PublicScenario,
    side: Side,
}

impl Names<'_> {
    fn he(&self) -> &str {
        &self.public.party(self.side).player_title
    }
    fn country(&self) -> &str {
        self.side.name()
    }
    fn article(&self, article: usize) -> &str {
        self.public
            .articles
            .get(article)
            .map_or("this article", |a| a.in_sentence())
    }
    fn option(&self, article: usize, option: u8) -> &str {
        self.public
            .articles
            .get(article)
            .and_then(|a| a.options.get(option as usize))
            .map_or("another option", |o| &o.label)
    }
    fn list(&self, articles: ArticleSet) -> String {
        let names: Vec<&str> = articles.iter().map(|a| self.article(a)).collect();
        match names.as_slice() {
            [] => String::new(),
            [one] => one.to_string(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }
}

fn times(n: u8) -> String {
    match n {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    }
}

impl ArticleReason {
    /// One sentence for the player about `article`, whose counterpart is `counterpart`.
    pub(super) fn describe_before(&self, public: &PublicScenario, counterpart: Side, article: usize) -> String {
        let n = Names {
            public,
            side: counterpart,
        };
        let (he, title) = (n.he(), n.article(article));
        match *self {
            ArticleReason::AlreadyAgreed { option } => {
                format!("There is already agreement on {title}: {}.", n.option(article, option))
            }
            ArticleReason::HisPosition { option, source } => match source {
                AskSource::Standing => format!(
                    "On {title}, {he}'s proposal on the table asks for “{}”.",
                    n.option(article, option)
                ),
                AskSource::Earlier => format!("On {title}, {he} last proposed “{}”.", n.option(article, option)),
                AskSource::Presumed => format!(
                    "{he} has named no terms on {title}; he is expected to want “{}”.",
                    n.option(article, option)
                ),
            },
            ArticleReason::HeRefusedThis { times: k } => {
                format!("{he} has refused these terms on {title} {}.", times(k))
            }
            ArticleReason::BeyondHisOffers => {
                format!("{he} has never offered as much as this on {title}.")
            }
            ArticleReason::HeAcceptedThis => format!("{he} has accepted these terms on {title} before."),
            ArticleReason::HeProposedThis => format!("{he} has himself proposed these terms on {title} before."),
            ArticleReason::Linked { with } => format!(
                "{he}'s proposal ties {title} to {}: he may give here only together with those.",
                n.list(with)
            ),
            ArticleReason::Estimated { weight, demand } => {
                let matters = match weight {
                    Weight::Heavy => "matters a great deal",
                    Weight::Moderate => "matters somewhat",
                    Weight::Light => "matters little",
                };
                let asks = match demand {
                    Demand::Nothing => "ask nothing of him there",
                    Demand::Little => "ask a little of him there",
                    Demand::Much => "ask a lot of him there",
                };
                format!("As far as we can tell, {title} {matters} to {he}, and your terms {asks}.")
            }
            ArticleReason::KnownPriority { weight } => match weight {
                Weight::Heavy => format!("{} is known to care greatly about {title}.", n.country()),
                Weight::Moderate => format!("{} is known to care about {title}, though not above all.", n.country()),
                Weight::Light => format!("{} is known to care little about {title}.", n.country()),
            },
            ArticleReason::KnownFavourite { option } => format!(
                "{} was publicly known to favour “{}” on {title}.",
                n.country(),
                n.option(article, option)
            ),
            ArticleReason::RefusedInPublic => format!(
                "{} has declared it will never accept your terms on {title}.",
                n.country()
            ),
            ArticleReason::HeldFirm { times: k } => {
                format!("{he} has repeated his terms on {title} {}.", times(k))
            }
            ArticleReason::GaveGround => format!("{he} has already given ground on {title}."),
            ArticleReason::MediatorProposed { option } => format!(
                "{} has proposed “{}” on {title}.",
                public.mediator.name,
                n.option(article, option)
            ),
        }
    }
}

impl DraftReason {
    /// One sentence for the player about the whole draft.
    pub(super) fn describe_before(&self, public: &PublicScenario, counterpart: Side) -> String {
        let n = Names {
            public,
            side: counterpart,
        };
        let he = n.he();
        match *self {
            DraftReason::PublicPosition => format!(
                "{}'s public position: {}",
                n.country(),
                public.party(counterpart).public_position
            ),
            DraftReason::PublicStatement { event } => {
                match public.events.get(event).and_then(|e| e.dispatch.as_ref()) {
                    Some(d) => format!("Public news from {}: “{}”", d.from, d.text),
                    None => format!("{} has spoken publicly during the talks.", n.country()),
                }
            }
            DraftReason::Phase(phase) => match phase {
                Phase::Early => format!("It is early in the talks: {he} has little reason to give ground yet."),
                Phase::Middle => format!("The talks are halfway through: {he} may give some ground."),
                Phase::Late => format!("The talks are nearing their end: {he} should be giving more ground."),
                Phase::LastWord => format!("This is {he}'s last chance to answer: he has every reason to settle."),
            },
            DraftReason::NothingProposedYet => format!(
                "{he} has put nothing on the table yet: this reading rests on what the world knows of {}'s priorities.",
                n.country()
            ),
            DraftReason::WithinWhatHeGives => {
                format!("Taken together, your terms ask no more of {he} than he is likely to give now.")
            }
            DraftReason::HeInsistsOn { articles } => format!("{he} is likely to hold out on {}.", n.list(articles)),
            DraftReason::NeverOffered { articles } => {
                format!("You ask more than {he} has ever offered on {}.", n.list(articles))
            }
            DraftReason::NoCommonGround { articles } => format!(
                "On {}, {he} has never offered anything your instructions let you accept: \
                 a cable home, or time, may change that.",
                n.list(articles)
            ),
            DraftReason::YouGiveMoreOn { articles } => {
                format!("You offer {he} more than he asks on {}.", n.list(articles))
            }
            DraftReason::CoarseReading => {
                format!("{he} plays a shrewd game and hides his hand: this reading is coarse.")
            }
            DraftReason::NoTurnLeft => format!(
                "{he} has no turn left: the talks end with yours, and he cannot answer a proposal. What you accept of his terms now is agreed; open articles are settled as the scenario provides."
            ),
        }
    }
}

impl Breach {
    /// The breach in words, naming the player's own instruction.
    pub(super) fn describe_before(&self, view: &SideView<'_>) -> String {
        let public = view.public();
        let article = public
            .articles
            .get(self.article)
            .map_or("this article", |a| a.in_sentence());
        let option = public
            .articles
            .get(self.article)
            .and_then(|a| a.options.get(self.option as usize))
            .map_or("these terms", |o| &o.label);
        let instruction = view.red_line(self.red_line).map_or("", |l| &l.text);
        let unless = if self.unless_linked {
            " unless it comes linked with terms that meet them"
        } else {
            ""
        };
        format!(
            "Your instructions from {} forbid you to propose {article}: {option}{unless} (“{instruction}”).",
            view.known(view.side()).capital
        )
    }
}
