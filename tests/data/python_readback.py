"""Imports a module that status-registry exported and prints what Python reads in it, as JSON,
for tests/exports.rs to compare with the registry.

Usage: python3 python_readback.py DIRECTORY MODULE CLASS EXPECTED_DOC_JSON PROPERTIES_JSON
"""
import enum
import importlib
import inspect
import json
import sys

directory, module_name, class_name, expected_doc, properties = sys.argv[1:6]
sys.path.insert(0, directory)
registry = getattr(importlib.import_module(module_name), class_name)
assert issubclass(registry, enum.IntEnum), registry
properties = json.loads(properties)

members = []
for member in registry:
    members.append({
        "name": member.name,
        "value": member.value,
        "int": int(member),
        "phrase": member.phrase,
        "description": member.description,
        "by_value": registry(member.value).name,
        "by_name": registry[member.name].name,
        "properties": {name: getattr(member, name) for name in properties},
    })
aliases = {
    name: member.name
    for name, member in registry.__members__.items()
    if name != member.name
}
print(json.dumps({
    "members": members,
    "aliases": aliases,
    "doc_matches": inspect.cleandoc(registry.__doc__) == inspect.cleandoc(json.loads(expected_doc)),
}))
