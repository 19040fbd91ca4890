//! The integrations with other crates, one file each, each behind its feature. The registries
//! know nothing of them: each file implements the foreign crate's traits for every registry, or
//! gives the `impl_*!` macro that the expansion calls.

#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(feature = "http")]
pub(crate) mod http;
#[cfg(feature = "schemars")]
pub(crate) mod schemars;
#[cfg(feature = "serde")]
pub(crate) mod serde;
#[cfg(feature = "tonic")]
mod tonic;
#[cfg(feature = "tungstenite")]
mod tungstenite;
#[cfg(feature = "utoipa")]
pub(crate) mod utoipa;
