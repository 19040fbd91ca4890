//! The tables a registry's lookups run on: written once here, so that the expansion indexes
//! nothing itself, and every index is checked before it is used.

use crate::name_hash::{
    bucket_of, displaced_slot, hash_outer_words, hash_whole_name, name_key, outer_words,
    slot_and_tag, word_at, EMPTY_SLOT,
};

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

/// `all` (a registry's `ALL`), each value in `Some`, then `None` in the last of the `ROWS`
/// (`all.len() + 1`): the table a registry's lookups by code and by name end in, one read that
/// yields the `Option` itself with no branch on whether a code is registered. Built in constant
/// evaluation, from the registry's `all_values()`, rather than written out a second time.
#[doc(hidden)]
#[allow(clippy::indexing_slicing)] // Checked by the loop's condition.
pub const fn status_table<T: Copy, const ROWS: usize>(all: &[T]) -> [Option<T>; ROWS] {
    let mut table = [None; ROWS];
    let mut position = 0;
    while position < all.len() && position < ROWS {
        table[position] = Some(all[position]);
        position += 1;
    }
    table
}

/// A registry's table of `Option`s by position, [`status_table`] of its `ALL`. The impl is
/// generic over `T`, which nothing reads, and the expansion reads `TABLE` in a generic function,
/// so that rustc evaluates it only where code that reads it is compiled: a `cargo check` does
/// not, and validating the enum values of a table of 10,000 entries with explicit discriminants
/// takes it seconds (`scripts/validation_cost.py`).
#[doc(hidden)]
pub trait StatusTable<T, const ROWS: usize>: Sized + 'static {
    /// `ALL[position]` in `Some`, then `None` at `COUNT` (`ROWS - 1`), the position of no entry.
    const TABLE: &'static [Option<Self>; ROWS];
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

/// Row `index` of `table`, a table of rows of `N` bytes each that the macro writes as one byte
/// string (a literal rustc reads in one token, where an array of integers is an expression per
/// element), or `None` past its end.
#[inline]
const fn row_at<const N: usize>(table: &[u8], index: usize) -> Option<&[u8; N]> {
    match index.checked_mul(N) {
        Some(start) => match table.split_at_checked(start) {
            Some((_, rest)) => rest.first_chunk::<N>(),
            None => None,
        },
        None => None,
    }
}

/// The table of a registry whose codes are dense, from the macro's byte string of it
/// (little-endian `u16`s; a literal rustc reads in one token, where an array of integers is an
/// expression per element): `table[code - lowest code]` is the position in `ALL` of the entry
/// with that code, or the count of entries (the position of no entry) if none has it. Decoded
/// in constant evaluation, into the table of `u16`s the lookups read: a byte string read at run
/// time costs them three instructions more (measured with `scripts/instructions.py`).
#[doc(hidden)]
#[allow(clippy::indexing_slicing)] // Checked by the loop's condition.
pub const fn position_table<const SPAN: usize>(bytes: &[u8]) -> [u16; SPAN] {
    let mut table = [0; SPAN];
    let mut slot = 0;
    while slot < SPAN && 2 * slot + 1 < bytes.len() {
        // No call of `from_le_bytes`: a call is a frame to constant evaluation.
        table[slot] = bytes[2 * slot] as u16 | (bytes[2 * slot + 1] as u16) << 8;
        slot += 1;
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
pub const fn phrase_table<const ROWS: usize>(
    rows: &'static [Entry],
) -> [Option<&'static str>; ROWS] {
    text_table(rows, false)
}

/// The descriptions of `rows` by position, as [`phrase_table`] has their phrases: an open code
/// type's `description` reads it.
#[doc(hidden)]
pub const fn description_table<const ROWS: usize>(
    rows: &'static [Entry],
) -> [Option<&'static str>; ROWS] {
    text_table(rows, true)
}

/// The phrase, or the description, of each of `rows`, `None` for the row of no entry (the one
/// whose phrase is empty).
#[allow(clippy::indexing_slicing)] // `position` stays below the length of both.
const fn text_table<const ROWS: usize>(
    rows: &'static [Entry],
    description: bool,
) -> [Option<&'static str>; ROWS] {
    let mut table = [None; ROWS];
    let mut position = 0;
    while position < rows.len() && position < ROWS {
        let entry = &rows[position];
        if !entry.phrase.is_empty() {
            table[position] = Some(text_of(entry, description));
        }
        position += 1;
    }
    table
}

/// `table[position]`, or `None` past its end: the phrase (or description) at a position from
/// [`position_table`] in a table from [`phrase_table`] (or [`description_table`]).
#[doc(hidden)]
#[inline]
pub const fn phrase_at(table: &[Option<&'static str>], position: usize) -> Option<&'static str> {
    match get(table, position) {
        Some(phrase) => *phrase,
        None => None,
    }
}

/// `table[offset]`, or `None` past its end: the entry at an offset in a table from
/// [`code_table`].
#[doc(hidden)]
#[inline]
pub const fn status_at_offset<T: Copy>(table: &[Option<T>], offset: usize) -> Option<T> {
    match get(table, offset) {
        Some(status) => *status,
        None => None,
    }
}

/// The table by code of a registry whose codes are dense: at each offset of `positions` (a table
/// from [`position_table`]) the value of the entry at that position in `values` (the registry's
/// `all_values()`) in `Some`, or `None` where no entry has the code. `from_code` reads it: one
/// load by code that yields the `Option` itself, as a hand-written `[Option<T>; N]` by code
/// does, where a position and then the value at it are two dependent loads.
#[doc(hidden)]
#[allow(clippy::indexing_slicing)] // Checked by the loop's condition and before the read.
pub const fn code_table<T: Copy, const SPAN: usize>(
    positions: &[u16],
    values: &[T],
) -> [Option<T>; SPAN] {
    let mut table = [None; SPAN];
    let mut slot = 0;
    while slot < SPAN && slot < positions.len() {
        let position = positions[slot] as usize;
        if position < values.len() {
            table[slot] = Some(values[position]);
        }
        slot += 1;
    }
    table
}

/// The phrases by code of a registry whose codes are dense: at each offset of `positions` (a
/// table from [`position_table`]) the phrase of the entry at that position in `rows` in `Some`,
/// or `None` where no entry has the code (the row of no entry, whose phrase is empty). `phrase`,
/// `phrase_of` and the open code type's `phrase` read it (with [`phrase_at`]): one load, which
/// yields the `Option` itself.
#[doc(hidden)]
pub const fn phrase_code_table<const SPAN: usize>(
    positions: &[u16],
    rows: &'static [Entry],
) -> [Option<&'static str>; SPAN] {
    text_code_table(positions, rows, false)
}

/// The description of the entry with the code at each offset of a table by code, as
/// [`phrase_code_table`] gives the phrases: what an open code type's `description` reads.
#[doc(hidden)]
pub const fn description_code_table<const SPAN: usize>(
    positions: &[u16],
    rows: &'static [Entry],
) -> [Option<&'static str>; SPAN] {
    text_code_table(positions, rows, true)
}

/// The phrases by status of a registry whose codes are dense: `N` rows, for the code below its
/// lowest entry's, each code up to its highest entry's and the code above. The row of a code
/// `skip` offsets of `positions` (a table from [`position_table`]) past the first holds the
/// phrase of the entry at that position in `rows`, or `""` where no entry has the code. A plain
/// `&str` for each row, where [`phrase_code_table`] has an `Option`: `from_code` reads both of its
/// words, at the row of the value it returns ([`phrase_is_read`]), and `phrase` reads them at
/// the row of its value, the same address.
#[doc(hidden)]
#[allow(clippy::indexing_slicing)] // `row` stays below `N`.
pub const fn status_phrase_table<const N: usize>(
    positions: &[u16],
    rows: &'static [Entry],
    skip: usize,
) -> [&'static str; N] {
    let mut table = [""; N];
    let mut row = 0;
    while row < N {
        // The code of row `row` is at offset `row + skip - 1` of `positions` (none for the first
        // row where `skip` is 0: the offset wraps past the end).
        if let Some(&position) = get(positions, (row + skip).wrapping_sub(1)) {
            if let Some(entry) = entry_at(rows, position as usize) {
                table[row] = entry.phrase;
            }
        }
        row += 1;
    }
    table
}

/// `offset`, or `last` if it is past it: the offset of a code in a table by code, whose last
/// slot every code past the table takes.
#[doc(hidden)]
#[inline]
pub const fn clamp_offset(offset: usize, last: usize) -> usize {
    if offset < last {
        offset
    } else {
        last
    }
}

/// `table[row]`, or `""` past its end: a phrase from [`status_phrase_table`].
#[doc(hidden)]
#[inline]
pub const fn phrase_in_row(table: &[&'static str], row: usize) -> &'static str {
    match get(table, row) {
        Some(phrase) => phrase,
        None => "",
    }
}

/// Whether `phrase` ends at an address other than zero, which the end of a `&str` always does:
/// a test that is true of every phrase, made of both words of the `&str`. `from_code` makes
/// its result depend on it, so that LLVM keeps both loads of the phrase's row before the test
/// that the caller's `from_code(code).map(|status| status.phrase())` makes of the result, and
/// reads the phrase from them in the `Some` arm: one value, where a load in that arm, at an
/// index it computes, would keep the arm a branch (LLVM speculates no such load), which the
/// unregistered codes mispredict. `wrapping_add`, not `add`: LLVM knows that an in-bounds
/// offset of a reference is not null, and would fold the test to `true`, and the loads with it.
/// Constant evaluation decides it too, as the end of an allocation is not null.
#[doc(hidden)]
#[inline(always)]
pub const fn phrase_is_read(phrase: &str) -> bool {
    !phrase.as_ptr().wrapping_add(phrase.len()).is_null()
}

/// The entry's description if `description`, else its phrase: what a table of texts holds.
const fn text_of(entry: &Entry, description: bool) -> &'static str {
    if description {
        entry.description
    } else {
        entry.phrase
    }
}

/// The phrase, or the description, of the entry at each offset of a table by code.
#[allow(clippy::indexing_slicing)] // `slot` stays below the length of both.
const fn text_code_table<const SPAN: usize>(
    positions: &[u16],
    rows: &'static [Entry],
    description: bool,
) -> [Option<&'static str>; SPAN] {
    let mut table = [None; SPAN];
    let mut slot = 0;
    while slot < SPAN && slot < positions.len() {
        if let Some(entry) = entry_at(rows, positions[slot] as usize) {
            table[slot] = Some(text_of(entry, description));
        }
        slot += 1;
    }
    table
}

/// A registry's tables by code ([`code_table`] and [`phrase_code_table`]) and by status
/// ([`status_phrase_table`]) where it has more
/// than 1,024 entries: associated constants of a generic impl, read in generic functions, so that
/// a `cargo check` does not evaluate them, as [`StatusTable`] says.
#[doc(hidden)]
pub trait CodeTables<T, const SPAN: usize, const STATUS_ROWS: usize>: Sized + 'static {
    /// The entry with the code at each offset, if any.
    const STATUSES: &'static [Option<Self>; SPAN];
    /// The phrase of the entry with the code at each offset, if any.
    const PHRASES: &'static [Option<&'static str>; SPAN];
    /// The phrase of each status, by row ([`status_phrase_table`]).
    const STATUS_PHRASES: &'static [&'static str; STATUS_ROWS];
}

/// The key at `index` in a table of keys: four little-endian words each.
#[inline]
const fn key_at(keys: &[u8], index: usize) -> Option<[u64; 4]> {
    match row_at::<32>(keys, index) {
        Some(key) => Some([
            word_at(key, 0),
            word_at(key, 8),
            word_at(key, 16),
            word_at(key, 24),
        ]),
        None => None,
    }
}

/// The slot at `index` of a name table: a little-endian `u32`.
#[inline]
const fn slot_at(slots: &[u8], index: usize) -> Option<u32> {
    match row_at::<4>(slots, index) {
        Some(slot) => Some(u32::from_le_bytes(*slot)),
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

/// The position of the entry named `name` (its own name, or an alias) in `names`, through the hash
/// table that the macro laid out for them in `slots` (little-endian `u32`s, a power of two of them,
/// more than `names`, fewer than 65,535) with `seed`. A slot holds `EMPTY_SLOT` (`name_hash.rs`) if
/// it is empty, else 16 bits of the name's hash above the name's index in `names`. A name starts at
/// the slot of its hash's high bits (`slot_and_tag`), and goes on to the next slot while it finds
/// others taken (linear probing). The macro lays a table out so only for names whose hashes are
/// equal under every seed, which have no slot of their own in any table; the others are at their
/// first slot ([`find_name_at_first_slot`]) or at a slot of their own ([`find_name_displaced`]).
/// A name is told apart from another's at a slot by the hash's bits, or else by its length and
/// key (see `name_hash.rs`): the length and the key's first and last words
/// (which the hash reads) in one branch, then for a name of more than 16 bytes its middle words,
/// which a shorter one does not read. `keys` are the keys of `names`, four little-endian words
/// each, which the macro writes out: read from a table, a stored name's key is two loads nearer
/// than from its bytes (and computed in constant evaluation, such a table cost a 10,000-entry
/// `cargo check` 3 seconds of 8). `longest` is the length of the longest of `names`, a constant of
/// the expansion: where it is 32 or less, the comparison past the key compiles away (and where 16
/// or less, that of the middle words). `whole_name`, also a constant, is whether the table hashes
/// every byte of a name (`name_hash.rs`), as the macro lays out that of a registry where two names
/// share their key's outer words and length.
#[doc(hidden)]
#[inline]
pub const fn find_name(
    slots: &[u8],
    seed: u64,
    names: &[(&str, usize)],
    keys: &[u8],
    longest: usize,
    whole_name: bool,
    name: &str,
) -> Option<usize> {
    let name = name.as_bytes();
    let (outer, tag, mut slot) = first_slot(slots, seed, name, whole_name);
    let mask = (slots.len() / 4).wrapping_sub(1);
    // The table has a free slot, so the probe ends.
    while let Some(found) = slot_at(slots, slot) {
        if found == EMPTY_SLOT {
            return None;
        }
        if found >> 16 == tag {
            if let Some(position) = name_in_slot(found, names, keys, longest, &outer, name) {
                return Some(position);
            }
        }
        slot = (slot + 1) & mask;
    }
    None
}

/// [`find_name`] in a table where every name is at its first slot, as the macro lays a
/// registry's table out when it can (HTTP's is): a name is found, or found missing, at that
/// slot, and there is no probe, whose loop costs a lookup registers to save and restore. Nor
/// is the slot's part of the hash compared: a missing name that lands on another's slot (few
/// do, in a table of 8 to 16 slots a name) is told apart by its key, and the others by an
/// empty slot.
#[doc(hidden)]
#[inline]
pub const fn find_name_at_first_slot(
    slots: &[u8],
    seed: u64,
    names: &[(&str, usize)],
    keys: &[u8],
    longest: usize,
    name: &str,
) -> Option<usize> {
    let name = name.as_bytes();
    let (outer, _, slot) = first_slot(slots, seed, name, false);
    match slot_at(slots, slot) {
        Some(found) => name_in_slot(found, names, keys, longest, &outer, name),
        None => None,
    }
}

/// [`find_name`] in a displaced table, as the macro lays out that of a registry whose names it
/// cannot give first slots of their own (more than 256 names, or names that share their key's
/// outer words and length): the hash's high bits pick the name's bucket, whose displacement (a
/// little-endian `u16` of `displacements`, a power of two of them) mixed into the hash picks
/// its slot (`displaced_slot` in `name_hash.rs`). The macro gives each bucket the displacement
/// that puts each of its names at a slot of its own, so that a lookup reads one displacement
/// and one slot, with no probe: how many names share a bucket or a first slot decides no
/// branch, which a loop over the taken slots would mispredict. A name is then found, or found
/// missing, as at its first slot ([`find_name_at_first_slot`]).
#[doc(hidden)]
#[inline]
#[allow(clippy::too_many_arguments)] // The tables and constants of the expansion, as `find_name`'s.
pub const fn find_name_displaced(
    slots: &[u8],
    displacements: &[u8],
    seed: u64,
    names: &[(&str, usize)],
    keys: &[u8],
    longest: usize,
    whole_name: bool,
    name: &str,
) -> Option<usize> {
    let name = name.as_bytes();
    let outer = outer_words(name);
    let hash = name_hash_of(name, &outer, seed, whole_name);
    let displacement = match row_at::<2>(displacements, bucket_of(hash, displacements.len() / 2)) {
        Some(row) => u16::from_le_bytes(*row),
        None => 0,
    };
    match slot_at(slots, displaced_slot(hash, displacement, slots.len() / 4)) {
        Some(found) => name_in_slot(found, names, keys, longest, &outer, name),
        None => None,
    }
}

/// Where a lookup of `name` in a name table of `slots` starts: the outer words of the name's
/// key, the 16 bits of its hash that a slot holds, and its first slot.
#[inline]
const fn first_slot(
    slots: &[u8],
    seed: u64,
    name: &[u8],
    whole_name: bool,
) -> ([u64; 2], u32, usize) {
    let outer = outer_words(name);
    let hash = name_hash_of(name, &outer, seed, whole_name);
    let (slot, tag) = slot_and_tag(hash, slots.len() / 4);
    (outer, tag, slot)
}

/// The hash of `name`, whose key's outer words are `outer`, in a name table of `seed` that
/// hashes every byte of a name if `whole_name` (`name_hash` in `name_hash.rs`).
#[inline]
const fn name_hash_of(name: &[u8], outer: &[u64; 2], seed: u64, whole_name: bool) -> u64 {
    if whole_name {
        hash_whole_name(name, seed)
    } else {
        hash_outer_words(outer, name.len(), seed)
    }
}

/// The position of the entry named `name` (whose key's first and last words are `outer`), if
/// `found`, a slot of a name table, holds that name. An empty slot holds none: its index,
/// 65,535, is past the names. No name is longer than `longest`.
#[inline]
const fn name_in_slot(
    found: u32,
    names: &[(&str, usize)],
    keys: &[u8],
    longest: usize,
    outer: &[u64; 2],
    name: &[u8],
) -> Option<usize> {
    let index = (found & 0xFFFF) as usize;
    if let (Some((stored, position)), Some(stored_key)) = (get(names, index), key_at(keys, index)) {
        let stored = stored.as_bytes();
        // The bits that differ, in one word: one branch on the outer words and the length,
        // rather than one each, which a near miss would mispredict. Of a name of up to 16
        // bytes the middle words repeat the outer ones, and are neither read nor compared.
        let differ = (stored_key[0] ^ outer[0])
            | (stored_key[3] ^ outer[1])
            | (stored.len() ^ name.len()) as u64;
        if differ != 0 {
            return None;
        }
        // `longest` is a constant: past it, `name` is as long as a stored name, and no longer.
        if longest > 16 && name.len() > 16 {
            let key = name_key(name);
            if (stored_key[1] ^ key[1]) | (stored_key[2] ^ key[2]) != 0 {
                return None;
            }
        }
        if longest <= 32 || name.len() <= 32 || middle_eq(stored, name) {
            return Some(*position);
        }
    }
    None
}
