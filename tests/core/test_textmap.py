from infershield.core.textmap import Edit, MappedText
from infershield.core.types import Span


def test_identity_maps_positions() -> None:
    text = MappedText.identity("abc")
    assert text.span(1, 3) == Span(1, 3)
    assert text.apply([]) is text


def test_composed_edits_map_to_original() -> None:
    base = MappedText.identity("a--b--c")
    once = base.apply([Edit(1, 3, ""), Edit(4, 6, "")])
    assert once.text == "abc"
    assert once.span(1, 2) == Span(3, 4)
    twice = once.apply([Edit(0, 1, "xy", (0, 0))])
    assert twice.text == "xybc"
    assert twice.span(0, 2) == Span(0, 1)
    assert twice.span(3, 4) == Span(6, 7)


def test_empty_span_maps_to_a_point() -> None:
    text = MappedText.identity("a-b").apply([Edit(1, 2, "")])
    assert text.span(1, 1) == Span(2, 2)
    assert text.span(2, 2) == Span(3, 3)
