"""Schemathesis's CLI (`st run ...`), with one guard for CPython 3.11.

CPython 3.11's ast.parse can raise SystemError ("AST constructor recursion depth mismatch") when
Hypothesis describes a filter's lambda for its repr; the description is for display only, so the
guard falls back to the function's name instead of failing the operation with a runtime error.
"""

import sys

from hypothesis.internal import reflection
from hypothesis.strategies._internal import lazy

_describe = reflection.get_pretty_function_description


def _guarded(f):
    try:
        return _describe(f)
    except SystemError:
        return getattr(f, "__name__", "<lambda>")


reflection.get_pretty_function_description = _guarded
lazy.get_pretty_function_description = _guarded

from schemathesis.cli import schemathesis  # noqa: E402

if __name__ == "__main__":
    sys.argv[0] = "st"
    sys.exit(schemathesis())
