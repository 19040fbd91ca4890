//! Uses `HttpStatus` from status-registry built without features.
#![no_std]

use status_registry::{HttpStatus, StatusCode};

/// The phrase of a code, as a server would answer it.
pub fn phrase(code: u16) -> Option<&'static str> {
    StatusCode::new(code).and_then(StatusCode::phrase)
}

/// The standard status a client takes `code` for.
pub fn understood_as(code: u16) -> Option<HttpStatus> {
    StatusCode::new(code).map(StatusCode::understood_as)
}

#[cfg(test)]
mod tests {
    use super::{phrase, understood_as, HttpStatus};

    #[test]
    fn the_http_set_needs_no_feature() {
        assert_eq!(phrase(404), Some("Not Found"));
        assert_eq!(phrase(499), None);
        assert_eq!(understood_as(499), Some(HttpStatus::BAD_REQUEST));
        assert_eq!(HttpStatus::from_name("GONE"), Some(HttpStatus::GONE));
    }
}
