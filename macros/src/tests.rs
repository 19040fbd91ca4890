//! The whole pipeline on `proc_macro2` tokens: what compiles, what is an error, and that no input
//! makes the macro panic.

use proc_macro2::TokenStream;
use quote::quote;

/// Whether expanding `input` reports an error.
fn has_error(input: TokenStream) -> bool {
    crate::expand_registry(input)
        .to_string()
        .contains("compile_error")
}

#[track_caller]
fn valid(input: TokenStream) {
    assert!(!has_error(input.clone()), "expected no error for `{input}`");
}

#[track_caller]
fn invalid(input: TokenStream) {
    assert!(has_error(input.clone()), "expected an error for `{input}`");
}

#[test]
fn valid_declarations() {
    valid(quote!(pub enum Edge { 444 NO_RESPONSE "No Response"; }));
    valid(
        quote!(enum Edge: i8 { -1 FAILED "Failed" "It failed" ["Ours"]; alias BROKEN = FAILED; }),
    );
    valid(quote!(enum Edge: u64 { 0xFFFF_FFFF_FFFF_FFFF MAX "Max"; }));
    valid(
        quote!(enum Edge { classes EdgeClass { 400..=499 CLIENT_ERROR "Client Error"; } 444 r#type "Type"; }),
    );
    valid(
        quote!(enum Api: u32 { 1 A "A" => NOT_FOUND type "urn:api:a"; 2 B "B" => 409 type "https://x/b"; }),
    );
    valid(quote!(enum Api { type "https://x/"; 1 A "A" => REQUEST_ENTITY_TOO_LARGE; }));
    valid(
        quote!(enum Api { type "https://x/"; classes C { 0..=9 ALL_GONE "Gone" => GONE; } 1 A "A"; }),
    );
}

#[test]
fn error_catalogues() {
    invalid(quote!(enum Api { type "https://x/"; 1 A "A" => NOT_FOUN; }));
    invalid(quote!(enum Api { type "https://x/"; 1 A "A" => 499; }));
    invalid(quote!(enum Api { type "https://x/"; 1 A "A" => 404u16; }));
    invalid(quote!(enum Api { type "https://x/"; 1 A "A" => 404; 2 B "B"; }));
    invalid(quote!(enum Api { 1 A "A" => 404; }));
    invalid(quote!(enum Api { 1 A "A" => 404 type "a/b"; }));
    invalid(quote!(enum Api { 1 A "A" => 404 type "about:blank"; }));
    invalid(quote!(enum Api { type "https://x/"; type "https://y/"; 1 A "A" => 404; }));
    invalid(quote!(enum Api { type "https://x y/"; 1 A "A" => 404; }));
    // A catalogue's codes are its own: one of codes in 100..=999 is no registry of HTTP codes.
    let expansion =
        crate::expand_registry(quote!(enum Api { type "urn:x:"; 404 A "A" => GONE; })).to_string();
    assert!(!expansion.contains("impl_http"), "{expansion}");
    assert!(
        expansion.contains(r#"impl_problem ! (Api : open = Self , problems = [410 "urn:x:a"])"#),
        "{expansion}"
    );
    // The docs say how each entry is answered.
    assert!(
        expansion.contains("Answered with `410` (`GONE`), as the problem type `urn:x:a`"),
        "{expansion}"
    );
    assert!(
        expansion.contains("| `410` (`GONE`) | `urn:x:a` |"),
        "{expansion}"
    );
    let plain = crate::expand_registry(quote!(enum Edge { 404 A "A"; })).to_string();
    assert!(plain.contains("impl_http") && !plain.contains("impl_problem"));
}

/// The macro's copy of `HttpStatus`'s names and codes is core's: every entry and alias, no other.
#[test]
fn http_statuses_are_core_s() {
    use status_registry::{HttpStatus, Registry};
    let core: Vec<(&str, u16)> = HttpStatus::iter()
        .map(|status| (status.name(), status.code()))
        .chain(HttpStatus::aliases().map(|(alias, status)| (alias, status.code())))
        .collect();
    assert_eq!(crate::http_statuses::HTTP_STATUSES, core.as_slice());
}

#[test]
fn malformed_declarations() {
    invalid(quote!(enum Edge { 444 A "A"; 444 B "B"; }));
    invalid(quote!(enum Edge { 444 A "A"; alias A = A; }));
    invalid(quote!(enum Edge { 444 A "A"; alias B = C; }));
    invalid(quote!(enum Edge: u8 { 300 A "A"; }));
    invalid(quote!(enum Edge: usize { 300 A "A"; }));
    invalid(quote!(enum Edge { classes EdgeClass { 400..=499 A "A"; } 500 B "B"; }));
    invalid(quote!(enum Edge { 444 A "A" 445 B "B"; }));
    invalid(quote!(enum Edge { 444 A "A" }));
    invalid(quote!(enum Edge { 444 ALL "All"; }));
    invalid(quote!(
        enum Edge {}
    ));
    invalid(quote!(#[repr(u8)] enum Edge { 200 OK "OK"; }));
    invalid(quote!(enum Edge { #[cfg(test)] 200 OK "OK"; }));
}

#[test]
fn no_panic_on_odd_input() {
    let inputs = [
        quote!(),
        quote!(enum),
        quote!(enum X),
        quote!(enum X:),
        quote!(enum X: {}),
        quote!(enum X: u16),
        quote!(pub enum X: u16 { 200 }),
        quote!(pub enum X: u16 { 200 OK }),
        quote!(pub enum X: u16 { - }),
        quote!(pub enum X: u16 { alias }),
        quote!(pub enum X: u16 { alias A = }),
        quote!(pub enum X: u16 { classes }),
        quote!(pub enum X: u16 { classes C { 1..= } }),
        quote!(pub enum X: u16 { classes C { ..= 5 A "a"; } 3 A "a"; }),
        quote!(pub enum X: u16 { #[] 200 OK "OK"; }),
        quote!(pub enum X: u16 { 200 OK "OK" [[[]]]; }),
        quote!(pub enum X: u16 { 200 OK "OK" ["a"] ["b"]; }),
        quote!(pub enum X: i64 { -170141183460469231731687303715884105728 A "a"; }),
        quote!(pub enum X: u16 { 340282366920938463463374607431768211455 A "a"; }),
        quote!(#[status_registry()] enum X { 1 A "a"; }),
        quote!(#[status_registry(crate = )] enum X { 1 A "a"; }),
        quote!(; , . :: => @ # $ ? ! ~ ^ & | + - * / %),
        quote!({ [ ( ) ] } (((enum X { 1 A "a"; })))),
        quote!(enum X { { { } } [ ] ( ) ; ; ; }),
        quote!(enum X<'a, T: Copy, const N: usize> where T: Copy { 1 A "a"; }),
    ];
    for input in inputs {
        let input_text = input.to_string();
        let result = std::panic::catch_unwind(|| crate::expand_registry(input));
        assert!(result.is_ok(), "the macro panicked on `{input_text}`");
    }
}

/// The input of the first `status_registry! { ... }` in `source`.
pub(crate) fn invocation(source: &str) -> TokenStream {
    let tokens: Vec<proc_macro2::TokenTree> = source
        .parse::<TokenStream>()
        .expect("the source is valid Rust tokens")
        .into_iter()
        .collect();
    tokens
        .windows(3)
        .find_map(|window| match window {
            [proc_macro2::TokenTree::Ident(name), proc_macro2::TokenTree::Punct(bang), proc_macro2::TokenTree::Group(body)]
                if name == "status_registry" && bang.as_char() == '!' =>
            {
                Some(body.stream())
            }
            _ => None,
        })
        .expect("the source declares a registry")
}

/// Expands core's `HttpStatus` declaration and prints it, for reading as a user would:
/// `cargo test -q -p status-registry-macros http_status_expansion -- --nocapture |
/// sed -n '/^\/\/ BEGIN/,/^\/\/ END/p' | rustfmt --edition 2021`
#[test]
fn http_status_expansion() {
    let expansion = crate::expand_registry(invocation(include_str!(
        "../../core/src/http/declaration.rs"
    )));
    let text = expansion.to_string();
    println!("// BEGIN expansion of HttpStatus\n{text}\n// END");
    assert!(!text.contains("compile_error"));
    // One row per entry in the rows; one name per entry and alias, an alias with the position of
    // its entry in `ALL`.
    assert_eq!(
        text.matches(":: status_registry :: __private :: Entry { phrase")
            .count(),
        62
    );
    let names = text
        .split_once("const NAMES")
        .and_then(|(_, rest)| rest.split_once("] ;"))
        .map(|(names, _)| names)
        .expect("from_name has a table of names");
    assert_eq!(names.matches("(\"").count(), 62 + 4);
    assert!(names.contains("(\"CONTENT_TOO_LARGE\" , 35)"));
    assert!(names.contains("(\"REQUEST_ENTITY_TOO_LARGE\" , 35)"));
    let slots = text
        .split_once("const NAME_SLOTS : & [:: core :: primitive :: u8] = b\"")
        .and_then(|(_, rest)| rest.split_once("\" ;"))
        .map(|(slots, _)| slots)
        .expect("from_name has a table of slots");
    let slots: syn::LitByteStr =
        syn::parse_str(&format!("b\"{slots}\"")).expect("the slots are a byte string");
    assert_eq!(slots.value().len(), 1024 * 4);
    // The table by code covers StatusCode's window, `100..=999`, and a slot for the codes past
    // it: every HTTP code is looked up without the clamp's branch.
    assert!(text.contains("const POSITIONS : [:: core :: primitive :: u16 ; 901]"));
    assert!(text.contains(":: status_registry :: __private :: clamp_offset (offset , 900)"));
    // A registry this small keeps its table of `Option`s by position in a `static`.
    assert!(text.contains("static STATUSES : [:: core :: option :: Option < HttpStatus > ; 63]"));
    assert!(text.contains("const fn all_values () -> [HttpStatus ; 62]"));
    assert!(!text.contains("StatusTable"));
}

/// What in an expansion could panic: a call such as `unwrap`, a panicking macro, or indexing (a
/// `[...]` right after an expression), with the tokens before it.
fn panicking(tokens: TokenStream, found: &mut Vec<String>) {
    use proc_macro2::{Delimiter, TokenTree};
    const PANICKING: &[&str] = &[
        "unwrap",
        "expect",
        "unwrap_unchecked",
        "panic",
        "unreachable",
        "unimplemented",
        "todo",
        "assert",
        "assert_eq",
        "assert_ne",
        "unsafe",
    ];
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, tree) in trees.iter().enumerate() {
        let before = index.checked_sub(1).and_then(|before| trees.get(before));
        match tree {
            TokenTree::Ident(ident) if PANICKING.iter().any(|name| ident == name) => {
                found.push(ident.to_string());
            }
            TokenTree::Group(group) => {
                let lifetime = index
                    .checked_sub(2)
                    .and_then(|at| trees.get(at))
                    .is_some_and(|tree| matches!(tree, TokenTree::Punct(p) if p.as_char() == '\''));
                let after_expression = match before {
                    Some(TokenTree::Ident(_)) => !lifetime,
                    Some(TokenTree::Group(before)) => before.delimiter() != Delimiter::Brace,
                    _ => false,
                };
                if group.delimiter() == Delimiter::Bracket && after_expression {
                    found.push(format!(
                        "{} {group}",
                        before.map_or(String::new(), ToString::to_string)
                    ));
                }
                panicking(group.stream(), found);
            }
            _ => {}
        }
    }
}

/// The runtime crate's lints forbid what could panic on a user's input; the expansion, which
/// compiles in users' crates under their lints, must not contain any of it either.
#[test]
fn expansions_cannot_panic() {
    // The scan finds what it looks for, and not types or attributes.
    let mut found = Vec::new();
    panicking(
        quote!(let a: &'static [u8] = &[1]; #[doc = ""] b[0]; c.unwrap(); f()[1]; { x }[2]),
        &mut found,
    );
    assert_eq!(found, ["b [0]", "unwrap", "() [1]"]);

    let declarations = [
        invocation(include_str!("../../core/src/http/declaration.rs")),
        quote!(pub enum Edge: i8 {
            classes EdgeClass { -128..=-1 NEGATIVE "Negative"; 0..=127 NON_NEGATIVE "Non-negative"; }
            -128 MIN "Min" "Lowest" ["Ours"];
            127 MAX "Max";
            alias HIGHEST = MAX;
        }),
    ];
    for declaration in declarations {
        let expansion = crate::expand_registry(declaration);
        assert!(!expansion.to_string().contains("compile_error"));
        let mut found = Vec::new();
        panicking(expansion, &mut found);
        assert_eq!(
            found,
            Vec::<String>::new(),
            "what could panic in the expansion"
        );
    }
}

/// HTTP's 66 names and aliases each get a first slot of their own in the name table, so that
/// `from_name` reads one slot; a registry of more than 256 names gets a displaced table.
#[test]
fn name_table_layouts() {
    use crate::expand::{first_slot_layout, name_table, NameLookup};
    use crate::name_hash::{name_hash, slot_and_tag};

    let text = crate::expand_registry(invocation(include_str!(
        "../../core/src/http/declaration.rs"
    )))
    .to_string();
    let names: Vec<&str> = text
        .split_once("const NAMES")
        .and_then(|(_, rest)| rest.split_once("] ;"))
        .map(|(names, _)| names)
        .expect("from_name has a table of names")
        .split("(\"")
        .skip(1)
        .filter_map(|row| row.split_once('"').map(|(name, _)| name))
        .collect();
    assert_eq!(names.len(), 66);
    let hashes = |seed| -> Vec<u64> {
        names
            .iter()
            .map(|name| name_hash(name.as_bytes(), seed, false))
            .collect()
    };
    let (slots, seed) = first_slot_layout(names.len(), hashes).expect("a seed");
    assert_eq!(slots, 1024);
    let mut first_slots: Vec<usize> = hashes(seed)
        .into_iter()
        .map(|hash| slot_and_tag(hash, 1024).0)
        .collect();
    first_slots.sort_unstable();
    first_slots.dedup();
    assert_eq!(first_slots.len(), names.len(), "seed {seed}");
    // Every name at its first slot: the lookup reads that slot and does not probe. The
    // longest name, NETWORK_AUTHENTICATION_REQUIRED, is 31 bytes: nothing past the key.
    assert!(text.contains(&format!(
        "find_name_at_first_slot (NAME_SLOTS , {seed} , NAMES , NAME_KEYS , 31 , name)"
    )));
    assert!(!text.contains("NAME_DISPLACEMENTS"));

    let many = rows((0..300).map(|index| format!("NAME_{index}")));
    let hashes = |seed| -> Vec<u64> {
        many.iter()
            .map(|(name, ..)| name_hash(name.as_bytes(), seed, false))
            .collect()
    };
    assert_eq!(first_slot_layout(many.len(), hashes), None);
    let (slots, seed, lookup) = name_table(&many);
    assert_eq!((slots.len(), seed), (512, 0));
    let NameLookup::Displaced {
        displacements,
        whole_name: false,
    } = lookup
    else {
        panic!("300 names get a displaced table");
    };
    assert_eq!(displacements.len(), 128);
    assert_displaced(&many, &slots, &displacements, seed, false);
}

/// `names` as the rows of a name table: each name at its own position.
fn rows(names: impl Iterator<Item = String>) -> Vec<(String, proc_macro2::Span, usize)> {
    names
        .enumerate()
        .map(|(position, name)| (name, proc_macro2::Span::call_site(), position))
        .collect()
}

/// Each of `names` is in the slot of a displaced table that its hash and its bucket's
/// displacement pick, as the runtime's `find_name_displaced` reads it, and no two share one.
fn assert_displaced(
    names: &[(String, proc_macro2::Span, usize)],
    slots: &[u32],
    displacements: &[u16],
    seed: u64,
    whole_name: bool,
) {
    use crate::name_hash::{bucket_of, displaced_slot, name_hash, EMPTY_SLOT};

    for (index, (name, ..)) in names.iter().enumerate() {
        let hash = name_hash(name.as_bytes(), seed, whole_name);
        let displacement = displacements[bucket_of(hash, displacements.len())];
        let slot = slots[displaced_slot(hash, displacement, slots.len())];
        assert_eq!((slot & 0xFFFF) as usize, index, "{name}");
    }
    let taken = slots.iter().filter(|slot| **slot != EMPTY_SLOT).count();
    assert_eq!(taken, names.len());
}

/// Names alike but for their middle share their key's outer words and length, and so every
/// hash of those: the table then hashes every byte of a name, and is displaced, a slot for each
/// name. In a registry of names of up to 16 bytes, the outer words are the name.
#[test]
fn names_alike_but_for_their_middle_are_hashed_whole() {
    use crate::expand::{name_table, NameLookup};

    // Names of 46 bytes alike but for bytes in no word of their key, and names of 23 bytes
    // alike but for their key's middle words, which the hash of the outer words skips.
    let long =
        rows((0..2_000).map(|i| format!("A_LONG_SHARED_START_{i:04}_AND_A_LONG_SHARED_END")));
    let middle = rows((0..100).map(|i| format!("SHARED_START_{i:03}_SH_END")));
    for names in [long, middle] {
        let (slots, seed, lookup) = name_table(&names);
        let NameLookup::Displaced {
            displacements,
            whole_name: true,
        } = lookup
        else {
            panic!("{} gets a displaced table of whole names", names[0].0);
        };
        assert_displaced(&names, &slots, &displacements, seed, true);
    }
    let short = rows((0..100).map(|i| format!("CODE_{i}")));
    assert!(matches!(name_table(&short).2, NameLookup::AtFirstSlots));
}

/// Names whose keys' outer words add up to the same sum at the same length have the same hash
/// under every seed, which no displacement tells apart: their table probes.
#[test]
fn names_of_one_hash_under_every_seed_are_probed() {
    use crate::expand::{displaced_layout, name_table, NameLookup};
    use crate::name_hash::name_hash;

    // "ABCDEFGH" + 1 and "IJKLMNOP" - 1, as little-endian words: the same sum.
    let names = rows(
        ["ABCDEFGHIJKLMNOP", "BBCDEFGHHJKLMNOP", "OTHER_NAME"]
            .map(String::from)
            .into_iter(),
    );
    for seed in 0..8 {
        let hashes: Vec<u64> = names
            .iter()
            .map(|(name, ..)| name_hash(name.as_bytes(), seed, false))
            .collect();
        assert_eq!(hashes[0], hashes[1]);
        assert_eq!(displaced_layout(&hashes), None);
    }
    let (slots, seed, lookup) = name_table(&names);
    assert!(matches!(lookup, NameLookup::Probing { whole_name: false }));
    assert_eq!((slots.len(), seed), (8, 0));
    let text = crate::expand_registry(quote!(
        pub enum Alike: u16 {
            100 ABCDEFGHIJKLMNOP "First";
            101 BBCDEFGHHJKLMNOP "Second";
            102 OTHER_NAME "Third";
        }
    ))
    .to_string();
    assert!(text.contains(
        "__private :: find_name (NAME_SLOTS , 0 , NAMES , NAME_KEYS , 16 , false , name)"
    ));
}

/// A registry of more than 1,024 entries keeps its table of `Option`s by position out of
/// `cargo check`: the associated constant of a generic impl, read in a generic function. One
/// of 1,024 keeps it in a `static`. Neither has a `static` or constant of its values, which
/// `all_values()` returns.
#[test]
fn large_registries_defer_their_table_of_statuses() {
    let expansion = |count: u32| {
        let entries = (0..count).map(|index| {
            let code = proc_macro2::Literal::u32_unsuffixed(1_000 + 3 * index);
            let name = quote::format_ident!("CODE_{}", index);
            quote!(#code #name "Phrase";)
        });
        crate::expand_registry(quote!(pub enum Codes: u16 { #(#entries)* })).to_string()
    };
    let large = expansion(1_025);
    assert!(large.contains(
        "impl < T > :: status_registry :: __private :: StatusTable < T , 1026 > for Codes"
    ));
    assert!(large.contains("const fn all_values () -> [Codes ; 1025] { [Codes :: CODE_0 ,"));
    assert!(large.contains("deferred_statuses :: < () > ()"));
    assert!(!large.contains("static STATUSES") && !large.contains("static ALL"));
    // More than 256 names: a displaced table. The longest, CODE_1024, is 9 bytes.
    assert!(large.contains(
        "__private :: find_name_displaced (NAME_SLOTS , NAME_DISPLACEMENTS , 0 , NAMES , \
         NAME_KEYS , 9 , false , name ,)"
    ));
    assert!(!large.contains("compile_error"));
    let small = expansion(1_024);
    assert!(small.contains("const fn all_values () -> [Codes ; 1024] { [Codes :: CODE_0 ,"));
    assert!(small.contains("static STATUSES : [:: core :: option :: Option < Codes > ; 1025]"));
    assert!(!small.contains("StatusTable") && !small.contains("static ALL"));
}

/// Only a registry with the `export` option, which other crates may extend, leaves anything at
/// the crate root: its replay macro, `#[macro_export]`ed. Others keep it in their module, as
/// visible as the registry but no further than the crate.
#[test]
fn only_exported_registries_reach_the_crate_root() {
    let exported = crate::expand_registry(quote!(
        #[status_registry(export)]
        pub enum Edge { 444 NO_RESPONSE "No Response"; }
    ))
    .to_string();
    assert!(exported.contains("# [macro_export]"), "{exported}");
    assert!(exported.contains("pub use __status_registry_Edge_"));

    for (vis, used) in [
        (
            quote!(pub),
            "pub (crate) use __status_registry_replay_Edge as Edge",
        ),
        (
            quote!(pub(super)),
            "pub (super) use __status_registry_replay_Edge as Edge",
        ),
        (quote!(), "] use __status_registry_replay_Edge as Edge"),
    ] {
        let local =
            crate::expand_registry(quote!(#vis enum Edge { 444 NO_RESPONSE "No Response"; }))
                .to_string();
        assert!(!local.contains("macro_export"), "{local}");
        assert!(local.contains(used), "{used} in {local}");
    }
}

/// An alias names the entry at the position `validate` found for it, and no entry at all
/// without one: the expansion never guesses.
#[test]
fn aliases_name_the_entry_validate_found() {
    let input = quote!(enum Edge { 1 FIRST "First"; 2 SECOND "Second"; alias OLD = SECOND; alias GONE = MISSING; });
    let mut registry = crate::parse::parse(input).expect("the declaration parses");
    let unvalidated = crate::expand::expand(&registry).to_string();
    assert!(!unvalidated.contains("\"OLD\""), "{unvalidated}");
    assert!(
        crate::validate::validate(&mut registry).is_some(),
        "GONE names no entry"
    );
    let validated = crate::expand::expand(&registry).to_string();
    assert!(validated.contains("(\"OLD\" , 1)"), "{validated}");
    assert!(!validated.contains("\"GONE\""), "{validated}");
}

/// What heads each generated source.
const GENERATED_HEADER: &str = "\
// @generated by `status_registry!` from the declaration in `declaration.rs` beside this file,
// then formatted by rustfmt. Do not edit: change the declaration and run
//
//     cargo test -p status-registry-macros generated_sources
//
// which rewrites this file. Kept as source so that the crate builds no proc macro.

";

/// The sources in core that are the macro's expansions of the declarations beside them, so
/// that the crate builds no proc macro: each must be the expansion of its declaration as the
/// macro gives it now, formatted by rustfmt. A stale one is rewritten, and the test fails to
/// say so (in CI, where nothing commits the rewrite, it stays failed).
#[test]
fn generated_sources() {
    let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src");
    let mut stale = Vec::new();
    // A base comes before the registries that extend it.
    let mut replays = Vec::new();
    for module in [
        "http",
        "example_generated",
        "websocket",
        "grpc",
        "dns",
        "unofficial/nginx",
        "unofficial/cloudflare",
    ] {
        let read = |name: &str| std::fs::read_to_string(core.join(module).join(name));
        let declaration = read("declaration.rs").expect("the declaration is readable");
        let expansion = crate::expand_registry(invocation(&declaration));
        // A registry that extends another expands first to a call of the base's replay macro:
        // the second pass is what that macro would hand back to `status_registry!`.
        let expansion = match second_pass(&expansion, &replays) {
            Some(input) => crate::expand_registry(input),
            None => expansion,
        };
        replays.extend(replay_of(&expansion));
        let expansion = expansion.to_string();
        assert!(
            !expansion.contains("compile_error"),
            "{module}: {expansion}"
        );
        let contents = format!("{GENERATED_HEADER}{}", rustfmt(&expansion));
        if read("generated.rs").ok().as_deref() != Some(contents.as_str()) {
            std::fs::write(core.join(module).join("generated.rs"), &contents)
                .expect("the generated source is writable");
            stale.push(module);
        }
    }
    assert!(
        stale.is_empty(),
        "core/src/{{{}}}/generated.rs did not match the macro's expansion of its declaration and \
         has been rewritten: review and commit it",
        stale.join(",")
    );
}

/// The base's declaration that a registry's replay macro hands over, `enum Name: REPR { ... }`,
/// with the base's name, found in the expansion of the base.
fn replay_of(expansion: &TokenStream) -> Option<(String, TokenStream)> {
    use proc_macro2::TokenTree;
    let tokens: Vec<TokenTree> = expansion.clone().into_iter().collect();
    tokens.windows(2).find_map(|window| match window {
        [TokenTree::Ident(keyword), TokenTree::Group(base)] if keyword == "__extend" => {
            let name = base.stream().into_iter().nth(1)?.to_string();
            Some((name, base.stream()))
        }
        [_, TokenTree::Group(group)] => replay_of(&group.stream()),
        _ => None,
    })
}

/// The input of the second pass of a registry whose first pass is `expansion`, a call
/// `path::Base! { { krate } INPUT }` of the replay macro of a base in `replays`: `__extend
/// { BASE } INPUT`, as the replay macro gives it. `None` when `expansion` is no such call.
fn second_pass(expansion: &TokenStream, replays: &[(String, TokenStream)]) -> Option<TokenStream> {
    use proc_macro2::TokenTree;
    let tokens: Vec<TokenTree> = expansion.clone().into_iter().collect();
    let [.., TokenTree::Ident(base), TokenTree::Punct(bang), TokenTree::Group(call)] = &tokens[..]
    else {
        return None;
    };
    if bang.as_char() != '!' {
        return None;
    }
    let (_, declaration) = replays.iter().find(|(name, _)| base == name)?;
    let input: TokenStream = call.stream().into_iter().skip(1).collect();
    Some(quote!(__extend { #declaration } #input))
}

/// `source` formatted by rustfmt, which CI installs.
fn rustfmt(source: &str) -> String {
    use std::io::Write as _;
    let mut child = std::process::Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("rustfmt runs (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .expect("rustfmt's stdin is piped")
        .write_all(source.as_bytes())
        .expect("rustfmt reads the expansion");
    let output = child.wait_with_output().expect("rustfmt finishes");
    assert!(output.status.success(), "rustfmt failed: {output:?}");
    String::from_utf8(output.stdout).expect("rustfmt writes UTF-8")
}

/// The lookup hashes and first compares a name's outer words alone (`outer_words`, which the
/// hash reads), and the middle words only for a name of more than 16 bytes: the outer words
/// are the key's first and last, and of a name of up to 16 bytes the middle words repeat them.
#[test]
fn outer_words_are_the_key_of_a_short_name() {
    use crate::name_hash::{name_key, outer_words};
    let bytes: Vec<u8> = (0..40).map(|at| b'A' + at % 26).collect();
    for len in 0..=bytes.len() {
        let name = &bytes[..len];
        let (key, outer) = (name_key(name), outer_words(name));
        assert_eq!(outer, [key[0], key[3]], "length {len}");
        if len <= 16 {
            assert!(
                outer.contains(&key[1]) && outer.contains(&key[2]),
                "length {len}"
            );
        } else {
            // Here the second word holds bytes of neither outer one (byte 8 of 17, say).
            assert!(!outer.contains(&key[1]), "length {len}");
        }
    }
}
