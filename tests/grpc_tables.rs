//! The `grpc` registry against its sources, field by field: googleapis `google/rpc/code.proto`
//! (`tests/data/googleapis_grpc_codes.tsv`) with its HTTP mapping, grpc/grpc's
//! `doc/http-grpc-status-mapping.md` (`tests/data/grpc_http_to_grpc.tsv`); and the `tonic`
//! conversions, against tonic's own table (`tests/data/tonic_codes.tsv`).

use status_registry::grpc::{GrpcCode, GrpcStatus};
use status_registry::http::{HttpStatus, StatusCode};
use status_registry_suite::{field, tsv_rows, SplitMix64};

const PROTO: &str = include_str!("data/googleapis_grpc_codes.tsv");
const HTTP_TO_GRPC: &str = include_str!("data/grpc_http_to_grpc.tsv");
const TONIC: &str = include_str!("data/tonic_codes.tsv");

/// The status of a table's `"404 Not Found"`: its code, checked against its phrase.
#[track_caller]
fn http_status(text: &str) -> StatusCode {
    let (code, phrase) = text.split_once(' ').unwrap();
    let status = StatusCode::new(code.parse().unwrap()).unwrap();
    match status.known() {
        Some(known) => assert_eq!(known.phrase(), phrase, "{text}"),
        // Only 499, nginx's, is outside `HttpStatus`.
        None => assert_eq!(text, "499 Client Closed Request"),
    }
    status
}

#[test]
fn every_entry_is_the_protos_field_by_field() {
    let rows = tsv_rows(PROTO);
    assert_eq!(rows.len(), 17);
    assert_eq!(GrpcStatus::COUNT, 17);
    for (row, status) in rows.iter().zip(GrpcStatus::iter()) {
        assert_eq!(status.code(), field(row, "code").parse::<i32>().unwrap());
        assert_eq!(status.name(), field(row, "name"));
        assert_eq!(
            status.description(),
            field(row, "description"),
            "{status:?}"
        );
        // The phrase is the name in words.
        assert_eq!(
            status.phrase().to_uppercase().replace(' ', "_"),
            status.name()
        );
        assert_eq!(status.reference(), Some("google/rpc/code.proto"));
    }
}

#[test]
fn http_status_is_the_protos_mapping() {
    for row in tsv_rows(PROTO) {
        let status = GrpcStatus::from_name(field(&row, "name")).unwrap();
        assert_eq!(
            status.http_status(),
            http_status(field(&row, "http_mapping")),
            "{status:?}"
        );
    }
    assert_eq!(GrpcStatus::CANCELLED.http_status().code(), 499);
    assert_eq!(GrpcStatus::CANCELLED.http_status().known(), None);
}

#[test]
fn from_http_status_is_grpcs_mapping_for_every_status() {
    let mut listed = Vec::new();
    let mut fallback = None;
    for row in tsv_rows(HTTP_TO_GRPC) {
        let code = GrpcStatus::from_name(field(&row, "grpc_code")).unwrap();
        match field(&row, "http_status") {
            "All other codes" => fallback = Some(code),
            status => listed.push((http_status(status), code)),
        }
    }
    assert_eq!(listed.len(), 8);
    let fallback = fallback.unwrap();
    assert_eq!(fallback, GrpcStatus::UNKNOWN);
    for code in StatusCode::range() {
        let status = StatusCode::new(code).unwrap();
        let expected = listed
            .iter()
            .find(|(listed, _)| *listed == status)
            .map_or(fallback, |(_, code)| *code);
        assert_eq!(GrpcStatus::from_http_status(status), expected, "{code}");
    }
}

#[test]
fn the_two_mappings_are_not_inverses() {
    // code.proto maps NOT_FOUND to 404; grpc's table maps 404 to UNIMPLEMENTED.
    let not_found = GrpcStatus::NOT_FOUND.http_status();
    assert_eq!(not_found, HttpStatus::NOT_FOUND);
    assert_eq!(
        GrpcStatus::from_http_status(not_found),
        GrpcStatus::UNIMPLEMENTED
    );
    let round_trips: Vec<GrpcStatus> = GrpcStatus::iter()
        .filter(|status| GrpcStatus::from_http_status(status.http_status()) == *status)
        .collect();
    assert_eq!(
        round_trips,
        [
            GrpcStatus::UNKNOWN,
            GrpcStatus::PERMISSION_DENIED,
            GrpcStatus::UNAVAILABLE,
            GrpcStatus::UNAUTHENTICATED
        ]
    );
}

#[test]
fn the_open_code_keeps_every_i32() {
    let mut random = SplitMix64::seeded_by("grpc open code");
    let samples = (0..10_000).map(|_| random.next_u64() as i32);
    for code in samples.chain([i32::MIN, -1, 0, 16, 17, i32::MAX]) {
        let open = GrpcCode::from_i32(code);
        assert_eq!(open.code(), code);
        assert_eq!(open.known().is_some(), (0..=16).contains(&code), "{code}");
        assert_eq!(i32::from(open), code);
    }
}

/// Every tonic code, a wide sample of `i32` and its boundaries: tonic holds 0 to 16, each as
/// the code of that number, and folds every other into `Unknown`, where ours keeps the number.
#[test]
fn tonic_conversions() {
    let rows = tsv_rows(TONIC);
    assert_eq!(rows.len(), 17);
    for row in &rows {
        let value: i32 = field(row, "value").parse().unwrap();
        let theirs = tonic::Code::from_i32(value);
        assert_eq!(format!("{theirs:?}"), field(row, "variant"));
        assert_eq!(theirs.description(), field(row, "description"));
        let ours = GrpcStatus::from(theirs);
        assert_eq!(ours.code(), value);
        assert_eq!(tonic::Code::from(ours), theirs);
        assert_eq!(GrpcCode::from(theirs), GrpcCode::from(ours));
        assert_eq!(tonic::Code::from(GrpcCode::from(theirs)), theirs);
        // A status of the code, and back.
        let status = tonic::Status::from(ours);
        assert_eq!(status.code(), theirs);
        assert_eq!(GrpcStatus::from(&status), ours);
    }
    let mut random = SplitMix64::seeded_by("tonic");
    let samples: Vec<i32> = (0..100_000).map(|_| random.next_u64() as i32).collect();
    let boundaries = [
        i32::MIN,
        i32::MIN + 1,
        -17,
        -1,
        0,
        16,
        17,
        18,
        i32::MAX - 1,
        i32::MAX,
    ];
    for code in samples.into_iter().chain(boundaries).chain(-100..=100) {
        let ours = GrpcCode::from_i32(code);
        let theirs = tonic::Code::from(ours);
        assert_eq!(theirs, tonic::Code::from_i32(code), "{code}");
        if (0..=16).contains(&code) {
            assert_eq!(i32::from(theirs), code);
            assert_eq!(GrpcCode::from(theirs), ours);
        } else {
            assert_eq!(theirs, tonic::Code::Unknown, "{code}");
            assert_eq!(ours.code(), code, "ours keeps the number");
        }
    }
}
