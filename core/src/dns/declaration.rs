// The declaration of `DnsRcode`, `RcodeClass` and `Rcode`: the one source of truth. The
// crate expands it with the `macros` feature; without it, it includes `generated.rs` beside this
// file, the macro's expansion of it, so that it builds no proc macro. After a change here or to
// the macro's output, run
//
//     cargo test -p status-registry-macros generated_sources
//
// which rewrites `generated.rs` (and fails once, to say so). In CI the same test fails while
// the two differ.

status_registry! {
    /// A DNS RCODE registered with IANA: the "DNS RCODEs" registry of RFC 6895, section 2.3.
    /// The name is IANA's in capitals, as `dig` prints it (`NXDOMAIN` for IANA's `NXDomain`);
    /// the phrase is IANA's description; the reference is IANA's.
    ///
    /// IANA lists two values twice. 16 is BADVERS in the OPT RR (EDNS) and BADSIG in the TSIG
    /// RR: here BADVERS, with `BADSIG` an alias of it, so that both names find 16 and 16 reads
    /// back as either. 9 is NotAuth twice, for DNS UPDATE and for TSIG: one entry.
    ///
    /// An RCODE is 4 bits in the header, 12 with the OPT RR's extension, and 16 in the TSIG
    /// and TKEY error fields: [`Rcode`] holds every `u16`. The type is `#[non_exhaustive]`.
    #[non_exhaustive]
    pub enum DnsRcode: u16 {
        /// The ranges of IANA's registration procedures (RFC 6895, section 2.3).
        classes RcodeClass {
            0..=3840 STANDARD "IETF Review";
            3841..=4095 PRIVATE_USE "Private Use";
            4096..=65534 EXTENDED "IETF Review";
            65535..=65535 RESERVED "Reserved";
        }

        /// Any RCODE a message can carry, registered in [`DnsRcode`] or not.
        open Rcode in 0..=65535;

        0 NOERROR "No Error" ["RFC1035"];
        1 FORMERR "Format Error" ["RFC1035"];
        2 SERVFAIL "Server Failure" ["RFC1035"];
        3 NXDOMAIN "Non-Existent Domain" ["RFC1035"];
        4 NOTIMP "Not Implemented" ["RFC1035"];
        5 REFUSED "Query Refused" ["RFC1035"];
        6 YXDOMAIN "Name Exists when it should not" ["RFC2136; RFC6672"];
        7 YXRRSET "RR Set Exists when it should not" ["RFC2136"];
        8 NXRRSET "RR Set that should exist does not" ["RFC2136"];
        /// IANA lists 9 twice: Server Not Authoritative for zone (DNS UPDATE, RFC 2136) and
        /// Not Authorized (TSIG, RFC 8945).
        9 NOTAUTH "Server Not Authoritative for zone" "In TSIG (RFC 8945): Not Authorized" ["RFC2136; RFC8945"];
        10 NOTZONE "Name not contained in zone" ["RFC2136"];
        11 DSOTYPENI "DSO-TYPE Not Implemented" ["RFC8490"];
        /// IANA lists 16 twice: BADVERS in the OPT RR (RFC 6891) and BADSIG in the TSIG RR
        /// (RFC 8945). RFC 6895, section 2.3: "The duplicate assignment of 16 was accidental."
        16 BADVERS "Bad OPT Version" "In TSIG (RFC 8945): BADSIG, TSIG Signature Failure" ["RFC6891; RFC8945"];
        /// 16 in the TSIG RR (RFC 8945): the same value as `BADVERS`.
        alias BADSIG = BADVERS;
        17 BADKEY "Key not recognized" ["RFC8945"];
        18 BADTIME "Signature out of time window" ["RFC8945"];
        19 BADMODE "Bad TKEY Mode" ["RFC2930"];
        20 BADNAME "Duplicate key name" ["RFC2930"];
        21 BADALG "Algorithm not supported" ["RFC2930"];
        22 BADTRUNC "Bad Truncation" ["RFC8945"];
        23 BADCOOKIE "Bad/missing Server Cookie" ["RFC7873"];
    }
}
