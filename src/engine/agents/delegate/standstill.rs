//! A side that will not move. Each session the delegate notes how far the other side's best
//! offer stands above its own walk-away. On or after its hidden day, if that has not grown
//! by `MOVED_ENOUGH` over the last `LOOKBACK` sessions, it stops bargaining its way down and
//! stands firm on what it believes fair — Witte's packed bags of 26 August, Komura's own wish
//! to break off. Holding a demand to the last session then risks the talks: a student who
//! would win by never moving must move.
//!
//! A side that has already come a long way and stops has reached its limit, not dug in: it
//! is not held to this.
//!
//! A side that never came towards it and then, at its last answer, offers at once a great
//! deal more had that room all along: it answers with what it believes fair, which that side
//! can still sign (`leaps_to`).
//!
//! It watches the offer above its walk-away, not the offer alone: a side that tracks its
//! walk-away as it falls offers the same little margin every session, however its terms
//! change.

/// Sessions over which the other side must have come towards it. INVENTED.
/// (The words say "two sessions": change them with it.)
const LOOKBACK: usize = 2;
/// How much more above its walk-away the other side's offer must stand than `LOOKBACK`
/// sessions before (in its utility, 0 to 1). INVENTED.
const MOVED_ENOUGH: f64 = 0.03;

/// A side whose offers have come this far towards it since its first (in its utility above
/// its walk-away) has given ground enough: if it stops there, it has reached its limit, not
/// dug in. INVENTED.
const GIVEN_ENOUGH: f64 = 0.2;

/// A side that stands still having come less than this towards it since its first offer (in
/// its utility) has not given ground enough to be given all it may at the end. INVENTED.
const CAME_LITTLE: f64 = 0.1;

/// A step this large (in its utility) at once, from a side that had never come towards it,
/// shows room kept back all along. INVENTED.
const LEAP: f64 = GIVEN_ENOUGH;

/// The best the other side's offers have stood above its walk-away, by session.
#[derive(Debug, Default)]
pub(super) struct Standstill {
    by_session: Vec<(usize, f64)>,
    /// What the other side's first offer and its best since are worth to it (not above its
    /// walk-away, which falls with the sessions whatever the other side does).
    worth: Option<(f64, f64)>,
}

impl Standstill {
    pub fn clear(&mut self) {
        self.by_session.clear();
        self.worth = None;
    }

    /// Notes an offer worth `worth` to it, `surplus` above its walk-away, in `session`.
    pub fn note(&mut self, session: usize, worth: f64, surplus: f64) {
        let (_, best) = self.worth.get_or_insert((worth, worth));
        *best = best.max(worth);
        match self.by_session.last_mut() {
            Some((s, best)) if *s == session => *best = best.max(surplus),
            _ => self.by_session.push((session, surplus)),
        }
    }

    /// Whether no offer of the other side has ever come towards it since its first: worth, not
    /// surplus, so that its own walk-away falling with the sessions does not count as a move.
    pub fn never_came(&self) -> bool {
        self.came_less_than(MOVED_ENOUGH)
    }

    /// Whether an offer worth `worth` to it, not yet noted, leaps towards it from a side whose
    /// offers had never come towards it before: the room it kept back all along.
    pub fn leaps_to(&self, worth: f64) -> bool {
        self.never_came() && self.worth.is_some_and(|(_, best)| worth - best >= LEAP)
    }

    /// Whether the other side's offers have come only a little way towards it since its first.
    pub fn came_little(&self) -> bool {
        self.came_less_than(CAME_LITTLE)
    }

    /// Whether the other side has made an offer and its offers have come less than `way`.
    fn came_less_than(&self, way: f64) -> bool {
        self.worth.is_some_and(|(first, best)| best - first < way)
    }

    /// How far the other side's offers have come towards it since its first (in its utility;
    /// 0 before any offer).
    pub fn came(&self) -> f64 {
        self.worth.map_or(0.0, |(first, best)| best - first)
    }

    /// Whether the offers have stood still over the last sessions up to `session`.
    pub fn stood_still(&self, session: usize) -> bool {
        let Some(&(last, now)) = self.by_session.last() else {
            return false;
        };
        let since = session.saturating_sub(LOOKBACK);
        let earlier = self
            .by_session
            .iter()
            .find(|(s, _)| *s >= since)
            .map_or(now, |&(_, v)| v);
        let first = self.by_session.first().map_or(now, |&(_, v)| v);
        last == session && now - earlier < MOVED_ENOUGH && now - first < GIVEN_ENOUGH
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offer_that_keeps_its_margin_stands_still_and_one_that_grows_does_not() {
        let mut still = Standstill::default();
        let mut moving = Standstill::default();
        for session in 0..6 {
            still.note(session, 0.5, 0.06);
            moving.note(session, 0.5, 0.02 * session as f64);
        }
        assert!(still.stood_still(5));
        assert!(!moving.stood_still(5));
        // The best offer of a session counts; a session without an offer says nothing.
        moving.note(5, 0.5, 0.0);
        assert!(!moving.stood_still(5));
        assert!(!still.stood_still(6), "no offer noted in session 6 yet");
        // A side that gave a great deal early and has nothing left to give has not dug in.
        let mut spent = Standstill::default();
        for (session, surplus) in [(0, -0.2), (1, 0.05), (2, 0.1), (3, 0.1), (4, 0.1)] {
            spent.note(session, 0.5, surplus);
        }
        assert!(!spent.stood_still(4));
        still.clear();
        // Offers worth the same while its walk-away falls have never come towards it, even
        // as their surplus grows; one that rose once by a step has.
        let mut shuffled = Standstill::default();
        let mut came = Standstill::default();
        for session in 2..12 {
            shuffled.note(session, 0.5, 0.1 + 0.01 * session as f64);
            came.note(session, if session == 5 { 0.55 } else { 0.5 }, 0.1);
        }
        assert!(shuffled.never_came());
        assert!(!came.never_came());
        assert!(!Standstill::default().never_came(), "no offer yet");
        assert!(!still.stood_still(5));
    }

    #[test]
    fn a_leap_is_a_large_step_from_a_side_that_had_never_come() {
        let mut held = Standstill::default();
        assert!(!held.leaps_to(0.9), "no offer before it");
        for session in 0..11 {
            held.note(session, 0.06, 0.0);
        }
        assert!(held.leaps_to(0.52));
        assert!(!held.leaps_to(0.2), "a small step is no leap");
        // A side that came some way before has shown its hand already.
        let mut came = Standstill::default();
        for (session, worth) in [(0, 0.3), (1, 0.35), (2, 0.4)] {
            came.note(session, worth, 0.0);
        }
        assert!(!came.leaps_to(0.7));
    }

    #[test]
    fn how_far_the_offers_came_is_their_best_worth_over_their_first() {
        let mut standstill = Standstill::default();
        assert_eq!(standstill.came(), 0.0, "no offer yet");
        assert!(!standstill.came_little(), "no offer yet");
        // A step of 0.05 is ground given, but little; a worse offer after takes nothing back.
        for (session, worth) in [(1, 0.30), (2, 0.35), (3, 0.32)] {
            standstill.note(session, worth, 0.0);
        }
        assert!((standstill.came() - 0.05).abs() < 1e-12);
        assert!(!standstill.never_came());
        assert!(standstill.came_little());
        standstill.note(4, 0.45, 0.0);
        assert!((standstill.came() - 0.15).abs() < 1e-12);
        assert!(!standstill.came_little());
    }
}
