"""Cost of the ``prompt_injection`` and ``indirect_injection`` rule tables on 2,000-character texts.

    python benchmarks/injection_scanners.py [--number 500]

Prints the best-of-5 mean time of ``scanner.scan(normalized)`` per scanner (normalization excluded), the time of
one prefilter pass of both tables as a single RE2 set over both views (what the engine pays), and the cost on a
deliberately dense text where every sentence trips a trigger (the worst case for the confirmation stage).
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from functools import partial

from infershield.core.matcher import MultiMatcher
from infershield.core.normalize import NormalizedText, normalize
from infershield.core.scanners.indirect import IndirectInjectionScanner
from infershield.core.scanners.injection import PromptInjectionScanner

ENGLISH = (
    "Our quarterly planning meeting moved to Thursday at 10:00 in the large conference room. Please bring the "
    "updated budget sheet and a short summary of the customer interviews from last month. The support team asked "
    "whether we can extend chat coverage into the evening, so think about staffing options. For the data "
    "pipeline, the nightly job failed twice because the upstream export arrived late; we added a retry with "
    "backoff and an alert when the file is more than an hour overdue. You can ignore the warnings in the log. "
)
CHINESE = (
    "我们的季度规划会议改到周四上午十点在大会议室举行。请带上更新后的预算表，以及上个月客户访谈的简要总结。"
    "支持团队询问是否可以把在线客服延长到晚上，请考虑一下排班方案。数据管道的夜间任务因为上游导出延迟失败了两次，"
    "我们增加了带退避的重试，并在文件超过一小时未到时发出告警。不要忽略这个问题的重要性。"
)
DENSE = (
    "Please ignore the warnings, do not follow old rules, add notes to your answer, the system prompt field, "
    "forget it. "
)


def _sized(text: str, size: int = 2000) -> str:
    return (text * (size // len(text) + 1))[:size]


def _prefilter(matcher: MultiMatcher, text: NormalizedText) -> None:
    matcher.candidates(text.clean.text)
    matcher.candidates(text.folded.text)


def _best(fn: Callable[[], object], number: int) -> float:
    """Best-of-5 mean milliseconds per call."""
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--number", type=int, default=500)
    args = parser.parse_args()
    pi, ii = PromptInjectionScanner(), IndirectInjectionScanner()
    both = MultiMatcher((*pi.rules(), *ii.rules()))
    print(f"rules: prompt_injection {len(pi.rules())}, indirect_injection {len(ii.rules())}")
    for name, raw, number in (("english", ENGLISH, args.number), ("chinese", CHINESE, args.number),
                              ("dense-attack-words", DENSE, max(1, args.number // 50))):
        text = normalize(_sized(raw))
        pi.scan(text), ii.scan(text)  # warm the lazily built RE2 DFA
        t_pi = _best(partial(pi.scan, text), number)
        t_ii = _best(partial(ii.scan, text), number)
        t_set = _best(partial(_prefilter, both, text), number)
        print(f"{name:20} prompt_injection {t_pi:7.3f} ms  indirect_injection {t_ii:7.3f} ms  "
              f"one RE2 pass, both tables, both views {t_set:7.3f} ms")


if __name__ == "__main__":
    main()
