"""Runs CPython's checks of http.HTTPStatus (cpython_checked_httpstatus.py) on an exported
HTTPStatus, then looks up each of its aliases; exits with 1 if any fails.

Usage: python3 check_cpython_httpstatus.py DIRECTORY ALIASES_JSON
"""
import importlib
import json
import os
import sys
import unittest

directory, aliases = sys.argv[1:3]
sys.path[:0] = [directory, os.path.dirname(os.path.abspath(__file__))]
import cpython_checked_httpstatus as cpython

HTTPStatus = importlib.import_module("http_status").HTTPStatus
cpython.HTTPStatus = HTTPStatus
result = unittest.main(module=cpython, argv=["cpython"], exit=False, verbosity=2).result

failed = not result.wasSuccessful() or result.testsRun != 4
for alias, name in json.loads(aliases).items():
    member = HTTPStatus[name]
    found = (HTTPStatus[alias], getattr(HTTPStatus, alias), HTTPStatus(member.value))
    if any(value is not member for value in found) or found[0].name != name:
        print(f"alias {alias}: {found!r}, not {member!r}", file=sys.stderr)
        failed = True
sys.exit(1 if failed else 0)
