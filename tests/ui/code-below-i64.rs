use status_registry::status_registry;

status_registry! {
    pub enum Edge: i64 {
        -9223372036854775808 MIN "Min";
        9223372036854775807 MAX "Max";
        -9223372036854775809 BELOW "Below";
    }
}

fn main() {}
