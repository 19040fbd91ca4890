use status_registry::status_registry;

status_registry! {
    pub enum Small: u8 {
        200 OK "OK";
        300 MULTIPLE_CHOICES "Multiple Choices";
    }
}

fn main() {}
