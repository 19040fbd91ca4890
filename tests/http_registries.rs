//! The `http` feature for the user's own registries: every registry of HTTP codes (one that
//! extends `HttpStatus`, or a `u16` registry whose codes are all in `100..=999`) and its open
//! code type convert with `http::StatusCode` and compare with it, each conversion `From` where
//! it cannot fail; a registry of other codes gets none of it.
#![deny(warnings)]

use std::marker::PhantomData;

use status_registry::{status_registry, HttpStatus, OutsideHttpRange, UnknownCode};
use status_registry_suite::web::{Api, ApiCode, Edge, EdgeCode};

status_registry! {
    /// HTTP codes, held by an open type wider than `http`'s window.
    pub enum Wide: u16 {
        open WideCode in 0..=65535;
        100 FIRST "First";
        999 LAST "Last";
    }
}

status_registry! {
    /// HTTP codes, with an open type that overlaps `http`'s window on one side only.
    pub enum Skewed: u16 {
        open SkewedCode in 50..=700;
        150 MIDDLE "Middle";
    }
}

status_registry! {
    /// WebSocket close codes: `u16`, but not HTTP's.
    pub enum Close: u16 {
        open CloseCode in 1000..=4999;
        1000 NORMAL "Normal Closure";
    }
}

status_registry! {
    /// One code past `http`'s window makes a registry one of other codes.
    pub enum AlmostHttp: u16 {
        200 OK "OK";
        1000 PAST "Past";
    }
}

status_registry! {
    /// HTTP-like codes in another repr.
    pub enum Small: u8 {
        200 OK "OK";
    }
}

/// Which impls with `http::StatusCode` a type has, told at compile time: an inherent constant
/// whose impl's bound holds is chosen over the trait's `false`.
trait Lacks {
    const INTO_HTTP: bool = false;
    const FROM_HTTP: bool = false;
    const EQ_HTTP: bool = false;
}

/// `http::StatusCode: TryFrom<T>` (so also where it is `From<T>`).
struct IntoProbe<T>(PhantomData<T>);
impl<T> Lacks for IntoProbe<T> {}
impl<T> IntoProbe<T>
where
    http::StatusCode: TryFrom<T>,
{
    const INTO_HTTP: bool = true;
}

/// `T: TryFrom<http::StatusCode>`.
struct FromProbe<T>(PhantomData<T>);
impl<T> Lacks for FromProbe<T> {}
impl<T: TryFrom<http::StatusCode>> FromProbe<T> {
    const FROM_HTTP: bool = true;
}

/// `T: PartialEq<http::StatusCode>`, and the other way.
struct EqProbe<T>(PhantomData<T>);
impl<T> Lacks for EqProbe<T> {}
impl<T: PartialEq<http::StatusCode>> EqProbe<T>
where
    http::StatusCode: PartialEq<T>,
{
    const EQ_HTTP: bool = true;
}

fn http(code: u16) -> http::StatusCode {
    http::StatusCode::from_u16(code).unwrap()
}

#[test]
fn an_extending_registry_converts_both_ways() {
    let closed = http(499);
    assert_eq!(Edge::try_from(closed), Ok(Edge::CLIENT_CLOSED_REQUEST));
    assert_eq!(http::StatusCode::from(Edge::CLIENT_CLOSED_REQUEST), closed);
    assert_eq!(
        http::StatusCode::from(Edge::NOT_FOUND),
        http::StatusCode::NOT_FOUND
    );
    assert!(
        Edge::CLIENT_CLOSED_REQUEST == closed,
        "Edge == http::StatusCode"
    );
    assert!(
        closed == Edge::CLIENT_CLOSED_REQUEST,
        "http::StatusCode == Edge"
    );
    assert!(Edge::NOT_FOUND != closed, "Edge != http::StatusCode");
    assert!(closed != Edge::NOT_FOUND, "http::StatusCode != Edge");
    let error = Edge::try_from(http(498)).unwrap_err();
    assert_eq!(error, UnknownCode::new(498));
    assert_eq!(error.to_string(), "498 is not a registered Edge code");
    for &status in Edge::ALL {
        assert_eq!(http::StatusCode::from(status).as_u16(), status.code());
        assert_eq!(Edge::try_from(http::StatusCode::from(status)), Ok(status));
    }
}

#[test]
fn an_open_type_with_http_s_window_converts_both_ways_without_loss() {
    for code in 100..=999 {
        let theirs = http(code);
        let ours = EdgeCode::from(theirs);
        assert_eq!(ours.code(), code);
        assert_eq!(http::StatusCode::from(ours), theirs);
        assert!(ours == theirs, "EdgeCode == http::StatusCode");
        assert!(theirs == ours, "http::StatusCode == EdgeCode");
        assert_eq!(ours.known(), Edge::try_from(theirs).ok());
    }
}

#[test]
fn an_open_type_inside_http_s_window_converts_into_it_and_tries_from_it() {
    let partial = ApiCode::try_from(http(299)).unwrap();
    assert_eq!(partial, ApiCode::PARTIAL);
    assert_eq!(http::StatusCode::from(partial), http(299));
    assert_eq!(
        http::StatusCode::from(ApiCode::new(404).unwrap()),
        http(404)
    );
    assert_eq!(ApiCode::try_from(http(404)).map(ApiCode::code), Ok(404));
    let error = ApiCode::try_from(http(500)).unwrap_err();
    assert_eq!(error.code(), 500);
    assert_eq!(
        error.to_string(),
        "500 is outside the codes of ApiCode, which are 200..=499"
    );
    assert_eq!(Api::try_from(http(460)), Ok(Api::QUOTA));
    assert_eq!(http::StatusCode::from(Api::QUOTA), http(460));
    assert!(Api::QUOTA == http(460) && http(460) != Api::FINE);
}

#[test]
fn an_open_type_wider_than_http_s_window_holds_it_and_tries_into_it() {
    for code in [100, 404, 999] {
        assert_eq!(WideCode::from(http(code)).code(), code);
        assert_eq!(
            http::StatusCode::try_from(WideCode::from(http(code))),
            Ok(http(code))
        );
    }
    for code in [0, 99, 1000, 65535] {
        let ours = WideCode::new(code).unwrap();
        let error: OutsideHttpRange = http::StatusCode::try_from(ours).unwrap_err();
        assert_eq!(error.code(), code);
        assert_eq!(
            error.to_string(),
            format!("{code} is not an HTTP status code: http::StatusCode holds 100..=999")
        );
        assert!(ours != http(100) && http(999) != ours);
    }
    assert!(WideCode::LAST == http(999));
}

#[test]
fn an_open_type_across_http_s_window_tries_both_ways() {
    assert_eq!(
        SkewedCode::try_from(http(700)).map(SkewedCode::code),
        Ok(700)
    );
    assert_eq!(
        SkewedCode::try_from(http(701)).unwrap_err().to_string(),
        "701 is outside the codes of SkewedCode, which are 50..=700"
    );
    assert_eq!(
        http::StatusCode::try_from(SkewedCode::MIDDLE),
        Ok(http(150))
    );
    let below = SkewedCode::new(50).unwrap();
    assert_eq!(http::StatusCode::try_from(below).unwrap_err().code(), 50);
}

/// A type's name, and whether it converts into, converts from, and compares with
/// `http::StatusCode`.
macro_rules! probe {
    ($ty:ty) => {
        (
            stringify!($ty),
            IntoProbe::<$ty>::INTO_HTTP,
            FromProbe::<$ty>::FROM_HTTP,
            EqProbe::<$ty>::EQ_HTTP,
        )
    };
}

#[test]
fn only_registries_of_http_codes_get_the_conversions() {
    let http = [
        probe!(HttpStatus),
        probe!(status_registry::StatusCode),
        probe!(Edge),
        probe!(EdgeCode),
        probe!(Api),
        probe!(ApiCode),
        probe!(Wide),
        probe!(WideCode),
        probe!(Skewed),
        probe!(SkewedCode),
    ];
    for (name, into, from, eq) in http {
        assert_eq!((into, from, eq), (true, true, true), "{name}");
    }
    let other = [
        probe!(Close),
        probe!(CloseCode),
        probe!(AlmostHttp),
        probe!(Small),
    ];
    for (name, into, from, eq) in other {
        assert_eq!((into, from, eq), (false, false, false), "{name}");
    }
}
