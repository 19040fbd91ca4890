"""Checks JSON Schemas and values with Python's `jsonschema`, a validator that is not ours, for
tests/schemas.rs.

Reads from standard input a JSON array of {"name", "schema", "cases": [[value, accepted], ...]}.
Each schema must be valid against the meta-schema of the draft it declares (`$schema`; a schema
of an OpenAPI 3.1 document, which declares none, is of OpenAPI's default dialect, 2020-12), and
each value must validate exactly when serde accepted it (`accepted`). Prints the number of values
checked, or every disagreement on standard error and exits with 1.
"""
import json
import sys

import jsonschema

failures = []
checked = 0
for item in json.load(sys.stdin):
    schema = item["schema"]
    validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as error:
        failures.append(f"{item['name']}: the schema is not valid: {error.message}")
        continue
    validator = validator_class(schema)
    for value, accepted in item["cases"]:
        checked += 1
        valid = validator.is_valid(value)
        if valid != accepted:
            verdict = "accepts" if valid else "rejects"
            failures.append(f"{item['name']}: the schema {verdict} {json.dumps(value)}, which serde {'accepts' if accepted else 'rejects'}")

if failures:
    print("\n".join(failures[:50]), file=sys.stderr)
    sys.exit(1)
print(checked)
