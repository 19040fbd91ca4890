//! DNS RCODEs: [`DnsRcode`], the IANA registry; [`RcodeClass`], the ranges of its registration
//! procedures; and the open [`Rcode`], which holds any `u16` (the 16 bits of the TSIG and TKEY
//! error fields; the header's 4 and the OPT RR's 12 fit in it). With the feature `dns`.
//!
//! Where hickory differs: `hickory-proto` decodes 16 as `BADSIG` only, so a BADVERS (the
//! EDNS answer to an unsupported version) never reads back as BADVERS. Here 16 is `BADVERS`,
//! and `BADSIG` is an alias of it: both names find 16.
//!
//! ```
//! use status_registry::dns::{DnsRcode, Rcode, RcodeClass};
//!
//! assert_eq!(DnsRcode::from_name("BADSIG"), Some(DnsRcode::BADVERS));
//! assert_eq!(DnsRcode::BADSIG.code(), 16);
//! assert_eq!(DnsRcode::NXDOMAIN.to_string(), "3 Non-Existent Domain");
//! assert!(Rcode::from_u16(3900).is_private_use());
//! assert_eq!(Rcode::from_u16(3900).class(), Some(RcodeClass::PRIVATE_USE));
//! ```

// As in `http.rs`: the declaration expanded by the macro with the `macros` feature, else the
// expansion kept as source.
#[cfg(feature = "macros")]
use crate::status_registry;
#[cfg(feature = "macros")]
include!("dns/declaration.rs");
#[cfg(not(feature = "macros"))]
include!("dns/generated.rs");

impl Rcode {
    /// The RCODE `code`: every `u16` is one.
    #[inline]
    pub const fn from_u16(code: u16) -> Self {
        Self(code)
    }
}
