use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        200.5 OK "OK";
        201 CREATED "Created";
    }
}

fn main() {}
