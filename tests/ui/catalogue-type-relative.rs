use status_registry::status_registry;

status_registry! {
    pub enum ApiError: u32 {
        40401 USER_NOT_FOUND "User not found" => NOT_FOUND type "/problems/user-not-found";
    }
}

fn main() {}
