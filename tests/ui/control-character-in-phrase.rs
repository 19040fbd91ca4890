use status_registry::status_registry;

status_registry! {
    /// A registry of HTTP codes: its phrases go on status lines.
    pub enum Api: u16 {
        200 OK "OK\r\nSet-Cookie: x=1";
        299 PARTIAL "Partial\tSuccess";
        404 GONE "Gone\u{7f}";
    }
}

status_registry! {
    /// Not HTTP codes: its phrases are text of any kind.
    pub enum Log: u16 {
        1 NOTE "Two\nlines";
    }
}

fn main() {
    // Every entry is still declared: a bad phrase does not cost its entry.
    let _ = (Api::OK, Api::PARTIAL, Api::GONE, Log::NOTE);
    let _: &str = status_registry::Registry::phrase(Log::NOTE);
}
