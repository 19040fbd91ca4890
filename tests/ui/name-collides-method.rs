use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        444 NO_RESPONSE "No Response";
        499 code "Code";
    }
}

fn main() {}
