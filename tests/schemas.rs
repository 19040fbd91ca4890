//! The `schemars` and `utoipa` features: every registry's and open code type's JSON Schema
//! describes exactly what serde writes and reads. Python's `jsonschema` (a validator that is not
//! ours, installed by `.ci/run`) checks each schema against its draft's meta-schema, then checks
//! every value serde writes and many it reads or rejects: the schema must accept a value exactly
//! when serde does.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use status_registry::dns::{DnsRcode, Rcode};
use status_registry::grpc::{GrpcCode, GrpcStatus};
use status_registry::unofficial::{CloudflareStatus, NginxStatus};
use status_registry::websocket::{CloseCode, CloseStatus};
use status_registry::{status_registry, CodeType, HttpStatus, OpenCode, Registry, StatusCode};
use status_registry_suite::catalogue::{ApiError, ApiErrorCode};
use status_registry_suite::web::{Api, ApiCode, Edge, EdgeCode};
use status_registry_suite::{python, SplitMix64};
use utoipa::PartialSchema;

status_registry! {
    /// Signed codes, around zero: [`ZERO`](Signed::ZERO) is one (of five).
    pub enum Signed: i8 {
        /// A window over the whole repr.
        open SignedCode in -128..=127;
        -128 LOWEST "Lowest" "The repr's minimum";
        -5 MINUS_FIVE "Minus (five) [sic] $5.00";
        0 ZERO "Zero";
        7 SEVEN "Seven";
        alias SIETE = SEVEN;
        127 HIGHEST "Highest";
    }
}

status_registry! {
    pub enum Wide: u64 {
        open WideCode in 10..=18_446_744_073_709_551_615;
        10 TEN "Ten";
        18_446_744_073_709_551_615 LAST "Last";
    }
}

/// Every value serde writes for `T`, and many it reads or rejects, each with whether serde
/// accepts it: integers at and around every code and the window's ends, and strings of every
/// form `FromStr` reads, near misses of each, and random ones.
fn cases<T>(known: &[T], names: &[&str], window: (i128, i128)) -> Vec<(Value, bool)>
where
    T: CodeType + Serialize + DeserializeOwned,
{
    let codes: Vec<i128> = known.iter().map(|status| status.code().into()).collect();
    let mut values = BTreeSet::new();
    let mut integers: Vec<i128> = vec![window.0, window.1, 0, 1, -1, i128::from(i64::MIN)];
    integers.extend([i128::from(u64::MAX), i128::from(u64::MAX) + 1]);
    for &code in &codes {
        integers.extend([code - 1, code, code + 1]);
    }
    integers.extend([window.0 - 1, window.1 + 1]);
    let mut random = SplitMix64::seeded_by(T::TYPE_NAME);
    let span = u64::try_from(window.1 - window.0).unwrap_or(u64::MAX);
    for _ in 0..60 {
        integers.push(window.0 + i128::from(random.next_u64() % span.saturating_add(1).max(1)));
    }
    for integer in integers {
        let value = i64::try_from(integer)
            .map(Value::from)
            .or_else(|_| u64::try_from(integer).map(Value::from));
        if let Ok(value) = value {
            values.insert(value.to_string());
            values.insert(json!(integer.to_string()).to_string());
            values.insert(json!(format!("+{integer}")).to_string());
            values.insert(json!(format!("00{integer}")).to_string());
            values.insert(json!(format!("{integer} (unregistered)")).to_string());
            values.insert(json!(format!("{integer} ")).to_string());
        }
    }
    for &name in names {
        values.insert(json!(name).to_string());
        values.insert(json!(name.to_lowercase()).to_string());
        values.insert(json!(format!("{name}X")).to_string());
        values.insert(json!(format!(" {name}")).to_string());
    }
    for &status in known {
        let code = status.code();
        // What serde writes, and what `Display` writes.
        values.insert(serde_json::to_value(status).unwrap().to_string());
        values.insert(json!(status.to_string()).to_string());
        values.insert(json!(format!("+0{status}")).to_string());
        values.insert(json!(format!("{status}.")).to_string());
        values.insert(json!(format!("{code} (unregistered)")).to_string());
    }
    for _ in 0..120 {
        let alphabet = b"0123456789+- ()ANOTFUDR_un";
        let length = random.below(7);
        let text: String = (0..length)
            .map(|_| char::from(alphabet[random.below(alphabet.len())]))
            .collect();
        values.insert(json!(text).to_string());
    }
    for other in [
        json!(null),
        json!(true),
        json!(404.5),
        json!([404]),
        json!({}),
    ] {
        values.insert(other.to_string());
    }
    values
        .into_iter()
        .map(|text| {
            let value: Value = serde_json::from_str(&text).unwrap();
            let accepted = serde_json::from_value::<T>(value.clone()).is_ok();
            (value, accepted)
        })
        .collect()
}

/// The cases of the registry `R`.
fn registry_cases<R>() -> Vec<(Value, bool)>
where
    R: Registry + Serialize + DeserializeOwned,
{
    let names: Vec<&str> = R::iter()
        .map(R::name)
        .chain(R::aliases().map(|(alias, _)| alias))
        .collect();
    let window = (R::MIN_CODE.into(), R::MAX_CODE.into());
    cases(R::ALL, &names, window)
}

/// The cases of the open code type `O`.
fn open_cases<O>() -> Vec<(Value, bool)>
where
    O: OpenCode + Serialize + DeserializeOwned,
{
    let known: Vec<O> = O::Registry::iter().map(O::from).collect();
    let names: Vec<&str> = O::Registry::iter().map(Registry::name).collect();
    cases(&known, &names, (O::MIN_CODE.into(), O::MAX_CODE.into()))
}

/// Both schemas of `T`, schemars' and utoipa's, each with the cases.
fn checks<T: JsonSchema + PartialSchema>(cases: Vec<(Value, bool)>) -> Vec<Value> {
    let accepted = cases.iter().filter(|(_, accepted)| *accepted).count();
    assert!(
        accepted > 0 && accepted < cases.len(),
        "{}",
        T::schema_name()
    );
    let schemars = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    let utoipa = serde_json::to_value(<T as PartialSchema>::schema()).unwrap();
    vec![
        json!({ "name": format!("{} (schemars)", T::schema_name()), "schema": schemars, "cases": cases }),
        json!({ "name": format!("{} (utoipa)", T::schema_name()), "schema": utoipa, "cases": cases }),
    ]
}

/// Runs tests/data/check_schemas.py on `checks`: how many values it checked, or what failed.
fn python_check(checks: &[Value]) -> Result<usize, String> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/check_schemas.py");
    let report = python(&[script], &serde_json::to_vec(checks).unwrap())?;
    Ok(report.trim().parse().unwrap())
}

#[test]
fn every_schema_accepts_exactly_what_serde_accepts() {
    let mut all = Vec::new();
    all.extend(checks::<HttpStatus>(registry_cases::<HttpStatus>()));
    all.extend(checks::<StatusCode>(open_cases::<StatusCode>()));
    all.extend(checks::<ApiError>(registry_cases::<ApiError>()));
    all.extend(checks::<ApiErrorCode>(open_cases::<ApiErrorCode>()));
    all.extend(checks::<Edge>(registry_cases::<Edge>()));
    all.extend(checks::<EdgeCode>(open_cases::<EdgeCode>()));
    all.extend(checks::<Api>(registry_cases::<Api>()));
    all.extend(checks::<ApiCode>(open_cases::<ApiCode>()));
    all.extend(checks::<Signed>(registry_cases::<Signed>()));
    all.extend(checks::<SignedCode>(open_cases::<SignedCode>()));
    all.extend(checks::<Wide>(registry_cases::<Wide>()));
    all.extend(checks::<WideCode>(open_cases::<WideCode>()));
    // The registries the crate ships beyond HTTP.
    all.extend(checks::<CloseStatus>(registry_cases::<CloseStatus>()));
    all.extend(checks::<CloseCode>(open_cases::<CloseCode>()));
    all.extend(checks::<GrpcStatus>(registry_cases::<GrpcStatus>()));
    all.extend(checks::<GrpcCode>(open_cases::<GrpcCode>()));
    all.extend(checks::<DnsRcode>(registry_cases::<DnsRcode>()));
    all.extend(checks::<Rcode>(open_cases::<Rcode>()));
    all.extend(checks::<NginxStatus>(registry_cases::<NginxStatus>()));
    all.extend(checks::<CloudflareStatus>(
        registry_cases::<CloudflareStatus>(),
    ));
    let cases: usize = all
        .iter()
        .map(|check| check["cases"].as_array().unwrap().len())
        .sum();
    assert_eq!(python_check(&all), Ok(cases));
}

#[test]
fn the_validator_tells_a_wrong_schema() {
    // A schema that forgets the aliases: the check must fail on `REQUEST_ENTITY_TOO_LARGE`.
    let mut schema = serde_json::to_value(schemars::schema_for!(HttpStatus)).unwrap();
    let strings = schema["oneOf"].as_array_mut().unwrap().last_mut().unwrap();
    let pattern = strings["pattern"]
        .as_str()
        .unwrap()
        .replace("REQUEST_ENTITY_TOO_LARGE|", "");
    strings["pattern"] = pattern.into();
    let check = json!({
        "name": "HttpStatus without an alias",
        "schema": schema,
        "cases": [["REQUEST_ENTITY_TOO_LARGE", true]],
    });
    let report = python_check(&[check]).unwrap_err();
    assert!(
        report.contains("rejects \"REQUEST_ENTITY_TOO_LARGE\""),
        "{report}"
    );
    // And a schema that is not one.
    let check = json!({
        "name": "not a schema",
        "schema": { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": 7 },
        "cases": [],
    });
    assert!(python_check(&[check]).unwrap_err().contains("not valid"));
}

#[test]
fn each_code_has_its_phrase_as_title_and_its_description() {
    let schema = serde_json::to_value(schemars::schema_for!(HttpStatus)).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["title"], "HttpStatus");
    let description = schema["description"].as_str().unwrap();
    assert!(description.starts_with("An HTTP status code: the codes of CPython's"));
    // Intra-doc links read as their text.
    assert!(
        description.contains("`HttpStatus::from_code` returns `None`"),
        "{description}"
    );
    let codes = schema["oneOf"].as_array().unwrap();
    assert_eq!(codes.len(), HttpStatus::COUNT + 1);
    assert_eq!(
        codes[26],
        json!({
            "type": "integer",
            "const": 404,
            "title": "Not Found",
            "description": "Nothing matches the given URI",
        })
    );
    // An entry without a description has no `description`.
    let schema = serde_json::to_value(schemars::schema_for!(Signed)).unwrap();
    assert_eq!(
        schema["description"],
        "Signed codes, around zero: `ZERO` is one (of five)."
    );
    assert_eq!(
        schema["oneOf"][2],
        json!({ "type": "integer", "const": 0, "title": "Zero" })
    );
    // A type without docs has no `description`; an open code type without its own has the
    // window's.
    assert!(schemars::schema_for!(Wide).get("description").is_none());
    let schema = serde_json::to_value(schemars::schema_for!(WideCode)).unwrap();
    assert_eq!(
        schema["description"],
        "Any code in `10..=18446744073709551615`, registered in `Wide` or not."
    );
}

#[test]
fn an_open_code_type_names_its_known_codes_and_holds_its_window() {
    let schema = serde_json::to_value(schemars::schema_for!(StatusCode)).unwrap();
    let alternatives = schema["anyOf"].as_array().unwrap();
    assert_eq!(alternatives.len(), HttpStatus::COUNT + 2);
    assert_eq!(alternatives[0]["const"], 100);
    assert_eq!(alternatives[0]["title"], "Continue");
    let window = &alternatives[HttpStatus::COUNT];
    assert_eq!(
        (&window["minimum"], &window["maximum"]),
        (&json!(100), &json!(999))
    );
}

#[test]
fn utoipa_writes_the_same_schema() {
    // utoipa's model has no `const`: a one-value `enum` says the same.
    fn with_consts_as_enums(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if let Some(constant) = map.remove("const") {
                    map.insert("enum".into(), json!([constant]));
                }
                map.values_mut().for_each(with_consts_as_enums);
            }
            Value::Array(items) => items.iter_mut().for_each(with_consts_as_enums),
            _ => {}
        }
    }
    let mut schemars = serde_json::to_value(schemars::schema_for!(HttpStatus)).unwrap();
    schemars.as_object_mut().unwrap().remove("$schema");
    with_consts_as_enums(&mut schemars);
    let utoipa = serde_json::to_value(HttpStatus::schema()).unwrap();
    assert_eq!(utoipa, schemars);
    // An open code type's too, but for the title, which utoipa's `anyOf` lacks (the component's
    // name says it).
    let mut schemars = serde_json::to_value(schemars::schema_for!(ApiErrorCode)).unwrap();
    for key in ["$schema", "title"] {
        schemars.as_object_mut().unwrap().remove(key);
    }
    with_consts_as_enums(&mut schemars);
    assert_eq!(
        serde_json::to_value(ApiErrorCode::schema()).unwrap(),
        schemars
    );
    assert_eq!(<HttpStatus as utoipa::ToSchema>::name(), "HttpStatus");
    assert_eq!(<ApiErrorCode as utoipa::ToSchema>::name(), "ApiErrorCode");
}

#[test]
fn a_registry_is_a_referenced_definition() {
    #[derive(schemars::JsonSchema)]
    #[allow(dead_code)]
    struct Reply {
        status: HttpStatus,
        upstream: Option<StatusCode>,
    }
    let schema = serde_json::to_value(schemars::schema_for!(Reply)).unwrap();
    assert_eq!(schema["properties"]["status"]["$ref"], "#/$defs/HttpStatus");
    assert_eq!(schema["$defs"]["HttpStatus"]["title"], "HttpStatus");
    assert_eq!(schema["$defs"]["StatusCode"]["title"], "StatusCode");
    assert_eq!(
        <HttpStatus as JsonSchema>::schema_id(),
        "status_registry::http::HttpStatus"
    );
}

#[test]
fn a_problem_schema_holds_every_problem_its_catalogue_writes() {
    use status_registry::problem::Problem;

    fn written<C>(detail: bool) -> Vec<(Value, bool)>
    where
        C: status_registry::problem::Catalogue + Registry,
        C::Open: From<C>,
    {
        C::iter()
            .map(|entry| {
                let problem = Problem::new(entry);
                let problem = if detail {
                    problem
                        .with_detail("it went wrong")
                        .with_instance("/orders/7")
                        .with_extension("order_id", 7)
                        .unwrap()
                } else {
                    problem
                };
                (serde_json::to_value(problem).unwrap(), true)
            })
            .collect()
    }
    let mut catalogue = written::<ApiError>(false);
    catalogue.extend(written::<ApiError>(true));
    // A code of no entry, a status no entry has, a title that is no string, no code.
    let wrong = [
        json!({ "type": "https://shop.example.com/problems/user-not-found", "status": 404, "title": "User not found", "code": 40499 }),
        json!({ "type": "https://shop.example.com/problems/user-not-found", "status": 418, "title": "User not found", "code": 40401 }),
        json!({ "type": "https://shop.example.com/problems/user-not-found", "status": 404, "title": 7, "code": 40401 }),
        json!({ "type": "https://shop.example.com/problems/user-not-found", "status": 404, "title": "User not found" }),
    ];
    catalogue.extend(wrong.into_iter().map(|body| (body, false)));
    let mut about_blank = written::<HttpStatus>(true);
    about_blank.push((
        json!({ "type": "about:blank", "status": 299, "title": "?" }),
        false,
    ));
    let checks = [
        json!({
            "name": "Problem<ApiError>",
            "schema": schemars::schema_for!(Problem<ApiError>),
            "cases": catalogue,
        }),
        json!({
            "name": "Problem<ApiError> (utoipa)",
            "schema": <Problem<ApiError> as PartialSchema>::schema(),
            "cases": catalogue,
        }),
        json!({
            "name": "Problem<HttpStatus>",
            "schema": schemars::schema_for!(Problem<HttpStatus>),
            "cases": about_blank,
        }),
    ];
    let count = catalogue.len() * 2 + about_blank.len();
    assert_eq!(python_check(&checks), Ok(count));
    assert_eq!(
        <Problem<ApiError> as utoipa::ToSchema>::name(),
        "ApiErrorProblem"
    );
    let schema = schemars::schema_for!(Problem<HttpStatus>);
    assert!(schema.get("properties").unwrap().get("code").is_none());
}
