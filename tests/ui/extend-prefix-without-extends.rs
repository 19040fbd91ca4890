use status_registry::status_registry;

status_registry! {
    __extend { enum Base: u16 { 200 OK "OK"; } }
    pub enum Edge {
        444 NO_RESPONSE "No Response";
    }
}

fn main() {
    let _ = Edge::NO_RESPONSE;
}
