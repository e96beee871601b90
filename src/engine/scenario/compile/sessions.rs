//! The sessions of the conference: their dates, agendas and sittings.

use super::Compiler;
use crate::engine::play::date::Date;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES};
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::msg;

impl<'a> Compiler<'a> {
    pub(super) fn sessions(&mut self) -> Vec<Session> {
        let f = self.file;
        if f.sessions.is_empty() || f.sessions.len() > MAX_SESSIONS {
            self.error(
                f.sessions.span,
                "session-count",
                msg!(
                    "check-scenario-session-count",
                    count = f.sessions.len(),
                    most = MAX_SESSIONS
                ),
                msg!("check-scenario-session-count-help"),
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
                        msg!("check-scenario-bad-date", date = s.date.as_str()),
                        msg!("check-scenario-bad-date-help"),
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
                    msg!(
                        "check-scenario-date-order",
                        session = i + 1,
                        date = date.to_string(),
                        previous = i,
                        previous_date = prev.date.to_string()
                    ),
                    msg!("check-scenario-date-order-help"),
                );
            }
            if s.exchanges.value == 0 || s.exchanges.value > MAX_EXCHANGES {
                self.error(
                    s.exchanges.span,
                    "exchange-count",
                    msg!(
                        "check-scenario-exchange-count",
                        count = s.exchanges.value,
                        most = MAX_EXCHANGES
                    ),
                    msg!("check-scenario-exchange-count-help"),
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
                    msg!("check-scenario-never-tabled", article = id.as_str()),
                    msg!("check-scenario-never-tabled-help", article = id.as_str()),
                );
            }
        }
        out
    }
}
