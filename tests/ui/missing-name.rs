use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        200 "OK";
    }
}

fn main() {}
