//! Validation: checks a deserialised scenario file rule by rule, collects every problem with
//! the place it was written, and on success resolves all names to indices. One module per
//! part of the file; this one holds the shared state and assembles the scenario.

mod articles;
mod conditions;
mod derived;
mod events;
mod glossary;
mod history;
mod mediator;
mod names;
mod outcomes;
mod parties;
mod personas;
mod red_lines;
mod sessions;
mod treaty_form;

use super::coverage;
use super::file::*;
use super::model::*;
use crate::engine::analysis::space::{MAX_SPACE, OutcomeSpace};
use crate::engine::source::diagnostic::Diagnostic;
use crate::engine::source::{SourceMap, Span};
use crate::i18n::Message;
use crate::msg;

/// Where a condition is used decides what it may ask about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// Over a treaty's terms alone: a red line's exception.
    Terms,
    /// During the talks: events, cable answers, mediator proposals.
    Talks,
    /// Which outcome a finished game ends in: only the end and the treaty's terms.
    Outcome,
    /// Aftermath: anything about the finished game.
    Final,
}

struct Compiler<'a> {
    sources: &'a SourceMap,
    diagnostics: Vec<Diagnostic>,
    file: &'a ScenarioFile,
    /// A session date did not parse: checks that compare dates would only add noise.
    bad_dates: bool,
}

pub struct Compiled {
    pub scenario: Option<Scenario>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks `file` (read from the files in `sources`) and builds the scenario if no error was found.
pub fn compile(file: &ScenarioFile, sources: &SourceMap, name: &str, digest: u64) -> Compiled {
    let mut c = Compiler {
        sources,
        diagnostics: Vec::new(),
        file,
        bad_dates: false,
    };
    let scenario = c.scenario(name, digest);
    let failed = c.diagnostics.iter().any(Diagnostic::is_error);
    Compiled {
        scenario: if failed { None } else { scenario },
        diagnostics: c.diagnostics,
    }
}

impl<'a> Compiler<'a> {
    fn error(&mut self, span: Span, rule: &'static str, message: impl Into<Message>, help: impl Into<Message>) {
        let location = self.sources.location(span);
        self.diagnostics
            .push(Diagnostic::error(rule, message, help).at(location));
    }

    fn warning(&mut self, span: Span, rule: &'static str, message: impl Into<Message>, help: impl Into<Message>) {
        let location = self.sources.location(span);
        self.diagnostics
            .push(Diagnostic::warning(rule, message, help).at(location));
    }

    /// Refuses a number outside `range` (and any that is not finite), naming what it is.
    fn check_range(
        &mut self,
        span: Span,
        value: f64,
        range: std::ops::RangeInclusive<f64>,
        rule: &'static str,
        what: Message,
    ) {
        if !value.is_finite() || !range.contains(&value) {
            self.error(
                span,
                rule,
                msg!(
                    "check-scenario-out-of-range",
                    what = what,
                    value = readable(value),
                    start = range.start().to_string(),
                    end = range.end().to_string()
                ),
                msg!("check-scenario-out-of-range-help"),
            );
        }
    }

    fn scenario(&mut self, name: &str, digest: u64) -> Option<Scenario> {
        let f = self.file;
        if f.format.value != FORMAT {
            let (message, help) = if f.format.value > FORMAT {
                (
                    msg!("check-scenario-format-newer", format = f.format.value, newest = FORMAT),
                    msg!("check-scenario-format-newer-help"),
                )
            } else {
                (
                    msg!("check-scenario-format-unknown", format = f.format.value),
                    msg!("check-scenario-format-unknown-help"),
                )
            };
            self.error(f.format.span, "format-version", message, help);
            return None;
        }
        self.check_id(&f.id);
        self.check_sources();

        let articles = self.articles();
        let meters = self.meters();
        let sessions = self.sessions();
        self.check_unique_ids();
        let red_lines = self.red_lines();
        let press = self.press();
        let mediator = self.mediator();
        let events = self.events(&sessions);
        let (parties, mandates) = self.parties();
        let points = self.valuations();
        let outcomes = self.outcomes();
        let difficulties = self.difficulties();
        let glossary = self.glossary();

        if self.diagnostics.iter().any(Diagnostic::is_error) {
            return None;
        }
        let option_counts: Vec<u8> = articles.iter().map(|a| a.options.len() as u8).collect();
        let space = OutcomeSpace::new(&option_counts, [&points[0], &points[1]]);
        if space.size() > MAX_SPACE {
            self.error(
                f.articles.span,
                "too-many-treaties",
                msg!(
                    "check-scenario-too-many-treaties",
                    count = space.size().to_string(),
                    most = MAX_SPACE
                ),
                msg!("check-scenario-too-many-treaties-help"),
            );
            return None;
        }
        let mut scenario = derived::assemble(
            Parts {
                id: f.id.value.clone(),
                title: f.title.clone(),
                description: f.description.clone(),
                author: f.author.clone(),
                file: name.to_string(),
                digest,
                sources: f.sources.iter().map(|(k, v)| (k.clone(), v.value.clone())).collect(),
                parties,
                mandates,
                mediator,
                sessions,
                articles,
                meters,
                red_lines,
                press,
                events,
                outcomes,
                difficulties,
                glossary,
            },
            space,
        );
        self.check_impossible_articles(&scenario);
        for d in coverage::check(&scenario) {
            let span = match d.outcome {
                Some(i) => f.outcomes[i].when.span,
                None => f.outcomes.span,
            };
            let location = self.sources.location(span);
            self.diagnostics.push(d.diagnostic.at(location));
        }
        let history = self.history(&scenario);
        scenario.set_history(history);
        scenario.public.treaty_form = treaty_form::check(self, &scenario);
        Some(scenario)
    }
}

/// Everything a scenario is made of before the derived tables are built.
struct Parts {
    id: String,
    title: String,
    description: String,
    author: String,
    file: String,
    digest: u64,
    sources: std::collections::BTreeMap<String, String>,
    parties: [Party; 2],
    mandates: [Mandate; 2],
    mediator: Mediator,
    sessions: Vec<Session>,
    articles: Vec<Article>,
    meters: Vec<Meter>,
    red_lines: Vec<RedLine>,
    press: Vec<PressLine>,
    events: Vec<Event>,
    outcomes: Vec<Outcome>,
    difficulties: Vec<Difficulty>,
    glossary: Vec<GlossaryEntry>,
}

/// A number as an author would write it: huge ones in exponent form, not 300 digits.
fn readable(value: f64) -> String {
    if value.abs() >= 1e9 {
        format!("{value:e}")
    } else {
        value.to_string()
    }
}
