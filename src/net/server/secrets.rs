//! Unguessable secrets and short table codes, from the operating system's random source
//! (never the game's seeded generator, whose stream anyone with the seed could replay).

/// Letters and digits that cannot be misread for one another on a projector (no I, L, O, 0, 1).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 4;

/// 128 random bits in hex: a seat token or the teacher's key.
pub fn token() -> String {
    let mut bytes = [0u8; 16];
    fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A short code students type to join a table. Not a secret: the seat token is.
pub fn code() -> String {
    let mut bytes = [0u8; CODE_LEN];
    fill(&mut bytes);
    // 256 is not a multiple of the alphabet's 31 letters: a slight bias, harmless for a code.
    bytes
        .iter()
        .map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char)
        .collect()
}

fn fill(bytes: &mut [u8]) {
    // The operating system's generator failing leaves no safe way to make a secret.
    getrandom::fill(bytes).expect("the operating system's random source is available");
}

/// Compares secrets in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_codes_have_their_shape_and_differ() {
        let (a, b) = (token(), token());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert!(code().chars().all(|c| CODE_ALPHABET.contains(&(c as u8))));
        assert!(same(&a, &a.clone()) && !same(&a, &b) && !same(&a, "short"));
    }
}
