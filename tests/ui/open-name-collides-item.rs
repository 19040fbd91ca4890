use status_registry::status_registry;

status_registry! {
    pub enum Close {
        open CloseCode in 1000..=4999;
        1000 known "Known";
    }
}

fn main() {}
