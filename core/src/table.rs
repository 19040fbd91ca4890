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
/// minus the lowest, in the order of `ALL` (fewer than `u16::MAX` of them, each below `SPAN`:
/// the macro makes them so).
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

/// The position in `ALL` of the entry at `offset` in a table from [`position_table`], or
/// `usize::MAX` if there is none.
#[doc(hidden)]
#[inline]
pub const fn position(table: &[u16], offset: usize) -> usize {
    match get(table, offset) {
        Some(&position) if position != NO_POSITION => position as usize,
        _ => usize::MAX,
    }
}
