//! The tables a registry's lookups run on: written once here, so that the expansion indexes
//! nothing itself, and every index is checked before it is used.

use crate::registry::Entry;

/// `slice[index]`, or `None` past the end: a `const` `slice.get(index)`.
#[doc(hidden)]
#[inline]
#[allow(clippy::indexing_slicing)] // Checked on the line before.
pub const fn get<T>(slice: &[T], index: usize) -> Option<&T> {
    if index < slice.len() {
        Some(&slice[index])
    } else {
        None
    }
}

/// The row of the entry at `position` in `ALL`. Every position the expansion asks for is in
/// `rows`; the empty row only makes the function total.
#[doc(hidden)]
#[inline]
pub const fn entry(rows: &'static [Entry], position: usize) -> &'static Entry {
    match get(rows, position) {
        Some(entry) => entry,
        None => &Entry::MISSING,
    }
}

/// What a position table holds for a code that no entry has.
#[doc(hidden)]
pub const NO_POSITION: u16 = u16::MAX;

/// The table of a registry whose codes are dense: `table[code - lowest code]` is the position
/// in `ALL` of the entry with that code, or [`NO_POSITION`]. `offsets` are the entries' codes
/// minus the lowest, in the order of `ALL` (fewer than `u16::MAX` of them, each below
/// `SPAN - 1`: the macro makes them so, and leaves the last slot to the codes past the others).
///
/// It runs in constant evaluation, where an index out of bounds would be a compile error: a
/// table of integers costs rustc far less than one of enum values, whose every read walks the
/// enum's variants.
#[doc(hidden)]
#[allow(clippy::indexing_slicing, clippy::cast_possible_truncation)] // See above.
pub const fn position_table<const SPAN: usize>(offsets: &[u32]) -> [u16; SPAN] {
    let mut table = [NO_POSITION; SPAN];
    let mut position = 0;
    while position < offsets.len() {
        table[offsets[position] as usize] = position as u16;
        position += 1;
    }
    table
}

/// The position in `ALL` of the entry at `offset` in a table from [`position_table`], or a
/// position past the end of `ALL` ([`NO_POSITION`] or more) if there is none.
#[doc(hidden)]
#[inline]
pub const fn position(table: &[u16], offset: usize) -> usize {
    match get(table, offset) {
        Some(&position) => position as usize,
        None => usize::MAX,
    }
}

/// A name as the name table compares it: its length, and its first and last 8 bytes (which
/// overlap in a name shorter than 16; a name shorter than 8 is packed into `first`). Two names
/// of at most 16 bytes are equal if their keys are.
#[derive(Clone, Copy)]
struct NameKey {
    len: usize,
    first: u64,
    last: u64,
}

impl NameKey {
    #[inline]
    const fn new(name: &[u8]) -> NameKey {
        let (first, last) = match (name.first_chunk::<8>(), name.last_chunk::<8>()) {
            (Some(first), Some(last)) => (u64::from_le_bytes(*first), u64::from_le_bytes(*last)),
            _ => (short_word(name), 0),
        };
        NameKey {
            len: name.len(),
            first,
            last,
        }
    }

    /// A hash of the key: FxHash's step over its words. The macro computes the same hash to lay
    /// out the table (`name_hash` in its expand.rs): the two must not differ.
    #[inline]
    const fn hash(self) -> u64 {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let hash = (self.len as u64).wrapping_mul(K);
        let hash = (hash.rotate_left(5) ^ self.first).wrapping_mul(K);
        (hash.rotate_left(5) ^ self.last).wrapping_mul(K)
    }

    #[inline]
    const fn eq(self, other: NameKey) -> bool {
        self.len == other.len && self.first == other.first && self.last == other.last
    }
}

/// The bytes of a name shorter than 8, packed: from two overlapping 4-byte halves, or byte by
/// byte (with the length, which the key holds too, this tells names apart).
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

/// Whether two names of the same length whose first and last 8 bytes are equal are equal in
/// the bytes between, 8 at a time.
#[inline]
const fn middle_eq(a: &[u8], b: &[u8]) -> bool {
    let (mut a, mut b) = (a, b);
    while a.len() > 16 {
        let (Some((_, a_rest)), Some((_, b_rest))) =
            (a.split_first_chunk::<8>(), b.split_first_chunk::<8>())
        else {
            return false;
        };
        match (a_rest.first_chunk::<8>(), b_rest.first_chunk::<8>()) {
            (Some(x), Some(y)) if u64::from_ne_bytes(*x) == u64::from_ne_bytes(*y) => {}
            _ => return false,
        }
        (a, b) = (a_rest, b_rest);
    }
    true
}

/// The value paired with `name` in `names`, through the hash table the macro laid out for them
/// in `slots` (a power of two of them, more than `names`; fewer than 65,535 names). A slot
/// holds 0 if it is empty, else the high 16 bits of the name's hash, then the name's index in
/// `names` plus one. A name starts at the slot of its hash's bits 32 and up, and goes on to the
/// next slot while it finds others taken (linear probing).
#[doc(hidden)]
#[inline]
pub const fn find_name(slots: &[u32], names: &[(&str, usize)], name: &str) -> Option<usize> {
    let key = NameKey::new(name.as_bytes());
    let hash = key.hash();
    let mask = slots.len().wrapping_sub(1);
    let tag = (hash >> 48) as u32;
    let mut slot = (hash >> 32) as usize & mask;
    // The table has a free slot, so the probe ends.
    while let Some(&found) = get(slots, slot) {
        if found == 0 {
            return None;
        }
        if found >> 16 == tag {
            let index = ((found & 0xFFFF) as usize).wrapping_sub(1);
            if let Some((stored, value)) = get(names, index) {
                let stored = stored.as_bytes();
                if NameKey::new(stored).eq(key)
                    && (key.len <= 16 || middle_eq(stored, name.as_bytes()))
                {
                    return Some(*value);
                }
            }
        }
        slot = (slot + 1) & mask;
    }
    None
}
