use status_registry::status_registry;

status_registry! {
    #[status_registry(krate = status_registry)]
    pub enum Edge {
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
