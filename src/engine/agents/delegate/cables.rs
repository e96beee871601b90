//! What the delegate remembers of its cables home: the orders it has asked about, and the
//! news it had heard when it asked, so that asking again is said as asking again, with what
//! has come since.

use crate::engine::play::view::SideView;

#[derive(Clone, Debug, Default)]
pub(super) struct Cables {
    /// Per order asked about (its red line), the events it had heard of when it last asked.
    asked: Vec<(u8, u128)>,
}

/// A cable about to go, as the delegate says it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Asking {
    /// It has asked about this order before: the order still stands, so the answer was no.
    pub again: bool,
    /// News it has heard since it last asked, if any: of several, the event the scenario
    /// lists last.
    pub news: Option<u8>,
}

impl Cables {
    /// Notes a cable about `red_line` going now.
    pub(super) fn ask(&mut self, view: &SideView<'_>, red_line: u8) -> Asking {
        let heard = (0..view.public().events.len().min(128))
            .filter(|&e| view.heard_event(e))
            .fold(0u128, |bits, e| bits | 1 << e);
        let before = self.asked.iter_mut().find(|(r, _)| *r == red_line);
        let asking = match &before {
            Some((_, heard_then)) => Asking {
                again: true,
                // The event listed last: not always the last heard (1905's lists the events
                // the meters set off, such as the American press turning, after the dated ones),
                // so the words say "since", never "latest".
                news: (heard & !*heard_then).checked_ilog2().map(|e| e as u8),
            },
            None => Asking::default(),
        };
        match before {
            Some((_, heard_then)) => *heard_then = heard,
            None => self.asked.push((red_line, heard)),
        }
        asking
    }
}
