use status_registry::status_registry;

status_registry! {
    pub enum Edge: u8 {
        200 OK "OK";
        200 ALSO_OK "Also OK";
        300 TOO_BIG "Too Big";
        alias FINE = OKAY;
    }
}

fn main() {}
