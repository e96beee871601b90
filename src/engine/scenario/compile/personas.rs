//! How the computer plays each side (its persona), and the levels of play it offers.

use super::Compiler;
use crate::engine::play::moves::Terms;
use crate::engine::play::side::Side;
use crate::engine::scenario::file::{HiddenFile, PersonaFile};
use crate::engine::scenario::model::*;
use crate::engine::source::Spanned;

impl<'a> Compiler<'a> {
    /// A session written 1-based, as a 0-based index; an error if there is no such session.
    fn session_number(&mut self, n: &Spanned<usize>) -> usize {
        let sessions = self.file.sessions.len();
        if n.value == 0 || n.value > sessions {
            self.error(
                n.span,
                "bad-session",
                format!(
                    "session {} does not exist; sessions are numbered 1 to {sessions}",
                    n.value
                ),
                "write a session number from the scenario's list, counting the first as 1",
            );
        }
        n.value.clamp(1, sessions.max(1)) - 1
    }

    /// The computer delegate's persona for one side.
    pub(super) fn persona(&mut self, side: Side) -> Persona {
        let f = self.file;
        let party = f.parties.side(side);
        let Some(file) = &party.delegate else {
            return Persona::default();
        };
        let firmness = &file.firmness;
        if !(firmness.value > 0.0 && firmness.value <= 20.0) {
            self.error(
                firmness.span,
                "bad-firmness",
                format!("firmness {} is out of range", firmness.value),
                "use a number above 0 and at most 20: 1 concedes evenly, 3 holds firm, 0.5 gives way early",
            );
        }
        let mut pressures = Vec::new();
        for (id, weight) in &file.pressures {
            self.check_range(weight.span, weight.value, -1.0..=1.0, "pressure-range", "a pressure of");
            if let Some(m) = self.meter(id) {
                pressures.push((m, weight.value));
            }
        }
        let first_press = if side == Side::Japan {
            0
        } else {
            f.parties.japan.press.len()
        };
        let mut press = Vec::new();
        for entry in &file.press {
            let from = self.session_number(&entry.from);
            match party.press.iter().position(|p| p.id.value == entry.line.value) {
                Some(p) => press.push(((first_press + p) as u8, from)),
                None => {
                    let known: Vec<&str> = party.press.iter().map(|p| p.id.as_str()).collect();
                    self.error(
                        entry.line.span,
                        "unknown-press",
                        format!("{side} has no press statement `{}`", entry.line.value),
                        format!("use one of this side's press ids: {}", known.join(", ")),
                    );
                }
            }
        }
        let ultimatum_from = file.ultimatum_from.as_ref().map(|n| self.session_number(n));
        let compromise = file
            .compromise
            .as_ref()
            .map(|c| (self.session_number(&c.from), c.note.clone()));
        let cable_from = file.cable_from.as_ref().map_or(0, |n| self.session_number(n));
        if let Some(source) = &file.source {
            self.check_source_keys(source);
        }
        let opening = self.opening(side, file);
        let hidden = file
            .hidden
            .as_ref()
            .map_or_else(HiddenRanges::default, |h| self.hidden_ranges(h));
        Persona {
            firmness: firmness.value,
            pressures,
            press,
            ultimatum_from,
            compromise,
            cable_from,
            opening,
            hidden,
        }
    }

    /// The terms a persona concedes from the start: they must be terms its instructions
    /// allow, or its first proposal would break them.
    fn opening(&mut self, side: Side, file: &PersonaFile) -> Terms {
        let mut terms = Terms::EMPTY;
        for (article_id, option_id) in &file.opening {
            let Some(a) = self.article(article_id) else { continue };
            let Some(o) = self.option(a, option_id) else { continue };
            let party = self.file.parties.side(side);
            let forbidding = party.red_lines.iter().find(|r| {
                r.active
                    && r.forbids.value.iter().any(|(art, options)| {
                        art.value == article_id.value && options.iter().any(|x| x.value == option_id.value)
                    })
            });
            if let Some(red_line) = forbidding {
                self.error(
                    option_id.span,
                    "opening-forbidden",
                    format!(
                        "{side}'s opening concedes `{}` on `{}`, which its red line `{}` forbids",
                        option_id.value, article_id.value, red_line.id.value
                    ),
                    "open with a term the instructions allow, or change the red line",
                );
                continue;
            }
            terms.set(a, o);
        }
        terms
    }

    /// Ranges of the hidden limits: each low at most its high, within sensible bounds.
    fn hidden_ranges(&mut self, file: &HiddenFile) -> HiddenRanges {
        let range = |c: &mut Self, r: &Spanned<(f64, f64)>, bounds: std::ops::RangeInclusive<f64>, what: &str| {
            let (low, high) = r.value;
            let ok =
                low.is_finite() && high.is_finite() && low <= high && bounds.contains(&low) && bounds.contains(&high);
            if !ok {
                c.error(
                    r.span,
                    "hidden-range",
                    format!(
                        "the {what} range ({low}, {high}) must run from low to high within {} to {}",
                        bounds.start(),
                        bounds.end()
                    ),
                    format!(
                        "write (low, high) with low at most high, both from {} to {}",
                        bounds.start(),
                        bounds.end()
                    ),
                );
                return (bounds.start().max(0.0), bounds.start().max(0.0));
            }
            (low, high)
        };
        let resolve = range(self, &file.resolve, 0.0..=1.0, "resolve");
        let defaults = HiddenRanges::default();
        let patience = file
            .patience
            .as_ref()
            .map_or(defaults.patience, |r| range(self, r, 0.1..=5.0, "patience"));
        let pressure = file
            .pressure
            .as_ref()
            .map_or(defaults.pressure, |r| range(self, r, 0.0..=5.0, "pressure"));
        let walk_out = file.walk_out.as_ref().map(|w| {
            self.check_range(
                w.chance.span,
                w.chance.value,
                0.0..=1.0,
                "bad-chance",
                "a walk-out chance of",
            );
            let from = self.session_number(&w.from);
            let to = self.session_number(&w.to);
            if from > to {
                self.error(
                    w.to.span,
                    "hidden-range",
                    format!("the walk-out sessions run from {} back to {}", w.from.value, w.to.value),
                    "write `to` at least as late as `from`",
                );
            }
            (w.chance.value, from, to.max(from))
        });
        self.check_source_keys(&file.source);
        HiddenRanges {
            resolve,
            patience,
            pressure,
            walk_out,
        }
    }

    /// The levels of play; the standard set when the file names none.
    pub(super) fn difficulties(&mut self) -> Vec<Difficulty> {
        let f = self.file;
        if f.difficulties.is_empty() {
            return Difficulty::standard();
        }
        let mut out = Vec::new();
        for d in &f.difficulties {
            self.check_id(&d.id);
            if !(d.firmness.value > 0.0 && d.firmness.value <= 10.0) {
                self.error(
                    d.firmness.span,
                    "bad-firmness",
                    format!("firmness {} is out of range", d.firmness.value),
                    "use a factor above 0 and at most 10 (1 plays the persona as written)",
                );
            }
            out.push(Difficulty {
                id: d.id.value.clone(),
                label: d.label.clone(),
                description: d.description.clone(),
                firmness: d.firmness.value,
                reads_opponent: d.reads_opponent,
            });
        }
        out
    }
}
