import pytest

from infershield.eval.metrics import Confusion, SpanCounts, count_spans, percentile, roc


def test_confusion_rates() -> None:
    c = Confusion()
    for attack, flagged in [(True, True), (True, True), (True, False), (False, False), (False, True),
                            (False, False), (False, False)]:
        c.add(attack, flagged)
    assert c.as_dict() == {"n": 7, "tp": 2, "fp": 1, "tn": 3, "fn": 1, "tpr": 0.6667, "fpr": 0.25,
                           "precision": 0.6667, "f1": 0.6667}


def test_confusion_without_positives_has_no_tpr() -> None:
    c = Confusion()
    c.add(False, False)
    m = c.as_dict()
    assert (m["tpr"], m["fpr"], m["precision"], m["f1"]) == (None, 0.0, None, None)


def test_roc_perfect_and_random() -> None:
    perfect = roc([(True, 90), (True, 85), (False, 10), (False, 0)])
    assert perfect["auc"] == 1.0
    assert perfect["tpr_at_fpr"]["1%"] == 1.0
    inverted = roc([(True, 0), (False, 90)])
    assert inverted["auc"] == 0.0
    assert roc([(True, 50)])["auc"] is None


def test_roc_tpr_at_fpr_respects_the_budget() -> None:
    scores = [(True, r) for r in (95, 90, 60, 30)] + [(False, r) for r in [70] + [0] * 99]
    curve = roc(scores)
    assert curve["tpr_at_fpr"]["0.5%"] == 0.5  # threshold 71..90 admits no false positive
    assert curve["tpr_at_fpr"]["1%"] == 1.0  # threshold 30 admits only the one at 70 (1 %)


def test_span_counts() -> None:
    counts: dict[str, SpanCounts] = {}
    count_spans(counts, [("EMAIL_ADDRESS", 0, 10), ("PHONE_NUMBER", 20, 30)],
                [("EMAIL_ADDRESS", 2, 8), ("CREDIT_CARD", 40, 56)])
    assert counts["EMAIL_ADDRESS"].as_dict() == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert counts["PHONE_NUMBER"].as_dict()["recall"] == 0.0
    assert counts["CREDIT_CARD"].as_dict() == {"precision": 0.0, "recall": None, "f1": None, "support": 0}


@pytest.mark.parametrize(("q", "expected"), [(0.5, 3.0), (0.99, 5.0), (0.0, 1.0)])
def test_percentile(q: float, expected: float) -> None:
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], q) == expected
    assert percentile([], q) == 0.0
