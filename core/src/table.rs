//! The tables a registry's lookups run on: written once here, so that the expansion indexes
//! nothing itself, and every index is checked before it is used.

use crate::name_hash::{hash_key, name_key, word_at};

/// What the generated code knows of one entry, besides its code and its name (which are in
/// the name table's list of names, at the entry's position).
#[doc(hidden)]
#[derive(Debug)]
pub struct Entry {
    pub phrase: &'static str,
    pub description: &'static str,
    pub reference: Option<&'static str>,
    /// What `Display` writes: the code and the phrase, `"404 Not Found"`.
    pub line: &'static str,
}

impl Entry {
    /// The row of no entry.
    pub const MISSING: Entry = Entry {
        phrase: "",
        description: "",
        reference: None,
        line: "",
    };
}

/// What the generated code knows of one class: the lowest and highest codes of its range, its
/// name and its phrase. A tuple struct, so that a row written in a `const fn` is promoted to a
/// `&'static` one.
#[doc(hidden)]
#[derive(Debug)]
pub struct ClassRow<T>(pub T, pub T, pub &'static str, pub &'static str);

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

/// The table of a registry whose codes are dense: `table[code - lowest code]` is the position
/// in `ALL` of the entry with that code, or `offsets.len()` (the count of entries, one past the
/// last position) if no entry has it. `offsets` are the entries' codes minus the lowest, in the
/// order of `ALL` (fewer than `u16::MAX` of them, each below `SPAN - 1`: the macro makes them so,
/// and leaves the last slot to the codes past the others).
///
/// It runs in constant evaluation, where an index out of bounds would be a compile error: a
/// table of integers costs rustc far less than one of enum values, whose every read walks the
/// enum's variants.
#[doc(hidden)]
#[allow(clippy::indexing_slicing, clippy::cast_possible_truncation)] // See above.
pub const fn position_table<const SPAN: usize>(offsets: &[u32]) -> [u16; SPAN] {
    let mut table = [offsets.len() as u16; SPAN];
    let mut position = 0;
    while position < offsets.len() {
        table[offsets[position] as usize] = position as u16;
        position += 1;
    }
    table
}

/// The position in `ALL` of the entry at `offset` in a table from [`position_table`], or a
/// position past the end of `ALL` if there is none.
#[doc(hidden)]
#[inline]
pub const fn position(table: &[u16], offset: usize) -> usize {
    match get(table, offset) {
        Some(&position) => position as usize,
        None => usize::MAX,
    }
}

/// The row of the entry at `position`, if there is one: `None` for the row of no entry (whose
/// phrase is empty, as no entry's is) that ends `rows`.
#[doc(hidden)]
#[inline]
pub const fn entry_at(rows: &'static [Entry], position: usize) -> Option<&'static Entry> {
    match get(rows, position) {
        Some(entry) if !entry.phrase.is_empty() => Some(entry),
        _ => None,
    }
}

/// The phrases of `rows` by position, `None` for the row of no entry that ends them: an open
/// code type's `phrase` reads it, one load that yields the `Option` itself, with no branch on
/// whether the code is registered (`ROWS` is the count of rows).
#[doc(hidden)]
#[allow(clippy::indexing_slicing)] // `position` stays below the length of both.
pub const fn phrase_table<const ROWS: usize>(
    rows: &'static [Entry],
) -> [Option<&'static str>; ROWS] {
    let mut table = [None; ROWS];
    let mut position = 0;
    while position < rows.len() && position < ROWS {
        if !rows[position].phrase.is_empty() {
            table[position] = Some(rows[position].phrase);
        }
        position += 1;
    }
    table
}

/// `table[position]`, or `None` past its end: the phrase at a position from
/// [`position_table`] in a table from [`phrase_table`].
#[doc(hidden)]
#[inline]
pub const fn phrase_at(table: &[Option<&'static str>], position: usize) -> Option<&'static str> {
    match get(table, position) {
        Some(phrase) => *phrase,
        None => None,
    }
}

/// The key at `index` in a table of keys, four words each.
#[inline]
const fn key_at(keys: &[u64], index: usize) -> Option<&[u64; 4]> {
    match keys.split_at_checked(index.wrapping_mul(4)) {
        Some((_, rest)) => rest.first_chunk::<4>(),
        None => None,
    }
}

/// Whether two names of the same length, longer than 32, whose keys are equal (which cover
/// their first and last 16 bytes) are equal in the bytes between, 8 at a time.
#[inline]
const fn middle_eq(a: &[u8], b: &[u8]) -> bool {
    let mut at = 16;
    while at + 16 < a.len() {
        if word_at(a, at) != word_at(b, at) {
            return false;
        }
        at += 8;
    }
    true
}

/// The name of the entry at `position` in a registry's `names` (its entries' names, in the
/// order of `ALL`, then its aliases), or `""` past them.
#[doc(hidden)]
#[inline]
pub const fn name_at(names: &[(&'static str, usize)], position: usize) -> &'static str {
    match get(names, position) {
        Some((name, _)) => name,
        None => "",
    }
}

/// The position of the entry named `name` (its own name, or an alias) in `names`, through the
/// hash table that the macro laid out for them in `slots` (a power of two of them, more than
/// `names`, fewer than 65,535) with `seed`. A slot holds 0 if it is empty, else the high 16 bits
/// of the name's hash above the name's index in `names` plus one. A name starts at the slot of
/// its hash's bits 32 and up, and goes on to the next slot while it finds others taken (linear
/// probing). The macro picks the seed and the size so that a registry's names rarely share a
/// first slot (HTTP's never do): a name is then found, or found missing, at the first slot, and
/// a missing one that lands on another's slot is told apart by the hash's bits, or else by its
/// length and key (see `name_hash.rs`), which are compared in one branch. `keys` are the keys
/// of `names`, four words each, which the macro writes out: read from a table, a stored name's
/// key is two loads nearer than from its bytes (and computed in constant evaluation, such a
/// table cost a 10,000-entry `cargo check` 3 seconds of 8).
#[doc(hidden)]
#[inline]
pub const fn find_name(
    slots: &[u32],
    seed: u64,
    names: &[(&str, usize)],
    keys: &[u64],
    name: &str,
) -> Option<usize> {
    let name = name.as_bytes();
    let key = name_key(name);
    let hash = hash_key(&key, name.len(), seed);
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
            if let (Some((stored, position)), Some(stored_key)) =
                (get(names, index), key_at(keys, index))
            {
                let stored = stored.as_bytes();
                // The bits that differ, in one word: one branch on the four words and the
                // length, rather than one each, which a near miss would mispredict.
                let differ = (stored_key[0] ^ key[0])
                    | (stored_key[1] ^ key[1])
                    | (stored_key[2] ^ key[2])
                    | (stored_key[3] ^ key[3])
                    | (stored.len() ^ name.len()) as u64;
                if differ == 0 && (name.len() <= 32 || middle_eq(stored, name)) {
                    return Some(*position);
                }
            }
        }
        slot = (slot + 1) & mask;
    }
    None
}
