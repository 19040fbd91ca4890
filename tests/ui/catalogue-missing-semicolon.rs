use status_registry::status_registry;

status_registry! {
    pub enum ApiError: u32 {
        type "https://api.example.com/problems/";
        40401 USER_NOT_FOUND "User not found" => NOT_FOUND
        40901 EMAIL_TAKEN "Email taken" => CONFLICT;
    }
}

fn main() {}
