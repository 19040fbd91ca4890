use status_registry::status_registry;

status_registry! {
    pub Edge {
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
