//! Its pace against a side still coming towards it. Its clock alone would have it give the
//! same ground whether the other side moves or not; a side that improves its offer turn
//! after turn is met only halfway while it does, so that it is not answered with a
//! concession it has not needed. Against a side that concedes on a schedule (`conceder`,
//! `linear`) or mirrors concessions (`tit-for-tat`) it kept giving at its own pace and
//! ended below what a delegation that only waits (`boulware`) took from them.
//!
//! Only half: holding its aim whole while the other side moved let `conceder` agree early
//! to its highest terms article by article, leaving no room on the rest, and a fifth of
//! those talks ran out of time (four in five ended with a treaty, against at least nine in
//! ten held to half).

/// By how much more the other side's offer must be worth to it than at its last turn (in
/// its utility, 0 to 1) to count as coming towards it. INVENTED.
const CAME: f64 = 0.005;
/// The share of the ground its clock gives that it keeps back while the other side comes.
/// INVENTED.
const KEPT_BACK: f64 = 0.5;
/// Ground kept back (in its utility) worth saying: less is the ordinary give and take,
/// and said at every turn it read as a refrain (ten times a game).
pub(super) const WORTH_SAYING: f64 = 0.02;

/// Its aim and what the other side's offer was worth to it, at its last turn with an offer.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Pace {
    last: Option<(f64, f64)>,
}

impl Pace {
    /// Its aim this turn, and how much above its clock's: `by_clock`, or nearer its last aim
    /// (never above `top`) while the offer, worth `worth` to it, keeps coming towards it and
    /// it has another turn after this one. Noted for its next turn.
    pub fn aim(&mut self, by_clock: f64, worth: f64, top: f64, another_turn: bool) -> (f64, f64) {
        let mut aim = by_clock;
        if let Some((last_aim, last_worth)) = self.last
            && another_turn
            && worth > last_worth + CAME
        {
            let held = last_aim.min(top);
            if held > aim {
                aim += (held - aim) * KEPT_BACK;
            }
        }
        self.last = Some((aim, worth));
        (aim, aim - by_clock)
    }
}

#[cfg(test)]
mod tests {
    use super::Pace;

    #[test]
    fn it_gives_half_the_ground_while_the_other_side_comes_and_all_when_it_stops() {
        let mut pace = Pace::default();
        // The first offer only sets where the other side starts.
        assert_eq!(pace.aim(0.9, 0.3, 1.0, true), (0.9, 0.0));
        // The offer rises: half of the clock's step is kept back.
        let (aim, kept_back) = pace.aim(0.8, 0.4, 1.0, true);
        assert!((aim - 0.85).abs() < 1e-12 && (kept_back - 0.05).abs() < 1e-12);
        // It stands still: the clock's aim whole.
        assert_eq!(pace.aim(0.7, 0.4, 1.0, true), (0.7, 0.0));
        // It rises again, but on its last turn the clock decides.
        assert_eq!(pace.aim(0.6, 0.5, 1.0, false), (0.6, 0.0));
        // Never above the best its instructions now allow; and where its clock's aim is the
        // higher (a pressure eased), the clock's.
        let mut capped = Pace::default();
        capped.aim(0.9, 0.3, 1.0, true);
        assert!((capped.aim(0.7, 0.4, 0.8, true).0 - 0.75).abs() < 1e-12);
        assert_eq!(capped.aim(0.9, 0.5, 1.0, true), (0.9, 0.0));
    }
}
