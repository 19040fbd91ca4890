"""Checks an OpenAPI document with `openapi-spec-validator` and Python's `jsonschema`, validators
that are not ours, for examples/openapi.rs's test.

Usage: python3 check_openapi.py < {"document": ..., "bodies": [[path, status, body], ...]}

The document must be valid OpenAPI 3.1. Every named example of an `application/problem+json`
response must validate against that response's schema, and so must each body the service
answered with: the body of `status` at `path` against the schema its document gives for it.
Prints how many examples and bodies it checked, or why one failed, and exits with 1.
"""
import json
import sys

import jsonschema
from openapi_spec_validator import validate

MEDIA_TYPE = "application/problem+json"

given = json.load(sys.stdin)
document = given["document"]
validate(document)
if not document["openapi"].startswith("3.1."):
    sys.exit(f"not an OpenAPI 3.1 document: {document['openapi']}")


def resolve(schema):
    """The schema with its `$ref`s to the document's components resolved, as a resource."""
    return {**schema, "components": document.get("components", {})}


def validator(schema):
    resource = resolve(schema)
    jsonschema.Draft202012Validator.check_schema(resource)
    return jsonschema.Draft202012Validator(resource)


checked = 0
for path, methods in document["paths"].items():
    for method, operation in methods.items():
        for status, response in operation.get("responses", {}).items():
            content = response.get("content", {}).get(MEDIA_TYPE)
            if content is None:
                continue
            check = validator(content["schema"])
            for name, example in content.get("examples", {}).items():
                check.validate(example["value"])
                checked += 1

for path, status, body in given["bodies"]:
    response = document["paths"][path]["get"]["responses"][str(status)]
    validator(response["content"][MEDIA_TYPE]["schema"]).validate(body)
    checked += 1

print(checked)
