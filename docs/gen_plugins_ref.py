"""Write the hook and decision-type reference in docs/plugins.md from the docstrings in
anonchat/hookspecs.py and anonchat/decisions.py, so the code is the one source of truth.

Run `python docs/gen_plugins_ref.py` after changing a hookspec or a decision type;
tests/test_plugins.py fails while docs/plugins.md is out of date.
"""

import dataclasses
import inspect
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anonchat import decisions, hookspecs  # noqa: E402 (the path above makes it importable)

DOCS = ROOT / "docs" / "plugins.md"


def markdown(docstring):
    """reST-flavoured docstring (`:param x:`, `:returns:`, `Example::` blocks) → Markdown."""
    out, code = [], None
    for line in inspect.cleandoc(docstring).replace("``", "`").splitlines():
        if code is not None:
            if line.startswith("    ") or not line.strip():
                code.append(line[4:])
                continue
            out += ["```python", *"\n".join(code).strip("\n").splitlines(), "```", ""]
            code = None
        field = re.match(r":(param (\w+)|returns):\s*(.*)", line)
        if field:
            name = field.group(2)
            out.append(f"- `{name}`: {field.group(3)}" if name else f"- **Returns:** {field.group(3)}")
        elif line.startswith("    ") and out and out[-1].startswith("- "):
            out[-1] += " " + line.strip()  # a field's continuation line
        elif line.rstrip().endswith("::"):
            out += [line.rstrip()[:-1], ""]
            code = []
        else:
            out.append(line)
    if code is not None:
        out += ["```python", *"\n".join(code).strip("\n").splitlines(), "```"]
    return "\n".join(out).strip()


def signature(spec):
    """The hook's signature with its types, as written in hookspecs.py (without the quotes that
    postponed annotations put around them)."""
    return str(inspect.signature(spec)).replace("'", "")


def hooks():
    parts = []
    for name, spec in vars(hookspecs).items():
        if name.startswith("anonchat_"):
            first = " — *firstresult*" if spec.anonchat_spec.get("firstresult") else ""
            parts.append(f"### `{name}{signature(spec)}`{first}\n\n{markdown(spec.__doc__)}\n")
    return "\n".join(parts)


def decision_types():
    parts = []
    for name, cls in vars(decisions).items():
        if dataclasses.is_dataclass(cls) and cls.__module__ == decisions.__name__:
            signature = str(inspect.signature(cls)).removesuffix(" -> None")
            parts.append(f"### `{name}{signature}`\n\n{markdown(cls.__doc__)}\n")
    return "\n".join(parts)


SECTIONS = {"hooks": hooks, "decisions": decision_types}


def update(text):
    """`text` with every generated section rewritten."""
    for name, render in SECTIONS.items():
        begin, end = f"<!-- generated: {name} -->", f"<!-- end generated: {name} -->"
        before, rest = text.split(begin, 1)
        _, after = rest.split(end, 1)
        text = f"{before}{begin}\n\n{render()}\n{end}{after}"
    return text


if __name__ == "__main__":
    DOCS.write_text(update(DOCS.read_text()))
    print(f"wrote {DOCS.relative_to(ROOT)}")
