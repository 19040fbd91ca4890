use status_registry::status_registry;

status_registry! {
    pub enum Edge<T> {
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
