//! The hash of the name table, the one function both crates compile: core's `find_name` hashes
//! the name it looks up with it, and the macro lays the table out with it. This file is
//! core's; `macros/src/name_hash.rs` is a link to it, so that each package holds it whole.

/// The slot of a name table that holds no name. A slot that holds one is 16 bits of the name's
/// hash (`slot_and_tag`) above its index, which is below 65,535: the index read from this slot
/// is past the names, with no decrement to tell it apart.
pub(crate) const EMPTY_SLOT: u32 = u32::MAX;

/// The golden ratio's multiplier, that of seed 0.
const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

/// The hash by which the name table places a name: the first and last words of the name's key
/// ([`outer_words`] of [`name_key`]) and its length, in one multiply by a constant the seed
/// picks; or, for the table of a registry where two names share those (`whole_name`), and so
/// every such hash, [`hash_whole_name`]. The macro hashes names with it; core's lookup calls
/// [`hash_outer_words`] on the words it also compares.
#[allow(dead_code)] // In core, which calls `hash_outer_words`.
#[inline]
pub(crate) const fn name_hash(name: &[u8], seed: u64, whole_name: bool) -> u64 {
    if whole_name {
        return hash_whole_name(name, seed);
    }
    hash_outer_words(&outer_words(name), name.len(), seed)
}

/// The hash of every byte of a name: its words between the outer ones mixed into their sum,
/// one multiply each, then hashed with the length as [`hash_outer_words`] hashes the sum.
#[inline]
pub(crate) const fn hash_whole_name(name: &[u8], seed: u64) -> u64 {
    let outer = outer_words(name);
    let mut words = outer[0].wrapping_add(outer[1]);
    let mut at = 8;
    while at + 8 < name.len() {
        words = (words ^ word_at(name, at)).wrapping_mul(GOLDEN);
        at += 8;
    }
    hash_outer_words(&[words, 0], name.len(), seed)
}

/// [`name_hash`] of the name whose key's first and last words are `outer` ([`outer_words`])
/// and whose length is `len`.
#[inline]
pub(crate) const fn hash_outer_words(outer: &[u64; 2], len: usize, seed: u64) -> u64 {
    // An odd multiplier for each seed, the golden ratio's for seed 0. The seed is a constant of
    // the lookup, so this is folded into the one multiply, where a seed mixed into the words
    // would cost the lookup an instruction and a copy of the word it also compares. Every bit
    // of the words reaches the product's high bits, which `slot_and_tag` reads.
    let multiplier = GOLDEN.wrapping_mul(seed.wrapping_mul(2).wrapping_add(1));
    (outer[0].wrapping_add(outer[1]) ^ len as u64).wrapping_mul(multiplier)
}

/// The first slot of a name of hash `hash` in a name table of `slots` slots (a power of two),
/// the hash's high bits; and the 16 bits below those, which the slot holds beside the name's
/// index (see `EMPTY_SLOT`).
#[inline]
pub(crate) const fn slot_and_tag(hash: u64, slots: usize) -> (usize, u32) {
    let bits = slots.trailing_zeros();
    let tag = match hash.checked_shr(48_u32.saturating_sub(bits)) {
        Some(below) => below as u16 as u32,
        None => 0,
    };
    (high_bits(hash, slots), tag)
}

/// The odd multiplier that mixes a bucket's displacement into a name's hash
/// ([`displaced_slot`]).
const DISPLACED: u64 = 0xa076_1d64_78bd_642f;

/// The bucket of a name of hash `hash` in a displaced name table of `buckets` buckets (a power
/// of two): the hash's high bits.
#[inline]
pub(crate) const fn bucket_of(hash: u64, buckets: usize) -> usize {
    high_bits(hash, buckets)
}

/// The slot of a name of hash `hash` in a displaced name table of `slots` slots (a power of
/// two), where the name's bucket ([`bucket_of`]) has `displacement`: the high bits of the hash
/// with the displacement in its low bits, mixed by one multiply, through which every bit of
/// both reaches them. Names of one bucket share their hash's high bits but not the rest, so
/// that each displacement sends them to slots of their own, apart or together: the macro gives
/// each bucket the first under which its names land on slots that no other name holds.
#[inline]
pub(crate) const fn displaced_slot(hash: u64, displacement: u16, slots: usize) -> usize {
    high_bits((hash ^ displacement as u64).wrapping_mul(DISPLACED), slots)
}

/// The high bits of `hash` that pick one of `count` (a power of two): none, 0, for a count of 1.
#[inline]
const fn high_bits(hash: u64, count: usize) -> usize {
    match hash.checked_shr(64 - count.trailing_zeros()) {
        Some(high) => high as usize,
        None => 0,
    }
}

/// The first and last words of a name's key ([`name_key`]), read alone. Of a name of up to 16
/// bytes they are the whole key: its middle words repeat them (the second is the last, the
/// third the first, or 0 as the last is below 8 bytes).
#[inline]
pub(crate) const fn outer_words(name: &[u8]) -> [u64; 2] {
    let len = name.len();
    if len < 8 {
        return [short_word(name), 0];
    }
    [word_at(name, 0), word_at(name, len - 8)]
}

/// A name's key: four little-endian words of it, at `0`, `min(8, len - 8)`, `max(len - 16, 0)`
/// and `len - 8`, placed by arithmetic rather than by a branch on the length (which a mix of
/// long and short names would mispredict). They overlap in a name shorter than 32 and cover it
/// whole: with the length, the key tells apart every two names of up to 32 bytes. A name
/// shorter than 8 is packed into the first word, and the others are 0.
#[inline]
pub(crate) const fn name_key(name: &[u8]) -> [u64; 4] {
    let len = name.len();
    if len < 8 {
        return [short_word(name), 0, 0, 0];
    }
    let last = len - 8;
    // `len - 16` or 0, and so at most `last`, which taking the lesser of the two tells the
    // optimizer: every word of a name of 8 or more is then read with no test of its bounds.
    let third = len.saturating_sub(16);
    let third = if third < last { third } else { last };
    let second = if last < 8 { last } else { 8 };
    [
        word_at(name, 0),
        word_at(name, second),
        word_at(name, third),
        word_at(name, last),
    ]
}

/// The 8 bytes of `name` from `at` on, little-endian; 0 if there are fewer.
#[inline]
pub(crate) const fn word_at(name: &[u8], at: usize) -> u64 {
    match name.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<8>() {
            Some(word) => u64::from_le_bytes(*word),
            None => 0,
        },
        None => 0,
    }
}

/// The bytes of a name shorter than 8, packed: from two overlapping 4-byte halves, or byte by
/// byte (with the length, which the hash and the comparison also take, this tells names apart).
#[inline]
const fn short_word(name: &[u8]) -> u64 {
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
