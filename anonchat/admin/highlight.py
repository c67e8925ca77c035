"""Matched spans, made safe to show: user text is split into plain segments here, and the template
wraps the hit segments in <mark>. Every segment is still escaped by Jinja; no markup is ever built
from user text in Python."""


def segments(text, hits):
    """[(segment, label or None)] covering `text` in order; `label` names the hits on that segment.

    `hits` are dicts or objects with `start`, `end`, `pack`, `category`. Spans outside the text or
    empty are ignored; overlapping spans merge into one marked segment.
    """
    spans = []
    for hit in hits or ():
        get = hit.get if isinstance(hit, dict) else lambda k, h=hit: getattr(h, k, None)
        start, end = get("start"), get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        start, end = max(0, start), min(len(text), end)
        if start < end:
            spans.append((start, end, f"{get('category')} ({get('pack')})"))
    spans.sort()
    merged = []
    for start, end, label in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            labels = last[2] if label in last[2] else f"{last[2]}, {label}"
            merged[-1] = (last[0], max(last[1], end), labels)
        else:
            merged.append((start, end, label))
    out, pos = [], 0
    for start, end, label in merged:
        if pos < start:
            out.append((text[pos:start], None))
        out.append((text[start:end], label))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def with_segments(messages):
    """Message rows (dicts from `queries`) with their `segments` and hit `labels` added."""
    for m in messages:
        m["segments"] = segments(m["content"], m["hits"])
        m["labels"] = sorted({f"{h.get('category')} / {h.get('pack')}" for h in m["hits"] if isinstance(h, dict)})
    return messages
