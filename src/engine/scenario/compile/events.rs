//! Events (dated, conditional or chance happenings) and the effects they, cables and press
//! statements have.

use super::{Compiler, Context};
use crate::engine::play::date::Date;
use crate::engine::scenario::file::EffectFile;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::msg;

impl<'a> Compiler<'a> {
    pub(super) fn events(&mut self, sessions: &[Session]) -> Vec<Event> {
        let f = self.file;
        if f.events.len() > MAX_EVENTS {
            self.error(
                f.events.span,
                "too-many",
                msg!(
                    "check-scenario-too-many-events",
                    count = f.events.len(),
                    most = MAX_EVENTS
                ),
                msg!("check-scenario-too-many-events-help"),
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
                        msg!("check-scenario-bad-date", date = text.as_str()),
                        msg!("check-scenario-bad-event-date-help"),
                    ),
                    Some(date) => match sessions.iter().position(|s| s.date >= date) {
                        Some(s) if date >= sessions[0].date => not_before = s,
                        _ => {
                            let (first, last) = (sessions.first().map(|s| s.date), sessions.last().map(|s| s.date));
                            self.error(
                                text.span,
                                "event-outside-sessions",
                                msg!(
                                    "check-scenario-event-outside-sessions",
                                    event = e.id.as_str(),
                                    date = date.to_string(),
                                    first = first.map_or("?".into(), |d| d.to_string()),
                                    last = last.map_or("?".into(), |d| d.to_string())
                                ),
                                msg!("check-scenario-event-outside-sessions-help"),
                            );
                        }
                    },
                }
            }
            if !(0.0..=1.0).contains(&e.chance.value) {
                self.error(
                    e.chance.span,
                    "bad-chance",
                    msg!("check-scenario-bad-chance", chance = e.chance.value.to_string()),
                    msg!("check-scenario-bad-chance-help"),
                );
            }
            let when = e.when.as_ref().map(|c| self.condition(c, Context::Talks));
            let effects = self.effects(&e.effects);
            if effects.is_empty() && e.dispatch.is_none() {
                self.warning(
                    e.span,
                    "idle-event",
                    msg!("check-scenario-idle-event", event = e.id.as_str()),
                    msg!("check-scenario-idle-event-help"),
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
                            msg!(
                                "check-scenario-meter-change",
                                change = delta.value,
                                meter = id.as_str(),
                                most = MAX_METER
                            ),
                            msg!("check-scenario-meter-change-help", most = MAX_METER),
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
                        msg!("check-scenario-what-no-treaty-change"),
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
