use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        OK 200 "OK";
        201 CREATED "Created";
    }
}

fn main() {}
