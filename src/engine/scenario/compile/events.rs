//! Events (dated, conditional or chance happenings) and the effects they, cables and press
//! statements have.

use super::{Compiler, Context};
use crate::engine::play::date::Date;
use crate::engine::scenario::file::EffectFile;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;

impl<'a> Compiler<'a> {
    pub(super) fn events(&mut self, sessions: &[Session]) -> Vec<Event> {
        let f = self.file;
        if f.events.len() > MAX_EVENTS {
            self.error(
                f.events.span,
                "too-many",
                format!("{} events; the most is {MAX_EVENTS}", f.events.len()),
                "remove some",
            );
        }
        let mut out = Vec::new();
        for e in f.events.iter() {
            let mut not_before = 0;
            if let Some(text) = e.date.as_ref().filter(|_| !self.bad_dates) {
                match Date::parse(text) {
                    None => self.error(
                        text.span,
                        "bad-date",
                        format!("`{}` is not a date", text.value),
                        "write dates as \"YYYY-MM-DD\", e.g. \"1905-08-23\"",
                    ),
                    Some(date) => match sessions.iter().position(|s| s.date >= date) {
                        Some(s) if date >= sessions[0].date => not_before = s,
                        _ => {
                            let (first, last) = (sessions.first().map(|s| s.date), sessions.last().map(|s| s.date));
                            self.error(
                                text.span,
                                "event-outside-sessions",
                                format!(
                                    "event `{}` is dated {date}, outside the sessions ({} to {})",
                                    e.id.value,
                                    first.map_or("?".into(), |d| d.to_string()),
                                    last.map_or("?".into(), |d| d.to_string())
                                ),
                                "date it within the conference, or describe earlier facts in the briefings and start values",
                            );
                        }
                    },
                }
            }
            if !(0.0..=1.0).contains(&e.chance.value) {
                self.error(
                    e.chance.span,
                    "bad-chance",
                    format!("chance {} is not between 0 and 1", e.chance.value),
                    "write a probability such as 0.5",
                );
            }
            let when = e.when.as_ref().map(|c| self.condition(c, Context::Talks));
            let effects = self.effects(&e.effects);
            if effects.is_empty() && e.dispatch.is_none() {
                self.warning(
                    e.span,
                    "idle-event",
                    format!("event `{}` has neither effects nor a dispatch", e.id.value),
                    "give it a dispatch so players learn of it, or effects so it matters",
                );
            }
            out.push(Event {
                id: e.id.value.clone(),
                title: e.title.clone(),
                not_before,
                dated: e.date.is_some(),
                when,
                chance: e.chance.value,
                effects,
                dispatch: e.dispatch.as_ref().map(|d| Dispatch {
                    to: d.to,
                    from: d.from.clone(),
                    text: d.text.clone(),
                }),
                source: e.source.as_ref().map(|s| s.value.clone()),
                note: crate::engine::scenario::notes::compile(&e.note),
            });
        }
        out
    }

    pub(super) fn effects(&mut self, effects: &[EffectFile]) -> Vec<Effect> {
        let mut out = Vec::new();
        for effect in effects {
            let compiled = match effect {
                EffectFile::Meter(id, delta) => {
                    if !(-MAX_METER..=MAX_METER).contains(&delta.value) {
                        self.error(
                            delta.span,
                            "meter-range",
                            format!(
                                "a change of {} to meter `{}` is beyond ±{MAX_METER}",
                                delta.value, id.value
                            ),
                            format!("keep meter changes within -{MAX_METER}..={MAX_METER}"),
                        );
                    }
                    self.meter(id).map(|m| Effect::Meter(m, delta.value))
                }
                EffectFile::NoTreatyPoints(side, points) => {
                    let range = -MAX_NO_TREATY_POINTS..=MAX_NO_TREATY_POINTS;
                    self.check_range(
                        points.span,
                        points.value,
                        range,
                        "no-treaty-range",
                        "a change in no-treaty points of",
                    );
                    Some(Effect::NoTreatyPoints(*side, points.value))
                }
                EffectFile::Lift(id) => self.red_line(id).map(Effect::Lift),
                EffectFile::Impose(id) => self.red_line(id).map(Effect::Impose),
                EffectFile::MediatorProposal(id) => self.mediator_proposal(id).map(Effect::MediatorProposal),
                EffectFile::EndTalks(side) => Some(Effect::EndTalks(*side)),
            };
            out.extend(compiled);
        }
        out
    }
}
