use status_registry::status_registry;

status_registry! {
    pub enum ApiError: u32 {
        type "https://api.example.com/problems/";
        classes ApiErrorClass {
            40400..=40499 NOT_FOUND "Not Found" => NOTFOUND;
        }
        40401 USER_NOT_FOUND "User not found";
    }
}

fn main() {}
