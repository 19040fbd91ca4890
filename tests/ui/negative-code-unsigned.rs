use status_registry::status_registry;

status_registry! {
    pub enum Edge: u16 {
        200 OK "OK";
        -1 FAILED "Failed";
    }
}

fn main() {}
