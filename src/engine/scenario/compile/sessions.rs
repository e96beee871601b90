//! The sessions of the conference: their dates, agendas and sittings.

use super::Compiler;
use crate::engine::play::date::Date;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES};
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;

impl<'a> Compiler<'a> {
    pub(super) fn sessions(&mut self) -> Vec<Session> {
        let f = self.file;
        if f.sessions.is_empty() || f.sessions.len() > MAX_SESSIONS {
            self.error(
                f.sessions.span,
                "session-count",
                format!("{} sessions; a scenario needs 1 to {MAX_SESSIONS}", f.sessions.len()),
                "the historical conference had twelve",
            );
        }
        let mut out: Vec<Session> = Vec::new();
        let mut tabled = ArticleSet::EMPTY;
        for (i, s) in f.sessions.iter().enumerate() {
            let date = match Date::parse(&s.date) {
                Some(d) => d,
                None => {
                    self.bad_dates = true;
                    self.error(
                        s.date.span,
                        "bad-date",
                        format!("`{}` is not a date", s.date.value),
                        "write dates as \"YYYY-MM-DD\" (New Style), e.g. \"1905-08-10\"",
                    );
                    Date {
                        year: 1905,
                        month: 1,
                        day: 1,
                    }
                }
            };
            if let Some(prev) = out.last()
                && !self.bad_dates
                && date <= prev.date
            {
                self.error(
                    s.date.span,
                    "date-order",
                    format!("session {} ({date}) is not after session {} ({})", i + 1, i, prev.date),
                    "list sessions in date order, one per day",
                );
            }
            if s.exchanges.value == 0 || s.exchanges.value > MAX_EXCHANGES {
                self.error(
                    s.exchanges.span,
                    "exchange-count",
                    format!("{} exchanges; a session holds 1 to {MAX_EXCHANGES}", s.exchanges.value),
                    "in each exchange both sides move once; 2 is the usual morning and afternoon sitting",
                );
            }
            let mut agenda = ArticleSet::EMPTY;
            for id in &s.agenda {
                if let Some(a) = self.article(id)
                    && a < MAX_ARTICLES
                {
                    agenda.insert(a);
                }
            }
            tabled = tabled.union(agenda);
            out.push(Session {
                date,
                title: s.title.clone(),
                agenda,
                tabled,
                exchanges: s.exchanges.value,
                initiative: s.initiative,
                note: s.note.clone(),
            });
        }
        for (i, article) in f.articles.iter().enumerate() {
            if i < MAX_ARTICLES && !tabled.contains(i) {
                let id = &article.id;
                self.error(
                    id.span,
                    "never-tabled",
                    format!(
                        "article `{}` is on no session's agenda, so it can never be negotiated",
                        id.value
                    ),
                    format!("add \"{}\" to the agenda of a session", id.value),
                );
            }
        }
        out
    }
}
