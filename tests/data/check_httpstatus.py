"""Checks an exported HTTPStatus the way CPython's test suite checks http.HTTPStatus: the
standard library's own `enum._test_simple_enum` compares it with an IntEnum built here, as
CPython builds HTTPStatus (a `__new__` taking the value, phrase and description, one `is_*`
property per class, each alias right after its member), from `python_httpstatus.tsv` beside this
file, the project's copy of CPython's table. Then the codes' range, the `is_*` properties, the
members' attributes and every alias. The enum under test is `HTTPStatus` in the module
`http_status` in DIRECTORY. Exits with 1 if any check fails.

Usage: python3 check_httpstatus.py DIRECTORY
"""
import csv
import enum
import importlib
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = {
    "informational": (100, 199),
    "success": (200, 299),
    "redirection": (300, 399),
    "client_error": (400, 499),
    "server_error": (500, 599),
}


def table():
    with open(os.path.join(HERE, "python_httpstatus.tsv"), newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def aliases(row):
    return [alias.strip() for alias in row["aliases"].split(",") if alias.strip()]


def expected_enum(rows):
    """CPython's HTTPStatus as an IntEnum, built from the table."""

    def new_member(cls, value, phrase, description=""):
        member = int.__new__(cls, value)
        member._value_ = value
        member.phrase = phrase
        member.description = description
        return member

    def in_class(low, high):
        return property(lambda self: low <= self <= high)

    bases = (enum.IntEnum,)
    namespace = type(enum.IntEnum).__prepare__("CheckedHTTPStatus", bases)
    namespace["__new__"] = new_member
    for name, (low, high) in CLASSES.items():
        namespace["is_" + name] = in_class(low, high)
    for row in rows:
        value = (int(row["code"]), row["phrase"], row["description"])
        namespace[row["name"]] = value
        for alias in aliases(row):
            namespace[alias] = value
    return type(enum.IntEnum)("CheckedHTTPStatus", bases, namespace)


class HTTPStatusChecks(unittest.TestCase):
    def test_simple_httpstatus(self):
        enum._test_simple_enum(expected_enum(ROWS), HTTPStatus)

    def test_httpstatus_range(self):
        for member in HTTPStatus.__members__.values():
            self.assertGreaterEqual(member, 100)
            self.assertLessEqual(member, 599)

    def test_httpstatus_category(self):
        for member in HTTPStatus.__members__.values():
            for name, (low, high) in CLASSES.items():
                self.assertEqual(getattr(member, "is_" + name), low <= member <= high, (member, name))

    def test_dir_with_added_behavior_on_status(self):
        self.assertTrue({"description", "name", "phrase", "value"} <= set(dir(HTTPStatus(404))))

    def test_members_in_order(self):
        self.assertEqual([member.name for member in HTTPStatus], [row["name"] for row in ROWS])

    def test_aliases(self):
        for row in ROWS:
            member = HTTPStatus[row["name"]]
            for alias in aliases(row):
                self.assertIs(HTTPStatus[alias], member)
                self.assertIs(getattr(HTTPStatus, alias), member)
                self.assertEqual(HTTPStatus(member.value).name, row["name"])


if __name__ == "__main__":
    sys.path.insert(0, sys.argv[1])
    HTTPStatus = importlib.import_module("http_status").HTTPStatus
    ROWS = table()
    result = unittest.main(argv=["check_httpstatus"], exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() and result.testsRun == 6 else 1)
