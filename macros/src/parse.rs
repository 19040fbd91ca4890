//! Tokens -> [`Registry`]: the declaration as written, with the tokens of everything read kept
//! for spans. Only the head (`pub enum Name: repr`) is fatal when malformed; a malformed entry,
//! alias, class or open line is recorded in [`Registry::errors`] and parsing goes on after its
//! `;`, so that every problem is reported at once and the well-formed part can still be expanded.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{
    braced, bracketed, token, Attribute, Generics, Ident, LitInt, LitStr, Meta, Path, Token, Type,
    Visibility,
};

use crate::model::{
    kw, Alias, Class, Classes, Code, Entry, Extends, Open, Options, Origin, ProblemBase, Registry,
    Repr, Status, StatusValue,
};

impl Parse for Code {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let minus: Option<Token![-]> = input.parse()?;
        let lit: LitInt = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected a code: an integer literal such as `404`",
            )
        })?;
        if !lit.suffix().is_empty() {
            return Err(syn::Error::new(
                lit.span(),
                format!(
                    "remove the suffix `{}`: the registry's repr (`enum Name: u16`) sets the type of its codes",
                    lit.suffix()
                ),
            ));
        }
        let too_large = || {
            syn::Error::new(
                lit.span(),
                "this code is too large for any repr (the widest are `u64` and `i64`); correct the code",
            )
        };
        let magnitude: u128 = lit.base10_parse().map_err(|_| too_large())?;
        let value = i128::try_from(magnitude).map_err(|_| too_large())?;
        let value = if minus.is_some() { -value } else { value };
        Ok(Code { minus, lit, value })
    }
}

/// Parses the macro's input. A token missing at the very end, such as the body after
/// `pub enum Name`, is reported on the input's last token: syn would report it on the call site,
/// the whole macro call, as it does only when the input is empty.
pub fn parse(tokens: TokenStream) -> syn::Result<Registry> {
    let Some(last) = tokens.clone().into_iter().last() else {
        return syn::parse2(tokens);
    };
    // Parsed as the contents of a group whose closing delimiter is the last token.
    let mut group = Group::new(Delimiter::Brace, tokens);
    group.set_span(last.span());
    let parse_contents = |input: ParseStream| {
        let content;
        braced!(content in input);
        content.parse()
    };
    parse_contents.parse2(TokenTree::Group(group).into())
}

impl Parse for Registry {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        // `__extend { BASE }`: the second pass of `extends`, from the base's replay macro.
        let replayed = if input.peek(kw::__extend) {
            let keyword: kw::__extend = input.parse()?;
            let content;
            braced!(content in input);
            Some((keyword, Box::new(content.parse::<Registry>()?)))
        } else {
            None
        };
        let mut errors = Vec::new();
        let mut attrs = input.call(Attribute::parse_outer)?;
        let options = take_options(&mut attrs, &mut errors);
        let (vis, ident, generics, repr_type) = parse_head(input)?;
        let mut extends = parse_extends(input)?;
        match (&mut extends, replayed) {
            (Some(extends), Some((_, base))) => extends.base = Some(base),
            (None, Some((keyword, _))) => errors.push(syn::Error::new(
                keyword.span,
                format!("`__extend {{ ... }}` is how a base registry hands its declaration to one that extends it, and `{}` extends none: remove it, and write `enum {0} extends Base` to extend a registry", ident.unraw()),
            )),
            _ => {}
        }
        if !input.peek(token::Brace) {
            return Err(input
                .error("expected `{` and the registry's entries, such as `{ 200 OK \"OK\"; }`"));
        }
        let content;
        let brace = braced!(content in input);
        let body: TokenStream = content.fork().parse()?;
        let mut registry = Registry {
            attrs,
            options,
            vis,
            ident,
            generics,
            repr_type,
            repr: Repr::U16,
            extends,
            brace,
            body,
            entries: Vec::new(),
            aliases: Vec::new(),
            classes: Vec::new(),
            opens: Vec::new(),
            problem_bases: Vec::new(),
            errors,
        };
        while !content.is_empty() {
            if let Err(error) = registry.parse_item(&content) {
                registry.errors.push(error);
                skip_item(&content)?;
            }
        }
        if !input.is_empty() {
            let stray: TokenStream = input.parse()?;
            registry.errors.push(syn::Error::new_spanned(
                stray,
                "unexpected tokens after the registry's `{ ... }`: declare one registry per `status_registry!`",
            ));
        }
        Ok(registry)
    }
}

/// `pub enum Name<...>: repr`: the visibility, the name, any generics (an error later) and the
/// repr as written.
fn parse_head(
    input: ParseStream,
) -> syn::Result<(Visibility, Ident, Option<Generics>, Option<Type>)> {
    let vis = input.parse()?;
    if !input.peek(Token![enum]) {
        return Err(input.error(
            "expected `enum`: a registry is declared as `pub enum Name: u16 { CODE NAME \"phrase\"; ... }`",
        ));
    }
    input.parse::<Token![enum]>()?;
    let ident: Ident = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected the registry's type name after `enum`",
        )
    })?;
    let generics = if input.peek(Token![<]) {
        Some(input.parse::<Generics>()?)
    } else {
        None
    };
    let repr_type = if input.peek(Token![:]) {
        input.parse::<Token![:]>()?;
        Some(input.parse::<Type>().map_err(|error| {
            syn::Error::new(error.span(), "expected the repr after `:`, such as `u16`")
        })?)
    } else {
        None
    };
    Ok((vis, ident, generics, repr_type))
}

fn parse_extends(input: ParseStream) -> syn::Result<Option<Extends>> {
    if !input.peek(kw::extends) {
        return Ok(None);
    }
    input.parse::<kw::extends>()?;
    let path = input.call(Path::parse_mod_style).map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected the registry this one extends after `extends`, such as `extends HttpStatus`",
        )
    })?;
    Ok(Some(Extends { path, base: None }))
}

impl Registry {
    /// One body item: an entry, an alias, an open line or a classes block, with its outer
    /// attributes.
    fn parse_item(&mut self, input: ParseStream) -> syn::Result<()> {
        let attrs = input.call(Attribute::parse_outer)?;
        if input.peek(LitInt) || input.peek(Token![-]) {
            let entry = parse_entry(attrs, input, &mut self.errors)?;
            self.entries.push(entry);
        } else if input.peek(kw::alias) {
            let alias = parse_alias(attrs, input, &mut self.errors)?;
            self.aliases.push(alias);
        } else if input.peek(kw::classes) {
            let block = parse_classes(attrs, input, &mut self.errors)?;
            self.classes.push(block);
        } else if input.peek(kw::open) {
            let open = parse_open(attrs, input, &mut self.errors)?;
            self.opens.push(open);
        } else if input.peek(Token![type]) {
            let base = parse_problem_base(attrs, input, &mut self.errors)?;
            self.problem_bases.push(base);
        } else if input.peek(Token![;]) {
            return Err(input.error("unexpected `;`: remove it (an item ends with one `;`, and a `classes { ... }` block needs none)"));
        } else if input.peek(syn::LitFloat) {
            return Err(input.error("expected a code: an integer literal such as `404`"));
        } else if input.peek(Ident) && input.peek2(LitInt) {
            return Err(
                input.error("the code comes before the NAME, as in `404 NOT_FOUND \"Not Found\";`")
            );
        } else {
            return Err(input.error(
                "expected an entry such as `404 NOT_FOUND \"Not Found\";`, an `alias OLD_NAME = NAME;`, an `open StatusCode in 100..=999;`, a `type \"https://example.com/problems/\";` or a `classes Name { ... }` block",
            ));
        }
        Ok(())
    }
}

fn parse_entry(
    attrs: Vec<Attribute>,
    input: ParseStream,
    errors: &mut Vec<syn::Error>,
) -> syn::Result<Entry> {
    let code: Code = input.parse()?;
    let ident = parse_name(
        input,
        "expected the entry's NAME after its code, as in `404 NOT_FOUND \"Not Found\";`",
    )?;
    let phrase = parse_phrase(input, &ident)?;
    let description: Option<LitStr> = if input.peek(LitStr) {
        Some(input.parse()?)
    } else {
        None
    };
    let reference = if input.peek(token::Bracket) {
        let content;
        let brackets = bracketed!(content in input);
        // All of the brackets' tokens are read, whatever they are: syn rejects the whole input
        // when a group is left half read.
        let tokens: TokenStream = content.parse()?;
        let reference = syn::parse2::<LitStr>(tokens).map_err(|_| {
            syn::Error::new(
                brackets.span.join(),
                "expected the reference as one string in brackets, such as `[\"RFC9110, Section 15.5.5\"]`",
            )
        })?;
        Some(reference)
    } else {
        None
    };
    let status = parse_status(input, ENTRY_STATUS_EXAMPLE)?;
    let problem_type = if input.peek(Token![type]) {
        input.parse::<Token![type]>()?;
        let uri: LitStr = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected the entry's problem type URI after `type`, as in `type \"https://example.com/problems/user-not-found\"`",
            )
        })?;
        Some(uri)
    } else {
        None
    };
    let last = match (&problem_type, &status, &reference, &description) {
        (Some(problem_type), ..) => problem_type.span(),
        (None, Some(status), ..) => status_span(status),
        (None, None, Some(reference), _) => reference.span(),
        (None, None, None, Some(description)) => description.span(),
        (None, None, None, None) => phrase.span(),
    };
    let grammar = if status.is_some() || problem_type.is_some() {
        "an entry of an error catalogue is `CODE NAME \"phrase\" \"description\" [\"reference\"] => STATUS type \"URI\";` (description, reference, status and type optional)"
    } else {
        "an entry is `CODE NAME \"phrase\" \"description\" [\"reference\"];` (description and reference optional)"
    };
    expect_semicolon(input, last, grammar, errors)?;
    Ok(Entry {
        attrs,
        code,
        ident,
        phrase,
        description,
        reference,
        status,
        problem_type,
        origin: Origin::Own,
    })
}

fn parse_alias(
    attrs: Vec<Attribute>,
    input: ParseStream,
    errors: &mut Vec<syn::Error>,
) -> syn::Result<Alias> {
    input.parse::<kw::alias>()?;
    let ident = parse_name(
        input,
        "expected the alias's NAME after `alias`, as in `alias OLD_NAME = NAME;`",
    )?;
    input.parse::<Token![=]>().map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected `=` and the entry this alias names, as in `alias OLD_NAME = NAME;`",
        )
    })?;
    let target = parse_name(
        input,
        "expected the NAME of the entry this alias names, as in `alias OLD_NAME = NAME;`",
    )?;
    expect_semicolon(
        input,
        target.span(),
        "an alias is `alias OLD_NAME = NAME;`",
        errors,
    )?;
    Ok(Alias {
        attrs,
        ident,
        target,
        origin: Origin::Own,
        position: None,
    })
}

fn parse_open(
    attrs: Vec<Attribute>,
    input: ParseStream,
    errors: &mut Vec<syn::Error>,
) -> syn::Result<Open> {
    let keyword = input.parse()?;
    let ident = parse_name(
        input,
        "expected the open code type's name after `open`, as in `open StatusCode in 100..=999;`",
    )?;
    if !(input.peek(Token![in])) {
        return Err(input.error(
            "expected `in` and the codes the type holds, as in `open StatusCode in 100..=999;`",
        ));
    }
    input.parse::<Token![in]>()?;
    let lo: Code = input.parse()?;
    let range_token: Token![..=] = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected `..=`: an open code type holds an inclusive range of codes, as in `100..=999`",
        )
    })?;
    let hi: Code = input.parse()?;
    expect_semicolon(
        input,
        hi.span(),
        "an open code type is declared as `open StatusCode in 100..=999;`",
        errors,
    )?;
    Ok(Open {
        attrs,
        keyword,
        ident,
        lo,
        range_token,
        hi,
    })
}

fn parse_classes(
    attrs: Vec<Attribute>,
    input: ParseStream,
    errors: &mut Vec<syn::Error>,
) -> syn::Result<Classes> {
    let keyword = input.parse()?;
    let ident = parse_name(
        input,
        "expected the class type's name after `classes`, as in `classes StatusClass { ... }`",
    )?;
    if !input.peek(token::Brace) {
        return Err(input.error(
            "expected `{` and the classes, as in `classes StatusClass { 200..=299 SUCCESS \"Success\"; }`",
        ));
    }
    let content;
    let brace = braced!(content in input);
    let mut classes = Vec::new();
    while !content.is_empty() {
        match parse_class(&content, errors) {
            Ok(class) => classes.push(class),
            Err(error) => {
                errors.push(error);
                skip_item(&content)?;
            }
        }
    }
    Ok(Classes {
        attrs,
        keyword,
        ident,
        brace,
        classes,
        origin: Origin::Own,
    })
}

fn parse_class(input: ParseStream, errors: &mut Vec<syn::Error>) -> syn::Result<Class> {
    let attrs = input.call(Attribute::parse_outer)?;
    let lo: Code = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            format!("{}; a class is `LO..=HI NAME \"phrase\";`", error),
        )
    })?;
    let range_token: Token![..=] = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected `..=`: a class covers an inclusive range, as in `200..=299`",
        )
    })?;
    let hi: Code = input.parse()?;
    let ident = parse_name(
        input,
        "expected the class NAME after its range, as in `200..=299 SUCCESS \"Success\";`",
    )?;
    let phrase = parse_phrase(input, &ident)?;
    let status = parse_status(input, CLASS_STATUS_EXAMPLE)?;
    let last = status.as_ref().map_or(phrase.span(), status_span);
    expect_semicolon(
        input,
        last,
        "a class is `LO..=HI NAME \"phrase\" => STATUS;` (the status optional)",
        errors,
    )?;
    Ok(Class {
        attrs,
        lo,
        range_token,
        hi,
        ident,
        phrase,
        status,
    })
}

const ENTRY_STATUS_EXAMPLE: &str =
    "as in `40401 USER_NOT_FOUND \"User not found\" => NOT_FOUND;` or `=> 404`";
const CLASS_STATUS_EXAMPLE: &str =
    "as in `40400..=40499 NOT_FOUND \"Not Found\" => NOT_FOUND;` or `=> 404`";

/// `=> STATUS`, if the next token is `=>`: an `HttpStatus` name or a code.
fn parse_status(input: ParseStream, example: &str) -> syn::Result<Option<Status>> {
    if !input.peek(Token![=>]) {
        return Ok(None);
    }
    input.parse::<Token![=>]>()?;
    let value = if input.peek(LitInt) {
        StatusValue::Code(input.parse()?)
    } else if input.peek(Ident) {
        StatusValue::Name(input.parse()?)
    } else {
        return Err(input.error(format!(
            "expected the HTTP status after `=>`, an `HttpStatus` name or code, {example}"
        )));
    };
    Ok(Some(Status { value, code: None }))
}

fn status_span(status: &Status) -> Span {
    match &status.value {
        StatusValue::Name(ident) => ident.span(),
        StatusValue::Code(lit) => lit.span(),
    }
}

/// `type "BASE";`: the base of the registry's problem type URIs.
fn parse_problem_base(
    attrs: Vec<Attribute>,
    input: ParseStream,
    errors: &mut Vec<syn::Error>,
) -> syn::Result<ProblemBase> {
    let keyword = input.parse()?;
    let uri: LitStr = input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected the base of the problem type URIs after `type`, as in `type \"https://example.com/problems/\";`",
        )
    })?;
    expect_semicolon(
        input,
        uri.span(),
        "the base of the problem type URIs is `type \"https://example.com/problems/\";`",
        errors,
    )?;
    Ok(ProblemBase {
        attrs,
        keyword,
        uri,
    })
}

/// A NAME: any identifier but a keyword (a raw identifier such as `r#type` is accepted).
fn parse_name(input: ParseStream, message: &str) -> syn::Result<Ident> {
    if input.peek(Ident::peek_any) && !input.peek(Ident) && !input.peek(Token![_]) {
        let keyword = input.call(Ident::parse_any)?;
        return Err(syn::Error::new(
            keyword.span(),
            format!("`{keyword}` is a Rust keyword and cannot be a name; write it as `r#{keyword}` or choose another name"),
        ));
    }
    input
        .parse::<Ident>()
        .map_err(|error| syn::Error::new(error.span(), message))
}

fn parse_phrase(input: ParseStream, ident: &Ident) -> syn::Result<LitStr> {
    input.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            format!(
                "expected the reason phrase of `{}` as a string literal, such as \"Not Found\"",
                ident.unraw()
            ),
        )
    })
}

/// The `;` that ends an item. Missing at the end of the body or before the next item, it is
/// reported on the item's last token and the item is kept; before any other token, the item is
/// rejected.
fn expect_semicolon(
    input: ParseStream,
    last: Span,
    grammar: &str,
    errors: &mut Vec<syn::Error>,
) -> syn::Result<()> {
    if input.peek(Token![;]) {
        input.parse::<Token![;]>()?;
        Ok(())
    } else if input.is_empty() || starts_item(input) {
        errors.push(syn::Error::new(
            last,
            format!("expected `;` after this: {grammar}"),
        ));
        Ok(())
    } else {
        Err(input.error(format!("expected `;` here: {grammar}")))
    }
}

/// Whether the next tokens begin an entry, an alias, an open line or a classes block.
fn starts_item(input: ParseStream) -> bool {
    input.peek(LitInt)
        || input.peek(Token![-])
        || input.peek(Token![#])
        || input.peek(kw::alias)
        || input.peek(kw::classes)
        || input.peek(kw::open)
        || input.peek(Token![type])
}

/// Skips what is left of a malformed item: up to and including its `;`, or its `{ ... }` block.
fn skip_item(input: ParseStream) -> syn::Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tree, next)) = rest.token_tree() {
            rest = next;
            match tree {
                TokenTree::Punct(punct) if punct.as_char() == ';' => break,
                TokenTree::Group(group) if group.delimiter() == proc_macro2::Delimiter::Brace => {
                    break
                }
                _ => {}
            }
        }
        Ok(((), rest))
    })
}

/// Removes `#[status_registry(...)]` from `attrs` and returns its options.
fn take_options(attrs: &mut Vec<Attribute>, errors: &mut Vec<syn::Error>) -> Options {
    let mut options = Options::default();
    attrs.retain(|attr| {
        if !attr.path().is_ident("status_registry") {
            return true;
        }
        let parsed = match &attr.meta {
            Meta::List(_) => attr.parse_args_with(|input: ParseStream| parse_options(input, &mut options)),
            meta => Err(syn::Error::new_spanned(
                meta,
                format!("expected the options in parentheses, as in `#[status_registry(export)]`: {OPTIONS}"),
            )),
        };
        if let Err(error) = parsed {
            errors.push(error);
        }
        false
    });
    options
}

/// What the options are, for errors about them.
const OPTIONS: &str = "the options are `crate = path` (where the `status_registry` crate is, if renamed) and `export` (other crates may extend this registry)";

const CRATE_EXAMPLE: &str = "as in `#[status_registry(crate = ::my_status_registry)]`";

/// `crate = path` and `export`, separated by commas.
fn parse_options(input: ParseStream, options: &mut Options) -> syn::Result<()> {
    if input.is_empty() {
        return Err(input.error(format!("expected an option: {OPTIONS}")));
    }
    while !input.is_empty() {
        if input.peek(Token![crate]) {
            input.parse::<Token![crate]>()?;
            input.parse::<Token![=]>().map_err(|error| {
                syn::Error::new(
                    error.span(),
                    format!("expected `= path` after `crate`, {CRATE_EXAMPLE}"),
                )
            })?;
            let path: Path = input.parse().map_err(|error| {
                syn::Error::new(
                    error.span(),
                    format!("expected the path of the `status_registry` crate after `crate =`, {CRATE_EXAMPLE}"),
                )
            })?;
            options.krate = Some(path);
        } else if input.peek(kw::export) {
            options.export = Some(input.parse()?);
        } else {
            let span = input.span();
            let message = match input.parse::<TokenTree>() {
                Ok(TokenTree::Ident(option)) => format!("unknown option `{option}`"),
                _ => "expected an option".to_owned(),
            };
            return Err(syn::Error::new(span, format!("{message}: {OPTIONS}")));
        }
        if !input.is_empty() {
            input.parse::<Token![,]>().map_err(|error| {
                syn::Error::new(
                    error.span(),
                    format!("expected `,` between options: {OPTIONS}"),
                )
            })?;
        }
    }
    Ok(())
}
