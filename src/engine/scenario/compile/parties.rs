//! The two delegations: who they are, what a failure is worth to them, how they value
//! every option, and what the world knew of their priorities.

use super::Compiler;
use crate::engine::play::condition::OptionSet;
use crate::engine::records::narrate::side_words;
use crate::engine::scenario::file::PartyFile;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::engine::source::diagnostic::choices_help;
use crate::msg;

impl<'a> Compiler<'a> {
    /// Each side's public face and its private mandate.
    pub(super) fn parties(&mut self) -> ([Party; 2], [Mandate; 2]) {
        let f = self.file;
        let both = f.parties.sides().map(|(side, p)| {
            if p.delegates.is_empty() {
                self.error(
                    p.delegates.span,
                    "no-delegates",
                    msg!("check-scenario-no-delegates", side = side_words(side)),
                    msg!("check-scenario-no-delegates-help"),
                );
            }
            let no_treaty = &p.no_treaty;
            self.check_range(
                no_treaty.points.span,
                no_treaty.points.value,
                -MAX_NO_TREATY_POINTS..=MAX_NO_TREATY_POINTS,
                "no-treaty-range",
                msg!("check-scenario-what-no-treaty-points"),
            );
            let per_session = MAX_POINTS as f64;
            self.check_range(
                no_treaty.per_session.span,
                no_treaty.per_session.value,
                -per_session..=per_session,
                "no-treaty-range",
                msg!("check-scenario-what-points-per-session"),
            );
            let mut meters = Vec::new();
            for (id, weight) in &no_treaty.meters {
                self.check_range(
                    weight.span,
                    weight.value,
                    -per_session..=per_session,
                    "no-treaty-range",
                    msg!("check-scenario-what-points-per-meter"),
                );
                if let Some(m) = self.meter(id) {
                    meters.push((m, weight.value));
                }
            }
            let no_treaty = NoTreaty {
                points: no_treaty.points.value,
                per_session: no_treaty.per_session.value,
                meters,
                text: no_treaty.text.clone(),
            };
            let mandate = Mandate::new(side, p.briefing.clone(), no_treaty, self.persona(side));
            let party = Party {
                side,
                name: p.name.clone(),
                capital: p.capital.clone(),
                player_title: p.player_title.clone(),
                delegates: p
                    .delegates
                    .iter()
                    .map(|d| Delegate {
                        name: d.name.clone(),
                        role: d.role.clone(),
                    })
                    .collect(),
                public_position: p.public_position.clone(),
                known_priorities: self.known_priorities(p),
                known_favourites: self.known_favourites(p),
                known_refusals: self.known_refusals(p),
            };
            (party, mandate)
        });
        let [(japan, japan_mandate), (russia, russia_mandate)] = both;
        ([japan, russia], [japan_mandate, russia_mandate])
    }

    fn known_favourites(&mut self, party: &PartyFile) -> Vec<Option<u8>> {
        let mut out = vec![None; self.file.articles.len()];
        for (id, option) in &party.known_favourites {
            if let Some(a) = self.article(id) {
                out[a] = self.option(a, option);
            }
        }
        out
    }

    fn known_refusals(&mut self, party: &PartyFile) -> Vec<OptionSet> {
        let mut out = vec![0 as OptionSet; self.file.articles.len()];
        for (id, options) in &party.known_refusals {
            if let Some(a) = self.article(id) {
                for option in options {
                    if let Some(o) = self.option(a, option) {
                        out[a] |= 1 << o;
                    }
                }
            }
        }
        out
    }

    fn known_priorities(&mut self, party: &PartyFile) -> Vec<f64> {
        let mut out = vec![1.0; self.file.articles.len()];
        for (id, weight) in &party.known_priorities {
            if let Some(a) = self.article(id) {
                if !(weight.value > 0.0 && weight.value <= 1000.0) {
                    self.error(
                        weight.span,
                        "bad-priority",
                        msg!(
                            "check-scenario-bad-priority",
                            value = weight.value.to_string(),
                            article = id.as_str()
                        ),
                        msg!("check-scenario-bad-priority-help"),
                    );
                }
                out[a] = weight.value;
            }
        }
        out
    }

    /// Points per side, per article, per option; every article must be valued by both.
    pub(super) fn valuations(&mut self) -> [Vec<Vec<i32>>; 2] {
        let f = self.file;
        f.parties.sides().map(|(side, party)| {
            let mut out = Vec::new();
            for id in party.values.keys() {
                if !f.articles.iter().any(|a| a.id.value == id.value) {
                    let known: Vec<&str> = f.articles.iter().map(|a| a.id.as_str()).collect();
                    self.error(
                        id.span,
                        "unknown-article",
                        msg!(
                            "check-scenario-values-unknown-article",
                            side = side_words(side),
                            article = id.as_str()
                        ),
                        choices_help(id, known),
                    );
                }
            }
            for article in f.articles.iter() {
                let options = article.options.len();
                match party.values.iter().find(|(id, _)| id.value == article.id.value) {
                    None => {
                        self.error(
                            party.values.span,
                            "missing-valuation",
                            msg!(
                                "check-scenario-missing-valuation",
                                side = side_words(side),
                                article = article.id.as_str()
                            ),
                            msg!(
                                "check-scenario-missing-valuation-help",
                                article = article.id.as_str(),
                                zeros = vec!["0"; options].join(", ")
                            ),
                        );
                        out.push(vec![0; options]);
                    }
                    Some((_, points)) if points.len() != options => {
                        self.error(
                            points.span,
                            "valuation-length",
                            msg!(
                                "check-scenario-valuation-length",
                                side = side_words(side),
                                count = points.len(),
                                article = article.id.as_str(),
                                options = options
                            ),
                            msg!(
                                "check-scenario-valuation-length-help",
                                options = article
                                    .options
                                    .iter()
                                    .map(|o| o.id.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        );
                        out.push(vec![0; options]);
                    }
                    Some((_, points)) => {
                        for p in points.iter() {
                            if !(0..=MAX_POINTS).contains(&p.value) {
                                self.error(
                                    p.span,
                                    "valuation-range",
                                    msg!("check-scenario-valuation-range", points = p.value, most = MAX_POINTS),
                                    msg!("check-scenario-valuation-range-help"),
                                );
                            }
                        }
                        out.push(points.iter().map(|p| p.value).collect());
                    }
                }
            }
            let spread: i32 = out
                .iter()
                .map(|row| row.iter().max().unwrap_or(&0) - row.iter().min().unwrap_or(&0))
                .sum();
            if spread == 0 && !f.articles.is_empty() {
                self.error(
                    party.values.span,
                    "flat-valuation",
                    msg!("check-scenario-flat-valuation", side = side_words(side)),
                    msg!("check-scenario-flat-valuation-help"),
                );
            }
            out
        })
    }
}
