use status_registry::status_registry;

status_registry! {
    pub enum Signed: i8 {
        -1 FAILED "Failed";
        -200 BROKEN "Broken";
    }
}

fn main() {}
