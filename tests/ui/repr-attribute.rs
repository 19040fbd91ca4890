use status_registry::status_registry;

status_registry! {
    #[repr(u8)]
    pub enum Edge {
        200 OK "OK";
    }
}

fn main() {}
