#!/usr/bin/env python3
"""Validates EPCIS 2.0 JSON-LD documents against GS1's official EPCIS JSON schema, offline.

    scripts/epcis-json-check.py SCHEMA.json FILE...

SCHEMA is GS1's inlined `EPCIS-JSON-Schema.json` (draft-07, every $ref internal). Each FILE is
checked with format checking on (`jsonschema[format-nongpl]`: without its extras, jsonschema
silently skips the `uri` and `date-time` checks that refuse XML-style CBV URNs, misspelt CBV
words and times without a zone), and its `@context` must name GS1's EPCIS 2.0 context (the
schema accepts any context). Prints `FILE: valid`, or `FILE: <path>: <message>` for every
problem. Exit codes: 0 all valid; 1 a document is invalid; 2 the check cannot run (jsonschema
or its format checkers missing, unreadable file).
"""
import json
import sys

GS1_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"
INSTALL = "pip install 'jsonschema[format-nongpl]'"


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        from jsonschema import Draft7Validator
    except ImportError:
        print(f"epcis-json-check: jsonschema is not installed: {INSTALL}", file=sys.stderr)
        return 2
    checker = Draft7Validator.FORMAT_CHECKER
    # jsonschema registers a format only when the library that checks it is importable.
    missing = [name for name in ("uri", "date-time") if name not in checker.checkers]
    if missing:
        print(f"epcis-json-check: no checker for format {', '.join(missing)}: {INSTALL}", file=sys.stderr)
        return 2
    try:
        with open(arguments[0], encoding="utf-8") as file:
            validator = Draft7Validator(json.load(file), format_checker=checker)
    except (OSError, ValueError) as error:
        print(f"epcis-json-check: cannot read the schema {arguments[0]}: {error}", file=sys.stderr)
        return 2
    invalid = False
    for name in arguments[1:]:
        try:
            with open(name, encoding="utf-8") as file:
                document = json.load(file)
        except (OSError, ValueError) as error:
            print(f"epcis-json-check: cannot read {name}: {error}", file=sys.stderr)
            return 2
        problems = [
            f"{error.json_path}: {error.message}"
            for error in sorted(validator.iter_errors(document), key=lambda error: list(map(str, error.path)))
        ]
        context = document.get("@context") if isinstance(document, dict) else None
        contexts = context if isinstance(context, list) else [context]
        if GS1_CONTEXT not in contexts:
            problems.append(f"$['@context']: does not name GS1's EPCIS 2.0 context {GS1_CONTEXT}")
        if problems:
            invalid = True
            for problem in problems:
                print(f"{name}: {problem}")
        else:
            print(f"{name}: valid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
