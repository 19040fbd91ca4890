//! The errors of conversions into a registry; each names the registry and what was rejected.

use core::fmt;
use core::marker::PhantomData;

use crate::code::{CodeType, Repr};

/// A code that is not registered in `R`: the error of `R::try_from(code)`.
pub struct UnknownCode<R: CodeType> {
    code: R::Repr,
    registry: PhantomData<fn() -> R>,
}

impl<R: CodeType> UnknownCode<R> {
    /// The error for `code`.
    pub const fn new(code: R::Repr) -> Self {
        Self {
            code,
            registry: PhantomData,
        }
    }

    /// The rejected code.
    pub const fn code(&self) -> R::Repr {
        self.code
    }
}

impl<R: CodeType> Clone for UnknownCode<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: CodeType> Copy for UnknownCode<R> {}

impl<R: CodeType> PartialEq for UnknownCode<R> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl<R: CodeType> Eq for UnknownCode<R> {}

impl<R: CodeType> fmt::Debug for UnknownCode<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownCode")
            .field("registry", &R::TYPE_NAME)
            .field("code", &self.code)
            .finish()
    }
}

impl<R: CodeType> fmt::Display for UnknownCode<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.code < R::MIN_CODE || self.code > R::MAX_CODE {
            write!(
                f,
                "{} is outside the codes of {}, which are {}",
                self.code,
                R::TYPE_NAME,
                CodeRange::<R>::new()
            )
        } else {
            write!(f, "{} is not a registered {} code", self.code, R::TYPE_NAME)
        }
    }
}

impl<R: CodeType> core::error::Error for UnknownCode<R> {}

/// What kind of input [`ParseError`] rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind<T> {
    /// The input was empty.
    Empty,
    /// The input starts like a number (a digit or a sign) but is not a decimal integer.
    InvalidCode,
    /// The input is a decimal integer that does not fit the registry's integer type.
    OutOfRange,
    /// The input is a code that is not registered.
    UnknownCode(T),
    /// The input is neither a number nor the name or alias of an entry.
    UnknownName,
    /// The input is a registered code followed by a phrase that is not that entry's phrase
    /// (the form `Display` writes is `404 Not Found`).
    WrongPhrase(T),
}

/// A string that is neither a registered code nor a name of `R`: the error of `str::parse`.
pub struct ParseError<R: CodeType> {
    kind: ParseErrorKind<R::Repr>,
}

impl<R: CodeType> ParseError<R> {
    /// The error of this kind.
    pub const fn new(kind: ParseErrorKind<R::Repr>) -> Self {
        Self { kind }
    }

    /// What kind of input was rejected.
    pub const fn kind(&self) -> ParseErrorKind<R::Repr> {
        self.kind
    }
}

impl<R: CodeType> Clone for ParseError<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: CodeType> Copy for ParseError<R> {}

impl<R: CodeType> PartialEq for ParseError<R> {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
    }
}

impl<R: CodeType> Eq for ParseError<R> {}

impl<R: CodeType> fmt::Debug for ParseError<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("registry", &R::TYPE_NAME)
            .field("kind", &self.kind)
            .finish()
    }
}

impl<R: CodeType> fmt::Display for ParseError<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let registry = R::TYPE_NAME;
        match self.kind {
            ParseErrorKind::Empty => {
                write!(f, "an empty string is neither a code nor a name of {registry}")
            }
            ParseErrorKind::InvalidCode => {
                write!(f, "invalid {registry} code: expected a decimal integer")
            }
            ParseErrorKind::OutOfRange => write!(
                f,
                "{registry} code out of range: codes are {}",
                CodeRange::<R>::new()
            ),
            ParseErrorKind::UnknownCode(code) => {
                write!(f, "{code} is not a registered {registry} code")
            }
            ParseErrorKind::WrongPhrase(code) => match R::from_code(code) {
                Some(status) => write!(
                    f,
                    "the phrase after {code} is not its {registry} phrase, `{}`",
                    status.label()
                ),
                None => write!(f, "{code} is not a registered {registry} code"),
            },
            ParseErrorKind::UnknownName => write!(
                f,
                "not the name of an entry or alias of {registry} (names are exact and case-sensitive)"
            ),
        }
    }
}

impl<R: CodeType> core::error::Error for ParseError<R> {}

/// `u16 (0..=65535)` for a registry, `100..=999` for an open code type's window.
pub(crate) struct CodeRange<T>(PhantomData<fn() -> T>);

impl<T: CodeType> CodeRange<T> {
    pub(crate) fn new() -> Self {
        CodeRange(PhantomData)
    }
}

impl<T: CodeType> fmt::Display for CodeRange<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if T::MIN_CODE == T::Repr::MIN && T::MAX_CODE == T::Repr::MAX {
            write!(
                f,
                "{} ({}..={})",
                T::Repr::TYPE_NAME,
                T::MIN_CODE,
                T::MAX_CODE
            )
        } else {
            write!(f, "{}..={}", T::MIN_CODE, T::MAX_CODE)
        }
    }
}
