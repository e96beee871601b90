//! A result in plain words, for a 16-year-old before the figures: how a side did beside its
//! negotiator of 1905 (better, worse, about the same — and by how much, in words), and what
//! the treaty settled on the questions that mattered most. The debrief, the CLI and the
//! class wall all say it the same way.

use crate::engine::analysis::report::Report;
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;
use crate::tr;

/// A difference in utility smaller than this reads as "about the same" (a twentieth of the
/// whole scale from worst to best treaty: less than one step on a middling article).
pub const ABOUT_THE_SAME: f64 = 0.05;
/// From this difference on, "much" better or worse (a sixth of the scale: about one
/// article of the biggest kind settled the other way).
pub const MUCH: f64 = 0.15;

/// How one result compares with another, in five steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compared {
    MuchBetter,
    LittleBetter,
    AboutTheSame,
    LittleWorse,
    MuchWorse,
}

impl Compared {
    /// The step for a difference in utility (this result minus the other).
    pub fn of(difference: f64) -> Compared {
        if difference >= MUCH {
            Compared::MuchBetter
        } else if difference >= ABOUT_THE_SAME {
            Compared::LittleBetter
        } else if difference > -ABOUT_THE_SAME {
            Compared::AboutTheSame
        } else if difference > -MUCH {
            Compared::LittleWorse
        } else {
            Compared::MuchWorse
        }
    }

    /// "a little better than", to put before what it is compared with.
    pub fn phrase(self) -> &'static str {
        match self {
            Compared::MuchBetter => "much better than",
            Compared::LittleBetter => "a little better than",
            Compared::AboutTheSame => "about as well as",
            Compared::LittleWorse => "a little worse than",
            Compared::MuchWorse => "much worse than",
        }
    }

    /// The variant of the `export-plain-*` messages that says this step.
    pub fn key(self) -> &'static str {
        match self {
            Compared::MuchBetter => "much-better",
            Compared::LittleBetter => "little-better",
            Compared::AboutTheSame => "same",
            Compared::LittleWorse => "little-worse",
            Compared::MuchWorse => "much-worse",
        }
    }

    /// "a little better than 1905".
    pub fn against_1905(self) -> String {
        self.against_1905_in(Lang::English)
    }

    /// "a little better than 1905" in `lang`.
    pub fn against_1905_in(self, lang: Lang) -> String {
        tr!(lang, "export-plain-against-1905", compared = self.key())
    }
}

/// How many of the weightiest articles the lead names.
const KEY_ARTICLES: usize = 2;

/// The debrief's first lines: how `viewer` did beside its negotiator of 1905 (both sides, if
/// no one is named), and what the treaty settled on the questions that mattered most.
pub fn lead(scenario: &Scenario, report: &Report, viewer: Option<Side>) -> Vec<String> {
    lead_in(Lang::English, scenario, report, viewer)
}

/// [`lead`] in `lang`.
pub fn lead_in(lang: Lang, scenario: &Scenario, report: &Report, viewer: Option<Side>) -> Vec<String> {
    let mut lines = Vec::new();
    let signed = scenario.history.as_ref().map(|h| h.treaty);
    if let Some(signed) = signed {
        let compare = |side: Side| {
            let then = scenario.space.utility(side, &signed);
            Compared::of(report.utility[side.index()] - then).key()
        };
        let title = |side: Side| scenario.party(side).player_title.as_str();
        lines.push(match viewer {
            Some(side) => tr!(
                lang,
                "export-plain-you-did",
                compared = compare(side),
                title = title(side)
            ),
            None => tr!(
                lang,
                "export-plain-both-did",
                japan = compare(Side::Japan),
                japanTitle = title(Side::Japan),
                russia = compare(Side::Russia),
                russiaTitle = title(Side::Russia)
            ),
        });
    }
    let in_force = report.treaty.filter(|_| report.ratified);
    match in_force {
        None if report.treaty.is_some() => lines.push(tr!(lang, "export-plain-refused")),
        None => lines.push(tr!(lang, "export-plain-no-treaty")),
        Some(treaty) => {
            let settled: Vec<String> = key_articles(scenario)
                .into_iter()
                .filter_map(|a| {
                    let ours = treaty.get(a)?;
                    let article = scenario.articles[a].title.as_str();
                    let option = scenario.option_label(a, ours);
                    Some(match signed.and_then(|t| t.get(a)) {
                        Some(o) if o == ours => {
                            tr!(lang, "export-plain-settled-as-1905", article = article, option = option)
                        }
                        Some(o) => tr!(
                            lang,
                            "export-plain-settled-unlike-1905",
                            article = article,
                            option = option,
                            then = scenario.option_label(a, o)
                        ),
                        None => tr!(lang, "export-plain-settled", article = article, option = option),
                    })
                })
                .collect();
            if !settled.is_empty() {
                lines.push(tr!(
                    lang,
                    "export-plain-biggest",
                    settled = settled.join(&tr!(lang, "export-plain-settled-join"))
                ));
            }
        }
    }
    lines
}

/// The articles whose settlement moves both sides' points the most, weightiest first.
pub fn key_articles(scenario: &Scenario) -> Vec<usize> {
    let weight = |a: usize| -> i32 {
        let options = scenario.articles[a].options.len() as u8;
        Side::BOTH
            .iter()
            .map(|&side| {
                let points = (0..options).map(|o| scenario.space.points(side, a, o));
                points.clone().max().unwrap_or(0) - points.min().unwrap_or(0)
            })
            .sum()
    };
    let mut articles: Vec<usize> = (0..scenario.articles.len()).collect();
    articles.sort_by_key(|&a| std::cmp::Reverse(weight(a)));
    articles.truncate(KEY_ARTICLES);
    articles
}

/// The short paragraph that opens the part for the teacher: what the frontier, the Nash
/// point and the utilities mean, in plain words.
pub const FOR_THE_TEACHER: &str = "Each side's result is scored from 0 (its worst \
possible treaty) to 1 (its best), and its walk-away value is what breaking off was worth to it. \
The Pareto frontier is the set of treaties that cannot be made better for one side without \
making them worse for the other: a result inside it left something on the table for both. \
The Nash point is the treaty on the frontier that shares the gain over walking away most \
evenly (it maximises the product of both sides' gains). Neither is what a delegate should have \
done; they are yardsticks for discussing what was possible.";

/// [`FOR_THE_TEACHER`] in `lang`.
pub fn for_the_teacher(lang: Lang) -> String {
    tr!(lang, "export-plain-for-the-teacher")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_read_in_five_steps() {
        assert_eq!(Compared::of(0.30), Compared::MuchBetter);
        assert_eq!(Compared::of(0.06), Compared::LittleBetter);
        assert_eq!(Compared::of(0.01), Compared::AboutTheSame);
        assert_eq!(Compared::of(-0.049), Compared::AboutTheSame);
        assert_eq!(Compared::of(-0.10), Compared::LittleWorse);
        assert_eq!(Compared::of(-0.15), Compared::MuchWorse);
        assert_eq!(Compared::of(0.07).against_1905(), "a little better than 1905");
    }
}
