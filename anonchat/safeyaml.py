"""A YAML loader with a bounded cost, for files an operator (or an attacker) wrote: rule packs and
anonchat.yaml.

PyYAML's safe loader refuses code, but not size: 457 bytes of nested aliases ("billion laughs")
name billions of values, and anything that walks or prints them (an error message, a repr) takes
gigabytes; a few thousand `[` recurse past Python's stack. `BoundedLoader` refuses both while the
document is composed, before anything walks it, with a mark so the error names the line:

- nesting deeper than `MAX_DEPTH` collections;
- aliases that together stand for more than `MAX_ALIASED` values and characters (an alias counts
  everything it expands to, aliases inside it included), and an alias to the node it is inside;
- a value Python cannot build (an integer of 5,000 digits, 2024-02-30) is a YAML error at its
  line, not a ValueError from deep inside the constructor.
"""

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError

MAX_DEPTH = 32
MAX_ALIASED = 100_000


class BoundedLoader(yaml.SafeLoader):
    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0
        self._aliased = 0
        self._weights = {}  # id(node) -> values and characters it stands for, once it is complete

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            node = self.anchors.get(event.anchor)
            if node is not None:
                weight = self._weights.get(id(node))
                if weight is None:
                    raise ComposerError(None, None, f"alias *{event.anchor} is inside the value it names",
                                        event.start_mark)
                self._aliased += weight
                if self._aliased > MAX_ALIASED:
                    raise ComposerError(None, None, f"aliases expand to more than {MAX_ALIASED} values and "
                                        "characters; write the values out instead", event.start_mark)
            return super().compose_node(parent, index)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", self.peek_event().start_mark)
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        self._weights[id(node)] = self._weight(node)
        return node

    def _weight(self, node):
        if isinstance(node, yaml.ScalarNode):
            return 1 + len(node.value)
        children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
        return 1 + sum(self._weights[id(child)] for child in children)

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as e:
            raise ConstructorError(None, None, f"cannot read this value: {str(e).split(';')[0]}", node.start_mark) from None


def load(text, loader=BoundedLoader):
    """(root node, data) of a one-document YAML text; (None, None) when it is empty."""
    instance = loader(text)
    try:
        node = instance.get_single_node()
        return node, (instance.construct_document(node) if node is not None else None)
    finally:
        instance.dispose()
