//! The problem value: one occurrence of a problem type, and how it is written.

use alloc::borrow::Cow;
use alloc::vec::Vec;
use core::fmt;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use super::Catalogue;
use crate::code::CodeType;
use crate::http::StatusCode;

/// One occurrence of a problem (RFC 9457): an entry of the catalogue `C` (or a code read from a
/// body that `C` does not know, kept in its open code type), with its status, type and title,
/// an optional `detail` and `instance`, and extension members.
///
/// ```
/// # #[cfg(all(feature = "macros", feature = "problem"))] {
/// use status_registry::problem::Problem;
/// use status_registry::status_registry;
///
/// status_registry! {
///     pub enum ApiError: u32 {
///         type "https://api.example.com/problems/";
///         40401 USER_NOT_FOUND "User not found" => NOT_FOUND;
///     }
/// }
///
/// let problem = Problem::new(ApiError::USER_NOT_FOUND)
///     .with_detail("No user has the id 42")
///     .with_extension("user_id", 42)?;
/// let body = problem.to_body();
/// assert_eq!(
///     String::from_utf8(body.clone()).unwrap(),
///     r#"{"type":"https://api.example.com/problems/user-not-found","status":404,"title":"User not found","detail":"No user has the id 42","code":40401,"user_id":42}"#
/// );
/// let read = Problem::<ApiError>::from_body(&body)?;
/// assert_eq!(read.entry(), Some(ApiError::USER_NOT_FOUND));
/// assert_eq!(read.extension("user_id"), Some(&serde_json::json!(42)));
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq)]
pub struct Problem<C: Catalogue> {
    pub(super) code: C::Open,
    pub(super) status: Option<StatusCode>,
    pub(super) problem_type: Cow<'static, str>,
    pub(super) title: Option<Cow<'static, str>>,
    pub(super) detail: Option<Cow<'static, str>>,
    pub(super) instance: Option<Cow<'static, str>>,
    pub(super) extensions: Vec<(Cow<'static, str>, Value)>,
}

/// Why [`Problem::with_extension`] refused an extension member.
#[derive(Debug)]
pub enum ExtensionError {
    /// The name is that of a member RFC 9457 defines (`type`, `status`, `title`, `detail`,
    /// `instance`) or of the `code` member.
    Reserved(Cow<'static, str>),
    /// The name does not follow RFC 9457, section 4: a letter, then letters, digits and `_`,
    /// three characters or more.
    Name(Cow<'static, str>),
    /// The value could not be written as JSON.
    Value(serde_json::Error),
}

impl fmt::Display for ExtensionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Reserved(name) => write!(
                f,
                "`{name}` is a member of every problem detail, not an extension member: choose another name"
            ),
            Self::Name(name) => write!(
                f,
                "`{name}` is not an extension member name as RFC 9457 (section 4) advises: start with a letter, use letters, digits and `_`, three characters or more"
            ),
            Self::Value(error) => write!(f, "the extension member's value is not JSON: {error}"),
        }
    }
}

impl core::error::Error for ExtensionError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            Self::Value(error) => Some(error),
            _ => None,
        }
    }
}

/// The members RFC 9457 defines, which no extension member may be named.
const MEMBERS: [&str; 5] = ["type", "status", "title", "detail", "instance"];

/// The name of this crate's extension member that carries a catalogue's code.
pub(super) const CODE: &str = "code";

impl<C: Catalogue> Problem<C> {
    /// The problem of `entry`, with nothing more: its status, type URI and title.
    #[inline]
    pub fn new(entry: C) -> Self
    where
        C::Open: From<C>,
    {
        Self {
            code: entry.into(),
            status: Some(entry.status()),
            problem_type: Cow::Borrowed(entry.problem_type()),
            title: entry.title().map(Cow::Borrowed),
            detail: None,
            instance: None,
            extensions: Vec::new(),
        }
    }

    /// With a `detail`: "a human-readable explanation specific to this occurrence of the
    /// problem" (RFC 9457, section 3.1.4).
    #[inline]
    pub fn with_detail(mut self, detail: impl Into<Cow<'static, str>>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// With an `instance`: "a URI reference that identifies the specific occurrence of the
    /// problem" (RFC 9457, section 3.1.5).
    #[inline]
    pub fn with_instance(mut self, instance: impl Into<Cow<'static, str>>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// With an extension member (RFC 9457, section 3.2), which replaces one of the same name.
    /// Its name must be one RFC 9457's section 4 advises and not that of a member it defines
    /// or of `code`; its value anything serde writes as JSON.
    pub fn with_extension(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Serialize,
    ) -> Result<Self, ExtensionError> {
        let name = name.into();
        if MEMBERS.contains(&&*name) || (C::CODE_MEMBER && name == CODE) {
            return Err(ExtensionError::Reserved(name));
        }
        if !is_extension_name(&name) {
            return Err(ExtensionError::Name(name));
        }
        let value = serde_json::to_value(value).map_err(ExtensionError::Value)?;
        self.insert_extension(name, value);
        Ok(self)
    }

    /// Sets an extension member, replacing one of the same name.
    pub(super) fn insert_extension(&mut self, name: Cow<'static, str>, value: Value) {
        match self.extensions.iter_mut().find(|(other, _)| *other == name) {
            Some((_, old)) => *old = value,
            None => self.extensions.push((name, value)),
        }
    }

    /// The entry of the catalogue, if the code is one (a problem read from a newer server may
    /// carry a code this build does not know).
    #[inline]
    pub fn entry(&self) -> Option<C> {
        C::from_code(self.code.code())
    }

    /// The code, known or not.
    #[inline]
    pub fn code(&self) -> C::Open {
        self.code
    }

    /// The HTTP status: the entry's, or that of the body or response it was read from; `None`
    /// for an unknown code read from a body alone that gave none.
    #[inline]
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }

    /// The problem type URI.
    #[inline]
    pub fn problem_type(&self) -> &str {
        &self.problem_type
    }

    /// The title: the entry's phrase, or the one read.
    #[inline]
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The `detail`, if any.
    #[inline]
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `instance`, if any.
    #[inline]
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The extension member named `name`, if there is one.
    pub fn extension(&self, name: &str) -> Option<&Value> {
        self.extensions
            .iter()
            .find(|(other, _)| other == name)
            .map(|(_, value)| value)
    }

    /// Every extension member, in order.
    pub fn extensions(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.extensions.iter().map(|(name, value)| (&**name, value))
    }

    /// The problem written as an `application/problem+json` body.
    pub fn to_body(&self) -> Vec<u8> {
        // Writing a problem cannot fail: every key is a string and every value JSON.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The response that answers with this problem, for any framework built on `http`: its
    /// status (500 for an unknown code read with none), `Content-Type: application/problem+json`
    /// and the body. (With the `axum` feature, a `Problem` is also an axum response, which
    /// carries the status's phrase on an HTTP/1 status line.)
    pub fn to_http_response(&self) -> ::http::Response<Vec<u8>> {
        let mut response = ::http::Response::new(self.to_body());
        *response.status_mut() = self.http_status();
        response.headers_mut().insert(
            ::http::header::CONTENT_TYPE,
            ::http::HeaderValue::from_static(super::MEDIA_TYPE),
        );
        response
    }

    /// The status to answer with, as `http`'s.
    pub(crate) fn http_status(&self) -> ::http::StatusCode {
        self.status
            .and_then(|status| ::http::StatusCode::from_u16(status.code()).ok())
            .unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl<C: Catalogue> From<C> for Problem<C>
where
    C::Open: From<C>,
{
    #[inline]
    fn from(entry: C) -> Self {
        Self::new(entry)
    }
}

impl<C: Catalogue> fmt::Debug for Problem<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Problem")
            .field("code", &self.code)
            .field("status", &self.status)
            .field("type", &self.problem_type)
            .field("title", &self.title)
            .field("detail", &self.detail)
            .field("instance", &self.instance)
            .field("extensions", &self.extensions)
            .finish()
    }
}

/// `404 Not Found: No user has the id 42`: the status, the title and the detail.
impl<C: Catalogue> fmt::Display for Problem<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(status) = self.status {
            write!(f, "{} ", status.code())?;
        }
        f.write_str(self.title.as_deref().unwrap_or(&self.problem_type))?;
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl<C: Catalogue> core::error::Error for Problem<C> {}

/// RFC 9457, section 4: "their names SHOULD start with a letter (ALPHA ...) and SHOULD comprise
/// characters from ALPHA, DIGIT ..., and "_" ..., and they SHOULD be three characters or
/// longer".
fn is_extension_name(name: &str) -> bool {
    name.len() >= 3
        && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// RFC 9457 JSON: `type`, `status`, `title`, `detail`, `instance` (each where it has one),
/// `code` for a catalogue's problem, then the extension members in order.
impl<C: Catalogue> Serialize for Problem<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let count = 1
            + usize::from(self.status.is_some())
            + usize::from(self.title.is_some())
            + usize::from(self.detail.is_some())
            + usize::from(self.instance.is_some())
            + usize::from(C::CODE_MEMBER)
            + self.extensions.len();
        let mut map = serializer.serialize_map(Some(count))?;
        map.serialize_entry("type", &*self.problem_type)?;
        if let Some(status) = self.status {
            map.serialize_entry("status", &status.code())?;
        }
        if let Some(title) = &self.title {
            map.serialize_entry("title", &**title)?;
        }
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", &**detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", &**instance)?;
        }
        if C::CODE_MEMBER {
            map.serialize_entry(CODE, &self.code.code())?;
        }
        for (name, value) in &self.extensions {
            map.serialize_entry(&**name, value)?;
        }
        map.end()
    }
}
