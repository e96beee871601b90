//! What one delegation knows: the public state of the talks, plus its own valuations,
//! instructions, reservation value and private meters. Agents decide from this view only;
//! the other side's valuations and instructions are deliberately not reachable through it.

use super::condition::OptionSet;
use super::game::Game;
use super::mandate;
use super::moves::{ArticleSet, MAX_ARTICLES, Proposal, Terms, Turn, Ultimatum};
use super::rules::MoveError;
use super::scenario::Scenario;
use super::side::Side;
use super::state::{Author, Status};

pub struct SideView<'a> {
    game: &'a Game,
    side: Side,
}

impl<'a> SideView<'a> {
    pub fn new(game: &'a Game, side: Side) -> SideView<'a> {
        SideView { game, side }
    }

    pub fn side(&self) -> Side {
        self.side
    }

    /// The scenario's public content: articles, sessions, press lines, the mediator. (Its
    /// `space` also holds the other side's points; agents use `points`/`utility` instead.)
    pub fn scenario(&self) -> &'a Scenario {
        self.game.scenario()
    }

    pub fn session(&self) -> usize {
        self.game.state().session
    }

    pub fn turns_played(&self) -> u32 {
        self.game.state().turns_played
    }

    /// Own turns played so far, and in all.
    pub fn turn_progress(&self) -> (usize, usize) {
        self.game.turn_progress(self.side)
    }

    /// How far through its turns this side is: 0 at its first, 1 at its last.
    pub fn relative_time(&self) -> f64 {
        let (done, total) = self.turn_progress();
        if total <= 1 {
            1.0
        } else {
            (done as f64 / (total - 1) as f64).min(1.0)
        }
    }

    /// Turns `side` still has, counting one it is about to play.
    pub fn turns_left(&self, side: Side) -> usize {
        let (done, total) = self.game.turn_progress(side);
        total - done
    }

    pub fn last_turn(&self, side: Side) -> Option<&'a Turn> {
        self.game.state().last_turn[side.index()].as_ref()
    }

    pub fn status(&self, article: usize) -> Status {
        self.game.state().status(article)
    }

    pub fn agreed_terms(&self) -> Terms {
        self.game.state().agreed_terms()
    }

    /// Articles that may be proposed now.
    pub fn tabled(&self) -> ArticleSet {
        self.scenario().sessions[self.session()].tabled
    }

    /// Open (or set-aside) articles that may be proposed now.
    pub fn negotiable(&self) -> ArticleSet {
        self.tabled().minus(self.game.state().agreed_set())
    }

    pub fn opponent_proposal(&self) -> &'a Proposal {
        self.game.state().proposal(Author::of(self.side.other()))
    }

    pub fn own_proposal(&self) -> &'a Proposal {
        self.game.state().proposal(Author::of(self.side))
    }

    pub fn mediator_proposal(&self) -> &'a Proposal {
        self.game.state().proposal(Author::Mediator)
    }

    pub fn own_points(&self, article: usize, option: u8) -> i32 {
        self.scenario().space.points(self.side, article, option)
    }

    /// Own utility of complete terms.
    pub fn utility(&self, terms: &Terms) -> f64 {
        self.scenario().space.utility(self.side, terms)
    }

    /// What a treaty would be worth to this side if `draft` were agreed now and the talks
    /// ended: other open articles settled as the scenario settles unresolved ones, or at this
    /// side's worst option where an open article would block a treaty. Lets a player weigh a
    /// package before sending it.
    pub fn value_if_agreed(&self, draft: &Terms) -> f64 {
        let scenario = self.scenario();
        let mut terms = self.agreed_terms().overlaid(draft);
        for (a, article) in scenario.articles.iter().enumerate() {
            if terms.get(a).is_some() {
                continue;
            }
            let option = match article.unresolved {
                super::scenario::Unresolved::Becomes(o) => o,
                super::scenario::Unresolved::BlocksTreaty => (0..article.options.len() as u8)
                    .min_by_key(|&o| scenario.space.points(self.side, a, o))
                    .unwrap_or(0),
            };
            terms.set(a, option);
        }
        self.utility(&terms)
    }

    pub fn utility_of_points(&self, points: f64) -> f64 {
        self.scenario().space.utility_of_points(self.side, points)
    }

    pub fn points_of_utility(&self, utility: f64) -> f64 {
        self.scenario().space.points_of_utility(self.side, utility)
    }

    /// What breaking off would be worth now, as a utility.
    pub fn reservation(&self) -> f64 {
        self.game.reservation(self.side)
    }

    /// Options the instructions forbid outright for an article.
    pub fn forbidden(&self, article: usize) -> OptionSet {
        self.game.state().forbidden[self.side.index()][article]
    }

    /// Whether the instructions allow agreeing to these terms on top of what is agreed.
    pub fn may_agree(&self, terms: &Terms) -> bool {
        mandate::check(self.scenario(), self.game.state(), self.side, terms).is_ok()
    }

    /// The red line that forbids agreeing to these terms now, if any.
    pub fn mandate_violation(&self, terms: &Terms) -> Option<usize> {
        mandate::check(self.scenario(), self.game.state(), self.side, terms)
            .err()
            .map(|v| v.red_line)
    }

    /// Own conditional red lines that are active now (indices into the scenario's red lines).
    pub fn active_conditional_red_lines(&self) -> impl Iterator<Item = usize> + '_ {
        self.scenario().conditional_red_lines[self.side.index()]
            .iter()
            .copied()
            .filter(|&r| self.red_line_active(r))
    }

    /// What both sides have shown across the table so far (public).
    pub fn record(&self) -> &'a super::record::Record {
        &self.game.state().record
    }

    /// The session in which the mediator last stepped in, if he has.
    pub fn last_mediation(&self) -> Option<usize> {
        self.game.state().last_mediation
    }

    /// The session in which an article was last agreed.
    pub fn last_agreement_session(&self) -> usize {
        self.game.state().last_agreement_session
    }

    /// Whether complete terms respect the conditional red lines (the outright ones are
    /// already excluded by `search_masks`).
    pub fn conditional_ok(&self, terms: &Terms) -> bool {
        mandate::conditional_ok(self.scenario(), self.game.state(), self.side, terms)
    }

    pub fn has_conditional_red_lines(&self) -> bool {
        mandate::has_conditional(self.game.state(), self.side)
    }

    /// Per article, the options a complete treaty may take in a search for an offer: the
    /// agreed option; for articles not yet on the table, the one that will most likely be
    /// settled on (the scenario's default, else this side's favourite); otherwise every
    /// option the instructions allow.
    pub fn search_masks(&self) -> [OptionSet; MAX_ARTICLES] {
        let scenario = self.scenario();
        let state = self.game.state();
        let tabled = self.tabled();
        let agreed = state.agreed_terms();
        let forbidden = &state.forbidden[self.side.index()];
        let assumed = &scenario.assumed_before_tabling[self.side.index()];
        let mut masks = [0; MAX_ARTICLES];
        for (a, mask) in masks.iter_mut().enumerate().take(scenario.articles.len()) {
            *mask = match agreed.get(a) {
                Some(o) => 1 << o,
                None if !tabled.contains(a) => assumed[a],
                None => scenario.option_masks[a] & !forbidden[a],
            };
        }
        masks
    }

    pub fn meter(&self, meter: usize) -> Option<i32> {
        let visible = self.scenario().meters[meter].visible_to.includes(self.side);
        visible.then(|| self.game.state().meters[meter])
    }

    pub fn press_left(&self, press: usize) -> u8 {
        let line = &self.scenario().press[press];
        if line.side != self.side {
            return 0;
        }
        line.uses.saturating_sub(self.game.state().press_used[press])
    }

    /// Own active red lines, one bit per scenario red line.
    pub fn own_red_lines(&self) -> u64 {
        let scenario = self.scenario();
        let mine = scenario
            .red_lines
            .iter()
            .enumerate()
            .filter(|(_, r)| r.side == self.side)
            .fold(0u64, |acc, (i, _)| acc | (1 << i));
        self.game.state().red_lines & mine
    }

    pub fn red_line_active(&self, red_line: usize) -> bool {
        self.game.state().red_line_active(red_line)
    }

    pub fn cable_pending(&self) -> bool {
        self.game.state().cables[self.side.index()].is_some()
    }

    pub fn may_ask_mediator(&self) -> bool {
        !self.game.state().asked_mediator[self.side.index()]
    }

    pub fn own_ultimatum(&self) -> Option<Ultimatum> {
        self.game.state().ultimatums[self.side.index()]
    }

    /// Whether the game would accept this turn now.
    pub fn check(&self, turn: &Turn) -> Result<(), MoveError> {
        self.game.check(self.side, turn)
    }
}
