use status_registry::{status_registry, Registry};

status_registry! {
    /// Every entry is rejected; the type is still declared, so its uses below raise no error.
    pub enum Broken: u8 {
        classes BrokenClass {
            1..=99 LOW "Low";
        }
        open BrokenCode in 0..=255;
        300 TOO_LARGE "Too Large";
        150 OUTSIDE "Outside Every Class";
        alias OLD = TOO_LARGE;
    }
}

fn takes(status: Broken) -> u8 {
    status.code()
}

fn main() {
    let _ = (Broken::from_code(1), Broken::from_name("OLD"), Broken::ALL.len(), Broken::COUNT);
    let _ = Broken::iter().map(takes).count();
    let _ = <Broken as Registry>::ALL;
    let _ = "1".parse::<Broken>();
    let _ = BrokenCode::new(7).map(|code| (code.known(), code.phrase(), code.class()));
    let _ = BrokenClass::of(7).map(BrokenClass::phrase);
}
