// One mistake of every kind the macro reports and can recover from, in one declaration: each is
// its own error, on its own token, in one compile. The well-formed entries still expand, so
// `main` compiles.
use status_registry::status_registry;

status_registry! {
    #[status_registry(krate = ::status_registry)]
    #[repr(u8)]
    #[derive(Clone)]
    pub enum Edge<T>: u8 {
        classes EdgeClass {
            0..=99 LOW "Low";
            200..=100 BACKWARDS "Backwards";
            50..=150 OVERLAPS "Overlaps";
            160..=170 range "Range";
            180..=185 Mid "Mid";
            190..=195 MID "Mid Again";
            220..=230 LOW "Low Again";
            240..=300 WIDE "Wide";
        }
        classes Again {
            0..=9 X "X";
        }
        1 OK "OK";
        1 ALSO_OK "Also OK";
        2 OK "Okay";
        3 EMPTY "";
        300 TOO_BIG "Too Big";
        340282366920938463463374607431768211456 HUGE "Huge";
        -1 NEGATIVE "Negative";
        155 OUTSIDE "Outside";
        4 ALL "All";
        5 is_low "Is Low";
        #[cfg(test)]
        6 CFG "Cfg";
        7 type "Type";
        8u8 SUFFIXED "Suffixed";
        9.5 FLOAT "Float";
        NAME_FIRST 10 "Name First";
        11 NO_PHRASE;
        16 "No Name";
        12 TWO_REFS "Two References" ["a" "b"];
        ;
        13 NO_SEMICOLON "No Semicolon"
        14 LAST "Last";
        alias GONE = MISSING;
        alias LAST = OK;
        alias FORMER = OK;
        alias FORMER_FORMER = FORMER;
        15 FINAL "Final"
    } extra tokens
}

fn main() {
    let _ = Edge::OK.code();
}
