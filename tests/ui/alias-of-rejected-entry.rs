use status_registry::status_registry;

status_registry! {
    pub enum Edge: u8 {
        200 OK "OK";
        300 BIG "Big";
        alias LARGE = BIG;
    }
}

fn main() {}
