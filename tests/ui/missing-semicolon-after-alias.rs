use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        200 OK "OK";
        alias FINE = OK
        alias GOOD = OK;
    }
}

fn main() {}
