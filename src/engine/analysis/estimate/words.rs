//! The estimate in words for the player: one plain sentence per reason, with the
//! scenario's names, never a number of points or a percentage. Each sentence is one
//! message of the `estimate-reasons` area, in the reader's language; the names come from the
//! scenario as the caller passes it (a translated scenario carries translated titles).

use super::{ArticleReason, AskSource, Breach, Demand, DraftReason, Meter, Phase, Reception, Weight};
use crate::engine::play::moves::ArticleSet;
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::records::narrate;
use crate::engine::scenario::PublicScenario;
use crate::i18n::Lang;
use crate::tr;

impl Reception {
    /// As the table's column shows it.
    pub fn words(self) -> String {
        self.words_in(Lang::English)
    }

    /// As the table's column shows it, in `lang`.
    pub fn words_in(self, lang: Lang) -> String {
        match self {
            Reception::Insists => tr!(lang, "estimate-insists"),
            Reception::MayGive => tr!(lang, "estimate-may-give"),
            Reception::WouldAccept => tr!(lang, "estimate-would-accept"),
        }
    }
}

impl Meter {
    /// As the meter shows it.
    pub fn words(self) -> String {
        self.words_in(Lang::English)
    }

    /// As the meter shows it, in `lang`.
    pub fn words_in(self, lang: Lang) -> String {
        match self {
            Meter::NoAnswer => tr!(lang, "estimate-no-answer"),
            Meter::FarApart => tr!(lang, "estimate-far-apart"),
            Meter::Apart => tr!(lang, "estimate-some-way-apart"),
            Meter::Close => tr!(lang, "estimate-close"),
            Meter::LikelySign => tr!(lang, "estimate-likely-sign"),
        }
    }
}

struct Names<'a> {
    lang: Lang,
    public: &'a PublicScenario,
    side: Side,
}

impl Names<'_> {
    fn he(&self) -> &str {
        &self.public.party(self.side).player_title
    }
    fn country(&self) -> String {
        narrate::side_name(self.lang, self.side)
    }
    fn article(&self, article: usize) -> String {
        article_in_sentence(self.lang, self.public, article)
    }
    fn option(&self, article: usize, option: u8) -> String {
        self.public
            .articles
            .get(article)
            .and_then(|a| a.options.get(option as usize))
            .map_or_else(
                || tr!(self.lang, "estimate-reasons-another-option"),
                |o| o.label.clone(),
            )
    }
    /// "A, B and C" as the language joins a list, and how many there are (for the words
    /// around it: "the article" or "the articles").
    fn list(&self, articles: ArticleSet) -> (String, usize) {
        let names: Vec<String> = articles.iter().map(|a| self.article(a)).collect();
        let count = names.len();
        (join_list(self.lang, names), count)
    }
}

fn article_in_sentence(lang: Lang, public: &PublicScenario, article: usize) -> String {
    public.articles.get(article).map_or_else(
        || tr!(lang, "estimate-reasons-this-article"),
        |a| a.in_sentence().to_string(),
    )
}

/// The names joined from the end: one alone by `-list-one`, the last two by `-list-pair`
/// ("B and C"), each one before them by `-list-more` ("A, B and C"), so each language has
/// its own conjunction, commas and quotation marks.
pub(crate) fn join_list(lang: Lang, mut names: Vec<String>) -> String {
    let Some(last) = names.pop() else {
        return String::new();
    };
    let mut joined = match names.pop() {
        None => tr!(lang, "estimate-reasons-list-one", name = last),
        Some(first) => tr!(lang, "estimate-reasons-list-pair", first = first, last = last),
    };
    while let Some(first) = names.pop() {
        joined = tr!(lang, "estimate-reasons-list-more", first = first, rest = joined);
    }
    joined
}

fn weight_key(weight: Weight) -> &'static str {
    match weight {
        Weight::Heavy => "heavy",
        Weight::Moderate => "moderate",
        Weight::Light => "light",
    }
}

fn demand_key(demand: Demand) -> &'static str {
    match demand {
        Demand::Nothing => "nothing",
        Demand::Little => "little",
        Demand::Much => "much",
    }
}

impl ArticleReason {
    /// One sentence for the player about `article`, whose counterpart is `counterpart`,
    /// in English. See [`ArticleReason::describe_in`].
    pub fn describe(&self, public: &PublicScenario, counterpart: Side, article: usize) -> String {
        self.describe_in(Lang::English, public, counterpart, article)
    }

    /// One sentence for the player about `article`, whose counterpart is `counterpart`, in
    /// `lang`, with the names of `public` as given.
    pub fn describe_in(&self, lang: Lang, public: &PublicScenario, counterpart: Side, article: usize) -> String {
        let n = Names {
            lang,
            public,
            side: counterpart,
        };
        let (he, title) = (n.he(), n.article(article));
        let title = title.as_str();
        let option = |option: u8| n.option(article, option);
        match *self {
            ArticleReason::AlreadyAgreed { option: o } => {
                tr!(
                    lang,
                    "estimate-reasons-already-agreed",
                    article = title,
                    option = option(o)
                )
            }
            ArticleReason::HisPosition { option: o, source } => match source {
                AskSource::Standing => tr!(
                    lang,
                    "estimate-reasons-position-standing",
                    he = he,
                    article = title,
                    option = option(o)
                ),
                AskSource::Earlier => tr!(
                    lang,
                    "estimate-reasons-position-earlier",
                    he = he,
                    article = title,
                    option = option(o)
                ),
                AskSource::Presumed => tr!(
                    lang,
                    "estimate-reasons-position-presumed",
                    he = he,
                    article = title,
                    option = option(o)
                ),
            },
            ArticleReason::HeRefusedThis { times } => {
                tr!(
                    lang,
                    "estimate-reasons-refused",
                    he = he,
                    article = title,
                    times = times
                )
            }
            ArticleReason::BeyondHisOffers => tr!(lang, "estimate-reasons-beyond-offers", he = he, article = title),
            ArticleReason::HeAcceptedThis => tr!(lang, "estimate-reasons-accepted", he = he, article = title),
            ArticleReason::HeProposedThis => tr!(lang, "estimate-reasons-proposed", he = he, article = title),
            ArticleReason::Linked { with } => {
                let (list, count) = n.list(with);
                tr!(
                    lang,
                    "estimate-reasons-linked",
                    he = he,
                    article = title,
                    articles = list,
                    count = count
                )
            }
            ArticleReason::Estimated { weight, demand } => tr!(
                lang,
                "estimate-reasons-estimated",
                he = he,
                article = title,
                weight = weight_key(weight),
                demand = demand_key(demand)
            ),
            ArticleReason::KnownPriority { weight } => tr!(
                lang,
                "estimate-reasons-known-priority",
                country = n.country(),
                article = title,
                weight = weight_key(weight)
            ),
            ArticleReason::KnownFavourite { option: o } => tr!(
                lang,
                "estimate-reasons-known-favourite",
                country = n.country(),
                article = title,
                option = option(o)
            ),
            ArticleReason::RefusedInPublic => tr!(
                lang,
                "estimate-reasons-refused-in-public",
                country = n.country(),
                article = title
            ),
            ArticleReason::HeldFirm { times } => {
                tr!(
                    lang,
                    "estimate-reasons-held-firm",
                    he = he,
                    article = title,
                    times = times
                )
            }
            ArticleReason::GaveGround => tr!(lang, "estimate-reasons-gave-ground", he = he, article = title),
            ArticleReason::MediatorProposed { option: o } => tr!(
                lang,
                "estimate-reasons-mediator-proposed",
                mediator = public.mediator.name.as_str(),
                article = title,
                option = option(o)
            ),
        }
    }
}

impl DraftReason {
    /// One sentence for the player about the whole draft, in English. See
    /// [`DraftReason::describe_in`].
    pub fn describe(&self, public: &PublicScenario, counterpart: Side) -> String {
        self.describe_in(Lang::English, public, counterpart)
    }

    /// One sentence for the player about the whole draft, in `lang`, with the names and
    /// public texts of `public` as given.
    pub fn describe_in(&self, lang: Lang, public: &PublicScenario, counterpart: Side) -> String {
        let n = Names {
            lang,
            public,
            side: counterpart,
        };
        let he = n.he();
        match *self {
            DraftReason::PublicPosition => tr!(
                lang,
                "estimate-reasons-public-position",
                country = n.country(),
                text = public.party(counterpart).public_position.as_str()
            ),
            DraftReason::PublicStatement { event } => {
                match public.events.get(event).and_then(|e| e.dispatch.as_ref()) {
                    Some(d) => tr!(
                        lang,
                        "estimate-reasons-public-news",
                        from = d.from.as_str(),
                        text = d.text.as_str()
                    ),
                    None => tr!(lang, "estimate-reasons-spoke-publicly", country = n.country()),
                }
            }
            DraftReason::Phase(phase) => match phase {
                Phase::Early => tr!(lang, "estimate-reasons-phase-early", he = he),
                Phase::Middle => tr!(lang, "estimate-reasons-phase-middle", he = he),
                Phase::Late => tr!(lang, "estimate-reasons-phase-late", he = he),
                Phase::LastWord => tr!(lang, "estimate-reasons-phase-last-word", he = he),
            },
            DraftReason::NothingProposedYet => {
                tr!(
                    lang,
                    "estimate-reasons-nothing-proposed",
                    he = he,
                    country = n.country()
                )
            }
            DraftReason::WithinWhatHeGives => tr!(lang, "estimate-reasons-within-what-he-gives", he = he),
            DraftReason::HeInsistsOn { articles } => {
                let (list, count) = n.list(articles);
                tr!(
                    lang,
                    "estimate-reasons-insists-on",
                    he = he,
                    articles = list,
                    count = count
                )
            }
            DraftReason::NeverOffered { articles } => {
                let (list, count) = n.list(articles);
                tr!(
                    lang,
                    "estimate-reasons-never-offered",
                    he = he,
                    articles = list,
                    count = count
                )
            }
            DraftReason::NoCommonGround { articles } => {
                let (list, count) = n.list(articles);
                tr!(
                    lang,
                    "estimate-reasons-no-common-ground",
                    he = he,
                    articles = list,
                    count = count
                )
            }
            DraftReason::YouGiveMoreOn { articles } => {
                let (list, count) = n.list(articles);
                tr!(
                    lang,
                    "estimate-reasons-you-give-more",
                    he = he,
                    articles = list,
                    count = count
                )
            }
            DraftReason::CoarseReading => tr!(lang, "estimate-reasons-coarse", he = he),
            DraftReason::NoTurnLeft => tr!(lang, "estimate-reasons-no-turn-left", he = he),
        }
    }
}

impl Breach {
    /// The breach in words, naming the player's own instruction, in English. See
    /// [`Breach::describe_in`].
    pub fn describe(&self, view: &SideView<'_>) -> String {
        self.describe_in(Lang::English, view)
    }

    /// The breach in words, naming the player's own instruction, in `lang`, with the names
    /// of the view's scenario as given.
    pub fn describe_in(&self, lang: Lang, view: &SideView<'_>) -> String {
        let public = view.public();
        let option = public
            .articles
            .get(self.article)
            .and_then(|a| a.options.get(self.option as usize))
            .map_or_else(|| tr!(lang, "estimate-reasons-these-terms"), |o| o.label.clone());
        tr!(
            lang,
            "estimate-reasons-breach",
            capital = view.known(view.side()).capital.as_str(),
            article = article_in_sentence(lang, public, self.article),
            option = option,
            linked = if self.unless_linked { "yes" } else { "no" },
            order = view.red_line(self.red_line).map_or("", |l| l.text.as_str())
        )
    }
}

#[cfg(test)]
#[path = "words_before.rs"]
mod before;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::play::game::Game;
    use crate::engine::scenario::{self, Scenario};
    use std::sync::Arc;

    fn scenarios() -> Vec<Arc<Scenario>> {
        [
            "portsmouth-1905",
            "tutorial",
            "tsar-holds-firm",
            "japan-credit-runs-out",
        ]
        .iter()
        .map(|name| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenarios/{name}.ron"));
            scenario::load(&path).unwrap().scenario
        })
        .collect()
    }

    /// Sets of articles: none, each alone, runs of two, three and four, all, and one the
    /// scenario lacks.
    fn article_sets(count: usize) -> Vec<ArticleSet> {
        let mut sets = vec![ArticleSet::EMPTY, ArticleSet::all(count), ArticleSet::single(count)];
        for first in 0..count {
            for len in 1..=4 {
                let mut set = ArticleSet::EMPTY;
                for a in first..(first + len).min(count) {
                    set.insert(a);
                }
                sets.push(set);
            }
        }
        sets
    }

    /// Every kind of reason about `article` with every value that changes its words.
    fn article_reasons(public: &PublicScenario, article: usize) -> Vec<ArticleReason> {
        let options = public.articles.get(article).map_or(2, |a| a.options.len() + 1) as u8;
        let times = [0u8, 1, 2, 3, 5, 11, 21, 255];
        let weights = [Weight::Heavy, Weight::Moderate, Weight::Light];
        let demands = [Demand::Nothing, Demand::Little, Demand::Much];
        let sources = [AskSource::Standing, AskSource::Earlier, AskSource::Presumed];
        let mut out = vec![
            ArticleReason::BeyondHisOffers,
            ArticleReason::HeAcceptedThis,
            ArticleReason::HeProposedThis,
            ArticleReason::GaveGround,
            ArticleReason::RefusedInPublic,
        ];
        for option in 0..=options {
            out.push(ArticleReason::AlreadyAgreed { option });
            out.push(ArticleReason::KnownFavourite { option });
            out.push(ArticleReason::MediatorProposed { option });
            out.extend(sources.map(|source| ArticleReason::HisPosition { option, source }));
        }
        for times in times {
            out.push(ArticleReason::HeRefusedThis { times });
            out.push(ArticleReason::HeldFirm { times });
        }
        for weight in weights {
            out.push(ArticleReason::KnownPriority { weight });
            out.extend(demands.map(|demand| ArticleReason::Estimated { weight, demand }));
        }
        out.extend(
            article_sets(public.articles.len())
                .into_iter()
                .map(|with| ArticleReason::Linked { with }),
        );
        out
    }

    fn draft_reasons(public: &PublicScenario) -> Vec<DraftReason> {
        let mut out = vec![
            DraftReason::PublicPosition,
            DraftReason::NothingProposedYet,
            DraftReason::WithinWhatHeGives,
            DraftReason::CoarseReading,
            DraftReason::NoTurnLeft,
        ];
        out.extend([Phase::Early, Phase::Middle, Phase::Late, Phase::LastWord].map(DraftReason::Phase));
        out.extend((0..=public.events.len()).map(|event| DraftReason::PublicStatement { event }));
        for articles in article_sets(public.articles.len()) {
            out.extend([
                DraftReason::HeInsistsOn { articles },
                DraftReason::NeverOffered { articles },
                DraftReason::NoCommonGround { articles },
                DraftReason::YouGiveMoreOn { articles },
            ]);
        }
        out
    }

    #[test]
    fn the_english_reasons_are_byte_for_byte_those_written_before_fluent() {
        let mut compared = 0;
        for scenario in scenarios() {
            let public = &scenario.public;
            for counterpart in [Side::Japan, Side::Russia] {
                for article in 0..=public.articles.len() {
                    for reason in article_reasons(public, article) {
                        let before = reason.describe_before(public, counterpart, article);
                        assert_eq!(reason.describe(public, counterpart, article), before, "{reason:?}");
                        assert_eq!(reason.describe_in(Lang::English, public, counterpart, article), before);
                        compared += 1;
                    }
                }
                for reason in draft_reasons(public) {
                    assert_eq!(
                        reason.describe(public, counterpart),
                        reason.describe_before(public, counterpart),
                        "{reason:?}"
                    );
                    compared += 1;
                }
            }
            let game = Game::new(Arc::clone(&scenario), 1);
            let red_lines: usize = scenario.mandates.iter().map(|m| m.red_lines.len()).sum();
            for side in [Side::Japan, Side::Russia] {
                let view = SideView::new(&game, side);
                for article in 0..=public.articles.len() {
                    for option in 0..=public.articles.get(article).map_or(1, |a| a.options.len()) as u8 {
                        for red_line in 0..=red_lines {
                            for unless_linked in [false, true] {
                                let breach = Breach {
                                    article,
                                    option,
                                    red_line,
                                    unless_linked,
                                };
                                assert_eq!(breach.describe(&view), breach.describe_before(&view), "{breach:?}");
                                compared += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(compared > 10_000, "only {compared} sentences compared");
    }

    #[test]
    fn lists_join_as_each_language_joins_them() {
        let names = |n: usize| {
            ["A", "B", "C", "D"][..n]
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(join_list(Lang::English, names(0)), "");
        assert_eq!(join_list(Lang::English, names(1)), "A");
        assert_eq!(join_list(Lang::English, names(2)), "A and B");
        assert_eq!(join_list(Lang::English, names(4)), "A, B, C and D");
        assert_eq!(join_list(Lang::Japanese, names(3)), "A、BおよびC");
        assert_eq!(join_list(Lang::Russian, names(3)), "«A», «B» и «C»");
        assert_eq!(join_list(Lang::Danish, names(3)), "A, B og C");
    }
}
