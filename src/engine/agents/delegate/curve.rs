//! The concession curve's arithmetic.

/// `t^e` from products and square roots only, so the result is the same on every machine
/// (`powf` may differ in the last bit between C libraries). The exponent's binary digits
/// are read once (`new`): a delegate raises each turn's time to the same exponent all game,
/// and reading them again cost as much as the roots themselves.
#[derive(Clone, Copy, Debug)]
pub(super) struct Power {
    /// The exponent's bits, to know it again.
    exponent: u64,
    whole: u32,
    /// How many square roots are taken, and after which of them (bit `i`: the `i + 1`th)
    /// the result is multiplied by the root.
    roots: u32,
    multiplied: u32,
}

impl Power {
    pub(super) fn new(e: f64) -> Power {
        let whole = e.floor();
        let mut fraction = e - whole;
        let (mut roots, mut multiplied) = (0, 0);
        for i in 0..20 {
            // Doubling is exact: once no fraction is left, no later root is multiplied in.
            if fraction == 0.0 {
                break;
            }
            fraction *= 2.0;
            if fraction >= 1.0 {
                multiplied |= 1 << i;
                roots = i + 1;
                fraction -= 1.0;
            }
        }
        Power {
            exponent: e.to_bits(),
            whole: whole as u32,
            roots,
            multiplied,
        }
    }

    /// Whether this is the power of `e`.
    pub(super) fn is_of(&self, e: f64) -> bool {
        self.exponent == e.to_bits()
    }

    /// `t^e`: the same products of the same roots, in the same order, as digit by digit.
    pub(super) fn of(&self, t: f64) -> f64 {
        // Every root of one is one, and every product of ones: the end of the talks.
        if t == 1.0 {
            return 1.0;
        }
        let mut result = 1.0;
        for _ in 0..self.whole {
            result *= t;
        }
        let mut root = t;
        for i in 0..self.roots {
            root = root.sqrt();
            if self.multiplied & (1 << i) != 0 {
                result *= root;
            }
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::Power;

    /// The digit-by-digit reading `Power` stands for.
    fn pow_exact(t: f64, e: f64) -> f64 {
        let whole = e.floor();
        let mut result = 1.0;
        for _ in 0..whole as u32 {
            result *= t;
        }
        let mut fraction = e - whole;
        let mut root = t;
        for _ in 0..20 {
            if fraction == 0.0 {
                break;
            }
            root = root.sqrt();
            fraction *= 2.0;
            if fraction >= 1.0 {
                result *= root;
                fraction -= 1.0;
            }
        }
        result
    }

    #[test]
    fn exact_powers_match_the_library_closely() {
        for &t in &[0.0, 0.1, 0.5, 0.9, 1.0] {
            for &e in &[0.25, 0.5, 1.0, 1.5, 3.0, 4.2] {
                let ours = Power::new(e).of(t);
                let library = f64::powf(t, e);
                assert!((ours - library).abs() < 1e-5, "{t}^{e}: {ours} against {library}");
            }
        }
    }

    #[test]
    fn the_digits_read_once_give_the_same_bits() {
        let exponents = (0..400)
            .map(|i| i as f64 * 0.0173 + 0.01)
            .chain([0.0, 0.5, 1.0, 2.75, f64::NAN]);
        for e in exponents {
            let power = Power::new(e);
            assert!(power.is_of(e));
            for i in 0..=65 {
                let t = if i == 65 {
                    1.0
                } else {
                    i as f64 / 64.0 + 1e-3 * (i % 5) as f64
                };
                assert_eq!(power.of(t).to_bits(), pow_exact(t, e).to_bits(), "{t}^{e}");
            }
        }
    }
}
