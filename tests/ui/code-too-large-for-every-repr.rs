use status_registry::status_registry;

status_registry! {
    pub enum Edge: u64 {
        1000000000000000000000000000000000000000000 OK "OK";
        201 CREATED "Created";
    }
}

fn main() {}
