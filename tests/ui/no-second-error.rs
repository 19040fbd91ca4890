use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        200 OK "OK";
        444 NO_RESPONSE;
    }
}

fn main() {
    let _ = Edge::OK.phrase();
}
