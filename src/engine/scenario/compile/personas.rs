//! How the computer plays each side (its persona), and the levels of play it offers.

use super::Compiler;
use crate::engine::play::moves::Terms;
use crate::engine::play::side::Side;
use crate::engine::records::narrate::side_words;
use crate::engine::scenario::file::{HiddenFile, PersonaFile};
use crate::engine::scenario::model::*;
use crate::engine::source::Spanned;
use crate::msg;

impl<'a> Compiler<'a> {
    /// A session written 1-based, as a 0-based index; an error if there is no such session.
    fn session_number(&mut self, n: &Spanned<usize>) -> usize {
        let sessions = self.file.sessions.len();
        if n.value == 0 || n.value > sessions {
            self.error(
                n.span,
                "bad-session",
                msg!("check-scenario-bad-session", session = n.value, count = sessions),
                msg!("check-scenario-bad-persona-session-help"),
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
                msg!("check-scenario-bad-firmness", firmness = firmness.value.to_string()),
                msg!("check-scenario-bad-firmness-help"),
            );
        }
        let mut pressures = Vec::new();
        for (id, weight) in &file.pressures {
            self.check_range(
                weight.span,
                weight.value,
                -1.0..=1.0,
                "pressure-range",
                msg!("check-scenario-what-pressure"),
            );
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
                        msg!(
                            "check-scenario-unknown-press",
                            side = side_words(side),
                            id = entry.line.as_str()
                        ),
                        msg!("check-scenario-unknown-press-help", known = known.join(", ")),
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
                    msg!(
                        "check-scenario-opening-forbidden",
                        side = side_words(side),
                        option = option_id.as_str(),
                        article = article_id.as_str(),
                        red_line = red_line.id.as_str()
                    ),
                    msg!("check-scenario-opening-forbidden-help"),
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
                    msg!(
                        "check-scenario-hidden-range",
                        field = what,
                        low = low.to_string(),
                        high = high.to_string(),
                        start = bounds.start().to_string(),
                        end = bounds.end().to_string()
                    ),
                    msg!(
                        "check-scenario-hidden-range-help",
                        start = bounds.start().to_string(),
                        end = bounds.end().to_string()
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
                msg!("check-scenario-what-walk-out-chance"),
            );
            let from = self.session_number(&w.from);
            let to = self.session_number(&w.to);
            if from > to {
                self.error(
                    w.to.span,
                    "hidden-range",
                    msg!("check-scenario-walk-out-order", from = w.from.value, to = w.to.value),
                    msg!("check-scenario-walk-out-order-help"),
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
                    msg!("check-scenario-bad-firmness", firmness = d.firmness.value.to_string()),
                    msg!("check-scenario-bad-difficulty-firmness-help"),
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
