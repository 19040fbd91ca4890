//! The hash of the name table, the one function both crates compile: core's `find_name` hashes
//! the name it looks up with it, and the macro lays the table out with it. This file is
//! core's; `macros/src/name_hash.rs` is a link to it, so that each package holds it whole.

/// The hash by which the name table places a name: FxHash's step over the seed and the length,
/// then the first and last 8 bytes (which overlap in a name shorter than 16; a name shorter
/// than 8 is packed into one word).
#[inline]
pub(crate) const fn name_hash(name: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let (first, last) = match (name.first_chunk::<8>(), name.last_chunk::<8>()) {
        (Some(first), Some(last)) => (u64::from_le_bytes(*first), u64::from_le_bytes(*last)),
        _ => (short_word(name), 0),
    };
    let hash = (seed ^ name.len() as u64).wrapping_mul(K);
    let hash = (hash.rotate_left(5) ^ first).wrapping_mul(K);
    (hash.rotate_left(5) ^ last).wrapping_mul(K)
}

/// The bytes of a name shorter than 8, packed: from two overlapping 4-byte halves, or byte by
/// byte (with the length, which the hash and the comparison also take, this tells names apart).
#[inline]
pub(crate) const fn short_word(name: &[u8]) -> u64 {
    match (name.first_chunk::<4>(), name.last_chunk::<4>()) {
        (Some(low), Some(high)) => {
            u32::from_le_bytes(*low) as u64 | (u32::from_le_bytes(*high) as u64) << 32
        }
        _ => match name {
            [a, b, c, ..] => *a as u64 | (*b as u64) << 8 | (*c as u64) << 16,
            [a, b] => *a as u64 | (*b as u64) << 8,
            [a] => *a as u64,
            [] => 0,
        },
    }
}
