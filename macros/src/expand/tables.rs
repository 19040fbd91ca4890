//! The tables the registry's `const fn`s run on, inside the expansion's `const _` block:
//!
//! - `ROWS`: each entry's phrase, description, reference and `Display` line, in the order of
//!   `ALL`, then the row of no entry;
//! - `position_of_code`: code -> position in `ROWS`, by a table for dense codes (`POSITIONS`,
//!   which covers the open code type's window too where it is narrow), or a `match` for sparse
//!   ones;
//! - `status_of_code`, `phrase_of_code` and `phrase_of_status`: code -> the enum value, and the
//!   phrase of a code or of a value, by tables by code for dense codes (`CODE_STATUSES`,
//!   `CODE_PHRASES`), else through the position;
//! - `all_values()` (what `ALL` holds), and `statuses()` and `status_at`: position -> the
//!   enum value, or `None` at the position of no entry;
//! - `NAMES`, `NAME_SLOTS` and `NAME_KEYS`: position -> name, and name -> position by a hash
//!   table that the macro lays out.
//!
//! Tables of integers are byte strings, one token for rustc (and one line for rustfmt), which
//! the runtime reads back little-endian, or decodes into a typed table in constant evaluation.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::{LitByteStr, LitStr};

use super::Paths;
use crate::model::{Entry, Registry, Repr};
use crate::name_hash::{bucket_of, displaced_slot, slot_and_tag, EMPTY_SLOT};

pub fn tables(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths {
        private, option, ..
    } = paths;
    let ident = &registry.ident;
    let rows = registry.entries.iter().map(|entry| row(entry, paths));
    let position_of_code = position_of_code(registry, paths);
    let code_lookups = code_lookups(registry, paths);
    let position_of_name = position_of_name(registry, paths);
    let value_tables = value_tables(registry, paths);
    // Reading `statuses()` takes no branch on whether a code is registered (`position_of_code`
    // gives an unregistered code `COUNT`); reading `ALL` with the position clamped takes one,
    // since LLVM makes the pick of the value or `None` a branch, which random codes mispredict:
    // `"404"` on 65,536 inputs took 1.7x the time.
    quote! {
        /// The entries' rows, in the order of `ALL`, then the row of no entry.
        const ROWS: &[#private::Entry] = &[#(#rows,)* #private::Entry::MISSING];

        #position_of_code

        #code_lookups

        #position_of_name

        #[inline]
        const fn entry_of(status: #ident) -> &'static #private::Entry {
            #private::entry(ROWS, position_of_code(status.code()))
        }

        #value_tables

        #[inline]
        const fn status_at(position: ::core::primitive::usize) -> #option<#ident> {
            match #private::get(statuses(), position) {
                #option::Some(status) => *status,
                #option::None => #option::None,
            }
        }
    }
}

/// Registries of up to this many entries keep their table of `Option`s by position in a
/// `static`.
const STATIC_STATUSES_UP_TO: usize = 1024;

/// The tables that hold the registry's values: `const fn all_values() -> [Registry; COUNT]`,
/// every entry in declaration order, which `ALL` holds, and `const fn statuses() -> &'static
/// [Option<Registry>; COUNT + 1]`, `ALL[position]` in `Some`, then `None` at `COUNT`, the
/// position of no entry: the table the lookups by code and by name end in.
///
/// rustc validates an enum value by walking the enum's variants to the value's, evaluating
/// each explicit discriminant on its way, so validating a table of every value is quadratic:
/// with 10,000 entries whose codes are three apart, about 6 s (`scripts/validation_cost.py`).
/// A `cargo check` validates each `static`, each constant that is not an associated one, and
/// each constant that an associated constant or a `const fn` reads, promoted ones included
/// (its known-panics lint evaluates them; it does not evaluate calls). So no constant holds the
/// values: `all_values()` returns them, and each constant built from them (`ALL`, the table of
/// `Option`s) reads them into a local first, which rustc does not promote, and holds its own
/// copy. `ALL` is evaluated only where code that reads it is compiled, once (a constant that
/// pointed into another's table would validate the values again).
///
/// A registry of up to [`STATIC_STATUSES_UP_TO`] entries keeps its table of `Option`s in a
/// `static` (at most tens of milliseconds). A larger one makes it the associated constant of a
/// generic impl (`StatusTable<T>`), read in a generic function, which rustc evaluates only
/// where code that reads it is compiled, in a build and not in a `cargo check`. Not for every
/// registry: LLVM sees the contents of such a constant, and for a small table it rewrites the
/// test for `None` into one on the position, which it then lays out as a branch (`"404"` on
/// 65,536 inputs took 2.2x the time); it does not for a table of more than 1,024 slots.
fn value_tables(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths {
        private, option, ..
    } = paths;
    let ident = &registry.ident;
    let names = registry.entries.iter().map(|entry| &entry.ident);
    let count = Literal::usize_unsuffixed(registry.entries.len());
    let rows = Literal::usize_unsuffixed(registry.entries.len() + 1);
    let statuses = quote!(&'static [#option<#ident>; #rows]);
    let all_values = quote! {
        const fn all_values() -> [#ident; #count] {
            [#(#ident::#names),*]
        }
    };
    let table = quote! {{
        let values = all_values();
        #private::status_table(&values)
    }};
    if registry.entries.len() <= STATIC_STATUSES_UP_TO {
        return quote! {
            #all_values

            static STATUSES: [#option<#ident>; #rows] = #table;

            #[inline]
            const fn statuses() -> #statuses {
                &STATUSES
            }
        };
    }
    quote! {
        #all_values

        #[automatically_derived]
        impl<T> #private::StatusTable<T, #rows> for #ident {
            const TABLE: #statuses = &#table;
        }

        #[inline]
        const fn statuses() -> #statuses {
            deferred_statuses::<()>()
        }

        #[inline]
        const fn deferred_statuses<T>() -> #statuses {
            <#ident as #private::StatusTable<T, #rows>>::TABLE
        }
    }
}

/// One entry's row.
fn row(entry: &Entry, paths: &Paths) -> TokenStream {
    let Paths {
        private, option, ..
    } = paths;
    let span = entry.ident.span();
    let phrase = &entry.phrase;
    let line = LitStr::new(&format!("{} {}", entry.code.value, phrase.value()), span);
    let description = match &entry.description {
        Some(description) => quote!(#description),
        None => quote!(""),
    };
    let reference = match &entry.reference {
        Some(reference) => quote!(#option::Some(#reference)),
        None => quote!(#option::None),
    };
    // A struct literal, not a `const fn` call: rustc evaluates calls in constants one by one,
    // which costs a registry of 10,000 entries most of a second of `cargo check`.
    quote! {
        #private::Entry {
            phrase: #phrase,
            description: #description,
            reference: #reference,
            line: #line,
        }
    }
}

/// `const fn position_of_code(code) -> usize`: the position in `ALL` of the entry with `code`,
/// or `COUNT` (the row of no entry) if there is none. The accessors run on it (through
/// `entry_of`), and so do `from_code` and `phrase` where the codes are sparse.
///
/// Codes dense enough (a span of at most 8 slots per entry, plus 64) get a table indexed by
/// `code - lowest` (`code_offset`), which the macro writes out: a load, and no branch to
/// mispredict (`impl_code_lookups!` defines `position_of_code` over it). Sparse codes (far
/// apart, or `i64`s spread widely) get a `match`.
fn position_of_code(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths { private, repr, .. } = paths;
    let usize = quote!(::core::primitive::usize);
    let entries = &registry.entries;
    let count = entries.len();
    let codes = entries.iter().map(|entry| entry.code.value);
    let (Some(lowest), Some(highest)) = (codes.clone().min(), codes.max()) else {
        return quote! {
            #[inline]
            const fn position_of_code(_: #repr) -> #usize {
                #count
            }
        };
    };
    if !has_code_tables(registry) {
        let codes = entries.iter().map(|entry| super::code_literal(&entry.code));
        let positions = 0..count;
        return quote! {
            #[inline]
            const fn position_of_code(code: #repr) -> #usize {
                match code {
                    #(#codes => #positions,)*
                    _ => #count,
                }
            }
        };
    }
    let (lowest, positions) = dense_positions(registry, lowest, highest);
    let body = code_offset_body(registry, paths, lowest, positions.len() as u128 - 1);
    let table_len = Literal::usize_unsuffixed(positions.len());
    let positions = byte_table(positions.iter().map(|position| position.to_le_bytes()));
    quote! {
        /// `POSITIONS[code - lowest code]`: the position of the entry with `code`, or `COUNT`.
        const POSITIONS: [::core::primitive::u16; #table_len] =
            #private::position_table(#positions);

        // The offset of `code` in the tables by code (`impl_code_lookups!` reads them), the
        // last one for a code past them.
        #[inline]
        #[allow(
            clippy::cast_lossless,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        const fn code_offset(code: #repr) -> #usize {
            #body
        }
    }
}

/// The rows of a registry's table of phrases by status (`STATUS_PHRASES`), where its codes get
/// tables by code: one for the code below its lowest entry's, one for each code up to its
/// highest entry's, and one for the code above; `skip`, how many offsets of `POSITIONS` lie
/// below the lowest entry's code (the open code type's window may start lower).
///
/// `impl_code_lookups!` defines `status_row(status: Option<Registry>) -> usize` over them: the
/// offset of the code from the code below the lowest entry's, with no clamp, `None` counted as
/// the code rustc stores for it ([`StatusRows::none_code`]), so that the row is the `Option`'s
/// bits less a constant. `from_code` reads the row of the `Option` it returns, and `phrase` the
/// row of the value in it: one address, which LLVM then loads once (`impl_code_lookups!` says
/// why).
pub struct StatusRows {
    lowest: i128,
    highest: i128,
    skip: i128,
    repr: Repr,
}

impl StatusRows {
    pub fn of(registry: &Registry) -> Option<Self> {
        if !has_code_tables(registry) {
            return None;
        }
        let codes = registry.entries.iter().map(|entry| entry.code.value);
        let (lowest, highest) = (codes.clone().min()?, codes.max()?);
        let (table_lowest, _) = dense_positions(registry, lowest, highest);
        Some(StatusRows {
            lowest,
            highest,
            skip: lowest - table_lowest,
            repr: registry.repr,
        })
    }

    /// How many rows: the entries' codes, and one on each side.
    pub fn count(&self) -> Literal {
        Literal::u128_unsuffixed(self.highest.abs_diff(self.lowest) + 3)
    }

    /// How `status_row` reads a code: `(none, below, wide)`, the code it reads for `None` and
    /// the code of the first row, both as values of the type `wide` in which it subtracts them.
    ///
    /// That is the unsigned type of the repr's width, in which a value's bits less the code of
    /// the first row are its row. Where the entries' codes take every value of the repr (a
    /// `u8` or an `i16` at most: the codes of a table by code are dense), they leave no value
    /// for `None`, whose `Option` then has a tag of its own, and rows above the repr's last
    /// value: then `i32`, which holds the code below the lowest, and the offsets above.
    pub fn reading(&self) -> (Literal, Literal, TokenStream) {
        let (repr_min, repr_max) = self.repr.bounds();
        let width = repr_width(self.repr);
        if self.highest.abs_diff(self.lowest) + 1 == width {
            let below = Literal::i128_unsuffixed(repr_min - 1);
            return (below.clone(), below, quote!(::core::primitive::i32));
        }
        debug_assert!(repr_max < i128::MAX);
        let bits = |code: i128| Literal::u128_unsuffixed(code.rem_euclid(width as i128) as u128);
        let unsigned = format_ident!("{}", self.repr.name().replace('i', "u"));
        (
            bits(self.none_code()),
            bits(self.lowest - 1),
            quote!(::core::primitive::#unsigned),
        )
    }

    /// The code that rustc stores for `None` in an `Option` of the registry's enum, whose
    /// discriminants run from `lowest` to `highest` and leave some value of the repr free: the
    /// value next to them on the side nearer zero (the one below, where that is not zero, as
    /// bits of the repr), as `rustc_abi`'s `Niche::reserve` picks it today. A rustc that picks
    /// the other side costs `from_code(code).map(..)` its branchless form, not its result: the
    /// rows of both sides are rows of no entry.
    fn none_code(&self) -> i128 {
        let width = repr_width(self.repr);
        let start = self.lowest.rem_euclid(width as i128) as u128;
        let end = self.highest.rem_euclid(width as i128) as u128;
        if start <= end && start >= 1 && start <= width - 1 - end {
            self.lowest - 1
        } else {
            self.highest + 1
        }
    }
}

/// How many values the repr has.
fn repr_width(repr: Repr) -> u128 {
    let (repr_min, repr_max) = repr.bounds();
    repr_max.abs_diff(repr_min) + 1
}

/// The body of `code_offset(code) -> usize`: the offset of `code` from `lowest` in the tables
/// by code, clamped to the last slot, `span`, where codes lie past them.
fn code_offset_body(registry: &Registry, paths: &Paths, lowest: i128, span: u128) -> TokenStream {
    let Paths { private, .. } = paths;
    let usize = quote!(::core::primitive::usize);
    // The offset from the lowest code, in the unsigned type of the repr's width: codes below
    // the lowest wrap around to offsets above the highest.
    let unsigned = format_ident!("{}", registry.repr.name().replace('i', "u"));
    let (repr_min, repr_max) = registry.repr.bounds();
    let lowest_unsigned = lowest.rem_euclid(repr_max - repr_min + 1);
    let lowest_unsigned = Literal::u128_unsuffixed(lowest_unsigned.unsigned_abs());
    // A `u8` or `u16` code is widened to `usize` first, which holds it on every target: the
    // offset is then one subtraction, with no extension of its result.
    let widened = matches!(registry.repr, Repr::U8 | Repr::U16);
    let offset = if registry.repr.is_signed() {
        quote!((code as ::core::primitive::#unsigned).wrapping_sub(#lowest_unsigned))
    } else if widened {
        quote!((code as #usize).wrapping_sub(#lowest_unsigned))
    } else {
        quote!(code.wrapping_sub(#lowest_unsigned))
    };
    let span = (span != repr_max.abs_diff(repr_min) + 1).then(|| Literal::u128_unsuffixed(span));
    match (span, widened) {
        (Some(span), true) => quote! {
            let offset = #offset;
            #private::clamp_offset(offset, #span)
        },
        (Some(span), false) => quote! {
            let offset = #offset;
            let offset = if offset < #span { offset } else { #span };
            offset as #usize
        },
        (None, true) => offset,
        (None, false) => quote!(#offset as #usize),
    }
}

/// Whether the registry's codes get a table by code (`POSITIONS`, and the tables of
/// [`code_lookups`]): codes dense enough, a span of at most 8 slots per entry plus 64, and fewer
/// entries than a `u16` position holds.
/// The span of the registry's tables by code, and whether they are `static`s (up to
/// [`STATIC_STATUSES_UP_TO`] entries), if its codes get them ([`has_code_tables`]).
pub fn code_tables(registry: &Registry) -> Option<(Literal, bool)> {
    if !has_code_tables(registry) {
        return None;
    }
    let codes = registry.entries.iter().map(|entry| entry.code.value);
    let (lowest, highest) = (codes.clone().min()?, codes.max()?);
    let span = Literal::usize_unsuffixed(dense_positions(registry, lowest, highest).1.len());
    Some((span, registry.entries.len() <= STATIC_STATUSES_UP_TO))
}

fn has_code_tables(registry: &Registry) -> bool {
    let entries = &registry.entries;
    let codes = entries.iter().map(|entry| entry.code.value);
    match (codes.clone().min(), codes.max()) {
        (Some(lowest), Some(highest)) => {
            highest.abs_diff(lowest) < 8 * entries.len() as u128 + 64
                && entries.len() < usize::from(u16::MAX)
        }
        _ => false,
    }
}

/// `status_of_code` (`from_code`), `phrase_of_code` (`phrase_of`, and the open code type's
/// `phrase`) and `phrase_of_status` (`phrase`), which the runtime's `impl_code_lookups!` writes.
///
/// Where the codes are dense, each is one read of a table by code that yields the `Option`
/// itself (`CODE_STATUSES`, `CODE_PHRASES`), as a hand-written `[Option<T>; N]` by code is, and
/// `phrase` reads a table by status, which `from_code` reads too ([`StatusRows`]). A
/// position and then the value at it would be two dependent loads, and LLVM, which sees that
/// only the last position of `STATUSES` is `None`, turns the test for `None` into one on the
/// position: a branch that unregistered codes mispredict where `from_code(code)` is then
/// matched on (`.ok_or(...)` in `FromStr`). Built in constant evaluation from `POSITIONS`,
/// `all_values()` and `ROWS`, as `STATUSES` is, and as it is, a `static` for up to
/// [`STATIC_STATUSES_UP_TO`] entries, and past that the constants of a generic impl, which a
/// `cargo check` does not evaluate. Sparse codes go through the position.
fn code_lookups(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths { private, repr, .. } = paths;
    let ident = &registry.ident;
    if let (Some((span, is_static)), Some(rows)) = (code_tables(registry), StatusRows::of(registry))
    {
        let storage = if is_static {
            quote!(static)
        } else {
            quote!(deferred)
        };
        let (count, skip) = (
            rows.count(),
            Literal::u128_unsuffixed(rows.skip.unsigned_abs()),
        );
        let (none, below, wide) = rows.reading();
        return quote! {
            #private::impl_code_lookups!(
                #ident: #repr, by code #span, #storage,
                status rows #count skip #skip, none #none, below #below as #wide
            );
        };
    }
    // The open code type's `phrase` reads a table of phrases by position, which yields the
    // `Option` itself. A table of phrases for every registry cost a 10,000-entry `cargo check`
    // half a second; a registry with no open code type reads the rows.
    let phrases = match registry.open() {
        Some(_) => {
            let rows = Literal::usize_unsuffixed(registry.entries.len() + 1);
            quote!(table #rows)
        }
        None => quote!(rows),
    };
    quote!(#private::impl_code_lookups!(#ident: #repr, by position, phrases: #phrases);)
}

/// The table by code of a registry whose codes are dense, from `lowest` to `highest`: the code
/// its offsets start from, and at each offset the position of the entry with that code, or
/// `COUNT`; then a last slot, which no code has, that takes every offset past the others (no
/// branch).
///
/// The open code type's window is covered too, where it is not much larger: every code it holds
/// then has a slot, and only a code outside it takes the clamp to the last slot, which LLVM lays
/// out as a branch in a loop, and which HTTP's codes (any of `100..=999`) would otherwise
/// mispredict for the 488 past `511`.
fn dense_positions(registry: &Registry, lowest: i128, highest: i128) -> (i128, Vec<u16>) {
    let (lowest, highest) = match registry.open() {
        Some(open) if open.hi.value.abs_diff(open.lo.value) < 1024 => {
            (lowest.min(open.lo.value), highest.max(open.hi.value))
        }
        _ => (lowest, highest),
    };
    let count = registry.entries.len();
    let slots = usize::try_from(highest.abs_diff(lowest) + 2).unwrap_or(0);
    let mut positions = vec![u16::try_from(count).unwrap_or(u16::MAX); slots];
    for (position, entry) in registry.entries.iter().enumerate() {
        let slot = usize::try_from(entry.code.value.abs_diff(lowest)).ok();
        if let (Some(slot), Ok(position)) = (
            slot.and_then(|slot| positions.get_mut(slot)),
            u16::try_from(position),
        ) {
            *slot = position;
        }
    }
    (lowest, positions)
}

/// `NAMES`, each entry's name then each alias, with the position in `ALL` of its entry (`name()`
/// reads an entry's at its position), and `const fn position_of_name(name) -> Option<usize>`: a
/// hash table of `NAMES` that the macro lays out, with the hash the runtime looks names up with
/// (one source file, `name_hash.rs`, in both crates); a `match` on the bytes for a registry of
/// 65,535 names or more, more than the table's slots can index.
fn position_of_name(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths { option, .. } = paths;
    let usize = quote!(::core::primitive::usize);
    let names: Vec<(String, proc_macro2::Span, usize)> = registry
        .entries
        .iter()
        .enumerate()
        .map(|(position, entry)| (entry.name(), entry.ident.span(), position))
        .chain(
            registry
                .aliases
                .iter()
                .filter_map(|alias| Some((alias.name(), alias.ident.span(), alias.position?))),
        )
        .collect();
    let rows = names.iter().map(|(name, span, position)| {
        let name = LitStr::new(name, *span);
        let position = Literal::usize_unsuffixed(*position);
        quote!((#name, #position))
    });
    let names_table = quote! {
        /// Each entry's name, in the order of `ALL`, then each alias, with its entry's position.
        const NAMES: &[(&::core::primitive::str, #usize)] = &[#(#rows),*];
    };
    if names.len() >= usize::from(u16::MAX) {
        let arms = names.iter().map(|(name, span, position)| {
            let name = LitByteStr::new(name.as_bytes(), *span);
            quote!(#name => #option::Some(#position))
        });
        return quote! {
            #names_table

            #[inline]
            const fn position_of_name(name: &::core::primitive::str) -> #option<#usize> {
                match name.as_bytes() {
                    #(#arms,)*
                    _ => #option::None,
                }
            }
        };
    }
    hashed_position_of_name(&names, &names_table, paths)
}

/// `position_of_name` over the hash table of `names` that [`name_table`] lays out, after
/// `names_table` (`NAMES`): the table's slots, the names' keys and, for a displaced table, the
/// buckets' displacements, read by the runtime's lookup of the table's kind.
fn hashed_position_of_name(
    names: &[(String, proc_macro2::Span, usize)],
    names_table: &TokenStream,
    paths: &Paths,
) -> TokenStream {
    let Paths {
        private, option, ..
    } = paths;
    let usize = quote!(::core::primitive::usize);
    let (slots, seed, lookup) = name_table(names);
    let longest = names.iter().map(|(name, ..)| name.len()).max().unwrap_or(0);
    let longest = Literal::usize_unsuffixed(longest);
    let seed = Literal::u64_unsuffixed(seed);
    let (find_name, displacements) = match lookup {
        NameLookup::AtFirstSlots => (
            quote! {
                #private::find_name_at_first_slot(NAME_SLOTS, #seed, NAMES, NAME_KEYS, #longest, name)
            },
            None,
        ),
        NameLookup::Displaced {
            displacements,
            whole_name,
        } => (
            quote! {
                #private::find_name_displaced(
                    NAME_SLOTS, NAME_DISPLACEMENTS, #seed, NAMES, NAME_KEYS, #longest, #whole_name,
                    name,
                )
            },
            Some(byte_table(
                displacements
                    .iter()
                    .map(|displacement| displacement.to_le_bytes()),
            )),
        ),
        NameLookup::Probing { whole_name } => (
            quote! {
                #private::find_name(NAME_SLOTS, #seed, NAMES, NAME_KEYS, #longest, #whole_name, name)
            },
            None,
        ),
    };
    let displacements = displacements.map(|displacements| {
        quote! {
            // The displacement of each bucket of names (little-endian `u16`s): see the
            // runtime's `find_name_displaced`.
            const NAME_DISPLACEMENTS: &[::core::primitive::u8] = #displacements;
        }
    });
    let keys = byte_table(
        names
            .iter()
            .flat_map(|(name, ..)| crate::name_hash::name_key(name.as_bytes()))
            .map(u64::to_le_bytes),
    );
    let slots = byte_table(slots.iter().map(|slot| slot.to_le_bytes()));
    quote! {
        #names_table

        // The hash table of `NAMES` (little-endian `u32`s), and the names' keys (four
        // little-endian `u64`s each): see the runtime's `find_name`.
        const NAME_SLOTS: &[::core::primitive::u8] = #slots;
        const NAME_KEYS: &[::core::primitive::u8] = #keys;
        #displacements

        #[inline]
        const fn position_of_name(name: &::core::primitive::str) -> #option<#usize> {
            #find_name
        }
    }
}

/// How a registry's name table is read.
pub(crate) enum NameLookup {
    /// Every name is at its first slot: a lookup reads that slot and does not probe.
    AtFirstSlots,
    /// Each name is at the slot its hash and its bucket's displacement pick, one of its own: a
    /// lookup reads the displacement and that slot, and does not probe. `whole_name` as below.
    Displaced {
        displacements: Vec<u16>,
        whole_name: bool,
    },
    /// Linear probing, for names whose hashes are equal under every seed (`name_table`).
    /// `whole_name` if two names share their key's outer words and length, which every hash of
    /// those would give the same slot, so that the table hashes every byte.
    Probing { whole_name: bool },
}

/// The slots of the name table of `names` (fewer than 65,535), the seed of its hash, and how a
/// lookup reads it. A slot is `EMPTY_SLOT`, or 16 bits of a name's hash (which tell most other
/// names apart without reading them) above the name's index; `slot_and_tag` picks both.
///
/// Up to 256 names get a table where each is at its first slot, if a seed gives them first
/// slots of their own (`first_slot_layout`): a lookup reads one slot. Other registries get a
/// displaced table (`displaced_layout`): a lookup reads one displacement and one slot. Names
/// whose hashes are equal under one seed are under every seed (a seed picks the hash's
/// multiplier), which no displacement tells apart: such names, two of whose keys' outer words
/// add up to the same sum at the same length, get linear probing, as the runtime's `find_name`
/// reads it.
pub(crate) fn name_table(
    names: &[(String, proc_macro2::Span, usize)],
) -> (Vec<u32>, u64, NameLookup) {
    let mut outer = std::collections::HashSet::new();
    let whole_name = !names.iter().all(|(name, ..)| {
        outer.insert((crate::name_hash::outer_words(name.as_bytes()), name.len()))
    });
    let hashes = |seed| -> Vec<u64> {
        names
            .iter()
            .map(|(name, ..)| crate::name_hash::name_hash(name.as_bytes(), seed, whole_name))
            .collect()
    };
    if !whole_name {
        if let Some((slot_count, seed)) = first_slot_layout(names.len(), hashes) {
            let slots = probed_slots(&hashes(seed), slot_count);
            return (slots, seed, NameLookup::AtFirstSlots);
        }
    }
    for seed in 0..DISPLACED_SEEDS {
        if let Some((slots, displacements)) = displaced_layout(&hashes(seed)) {
            let lookup = NameLookup::Displaced {
                displacements,
                whole_name,
            };
            return (slots, seed, lookup);
        }
    }
    let slot_count = (names.len() * 3 / 2 + 1).next_power_of_two();
    let slots = probed_slots(&hashes(0), slot_count);
    (slots, 0, NameLookup::Probing { whole_name })
}

/// How many seeds a displaced table is tried with before the names get linear probing.
const DISPLACED_SEEDS: u64 = 4;

/// The slots of a table of `slot_count` slots that holds the names of `hashes`, each at its
/// first slot or the next free one (linear probing).
fn probed_slots(hashes: &[u64], slot_count: usize) -> Vec<u32> {
    let mut slots = vec![EMPTY_SLOT; slot_count];
    let mask = slot_count - 1;
    for (index, &hash) in hashes.iter().enumerate() {
        let (mut slot, tag) = slot_and_tag(hash, slot_count);
        while slots.get(slot).is_some_and(|taken| *taken != EMPTY_SLOT) {
            slot = (slot + 1) & mask;
        }
        if let (Some(free), Ok(index)) = (slots.get_mut(slot), u32::try_from(index)) {
            *free = tag << 16 | index;
        }
    }
    slots
}

/// The number of slots of a table where each of up to 256 names is at its first slot, and the
/// seed of its hash: 8 to 16 slots per name, and the first of 1,024 seeds under which no two
/// names share a first slot; `None` for more names, or if every seed has two share one.
pub(crate) fn first_slot_layout(
    names: usize,
    hashes: impl Fn(u64) -> Vec<u64>,
) -> Option<(usize, u64)> {
    if names > 256 {
        return None;
    }
    let slot_count = (names * 8).next_power_of_two().max(8);
    let mut taken = vec![false; slot_count];
    (0..1024)
        .find(|&seed| {
            taken.fill(false);
            hashes(seed).into_iter().all(|hash| {
                taken
                    .get_mut(slot_and_tag(hash, slot_count).0)
                    .is_some_and(|slot| !std::mem::replace(slot, true))
            })
        })
        .map(|seed| (slot_count, seed))
}

/// The slots and the displacements of a displaced table of the names of `hashes`, or `None`
/// if a bucket has no displacement under which its names land apart: two of them with equal
/// hashes never do, and names whose hashes differ do under one of the first few displacements
/// in practice (a name's slot depends on its whole hash). The table has a slot for each name
/// and a quarter more, rounded up to a power of two (at most four fifths full), and a bucket
/// for every four names or so, rounded up to a power of two. The buckets are placed largest
/// first, each at the first displacement under which its names land on free slots, each on its
/// own.
pub(crate) fn displaced_layout(hashes: &[u64]) -> Option<(Vec<u32>, Vec<u16>)> {
    let slot_count = (hashes.len() + hashes.len() / 4 + 1).next_power_of_two();
    let bucket_count = (hashes.len() / 4).next_power_of_two();
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
    for (index, &hash) in hashes.iter().enumerate() {
        buckets.get_mut(bucket_of(hash, bucket_count))?.push(index);
    }
    let mut order: Vec<usize> = (0..bucket_count).collect();
    // A stable sort: the layout is the same on every build.
    order.sort_by_key(|&bucket| std::cmp::Reverse(buckets.get(bucket).map_or(0, Vec::len)));
    let mut slots = vec![EMPTY_SLOT; slot_count];
    let mut displacements = vec![0_u16; bucket_count];
    for bucket in order {
        let members: Vec<(usize, u64)> = buckets
            .get(bucket)?
            .iter()
            .map(|&index| Some((index, *hashes.get(index)?)))
            .collect::<Option<_>>()?;
        let mut distinct: Vec<u64> = members.iter().map(|&(_, hash)| hash).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() < members.len() {
            return None;
        }
        let displacement = (0..=u16::MAX).find(|&displacement| {
            let mut landed: Vec<usize> = members
                .iter()
                .map(|&(_, hash)| displaced_slot(hash, displacement, slot_count))
                .collect();
            let free = landed
                .iter()
                .all(|&slot| slots.get(slot) == Some(&EMPTY_SLOT));
            landed.sort_unstable();
            landed.dedup();
            free && landed.len() == members.len()
        })?;
        for &(index, hash) in &members {
            let tag = slot_and_tag(hash, slot_count).1;
            let slot = slots.get_mut(displaced_slot(hash, displacement, slot_count))?;
            *slot = tag << 16 | u32::try_from(index).ok()?;
        }
        *displacements.get_mut(bucket)? = displacement;
    }
    Some((slots, displacements))
}

/// A table of rows of `N` bytes as one byte string: one token for rustc to read, where an array
/// of integers is an expression for each (and one line for rustfmt, where it writes a `u64` a
/// line). The runtime reads the rows back with `from_le_bytes`.
fn byte_table<const N: usize>(rows: impl Iterator<Item = [u8; N]>) -> Literal {
    let bytes: Vec<u8> = rows.flatten().collect();
    Literal::byte_string(&bytes)
}
