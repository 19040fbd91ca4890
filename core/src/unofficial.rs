//! The unofficial HTTP status codes that fill logs: [`NginxStatus`] (nginx's 444, 494 to 497
//! and 499) and [`CloudflareStatus`] (Cloudflare's 520 to 526 and 530), each every code of
//! [`HttpStatus`](crate::http::HttpStatus) and the vendor's own, with a reference to the
//! vendor's source. With the feature `unofficial`.
//!
//! Each extends `HttpStatus`: `NginxStatus::from(HttpStatus::NOT_FOUND)` is its 404, and
//! `HttpStatus::try_from(NginxStatus::CLIENT_CLOSED_REQUEST)` fails, keeping 499. The open
//! [`StatusCode`](crate::http::StatusCode) holds their codes as it holds any.
//!
//! ```
//! use status_registry::http::HttpStatus;
//! use status_registry::unofficial::{CloudflareStatus, NginxStatus};
//!
//! let status = NginxStatus::from_code(499).unwrap();
//! assert_eq!(status.to_string(), "499 Client Closed Request");
//! assert!(status.is_client_error());
//! assert_eq!(NginxStatus::from(HttpStatus::NOT_FOUND), NginxStatus::NOT_FOUND);
//! assert!(HttpStatus::try_from(status).is_err());
//! assert_eq!(CloudflareStatus::from_code(522), Some(CloudflareStatus::CONNECTION_TIMED_OUT));
//! ```

// As in `http.rs`: the declarations expanded by the macro with the `macros` feature, else the
// expansions kept as source.
#[cfg(feature = "macros")]
use crate::status_registry;
#[cfg(feature = "macros")]
include!("unofficial/nginx/declaration.rs");
#[cfg(not(feature = "macros"))]
include!("unofficial/nginx/generated.rs");
#[cfg(feature = "macros")]
include!("unofficial/cloudflare/declaration.rs");
#[cfg(not(feature = "macros"))]
include!("unofficial/cloudflare/generated.rs");
