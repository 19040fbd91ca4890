use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes EdgeClass {}
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
