use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
