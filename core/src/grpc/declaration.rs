// The declaration of `GrpcStatus` and `GrpcCode`: the one source of truth. The
// crate expands it with the `macros` feature; without it, it includes `generated.rs` beside this
// file, the macro's expansion of it, so that it builds no proc macro. After a change here or to
// the macro's output, run
//
//     cargo test -p status-registry-macros generated_sources
//
// which rewrites `generated.rs` (and fails once, to say so). In CI the same test fails while
// the two differ.

status_registry! {
    /// A gRPC status code: the 17 codes of `google.rpc.Code` (googleapis
    /// `google/rpc/code.proto`), with the proto's names, the proto's `int32` as the repr, and
    /// the first sentence of each code's comment as the description. The phrase is the name in
    /// words ("Deadline Exceeded").
    ///
    /// The `grpc-status` of a response may carry any `i32`: [`GrpcCode`] holds every one,
    /// where `tonic::Code` folds what it does not know into `Unknown`. The HTTP status of each
    /// code is [`GrpcStatus::http_status`], and the code of an HTTP response without a
    /// `grpc-status` is [`GrpcStatus::from_http_status`].
    #[non_exhaustive]
    pub enum GrpcStatus: i32 {
        /// Any code a `grpc-status` can carry, registered in [`GrpcStatus`] or not.
        open GrpcCode in -2147483648..=2147483647;

        0 OK "OK" "Not an error; returned on success." ["google/rpc/code.proto"];
        1 CANCELLED "Cancelled" "The operation was cancelled, typically by the caller." ["google/rpc/code.proto"];
        2 UNKNOWN "Unknown" "Unknown error." ["google/rpc/code.proto"];
        3 INVALID_ARGUMENT "Invalid Argument" "The client specified an invalid argument." ["google/rpc/code.proto"];
        4 DEADLINE_EXCEEDED "Deadline Exceeded" "The deadline expired before the operation could complete." ["google/rpc/code.proto"];
        5 NOT_FOUND "Not Found" "Some requested entity (e.g., file or directory) was not found." ["google/rpc/code.proto"];
        6 ALREADY_EXISTS "Already Exists" "The entity that a client attempted to create (e.g., file or directory) already exists." ["google/rpc/code.proto"];
        7 PERMISSION_DENIED "Permission Denied" "The caller does not have permission to execute the specified operation." ["google/rpc/code.proto"];
        8 RESOURCE_EXHAUSTED "Resource Exhausted" "Some resource has been exhausted, perhaps a per-user quota, or perhaps the entire file system is out of space." ["google/rpc/code.proto"];
        9 FAILED_PRECONDITION "Failed Precondition" "The operation was rejected because the system is not in a state required for the operation's execution." ["google/rpc/code.proto"];
        10 ABORTED "Aborted" "The operation was aborted, typically due to a concurrency issue such as a sequencer check failure or transaction abort." ["google/rpc/code.proto"];
        11 OUT_OF_RANGE "Out of Range" "The operation was attempted past the valid range." ["google/rpc/code.proto"];
        12 UNIMPLEMENTED "Unimplemented" "The operation is not implemented or is not supported/enabled in this service." ["google/rpc/code.proto"];
        13 INTERNAL "Internal" "Internal errors." ["google/rpc/code.proto"];
        14 UNAVAILABLE "Unavailable" "The service is currently unavailable." ["google/rpc/code.proto"];
        15 DATA_LOSS "Data Loss" "Unrecoverable data loss or corruption." ["google/rpc/code.proto"];
        16 UNAUTHENTICATED "Unauthenticated" "The request does not have valid authentication credentials for the operation." ["google/rpc/code.proto"];
    }
}
