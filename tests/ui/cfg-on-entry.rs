use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        200 OK "OK";
        #[cfg(any())]
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
