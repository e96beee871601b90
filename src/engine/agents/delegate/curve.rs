//! The concession curve's arithmetic.

/// `t^e` from products and square roots only, so the result is the same on every machine
/// (`powf` may differ in the last bit between C libraries).
pub(super) fn pow_exact(t: f64, e: f64) -> f64 {
    let whole = e.floor();
    let mut result = 1.0;
    for _ in 0..whole as u32 {
        result *= t;
    }
    let mut fraction = e - whole;
    let mut root = t;
    for _ in 0..20 {
        // Doubling is exact: once no fraction is left, no later root is multiplied in.
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

#[cfg(test)]
mod tests {
    use super::pow_exact;

    #[test]
    fn exact_powers_match_the_library_closely() {
        for &t in &[0.0, 0.1, 0.5, 0.9, 1.0] {
            for &e in &[0.25, 0.5, 1.0, 1.5, 3.0, 4.2] {
                let ours = pow_exact(t, e);
                let library = f64::powf(t, e);
                assert!((ours - library).abs() < 1e-5, "{t}^{e}: {ours} against {library}");
            }
        }
    }
}
