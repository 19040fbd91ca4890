//! The `tonic` feature: conversions between [`GrpcStatus`] and [`GrpcCode`] and tonic's `Code`,
//! and a `tonic::Status` from a code.
//!
//! tonic's `Code` has a variant for each of the 17 codes and folds every other value into
//! `Unknown`. So a `tonic::Code` converts into either type without loss, and a [`GrpcCode`]
//! that tonic cannot hold becomes `Code::Unknown`, the spec's UNKNOWN, while the `GrpcCode`
//! keeps its number.

use crate::grpc::{GrpcCode, GrpcStatus};

#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
impl From<::tonic::Code> for GrpcCode {
    #[inline]
    fn from(code: ::tonic::Code) -> Self {
        Self::from_i32(code.into())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
impl From<::tonic::Code> for GrpcStatus {
    #[inline]
    fn from(code: ::tonic::Code) -> Self {
        // tonic's codes are the 17 of `google.rpc.Code`, each registered here.
        GrpcCode::from(code).known().unwrap_or(Self::UNKNOWN)
    }
}

/// Tonic's `Code` of this code, `Code::Unknown` for one it has no variant for.
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
impl From<GrpcCode> for ::tonic::Code {
    #[inline]
    fn from(code: GrpcCode) -> Self {
        Self::from_i32(code.code())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
impl From<GrpcStatus> for ::tonic::Code {
    #[inline]
    fn from(status: GrpcStatus) -> Self {
        Self::from_i32(status.code())
    }
}

/// The `tonic::Status` of a code, with no message: `tonic::Status::new(code.into(), message)`
/// gives one with a message.
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
impl From<GrpcStatus> for ::tonic::Status {
    #[inline]
    fn from(status: GrpcStatus) -> Self {
        Self::new(status.into(), "")
    }
}

/// The code of a `tonic::Status`.
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
impl From<&::tonic::Status> for GrpcStatus {
    #[inline]
    fn from(status: &::tonic::Status) -> Self {
        status.code().into()
    }
}
