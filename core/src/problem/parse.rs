//! Reading a problem back: from a body or a response, with an error for each way it can be
//! wrong, and serde's `Deserialize`.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::Value;

use super::value::CODE;
use super::{Catalogue, Problem, MEDIA_TYPE};
use crate::code::CodeType;
use crate::http::StatusCode;

/// The longest body [`Problem::from_body`] reads: 64 KiB, far more than a problem needs, and a
/// bound on what a hostile body can make the reader allocate.
pub const MAX_BODY_LEN: usize = 64 * 1024;

/// Why a body or a response is not a problem of the catalogue.
#[derive(Debug)]
#[non_exhaustive]
pub enum ProblemError {
    /// The response's `Content-Type` is not `application/problem+json` (or it has none).
    NotProblemJson {
        /// The `Content-Type` it has, if any.
        content_type: Option<String>,
    },
    /// The body is longer than [`MAX_BODY_LEN`].
    TooLarge {
        /// Its length.
        len: usize,
    },
    /// The body is not a JSON object (malformed, nested too deep, or another JSON value).
    Malformed(serde_json::Error),
    /// A member whose type matters is of another type: `code` is not an integer.
    WrongType {
        /// The member.
        member: &'static str,
        /// What it must be.
        expected: &'static str,
    },
    /// The problem names no code: a catalogue's has no `code` member; a registry of HTTP
    /// codes' has no `status`, and no response gave one.
    MissingCode,
    /// The code is outside what the catalogue can hold: its repr's, or its open code type's
    /// window.
    CodeOutside {
        /// The code read.
        code: i128,
        /// The type that cannot hold it.
        type_name: &'static str,
    },
    /// The `status` member disagrees with the response's status ("Generators MUST use the same
    /// status code in the actual HTTP response", RFC 9457, section 3.1.2).
    StatusMismatch {
        /// The `status` member.
        member: u16,
        /// The response's status.
        response: u16,
    },
    /// The code is an entry's, but the problem's status (its `status` member, or else the
    /// response's) is not the one the entry is answered with.
    EntryStatusMismatch {
        /// The code.
        code: i128,
        /// The problem's status.
        status: u16,
        /// The entry's status.
        expected: u16,
    },
    /// The code is an entry's, but the `type` is not that entry's.
    TypeMismatch {
        /// The code.
        code: i128,
        /// The entry's problem type URI.
        expected: &'static str,
        /// The `type` read (`about:blank` when absent).
        found: String,
    },
}

impl fmt::Display for ProblemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotProblemJson { content_type: Some(content_type) } => write!(
                f,
                "the response's Content-Type is `{content_type}`, not `{MEDIA_TYPE}`"
            ),
            Self::NotProblemJson { content_type: None } => {
                write!(f, "the response has no Content-Type; a problem's is `{MEDIA_TYPE}`")
            }
            Self::TooLarge { len } => write!(
                f,
                "the body is {len} bytes long, more than the {MAX_BODY_LEN} a problem is read from"
            ),
            Self::Malformed(error) => write!(f, "the body is not a JSON object: {error}"),
            Self::WrongType { member, expected } => {
                write!(f, "the `{member}` member is not {expected}")
            }
            Self::MissingCode => f.write_str(
                "the problem has no code: no `code` member (or, for HTTP codes, no `status`)",
            ),
            Self::CodeOutside { code, type_name } => {
                write!(f, "the code {code} is not one that `{type_name}` holds")
            }
            Self::StatusMismatch { member, response } => write!(
                f,
                "the `status` member is {member}, but the response's status is {response}"
            ),
            Self::EntryStatusMismatch {
                code,
                status,
                expected,
            } => write!(
                f,
                "the code {code} is answered with the status {expected}, but the problem's is {status}"
            ),
            Self::TypeMismatch { code, expected, found } => write!(
                f,
                "the code {code} is the problem type `{expected}`, but the `type` member is `{found}`"
            ),
        }
    }
}

impl core::error::Error for ProblemError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            Self::Malformed(error) => Some(error),
            _ => None,
        }
    }
}

impl<C: Catalogue> Problem<C> {
    /// Reads a problem from an `application/problem+json` body, with no response around it.
    pub fn from_body(body: &[u8]) -> Result<Self, ProblemError> {
        Self::read(body, None)
    }

    /// Reads a problem from a response: its `Content-Type` must be `application/problem+json`,
    /// and a `status` member must be its status.
    pub fn from_response<B: AsRef<[u8]>>(
        response: &::http::Response<B>,
    ) -> Result<Self, ProblemError> {
        check_content_type(response.headers().get(::http::header::CONTENT_TYPE))?;
        Self::read(response.body().as_ref(), Some(response.status().as_u16()))
    }

    fn read(body: &[u8], response_status: Option<u16>) -> Result<Self, ProblemError> {
        if body.len() > MAX_BODY_LEN {
            return Err(ProblemError::TooLarge { len: body.len() });
        }
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let members = (&mut deserializer)
            .deserialize_map(MembersVisitor::<C>(PhantomData))
            .and_then(|members| deserializer.end().map(|()| members))
            .map_err(ProblemError::Malformed)?;
        members.resolve(response_status)
    }
}

/// A `Content-Type` is `application/problem+json`, with any parameters, in any case.
fn check_content_type(header: Option<&::http::HeaderValue>) -> Result<(), ProblemError> {
    let Some(header) = header else {
        return Err(ProblemError::NotProblemJson { content_type: None });
    };
    let essence = header
        .as_bytes()
        .split(|&b| b == b';')
        .next()
        .unwrap_or_default()
        .trim_ascii();
    if essence.eq_ignore_ascii_case(MEDIA_TYPE.as_bytes()) {
        return Ok(());
    }
    Err(ProblemError::NotProblemJson {
        content_type: Some(String::from_utf8_lossy(header.as_bytes()).into_owned()),
    })
}

/// The members of a body, each standard one kept only if of its type (RFC 9457, section 3.1);
/// strings borrowed from the body where they have no escapes.
struct Members<'de, C> {
    problem_type: Option<Cow<'de, str>>,
    status: Option<u16>,
    title: Option<Cow<'de, str>>,
    detail: Option<Cow<'de, str>>,
    instance: Option<Cow<'de, str>>,
    code: Option<Value>,
    extensions: Vec<(Cow<'static, str>, Value)>,
    catalogue: PhantomData<C>,
}

impl<C: Catalogue> Members<'_, C> {
    /// The problem these members describe, given the status of the response they came in.
    fn resolve(self, response_status: Option<u16>) -> Result<Problem<C>, ProblemError> {
        if let (Some(member), Some(response)) = (self.status, response_status) {
            if member != response {
                return Err(ProblemError::StatusMismatch { member, response });
            }
        }
        let status = self.status.or(response_status);
        let code: i128 = if C::CODE_MEMBER {
            let wrong_type = ProblemError::WrongType {
                member: CODE,
                expected: "an integer",
            };
            match &self.code {
                None => return Err(ProblemError::MissingCode),
                Some(Value::Number(number)) => number
                    .as_i64()
                    .map(i128::from)
                    .or_else(|| number.as_u64().map(i128::from))
                    .ok_or(wrong_type)?,
                Some(_) => return Err(wrong_type),
            }
        } else {
            i128::from(status.ok_or(ProblemError::MissingCode)?)
        };
        let outside = || ProblemError::CodeOutside {
            code,
            type_name: <C::Open as CodeType>::TYPE_NAME,
        };
        let repr = C::Repr::try_from(code).map_err(|_| outside())?;
        let open = C::Open::from_code(repr).ok_or_else(outside)?;
        let found_type = self.problem_type.unwrap_or(Cow::Borrowed("about:blank"));
        let mut problem_type = None;
        let mut status = status.and_then(StatusCode::new);
        if let Some(entry) = C::from_code(repr) {
            if C::CODE_MEMBER {
                let expected = entry.problem_type();
                if found_type != expected {
                    return Err(ProblemError::TypeMismatch {
                        code,
                        expected,
                        found: found_type.into_owned(),
                    });
                }
                problem_type = Some(Cow::Borrowed(expected));
                let entry_status = entry.status();
                match status {
                    Some(status) if status != entry_status => {
                        return Err(ProblemError::EntryStatusMismatch {
                            code,
                            status: status.code(),
                            expected: entry_status.code(),
                        })
                    }
                    _ => status = Some(entry_status),
                }
            }
        }
        // The entry's own title is kept as the entry's; another (localized, say) as read.
        let entry_title = C::from_code(repr).and_then(C::title);
        let title = match self.title {
            Some(title) if Some(&*title) == entry_title => entry_title.map(Cow::Borrowed),
            title => title.map(owned),
        };
        Ok(Problem {
            code: open,
            status,
            problem_type: problem_type.unwrap_or_else(|| match found_type {
                Cow::Borrowed("about:blank") => Cow::Borrowed("about:blank"),
                found => owned(found),
            }),
            title,
            detail: self.detail.map(owned),
            instance: self.instance.map(owned),
            extensions: self.extensions,
        })
    }
}

/// A string read from a body, kept past it.
fn owned(string: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(string.into_owned())
}

struct MembersVisitor<C>(PhantomData<C>);

impl<'de, C: Catalogue> Visitor<'de> for MembersVisitor<C> {
    type Value = Members<'de, C>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a problem details object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members<'de, C>, A::Error> {
        let mut members = Members {
            problem_type: None,
            status: None,
            title: None,
            detail: None,
            instance: None,
            code: None,
            extensions: Vec::new(),
            catalogue: PhantomData,
        };
        // A later member of the same name replaces an earlier one, as serde_json's maps do.
        while let Some(name) = map.next_key::<Text<'de>>()? {
            match &*name.0 {
                "type" => members.problem_type = map.next_value::<Member<'de>>()?.0,
                "title" => members.title = map.next_value::<Member<'de>>()?.0,
                "detail" => members.detail = map.next_value::<Member<'de>>()?.0,
                "instance" => members.instance = map.next_value::<Member<'de>>()?.0,
                "status" => {
                    members.status = map
                        .next_value::<Value>()?
                        .as_u64()
                        .and_then(|status| u16::try_from(status).ok())
                        .filter(|status| (100..=999).contains(status));
                }
                CODE if C::CODE_MEMBER => members.code = Some(map.next_value()?),
                _ => {
                    let value: Value = map.next_value()?;
                    let name = owned(name.0);
                    match members
                        .extensions
                        .iter_mut()
                        .find(|(other, _)| *other == name)
                    {
                        Some((_, old)) => *old = value,
                        None => members.extensions.push((name, value)),
                    }
                }
            }
        }
        Ok(members)
    }
}

/// A string, borrowed from the body where it has no escapes.
struct Text<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_str(MemberVisitor)?
            .0
            .map(Text)
            .ok_or_else(|| de::Error::custom("expected a member name"))
    }
}

/// A string member, or `None` for a member of another type, which RFC 9457 ignores (its value
/// is read past, no deeper than serde_json nests).
struct Member<'de>(Option<Cow<'de, str>>);

impl<'de> de::Deserialize<'de> for Member<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MemberVisitor)
    }
}

struct MemberVisitor;

impl<'de> Visitor<'de> for MemberVisitor {
    type Value = Member<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Member<'de>, E> {
        Ok(Member(Some(Cow::Borrowed(text))))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Member<'de>, E> {
        Ok(Member(Some(Cow::Owned(text.into()))))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Member<'de>, E> {
        Ok(Member(Some(Cow::Owned(text))))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Member<'de>, E> {
        Ok(Member(None))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Member<'de>, E> {
        Ok(Member(None))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Member<'de>, E> {
        Ok(Member(None))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Member<'de>, E> {
        Ok(Member(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Member<'de>, E> {
        Ok(Member(None))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Member<'de>, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(Member(None))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Member<'de>, A::Error> {
        while map
            .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
            .is_some()
        {}
        Ok(Member(None))
    }
}

/// Reads RFC 9457 JSON as [`Problem::from_body`] does (with no response to check the status
/// against); its errors are serde's, with [`ProblemError`]'s message.
impl<'de, C: Catalogue> de::Deserialize<'de> for Problem<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(MembersVisitor::<C>(PhantomData))?
            .resolve(None)
            .map_err(de::Error::custom)
    }
}
