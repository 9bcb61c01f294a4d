"""Schemathesis's CLI (`st run ...`), with one guard for CPython 3.11 and one media type it lacks.

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

import schemathesis as _st  # noqa: E402
from hypothesis import strategies as _strategies  # noqa: E402
from schemathesis.cli import schemathesis  # noqa: E402

# A Word template's upload (the paperwork's DOCX templates): any bytes, some of them starting as a zip does,
# so that the server's refusal of a broken DOCX (422) is reached as well as that of a non-zip one.
_st.openapi.media_type(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    _strategies.one_of(_strategies.binary(min_size=1), _strategies.binary().map(lambda b: b"PK\x03\x04" + b)),
)

if __name__ == "__main__":
    sys.argv[0] = "st"
    sys.exit(schemathesis())
