//! The one model of a declaration, from tokens to tokens: `parse` fills it (keeping the tokens
//! of everything it read, for spans), `validate` checks it and leaves in it only what is valid,
//! and `expand` reads it.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::ext::IdentExt;
use syn::{token, Attribute, Generics, Ident, LitInt, LitStr, Path, Token, Type, Visibility};

/// The keywords of the declaration language; none is reserved in Rust.
pub mod kw {
    syn::custom_keyword!(alias);
    syn::custom_keyword!(classes);
    syn::custom_keyword!(open);
    syn::custom_keyword!(extends);
    syn::custom_keyword!(export);
    // How the replay macro of a base hands its declaration over: `__extend { BASE } INPUT`.
    syn::custom_keyword!(__extend);
}

/// A whole `status_registry! { ... }` declaration.
pub struct Registry {
    /// Outer attributes for the enum, minus the `#[status_registry(...)]` options.
    pub attrs: Vec<Attribute>,
    pub options: Options,
    pub vis: Visibility,
    pub ident: Ident,
    pub generics: Option<Generics>,
    /// The `u16` of `enum Name: u16`, as written.
    pub repr_type: Option<Type>,
    /// The repr that `validate` read from `repr_type`: `u16` until then, and when none is written.
    pub repr: Repr,
    pub extends: Option<Extends>,
    /// The braces around the body, for errors about the body as a whole.
    pub brace: token::Brace,
    /// The body as written, for the replay macro that hands it to registries extending this one.
    pub body: TokenStream,
    /// In declaration order: the order of `ALL`.
    pub entries: Vec<Entry>,
    pub aliases: Vec<Alias>,
    /// Every `classes` block written; `validate` leaves at most one.
    pub classes: Vec<Classes>,
    /// Every `open` line written; `validate` leaves at most one.
    pub opens: Vec<Open>,
    /// Every `type "BASE";` line written (the base of the entries' problem type URIs);
    /// `validate` leaves at most one.
    pub problem_bases: Vec<ProblemBase>,
    /// Problems found while parsing that did not stop it.
    pub errors: Vec<syn::Error>,
}

/// `#[status_registry(crate = path, export)]`.
#[derive(Default)]
pub struct Options {
    /// Where the runtime crate is, if renamed.
    pub krate: Option<Path>,
    /// Other crates may extend this registry: its replay macro is exported at the crate root.
    pub export: Option<kw::export>,
}

/// `extends BASE`, and on the second pass the base's declaration.
pub struct Extends {
    pub path: Path,
    /// The base's declaration (entries, aliases and classes, flattened), which the base's replay
    /// macro puts before this one as `__extend { BASE }`.
    pub base: Option<Box<Registry>>,
}

/// Where an item of a registry comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Origin {
    /// Declared in this registry.
    Own,
    /// Declared in the registry it extends.
    Base,
}

/// `CODE NAME "phrase" "description"? ["reference"]? (=> STATUS)? (type "URI")? ;`
pub struct Entry {
    pub attrs: Vec<Attribute>,
    pub code: Code,
    pub ident: Ident,
    pub phrase: LitStr,
    pub description: Option<LitStr>,
    pub reference: Option<LitStr>,
    /// The HTTP status the entry is answered with, if it names one (else its class's).
    pub status: Option<Status>,
    /// The URI of `type "URI"`: the entry's own problem type, if it gives one (else the
    /// registry's base and its name).
    pub problem_type: Option<LitStr>,
    pub origin: Origin,
}

/// `=> NOT_FOUND` or `=> 404`: the HTTP status an entry, or every entry of a class, is answered
/// with, as an `HttpStatus` name (or alias) or code.
pub struct Status {
    pub value: StatusValue,
    /// The code of the `HttpStatus` it names, found by `validate`.
    pub code: Option<u16>,
}

/// A status as written.
pub enum StatusValue {
    Name(Ident),
    Code(LitInt),
}

/// `type "BASE";` in the body: the base of the problem type URIs of the entries that give none
/// of their own (the base, then the entry's name in kebab case).
pub struct ProblemBase {
    pub attrs: Vec<Attribute>,
    pub keyword: Token![type],
    pub uri: LitStr,
}

/// `alias NAME = TARGET;`
pub struct Alias {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub target: Ident,
    pub origin: Origin,
    /// The position of the target in the registry's entries, found by `validate`.
    pub position: Option<usize>,
}

/// `classes TypeName { LO..=HI NAME "phrase"; ... }`
pub struct Classes {
    pub attrs: Vec<Attribute>,
    pub keyword: kw::classes,
    pub ident: Ident,
    pub brace: token::Brace,
    /// In ascending order of their ranges, once validated.
    pub classes: Vec<Class>,
    /// `Base` when this registry uses its base's class type instead of declaring one.
    pub origin: Origin,
}

/// `LO..=HI NAME "phrase";`
pub struct Class {
    pub attrs: Vec<Attribute>,
    pub lo: Code,
    pub range_token: Token![..=],
    pub hi: Code,
    pub ident: Ident,
    pub phrase: LitStr,
    /// The HTTP status every entry of the class is answered with, unless it names its own.
    pub status: Option<Status>,
}

/// `open TypeName in LO..=HI;`
pub struct Open {
    pub attrs: Vec<Attribute>,
    pub keyword: kw::open,
    pub ident: Ident,
    pub lo: Code,
    pub range_token: Token![..=],
    pub hi: Code,
}

/// An integer literal with an optional leading `-`, and its value.
pub struct Code {
    pub minus: Option<Token![-]>,
    pub lit: LitInt,
    pub value: i128,
}

/// The primitive integer type of the codes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Repr {
    U8,
    U16,
    U32,
    U64,
    I8,
    I16,
    I32,
    I64,
}

/// The name of an identifier as `name()` returns it: without `r#`.
pub fn unraw(ident: &Ident) -> String {
    ident.unraw().to_string()
}

/// The codes of the `http` crate's `StatusCode`: every three-digit code.
pub const HTTP_CODES: (i128, i128) = (100, 999);

impl Registry {
    /// The registry's name, for messages and docs.
    pub fn name(&self) -> String {
        unraw(&self.ident)
    }

    /// The path of the runtime crate.
    pub fn krate(&self) -> TokenStream {
        match &self.options.krate {
            Some(path) => path.to_token_stream(),
            None => quote!(::status_registry),
        }
    }

    /// The one `classes` block left by `validate`.
    pub fn classes(&self) -> Option<&Classes> {
        self.classes.first()
    }

    /// The one `open` line left by `validate`.
    pub fn open(&self) -> Option<&Open> {
        self.opens.first()
    }

    /// Whether it is an error catalogue: its entries or classes name HTTP statuses, or give
    /// problem types. Its codes are then its own, never HTTP statuses.
    pub fn is_catalogue(&self) -> bool {
        !self.problem_bases.is_empty()
            || self
                .entries
                .iter()
                .any(|entry| entry.status.is_some() || entry.problem_type.is_some())
            || self
                .classes
                .iter()
                .flat_map(|block| &block.classes)
                .any(|class| class.status.is_some())
    }

    /// Whether its codes are HTTP status codes, which the runtime's `http` and `axum` features
    /// convert and serve: its repr is `u16` and every code is in `100..=999`, the window of the
    /// `http` crate's `StatusCode`, and it is not an error catalogue (whose codes answer with the
    /// statuses its entries name). So are `HttpStatus` and every registry extending it (their
    /// codes lie in `HttpStatus`'s classes).
    pub fn is_http(&self) -> bool {
        let (lo, hi) = HTTP_CODES;
        !self.is_catalogue()
            && self.repr == Repr::U16
            && !self.entries.is_empty()
            && self
                .entries
                .iter()
                .all(|entry| (lo..=hi).contains(&entry.code.value))
    }

    /// The path of the registry this one extends, once its declaration is merged in.
    pub fn base_path(&self) -> Option<&Path> {
        self.extends.as_ref().map(|extends| &extends.path)
    }
}

impl Entry {
    pub fn name(&self) -> String {
        unraw(&self.ident)
    }
}

impl Alias {
    pub fn name(&self) -> String {
        unraw(&self.ident)
    }
}

impl Class {
    pub fn name(&self) -> String {
        unraw(&self.ident)
    }

    /// `is_success` for `SUCCESS`: the predicate generated for the class.
    pub fn predicate(&self) -> Ident {
        Ident::new(
            &format!("is_{}", snake_case(&self.name())),
            self.ident.span(),
        )
    }

    /// `LO..=HI` as written, for errors that point at the range.
    pub fn range_tokens(&self) -> TokenStream {
        let (lo, range_token, hi) = (&self.lo, &self.range_token, &self.hi);
        quote!(#lo #range_token #hi)
    }
}

impl Open {
    /// `LO..=HI` as written, for errors that point at the window.
    pub fn window_tokens(&self) -> TokenStream {
        let (lo, range_token, hi) = (&self.lo, &self.range_token, &self.hi);
        quote!(#lo #range_token #hi)
    }
}

impl Code {
    pub fn span(&self) -> Span {
        self.lit.span()
    }
}

impl ToTokens for Code {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.minus.to_tokens(tokens);
        self.lit.to_tokens(tokens);
    }
}

impl Repr {
    pub const ALL: [Repr; 8] = [
        Repr::U8,
        Repr::U16,
        Repr::U32,
        Repr::U64,
        Repr::I8,
        Repr::I16,
        Repr::I32,
        Repr::I64,
    ];

    /// The repr a type names, if it is one.
    pub fn from_type(ty: &Type) -> Option<Repr> {
        let Type::Path(path) = ty else { return None };
        let ident = path.path.get_ident()?;
        Repr::ALL.into_iter().find(|repr| ident == repr.name())
    }

    pub fn name(self) -> &'static str {
        match self {
            Repr::U8 => "u8",
            Repr::U16 => "u16",
            Repr::U32 => "u32",
            Repr::U64 => "u64",
            Repr::I8 => "i8",
            Repr::I16 => "i16",
            Repr::I32 => "i32",
            Repr::I64 => "i64",
        }
    }

    pub fn bounds(self) -> (i128, i128) {
        match self {
            Repr::U8 => (0, u8::MAX.into()),
            Repr::U16 => (0, u16::MAX.into()),
            Repr::U32 => (0, u32::MAX.into()),
            Repr::U64 => (0, u64::MAX.into()),
            Repr::I8 => (i8::MIN.into(), i8::MAX.into()),
            Repr::I16 => (i16::MIN.into(), i16::MAX.into()),
            Repr::I32 => (i32::MIN.into(), i32::MAX.into()),
            Repr::I64 => (i64::MIN.into(), i64::MAX.into()),
        }
    }

    pub fn is_signed(self) -> bool {
        self.bounds().0 < 0
    }

    pub fn holds(self, value: i128) -> bool {
        let (min, max) = self.bounds();
        (min..=max).contains(&value)
    }
}

/// `USER_NOT_FOUND` and `UserNotFound` become `user-not-found`: the last segment of an entry's
/// problem type URI under the registry's base.
pub fn kebab_case(name: &str) -> String {
    snake_case(name).replace('_', "-")
}

/// `CLIENT_ERROR`, `ClientError` and `clientError` all become `client_error`.
pub fn snake_case(name: &str) -> String {
    let mut snake = String::with_capacity(name.len() + 4);
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_uppercase() {
            if previous.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit()) {
                snake.push('_');
            }
            snake.extend(c.to_lowercase());
        } else {
            snake.push(c);
        }
        previous = Some(c);
    }
    snake
}
