//! Every piece of prose a scenario file holds, each under a stable key made from the file's
//! structure and ids (never from the text), so a translation keeps matching when the English
//! is reworded. Lists without ids (sessions, delegates, aftermath, glossary...) are keyed by
//! their 1-based position. Ids, source keys, dates and numbers are never visited.

use crate::engine::scenario::file::{NoteFile, PartyFile, ScenarioFile};
use crate::engine::scenario::treaty_form::{FormArticleFile, FormPartyFile, PartFile, TreatyFormFile};
use crate::engine::source::Span;

/// Where a prose field is: its key in a translation file, where it is in the `.ron` (for
/// people), and the group of the template it is listed under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    pub place: String,
    pub group: &'static str,
    /// The nearest place the file records for it (the id of the article, event... it
    /// belongs to): prose itself is read without positions.
    pub anchor: Option<Span>,
}

/// The groups of a template, in the order they are written.
pub const GROUPS: &[&str] = &[
    "Scenario",
    "Parties",
    "Difficulties",
    "Mediator",
    "Sessions",
    "Articles",
    "Meters",
    "Events",
    "Outcomes",
    "History",
    "Treaty form",
    "Glossary",
];

/// Makes an id or position part of a Fluent identifier: anything outside [a-zA-Z0-9_-]
/// becomes `-` (the compiler refuses such ids anyway; the template must still be valid).
fn part(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// A key of two words (written apart so that it is not mistaken for a rule id).
fn key(first: &str, second: &str) -> String {
    format!("{first}-{second}")
}

/// Builds the key and place of fields under one prefix.
struct Walk<'f> {
    visit: &'f mut dyn FnMut(&Field, &mut String),
    group: &'static str,
    anchor: Option<Span>,
}

impl Walk<'_> {
    fn field(&mut self, key: String, place: String, text: &mut String) {
        let field = Field {
            key,
            place,
            group: self.group,
            anchor: self.anchor,
        };
        (self.visit)(&field, text);
    }

    fn note(&mut self, key: &str, place: &str, note: &mut NoteFile) {
        self.field(format!("{key}-note"), format!("{place}.note.text"), &mut note.text);
        for (i, reading) in note.contested.iter_mut().enumerate() {
            let n = i + 1;
            self.field(
                format!("{key}-note-reading-{n}"),
                format!("{place}.note.contested[{n}].says"),
                &mut reading.says,
            );
        }
    }
}

/// Calls `visit` with every prose field of the file, in file order, and a mutable reference
/// to its text: reading builds a template, writing lays a translation over the file.
pub fn visit(file: &mut ScenarioFile, visit: &mut dyn FnMut(&Field, &mut String)) {
    let mut w = Walk {
        visit,
        group: "Scenario",
        anchor: Some(file.id.span),
    };
    w.field("title".into(), "title".into(), &mut file.title);
    w.field("description".into(), "description".into(), &mut file.description);

    w.group = "Parties";
    w.anchor = Some(file.parties.span);
    let parties = &mut file.parties.value;
    for (side, party) in [("japan", &mut parties.japan), ("russia", &mut parties.russia)] {
        walk_party(&mut w, side, party);
    }

    w.group = "Difficulties";
    for d in &mut file.difficulties {
        w.anchor = Some(d.id.span);
        let id = part(&d.id);
        w.field(
            format!("difficulty-{id}-label"),
            format!("difficulties[{}].label", d.id.value),
            &mut d.label,
        );
        w.field(
            format!("difficulty-{id}-description"),
            format!("difficulties[{}].description", d.id.value),
            &mut d.description,
        );
    }

    w.group = "Mediator";
    w.anchor = None;
    let m = &mut file.mediator;
    w.field(key("mediator", "name"), "mediator.name".into(), &mut m.name);
    w.field(key("mediator", "title"), "mediator.title".into(), &mut m.title);
    w.field(key("mediator", "country"), "mediator.country".into(), &mut m.country);
    w.field(key("mediator", "seat"), "mediator.seat".into(), &mut m.seat);
    for p in m.proposals.value.iter_mut() {
        w.anchor = Some(p.id.span);
        let (key, place) = (
            format!("mediator-proposal-{}", part(&p.id)),
            format!("mediator.proposals[{}]", p.id.value),
        );
        w.field(format!("{key}-title"), format!("{place}.title"), &mut p.title);
        w.field(format!("{key}-text"), format!("{place}.text"), &mut p.text);
    }

    w.group = "Sessions";
    for (i, s) in file.sessions.value.iter_mut().enumerate() {
        w.anchor = Some(s.date.span);
        let n = i + 1;
        w.field(
            format!("session-{n}-title"),
            format!("sessions[{n}].title"),
            &mut s.title,
        );
        if !s.note.is_empty() {
            w.field(format!("session-{n}-note"), format!("sessions[{n}].note"), &mut s.note);
        }
    }

    w.group = "Articles";
    for a in file.articles.value.iter_mut() {
        w.anchor = Some(a.id.span);
        let (key, place) = (format!("article-{}", part(&a.id)), format!("articles[{}]", a.id.value));
        w.field(format!("{key}-group"), format!("{place}.group"), &mut a.group);
        w.field(format!("{key}-title"), format!("{place}.title"), &mut a.title);
        if let Some(in_sentence) = &mut a.title_in_sentence {
            w.field(
                format!("{key}-title_in_sentence"),
                format!("{place}.title_in_sentence"),
                in_sentence,
            );
        }
        w.field(format!("{key}-summary"), format!("{place}.summary"), &mut a.summary);
        for o in a.options.value.iter_mut() {
            w.anchor = Some(o.id.span);
            let (okey, oplace) = (
                format!("{key}-option-{}", part(&o.id)),
                format!("{place}.options[{}]", o.id.value),
            );
            w.field(format!("{okey}-label"), format!("{oplace}.label"), &mut o.label);
            if let Some(clause) = &mut o.clause {
                w.field(format!("{okey}-clause"), format!("{oplace}.clause"), clause);
            }
        }
        w.anchor = Some(a.id.span);
        if let Some(note) = &mut a.note {
            w.note(&key, &place, note);
        }
    }

    w.group = "Meters";
    for m in file.meters.value.iter_mut() {
        w.anchor = Some(m.id.span);
        let (key, place) = (format!("meter-{}", part(&m.id)), format!("meters[{}]", m.id.value));
        w.field(format!("{key}-name"), format!("{place}.name"), &mut m.name);
        w.field(
            format!("{key}-description"),
            format!("{place}.description"),
            &mut m.description,
        );
    }

    w.group = "Events";
    for e in file.events.value.iter_mut() {
        w.anchor = Some(e.span);
        let e = &mut e.value;
        let (key, place) = (format!("event-{}", part(&e.id)), format!("events[{}]", e.id.value));
        w.field(format!("{key}-title"), format!("{place}.title"), &mut e.title);
        if let Some(d) = &mut e.dispatch {
            w.field(
                format!("{key}-dispatch-from"),
                format!("{place}.dispatch.from"),
                &mut d.from,
            );
            w.field(
                format!("{key}-dispatch-text"),
                format!("{place}.dispatch.text"),
                &mut d.text,
            );
        }
        if let Some(note) = &mut e.note {
            w.note(&key, &place, note);
        }
    }

    w.group = "Outcomes";
    for o in file.outcomes.value.iter_mut() {
        w.anchor = Some(o.id.span);
        let (key, place) = (format!("outcome-{}", part(&o.id)), format!("outcomes[{}]", o.id.value));
        w.field(format!("{key}-title"), format!("{place}.title"), &mut o.title);
        w.field(format!("{key}-epilogue"), format!("{place}.epilogue"), &mut o.epilogue);
        for (i, a) in o.aftermath.value.iter_mut().enumerate() {
            let n = i + 1;
            w.field(
                format!("{key}-aftermath-{n}"),
                format!("{place}.aftermath[{n}].text"),
                &mut a.text,
            );
        }
        if let Some(note) = &mut o.note {
            w.note(&key, &place, note);
        }
    }

    w.group = "History";
    w.anchor = None;
    if let Some(h) = &mut file.history {
        if !h.note.is_empty() {
            w.field(key("history", "note"), "history.note".into(), &mut h.note);
        }
        for (i, step) in h.script.value.iter_mut().enumerate() {
            w.anchor = Some(step.session.span);
            let n = i + 1;
            if !step.note.is_empty() {
                w.field(
                    format!("history-step-{n}-note"),
                    format!("history.script[{n}].note"),
                    &mut step.note,
                );
            }
        }
    }

    w.group = "Treaty form";
    w.anchor = None;
    if let Some(form) = &mut file.treaty_form {
        walk_form(&mut w, form);
    }

    w.group = "Glossary";
    for (i, g) in file.glossary.iter_mut().enumerate() {
        w.anchor = Some(g.term.span);
        let n = i + 1;
        w.field(
            format!("glossary-{n}-term"),
            format!("glossary[{n}].term"),
            &mut g.term.value,
        );
        w.field(
            format!("glossary-{n}-means"),
            format!("glossary[{n}].means"),
            &mut g.means.value,
        );
    }
}

fn walk_party(w: &mut Walk, side: &str, p: &mut PartyFile) {
    w.anchor = Some(p.delegates.span);
    let (key, place) = (side.to_string(), format!("parties.{side}"));
    w.field(format!("{key}-name"), format!("{place}.name"), &mut p.name);
    w.field(format!("{key}-capital"), format!("{place}.capital"), &mut p.capital);
    w.field(
        format!("{key}-player_title"),
        format!("{place}.player_title"),
        &mut p.player_title,
    );
    for (i, d) in p.delegates.value.iter_mut().enumerate() {
        let n = i + 1;
        w.field(
            format!("{key}-delegate-{n}-name"),
            format!("{place}.delegates[{n}].name"),
            &mut d.name,
        );
        w.field(
            format!("{key}-delegate-{n}-role"),
            format!("{place}.delegates[{n}].role"),
            &mut d.role,
        );
    }
    w.field(format!("{key}-briefing"), format!("{place}.briefing"), &mut p.briefing);
    w.field(
        format!("{key}-public_position"),
        format!("{place}.public_position"),
        &mut p.public_position,
    );
    w.field(
        format!("{key}-no_treaty"),
        format!("{place}.no_treaty.text"),
        &mut p.no_treaty.text,
    );
    for r in &mut p.red_lines {
        w.anchor = Some(r.id.span);
        let (rkey, rplace) = (
            format!("{key}-red_line-{}", part(&r.id)),
            format!("{place}.red_lines[{}]", r.id.value),
        );
        w.field(format!("{rkey}-text"), format!("{rplace}.text"), &mut r.text);
        if let Some(c) = &mut r.cable {
            w.field(format!("{rkey}-cable-yes"), format!("{rplace}.cable.yes"), &mut c.yes);
            w.field(format!("{rkey}-cable-no"), format!("{rplace}.cable.no"), &mut c.no);
        }
    }
    for s in &mut p.press {
        w.anchor = Some(s.id.span);
        let (skey, splace) = (
            format!("{key}-press-{}", part(&s.id)),
            format!("{place}.press[{}]", s.id.value),
        );
        w.field(format!("{skey}-label"), format!("{splace}.label"), &mut s.label);
        w.field(format!("{skey}-text"), format!("{splace}.text"), &mut s.text);
    }
    if let Some(persona) = &mut p.delegate {
        w.anchor = persona.compromise.as_ref().map(|c| c.from.span);
        // Its `press` entries name press statements by id: not prose.
        if let Some(c) = &mut persona.compromise {
            w.field(
                format!("{key}-persona-compromise"),
                format!("{place}.delegate.compromise.note"),
                &mut c.note,
            );
        }
    }
}

fn walk_form(w: &mut Walk, form: &mut TreatyFormFile) {
    w.field(key("treaty", "title"), "treaty_form.title".into(), &mut form.title);
    for (side, party) in [("japan", &mut form.japan), ("russia", &mut form.russia)] {
        walk_form_party(w, side, party);
    }
    w.field(
        key("treaty", "preamble"),
        "treaty_form.preamble".into(),
        &mut form.preamble,
    );
    w.field(key("treaty", "place"), "treaty_form.place".into(), &mut form.place);
    for a in form.articles.value.iter_mut() {
        walk_form_article(w, "article", "articles", a);
    }
    for a in form.additional.value.iter_mut() {
        walk_form_article(w, "additional", "additional", a);
    }
}

fn walk_form_party(w: &mut Walk, side: &str, p: &mut FormPartyFile) {
    let (key, place) = (format!("treaty-{side}"), format!("treaty_form.{side}"));
    w.field(
        format!("{key}-sovereign"),
        format!("{place}.sovereign"),
        &mut p.sovereign,
    );
    for (i, pl) in p.plenipotentiaries.value.iter_mut().enumerate() {
        let n = i + 1;
        w.field(
            format!("{key}-plenipotentiary-{n}-name"),
            format!("{place}.plenipotentiaries[{n}].name"),
            &mut pl.name,
        );
        w.field(
            format!("{key}-plenipotentiary-{n}-office"),
            format!("{place}.plenipotentiaries[{n}].office"),
            &mut pl.office,
        );
    }
}

fn walk_form_article(w: &mut Walk, kind: &str, list: &str, a: &mut FormArticleFile) {
    w.anchor = Some(a.id.span);
    let (key, place) = (
        format!("treaty-{kind}-{}", part(&a.id)),
        format!("treaty_form.{list}[{}]", a.id.value),
    );
    w.field(format!("{key}-title"), format!("{place}.title"), &mut a.title);
    for (i, p) in a.parts.value.iter_mut().enumerate() {
        // A `Term` names a negotiated article by id: not prose.
        if let PartFile::Text(text) = &mut p.value {
            let n = i + 1;
            w.field(format!("{key}-text-{n}"), format!("{place}.parts[{n}]"), text);
        }
    }
}

/// Every prose field of the file with its text, in file order.
pub fn list(file: &ScenarioFile) -> Vec<(Field, String)> {
    let mut copy = file.clone();
    let mut out = Vec::new();
    visit(&mut copy, &mut |field, text| {
        out.push((field.clone(), std::mem::take(text)))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_become_legal_fluent_identifiers() {
        assert_eq!(part("free_hand"), "free_hand");
        assert_eq!(part("south-half2"), "south-half2");
        assert_eq!(part("bad id.é"), "bad-id--");
        assert_eq!(key("treaty", "title"), "treaty-title");
    }
}
