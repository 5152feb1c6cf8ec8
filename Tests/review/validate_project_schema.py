#!/usr/bin/env python3
"""Validate project files (YAML) against the project-file JSON Schema (draft-07) of `jixiao schema`.

Usage: validate_project_schema.py SCHEMA FILE...
Each YAML file is read with PyYAML's BaseLoader, which keeps every scalar as a string, as jixiao's
parser does (so `no` stays `no` and `2022` stays `2022`). Prints a JSON object {file: [messages]}:
an empty list means the file is valid. Exit status 0 when all files are valid, 1 otherwise.
Needs: pip install jsonschema pyyaml
"""
import json
import sys

import jsonschema
import yaml


def describe(error):
    """The error's place and message; for anyOf/oneOf, the most relevant error inside it."""
    if error.context:
        error = jsonschema.exceptions.best_match(error.context)
    return "/" + "/".join(str(part) for part in error.absolute_path) + ": " + error.message


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    verdicts = {}
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8-sig") as handle:
                document = yaml.load(handle, Loader=yaml.BaseLoader)
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            verdicts[path] = [f"unreadable: {error}"]
            continue
        verdicts[path] = [describe(error) for error in validator.iter_errors(document)]
    json.dump(verdicts, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    print()
    return 1 if any(verdicts.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
