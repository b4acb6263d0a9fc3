"""Scanner family ``shell``: destructive commands and command-injection / remote-execution shapes.

Two kinds:

* ``shell.destructive`` — ``rm -rf /`` (or ``~``, ``*``, a top-level system directory), ``mkfs``, ``dd`` onto a
  disk, fork bombs, ``chmod -R 777 /``, writes to raw devices, shutdown/reboot, shadow-copy deletion, force
  pushes to a main branch. Targets matter: ``rm -rf node_modules`` or ``rm -rf /var/lib/apt/lists/*`` are not
  findings at all.
* ``shell.injection`` — reverse shells, PowerShell ``-enc`` and ``IEX … DownloadString``, pipe-to-shell from
  an untrusted source, download-and-execute, command chaining or substitution after a quote or a value,
  reading ``/etc/shadow`` or path traversal, secrets sent with ``curl``/``nc``/``scp``.

Scores follow the target and the source: a pipe-to-shell from a raw IP scores 0.9, the official ``https``
installer one-liner 0.4. A command under discussion ("what does … do", "never run …") scores lower; one
inside a tool call (the engine scans each call as a line ``name {arguments}``) is about to run and scores
0.15 higher. Rules run on the ``clean`` view.
"""

from __future__ import annotations

import regex

from infershield.core.normalize import NormalizedText
from infershield.core.rules import Check, Rule, Validator, ViewName
from infershield.core.scanners.base import RuleScanner, strongest_per_kind
from infershield.core.types import Finding

_DESTRUCTIVE = "shell.destructive"
_INJECTION = "shell.injection"

_END = r"(?=$|[\s;&|\"'`)])"
_SYSDIR = r"(?:etc|usr|bin|sbin|boot|var|lib|lib64|home|root|opt|srv|sys|proc|dev)"
_SENSITIVE = (
    r"(?:(?:[\w.~$/{}-]*/)?(?:\.ssh/[\w.-]+|id_(?:rsa|dsa|ecdsa|ed25519)\b|\.aws/credentials|\.git-credentials"
    r"|\.netrc|\.kube/config|\.bash_history|\.docker/config\.json|\.pgpass|\.npmrc|\.pypirc|\.env\b"
    r"|credentials\.json|wallet\.dat)|/etc/(?:shadow|passwd|sudoers)\b)"
)
_DISCUSSION = regex.compile(
    r"\b(?:how\s+(?:do|can|does|would|should|could)|what\s+(?:does|is|are|happens|would)|why\s+(?:is|does|would)"
    r"|explain\w*|tutorial|never\s+(?:run|type|execute)|(?:don'?t|do\s+not)\s+(?:run|type|execute|ever)|dangerous"
    r"|accidentally|is\s+(?:it|this)\s+safe|detection\s+rule|yara|sigma\s+rule|blue\s+team)\b",
    regex.IGNORECASE,
)
_TOOL_LINE = regex.compile(r"[\w.:-]{1,80} [\[{]")
_SCHEDULED = regex.compile(r"crontab|/etc/cron|(?:[\d*/,-]+\s+){4}[\d*/,-]+\s|systemd-run\s+--on|schtasks|\bat\s+now\b")
_IP_URL = regex.compile(r"\b(?:https?|ftp)://(?:\d{1,3}\.){3}\d{1,3}\b|(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?/")
_PLAIN_HTTP = regex.compile(r"\bhttp://(?!localhost\b|127\.0\.0\.1\b)", regex.IGNORECASE)
_NAMED_HTTPS = regex.compile(r"\bhttps://[a-z0-9-]+(?:\.[a-z0-9-]+)+", regex.IGNORECASE)
_BREAKOUT = regex.compile(r"(?:['\"]\s*[;&|]+|\$\(|`|(?:\d{1,3}\.){3}\d{1,3}\s*[;&|]+)\s*$")
_MALWARE_WORDS = regex.compile(
    r"xmrig|miner\b|cryptomin\w*|cryptonight|stratum\+tcp|monero|exploit|payload|backdoor|rootkit|keylog\w*"
    r"|malware|stealer|ransom\w*|implant|beacon",
    regex.IGNORECASE,
)
_DOWNLOADER = regex.compile(
    r"urlretrieve|urlopen|requests\.get|httpx\.get|\.request\(\s*['\"]GET|\bwget\b|\bcurl\b|\.download\(",
    regex.IGNORECASE,
)
_SCRIPT = regex.compile(r"(?<![\w./-])(?:[\w./-]{0,80}[\w-]\.(?:py|sh|pl|rb|exe|bin|ps1|js)|\./[\w.-]{1,80})\b")
_NETWORK_SEND = regex.compile(
    r"requests\.(?:post|put)|httpx\.(?:post|put)|urlopen\([^)]*data=|\.request\(\s*['\"](?:POST|PUT)|\.send(?:all|to)?\("
    r"|smtplib|ftplib|storbinary|paramiko|\bcurl\b|\bnc\b"
)


def _clip(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _note(score: float, text: str, match: regex.Match[str], extra: str = "") -> Check:
    start, end = match.span()
    notes = [f"matched '{_clip(match.group())}'"] + ([extra] if extra else [])
    if _DISCUSSION.search(text, max(0, start - 120), min(len(text), end + 40)):
        score = min(score, 0.5)
        notes.append("discussion context lowers score")
    elif _TOOL_LINE.match(text, text.rfind("\n", 0, start) + 1):
        score = min(0.95, score + 0.15)
        notes.append("inside a tool-call argument")
    return Check(round(score, 3), "; ".join(notes))


def _fixed(score: float) -> Validator:
    def check(text: str, match: regex.Match[str]) -> Check | None:
        return _note(score, text, match)

    return check


def _source_risk(command: str, text: str, start: int) -> tuple[float, str]:
    """How untrusted a fetched-and-executed source is: raw IP > plain http > unknown > named https."""
    injected = _BREAKOUT.search(text[max(0, start - 12) : start]) is not None
    if _IP_URL.search(command):
        score, note = 0.9, "source is a raw IP address"
    elif _PLAIN_HTTP.search(command):
        score, note = 0.65, "source is plain http"
    elif _NAMED_HTTPS.search(command):
        score, note = 0.4, "source is a named https host"
    else:
        score, note = 0.45, "source not visible"
    if injected:
        score, note = max(score, 0.85), note + ", chained after a quote or separator"
    return score, note


def _rm(text: str, match: regex.Match[str]) -> Check | None:
    flags = match.group("flags")
    if not regex.search(r"(?:^|\s)-[a-z]*r|--recursive", flags, regex.IGNORECASE):
        return None
    target = match.group("target").replace("\\", "").replace('"', "").replace("'", "")
    if target in ("*", ".*"):
        score = 0.5
    elif "--no-preserve-root" in target or target.rstrip("/*") in ("", "~", "$HOME", "${HOME}"):
        score = 0.9
    else:
        score = 0.85
    return _note(score, text, match)


def _dev_tcp(text: str, match: regex.Match[str]) -> Check | None:
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    interactive = regex.search(r"\b(?:ba)?sh\s+-i\b|[0-9]?>&\s*[0-9]?|\bexec\s+\d+<>", line)
    return _note(0.95 if interactive else 0.85, text, match, "interactive shell on the socket" if interactive else "")


def _dd(text: str, match: regex.Match[str]) -> Check | None:
    line = match.group()
    wipe = regex.search(r"\bif=/dev/(?:zero|u?random)\b", line)
    return _note(0.85 if wipe else 0.6, text, match, "source is zero/random" if wipe else "")


def _fetch_exec(text: str, match: regex.Match[str]) -> Check | None:
    score, note = _source_risk(match.group(), text, match.start())
    if _MALWARE_WORDS.search(text, max(0, match.start() - 200), match.end() + 200):
        score, note = max(score, 0.85), note + ", malware words (miner, exploit, payload…) nearby"
    if _SCHEDULED.search(text, max(0, match.start() - 120), match.end() + 40):
        score, note = max(score, 0.8), note + ", scheduled to run repeatedly (cron)"
    return _note(score, text, match, note)


def _authorized_keys(text: str, match: regex.Match[str]) -> Check | None:
    """A literal key echoed into authorized_keys is a planted key; ``cat id_rsa.pub >> …`` is routine setup."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[max(line_start, match.start() - 600) : match.start()]
    if regex.search(r"\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-\S+)\s+AAAA", before):
        return _note(0.75, text, match, "appends a literal public key")
    if _TOOL_LINE.match(text, line_start):
        return _note(0.6, text, match)
    return None


def _s3_public(text: str, match: regex.Match[str]) -> Check | None:
    bucket_copy = regex.search(r"s3://\S+\s+s3://", match.group()) is not None
    score = 0.75 if bucket_copy else 0.7 if "write" in match.group().casefold() else 0.45
    return _note(score, text, match, "copies a bucket into another one" if bucket_copy else "")


def _fetch_then_run(text: str, match: regex.Match[str]) -> Check | None:
    """A script run here that the same text downloaded earlier."""
    script = _SCRIPT.search(match.group())
    if script is None:
        return None
    name = regex.escape(script.group().rsplit("/", 1)[-1])
    earlier = text[max(0, match.start() - 3000) : match.start()]
    if not regex.search(rf"(?<![\w-]){name}\b", earlier) or not _DOWNLOADER.search(earlier):
        return None
    url = regex.search(r"https?://[^\s'\"]+|\b(?:\d{1,3}\.){3}\d{1,3}\b", earlier)
    score, note = _source_risk(url.group() if url else "", text, match.start())
    if _MALWARE_WORDS.search(text, max(0, match.start() - 400), match.end() + 100):
        score, note = max(score, 0.85), note + ", malware words (miner, exploit, payload…) nearby"
    return _note(max(score, 0.45), text, match, "runs a file downloaded earlier; " + note)


def _secret_send(text: str, match: regex.Match[str]) -> Check | None:
    if not _NETWORK_SEND.search(text, max(0, match.start() - 600), match.end() + 600):
        return None
    return _note(0.85, text, match, "credential file or environment sent over the network")


def _persist(text: str, match: regex.Match[str]) -> Check | None:
    return _note(0.9 if "ld.so.preload" in match.group() else 0.6, text, match)


def _chain(text: str, match: regex.Match[str]) -> Check | None:
    lead = match.group("lead")
    score = 0.85 if lead[:1] in "'\"" or regex.match(r"\d", lead) else 0.7
    return _note(score, text, match, f"chained after '{_clip(lead, 16)}'")


def _substitution(text: str, match: regex.Match[str]) -> Check | None:
    body = match.group("body")
    in_url = regex.search(r"https?://\S*\Z", text[max(0, match.start() - 120) : match.start()]) is not None
    if in_url:
        score = 0.85  # substitution inside a URL: command output sent out
    elif regex.match(rf"(?:nc|ncat|bash\s+-i|sh\s+-i|rm\s+-rf|cat\s+{_SENSITIVE})", body):
        score = 0.75
    elif regex.match(r"(?:curl|wget)\s", body):
        score = 0.45
    else:
        return None  # $(whoami), $(uname -m), $(cat VERSION): everyday shell scripting
    return _note(score, text, match)


def _backtick(text: str, match: regex.Match[str]) -> Check | None:
    before = text[max(0, match.start() - 1) : match.start()]
    if not before or before.isspace() or before in "(*_`":
        return None  # markdown inline code, not a substitution
    return _note(0.7, text, match)


def _rule(rule_id: str, kind: str, pattern: str, score: float, what: str, trigger: str,
          validator: Validator | None = None, *, ignore_case: bool = True) -> Rule:
    return Rule(rule_id, kind, pattern, score, f"{rule_id}: {what}", trigger=trigger, view=ViewName.CLEAN,
                ignore_case=ignore_case, validator=validator or _fixed(score))


_RULES: tuple[Rule, ...] = (
    # --- destructive -------------------------------------------------------------------------------------
    _rule("SH-RM-ROOT", _DESTRUCTIVE,
          rf"\brm\s+(?P<flags>(?:--?\w[\w-]*\s+){{1,6}})(?:[^\s;&|/~*.'\"\\$][^\s;&|]*\s+){{0,4}}"
          rf"(?P<target>(?:--no-preserve-root\s+)?(?:/\*?|~/?\*?|\\?['\"]?\$\{{?HOME\}}?\\?['\"]?/?\*?|\.?\*"
          rf"|/{_SYSDIR}(?:/\*)?/?\*?)){_END}",
          0.9, "recursive rm of /, ~, * or a system directory", r"rm\s+-", _rm),
    _rule("SH-WIN-WIPE", _DESTRUCTIVE,
          r"\b(?:(?:rd|rmdir|del|erase)\s+(?:/[a-z]\s+){1,6}['\"]?[a-z]:\\(?:\*|windows|users)?['\"]?(?=$|\s)"
          r"|remove-item\s+(?:-\w+\s+){0,6}['\"]?(?:[a-z]:\\|/|~)\*?['\"]?\s+(?:-\w+\s*){0,6}-recurse"
          r"|format(?:\.com)?\s+[a-z]:(?=$|\s))",
          0.8, "recursive delete or format of a Windows drive",
          r"(?:rd|rmdir|del|erase)\s+/[a-z]|remove-item\s|format(?:\.com)?\s+[a-z]:"),
    _rule("SH-PY-RMTREE", _DESTRUCTIVE,
          r"\bshutil\.rmtree\(\s*(?:['\"](?:/|~|[a-z]:\\\\)['\"]|os\.path\.expanduser\(\s*['\"]~['\"]\s*\))",
          0.85, "shutil.rmtree of / or the home directory", r"rmtree\("),
    _rule("SH-SYSFILE", _DESTRUCTIVE,
          r"(?:\brm\s+(?:-\w+\s+){0,6}|\bos\.(?:remove|unlink)\(\s*['\"]|\bunlink\s+|(?<![>&\d])>\s*)"
          r"(?:/etc/(?:passwd|shadow|sudoers|fstab)|/boot/\S+|/(?:usr/)?lib(?:64)?/\S*libc\.so\S*|/bin/(?:ba)?sh)\b",
          0.8, "deletes or truncates a critical system file", r"/etc/|/boot/|libc\.so|/bin/"),
    _rule("SH-FIND-DELETE", _DESTRUCTIVE, r"\bfind\s+(?:/|~)\s[^\n;|&]{0,100}?(?:-delete\b|-exec\s+rm\b)",
          0.85, "find from / or ~ that deletes", r"find\s+[/~]\s"),
    _rule("SH-MKFS", _DESTRUCTIVE, r"\b(?:mkfs(?:\.\w+)?|wipefs\s+-a|shred)\s+(?:-\S+\s+){0,4}/dev/\w+",
          0.65, "formats or wipes a block device", r"mkfs|wipefs|shred\s"),
    _rule("SH-DD-DISK", _DESTRUCTIVE,
          r"\bdd\s+[^\n;|&]{0,80}?\bof=/dev/(?:sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d+n\d+|mmcblk\d+|r?disk\d+)\b"
          r"[^\n;|&]{0,60}", 0.6, "dd onto a whole disk", r"of=/dev/", _dd),
    _rule("SH-DEV-WRITE", _DESTRUCTIVE,
          r"(?:(?<![>&\d])>|\btee\s+(?:-a\s+)?)\s*/dev/(?:sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d+n\d+|mem|kmem|port)\b",
          0.85, "redirect onto a raw disk or memory device", r"/dev/(?:sd|hd|vd|xvd|nvme|mem|kmem|port)"),
    _rule("SH-FORK-BOMB", _DESTRUCTIVE,
          r"(?<=(?<![\w:.])(?P<n>[\w:.]{1,20})[ \t]{0,3})\(\)\s*\{\s*(?P=n)\s*\|\s*(?P=n)\s*&\s*\}\s*;\s*(?P=n)",
          0.9, "fork bomb", r"\(\)\s*\{\s*\S+\s*\|\s*\S+\s*&\s*\}"),
    _rule("SH-FORK-BOMB-ALT", _DESTRUCTIVE, r"%0\s*\|\s*%0|while\s+(?:true|1)\s*:\s*\n?\s*os\.fork\(\)",
          0.85, "fork bomb (batch or Python)", r"%0\s*\|\s*%0|os\.fork\(\)"),
    _rule("SH-CHMOD-ROOT", _DESTRUCTIVE,
          rf"\b(?:chmod\s+(?:-\w+\s+){{0,6}}(?:0?777|a\+rwx|ugo\+rwx|o\+w)|chown\s+(?:-\w+\s+){{0,6}}-R\s+\S+)\s+/(?:{_SYSDIR})?/?\*?{_END}",
          0.85, "chmod 777 / chown -R on / or a system directory", r"ch(?:mod|own)\s"),
    _rule("SH-SHUTDOWN", _DESTRUCTIVE,
          r"(?:^|[;&|`(]\s*|\bsudo\s+|\bsystemctl\s+|\b(?:os\.system|subprocess\.\w+)\(\s*\[?\s*f?['\"])(?P<span>shutdown(?:\s+(?:-[hrPcfk]+|/[srft]|now|\+?\d+))+"
          r"|reboot|halt|poweroff|init\s+[06]|[Ss]top-[Cc]omputer|[Rr]estart-[Cc]omputer)(?!['\"]?\s*:)(?=\s*(?:$|[;&|\"'`)]|-[fn]\b|now\b))",
          0.5, "shutdown/reboot command", r"shutdown|reboot|halt|poweroff|init\s+[06]|-[Cc]omputer",
          ignore_case=False),
    _rule("SH-KILL-ALL", _DESTRUCTIVE, r"\bkill\s+-(?:9|kill|sigkill)\s+-1\b", 0.8, "kills every process",
          r"kill\s+-"),
    _rule("SH-SHADOW-COPIES", _DESTRUCTIVE,
          r"\bvssadmin(?:\.exe)?\s+delete\s+shadows|\bwmic\s+shadowcopy\s+delete|\bwbadmin\s+delete\s+(?:catalog|systemstatebackup)"
          r"|\bbcdedit(?:\.exe)?\s+/set\s+\S+\s+recoveryenabled\s+no",
          0.9, "deletes shadow copies / backups / recovery (ransomware)", r"vssadmin|shadowcopy|wbadmin|bcdedit"),
    _rule("SH-GIT-FORCE", _DESTRUCTIVE,
          r"\bgit\s+push\s+(?:[^\n;&|]*\s)?(?:--force(?!-with-lease)|-f)\b[^\n;&|]*?\b(?:main|master|production)\b"
          r"|\bgit\s+push\s+\S+\s+\+(?:main|master|production)\b",
          0.45, "force push to a main branch", r"git\s+push"),
    # --- injection ---------------------------------------------------------------------------------------
    _rule("SH-REVSHELL-DEVTCP", _INJECTION, r"/dev/(?:tcp|udp)/[\w.-]+/\d+", 0.85,
          "bash /dev/tcp connection (reverse shell)", r"/dev/(?:tcp|udp)/", _dev_tcp),
    _rule("SH-REVSHELL-NC", _INJECTION,
          r"\b(?:nc|ncat|netcat|nc\.traditional)\b[^\n;|&]{0,60}?\s-[a-z]*[ec]\s*['\"]?(?:/usr)?(?:/bin/)?(?:ba|z|da)?sh\b"
          r"|\bmkfifo\s+\S+\s*;[^\n]{0,100}\b(?:nc|ncat|telnet)\s"
          r"|\b(?:ba)?sh\s+-i\s+2?>&\s*1\s*\|\s*(?:nc|ncat)\b"
          r"|\bsocat\b[^\n]{0,120}\bexec:['\"]?(?:/bin/)?(?:ba)?sh",
          0.95, "netcat/socat reverse shell", r"\bnc\b|ncat|netcat|mkfifo|socat|sh\s+-i"),
    _rule("SH-REVSHELL-SCRIPT", _INJECTION,
          r"(?:socket\.socket|socket\.create_connection|fsockopen|TCPSocket\.(?:new|open)|IO::Socket|Sockets\.TCPClient)"
          r"[\s\S]{0,400}?(?:pty\.spawn|os\.dup2|exec\s*\(?\s*['\"]/bin/(?:ba)?sh|/bin/(?:ba)?sh\s+-i"
          r"|subprocess\.(?:call|Popen|run)\(\s*\[\s*['\"]/bin/(?:ba)?sh|GetStream\(\)[\s\S]{0,200}?(?:iex|invoke-expression))",
          0.9, "socket connected to a spawned shell (reverse shell)", r"socket|fsockopen|IO::Socket|TCPClient"),
    _rule("SH-PTY-SPAWN", _INJECTION, r"\bpty\.spawn\(\s*['\"](?:/bin/)?(?:ba)?sh['\"]", 0.6,
          "pty.spawn of a shell", r"pty\.spawn"),
    _rule("SH-PS-ENCODED", _INJECTION,
          r"\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,80}?\s[-/]e(?:c|nc|nco|ncod|ncode|ncoded\w*)?\s+[A-Za-z0-9+/=]{16,}",
          0.85, "PowerShell with an encoded command", r"powershell|pwsh"),
    _rule("SH-PS-IEX", _INJECTION,
          r"\b(?:iex|invoke-expression)\s*\(*\s*(?:new-object\s+(?:system\.)?net\.webclient\s*\)?\s*\.\s*download"
          r"(?:string|data)\s*\([^\n)]{0,160}|(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n)]{0,160})"
          r"|\b(?:downloadstring\s*\(|iwr\s|irm\s|invoke-webrequest\s|invoke-restmethod\s)"
          r"[^\n|]{0,200}?\|\s*(?:iex|invoke-expression)\b",
          0.8, "PowerShell download-and-execute (IEX)", r"iex|invoke-expression", _fetch_exec),
    _rule("SH-LOLBIN", _INJECTION,
          r"\bcertutil(?:\.exe)?\s+[^\n]{0,40}-urlcache\b[^\n]{0,40}\bhttps?://|\bmshta(?:\.exe)?\s+['\"]?(?:https?://|javascript:|vbscript:)"
          r"|\bregsvr32(?:\.exe)?\s+[^\n]{0,40}/i:https?://|\brundll32(?:\.exe)?\s+javascript:",
          0.85, "Windows binary abused to fetch or run remote code", r"certutil|mshta|regsvr32|rundll32"),
    _rule("SH-PIPE-SHELL", _INJECTION,
          r"\b(?:curl|wget)\b[^\n|;&]{0,200}?\|\s*(?:sudo\s+(?:-\S+\s+){0,4})?(?:ba|z|da|k)?sh\b"
          r"|\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b[^)\n]{0,200}\)|\b(?:ba)?sh\s+-c\s+[\"']\$\((?:curl|wget)\b[^)\n]{0,200}\)",
          0.6, "remote script piped into a shell", r"(?:curl|wget)\b|sh\s+<\(|sh\s+-c", _fetch_exec),
    _rule("SH-DOWNLOAD-EXEC", _INJECTION,
          r"\b(?:curl|wget)\b[^\n]{0,200}?(?:&&|;)\s*chmod\s+\+?[x0-7]+\s+\S+\s*(?:&&|;)\s*(?:\./|/tmp/|nohup\s|sh\s|bash\s)",
          0.6, "download, chmod +x and run", r"chmod\s", _fetch_exec),
    _rule("SH-PY-EXEC-REMOTE", _INJECTION,
          r"\b(?:exec|eval)\s*\(\s*(?:(?:requests|httpx)\.get\s*\([^)\n]*\)\s*\.(?:text|content)"
          r"|(?:urllib\.request\.)?urlopen\s*\([^)\n]*\)\s*\.read\(\))",
          0.9, "exec/eval of code fetched over the network", r"(?:exec|eval)\s*\(\s*(?:requests|httpx|urllib|urlopen)"),
    _rule("SH-FETCH-RUN", _INJECTION,
          r"(?:\bexec\s*\(\s*open\s*\(|\bos\.(?:system|popen)\s*\(|\bsubprocess\.(?:call|run|Popen|check_call"
          r"|check_output)\s*\(|&&|;)[^\n]{0,120}",
          0.6, "runs a script downloaded earlier in the same text",
          r"exec\s*\(\s*open|os\.(?:system|popen)|subprocess\.|(?:&&|;)\s*(?:\./|python|bash|sh\s)", _fetch_then_run),
    _rule("SH-PY-SECRET-EXFIL", _INJECTION,
          rf"\bopen\(\s*(?:os\.path\.expanduser\(\s*)?f?['\"]{_SENSITIVE}['\"]|\b(?:dict|str|json\.dumps)\(\s*os\.environ\s*\)"
          r"|\bos\.environ\.copy\(\)",
          0.85, "code reads a credential file or the whole environment and sends it out",
          r"open\(|os\.environ", _secret_send),
    _rule("SH-PERSIST", _INJECTION,
          r">>?\s*/etc/(?:rc\.local|init\.d/[\w.-]+|crontab|cron\.d/[\w.-]+|profile\.d/[\w.-]+|ld\.so\.preload)\b",
          0.6, "writes a boot/cron/preload persistence file", r"/etc/(?:rc\.local|init\.d|cron|profile\.d|ld\.so)",
          _persist),
    _rule("SH-DECODE-EXEC", _INJECTION,
          r"\bbase64\s+(?:-d|--decode|-D)\b[^\n|]{0,40}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b"
          r"|\b(?:exec|eval)\s*\(\s*(?:base64\.b64decode|base64_decode|atob|codecs\.decode)\s*\(",
          0.85, "decoded payload executed", r"base64|atob|codecs\.decode"),
    _rule("SH-CHAIN", _INJECTION,
          r"(?<=(?P<lead>['\"]|\b(?:\d{1,3}\.){3}\d{1,3}|\.\w{2,4})[ \t]{0,3})(?:;|&&|\|\|?|%0a|\n)[ \t]*"
          r"(?:id|whoami|uname\s+-a|cat\s+/etc/(?:passwd|shadow|hosts)|sleep\s+\d+\s*[#;]|nc\s+\S+|ping\s+-c\s*\d+\s+\S+"
          r"|(?:/usr)?(?:/bin/)?(?:ba|z|da)?sh\s+-c)"
          r"(?=\s*(?:$|[;&|#\"'`\\]))",
          0.85, "command chained after a value or quote",
          r"(?:;|&&|\|\|?|%0a|\n)[ \t]*(?:id|whoami|uname|cat|sleep|nc|ping|(?:/usr)?/bin/|(?:ba|z|da)?sh\s+-c)\b", _chain),
    _rule("SH-SUBSTITUTION", _INJECTION,
          r"\$\(\s*(?P<body>(?:whoami|id|uname(?:\s+-a)?|hostname|cat\s+\S+|curl\s|wget\s|nc\s|ncat\s|bash\s+-i"
          r"|sh\s+-i|rm\s+-rf)[^)\n]{0,80})\)",
          0.6, "command substitution with a payload command", r"\$\(\s*\w", _substitution),
    _rule("SH-BACKTICK", _INJECTION,
          r"`(?:whoami|id|uname\s+-a|cat\s+/etc/(?:passwd|shadow)|curl\s+\S+|wget\s+\S+|nc\s+\S+)\b[^`\n]{0,60}`",
          0.7, "backtick substitution with a payload command", r"`(?:whoami|id|uname|cat|curl|wget|nc)", _backtick,
          ignore_case=False),
    _rule("SH-SHADOW-READ", _INJECTION,
          r"\b(?:cat|less|more|head|tail|cp|scp|base64|xxd|strings|grep|awk|sed|nl|tac|type|get-content|unshadow"
          r"|open\(\s*['\"])[^\n;|&]{0,30}?/etc/shadow\b",
          0.85, "reads /etc/shadow", r"/etc/shadow"),
    _rule("SH-TRAVERSAL", _INJECTION,
          r"(?<!\.\./)(?:\.\./){2,}+(?:etc/(?:passwd|shadow)|windows/win\.ini|boot\.ini)\b"
          r"|(?<!%2f|/)(?:%2e%2e(?:%2f|/)){2,}+",
          0.85, "path traversal to system files", r"\.\./\.\./|%2e%2e"),
    _rule("SH-SECRET-EXFIL", _INJECTION,
          rf"\bcurl\b[^\n]{{0,200}}?(?:(?:-d|--data(?:-binary|-raw|-urlencode)?|-F|--form)\s*['\"]?(?:[\w-]+=)?@"
          rf"|(?:-T|--upload-file)\s*['\"]?){_SENSITIVE}|\bwget\b[^\n]{{0,200}}?--post-file[= ]{_SENSITIVE}"
          rf"|\b(?:cat|base64|tar\s+\S+|xxd|gzip\s+-c)\s+{_SENSITIVE}[^\n|]{{0,40}}\|\s*(?:nc|ncat|netcat|curl|wget|socat|telnet"
          rf"|openssl\s+s_client)\b|\b(?:scp|rsync)\s+(?:-\S+\s+){{0,6}}{_SENSITIVE}\s+[\w.-]+@[\w.-]+:"
          rf"|\b(?:env|printenv)\s*\|\s*(?:curl|nc|ncat|wget)\b|\$\(\s*(?:cat\s+{_SENSITIVE}|env|printenv)\s*\)[^\n]{{0,80}}https?://",
          0.9, "sends a credential file or the environment over the network",
          r"curl|wget|scp|rsync|\|\s*(?:nc|ncat|curl|wget|socat|telnet|openssl)|\$\(\s*(?:cat|env|printenv)"),
    _rule("SH-SUID-SHELL", _INJECTION,
          r"\bchmod\s+(?:[ugoa]*\+s|[2467][0-7]{3})\s+(?:/usr)?/bin/(?:ba|da|z)?sh\b|\bchmod\s+(?:[ugoa]*\+s|[2467][0-7]{3})\s+"
          r"\S*/(?:python[\d.]*|perl|find|vim?)\b"
          r"|\bcp\s+(?:/usr)?/bin/(?:ba|da|z)?sh\s+(?P<copy>\S+)\s*(?:&&|;)\s*(?:sudo\s+)?chmod\s+(?:[ugoa]*\+s|[2467][0-7]{3})"
          r"\s+(?P=copy)(?![\w./-])",
          0.8, "setuid bit on a shell or interpreter", r"chmod\s"),
    _rule("SH-AUTHORIZED-KEYS", _INJECTION,
          r"(?:>>?|\btee\s+(?:-a\s+)?)\s*\\?['\"]?(?:~|\$\{?HOME\}?|/root|/home/[\w.-]+)?/?\.ssh/authorized_keys2?\b",
          0.6, "adds a key to authorized_keys (SSH persistence)", r"authorized_keys", _authorized_keys),
    _rule("SH-KEY-HARVEST", _INJECTION,
          r"\bfind\s+(?:/|~|\$HOME)\S*\s[^\n|]{0,160}?(?:\.pem|id_(?:rsa|dsa|ecdsa|ed25519)|\.key\b|\.kdbx|\.ovpn"
          r"|wallet\.dat|credentials|\.env\b|\.pgpass|\.netrc)[^\n]{0,200}?\|[^\n]{0,80}?\b(?:curl|nc|ncat|wget|scp|socat"
          r"|rsync)\b",
          0.85, "searches the disk for keys or credentials and sends them over the network", r"find\s+[/~$]"),
    _rule("SH-S3-PUBLIC", _INJECTION,
          r"\baws\s+s3\s+(?:sync|cp|mv)\s+\S+\s+s3://[^\n;&|]{0,200}?--acl\s+public-read(?:-write)?\b"
          r"|\baws\s+s3api\s+put-(?:bucket|object)-acl\b[^\n;&|]{0,200}?--acl\s+public-read(?:-write)?\b",
          0.45, "copies data to S3 with a public ACL", r"public-read", _s3_public),
)


class ShellScanner(RuleScanner):
    """Destructive shell commands and command-injection shapes; keeps the strongest finding per kind."""

    name = "shell"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES

    def postprocess(self, findings: list[Finding], text: NormalizedText) -> list[Finding]:
        return strongest_per_kind(findings)
