"""Scanner family ``secret``: credentials, API keys, tokens and private keys (``secret.<format>`` findings).

Each rule's RE2 trigger is anchored on a distinctive literal (``ghp_``, ``AKIA``, ``-----BEGIN``, ``://``,
``password=``) so the engine's one-pass prefilter stays cheap; the ``regex`` pattern then locates the secret
(group ``span`` when the secret is part of the match) and a validator from :mod:`secret_validators` checks
it: GitHub CRC32 checksums, JWT headers, base64 key sizes, entropy, placeholders and documentation examples.

Matches are confirmed within ``window`` characters of their trigger; rules whose secrets can be long (PEM
blocks, JWTs, bearer tokens) confirm over the whole text.

Scores: format + checksum ~0.97, distinctive prefix ~0.9, keyword assignments 0.6-0.8. Below 0.5 a finding
is informational (e.g. a ``ghp_`` token whose checksum fails). Overlapping findings are resolved in favour
of the more specific format, so ``GITHUB_TOKEN=ghp_…`` is one ``secret.github_token``, not also a generic
assignment.
"""

from __future__ import annotations

from infershield.core.normalize import NormalizedText
from infershield.core.rules import Rule, Validator, ViewName
from infershield.core.scanners import secret_validators as v
from infershield.core.scanners.base import RuleScanner
from infershield.core.types import Finding

_L = r"(?<![A-Za-z0-9_\-])"  # token boundaries: not inside a longer identifier or token
_R = r"(?![A-Za-z0-9_\-])"
_SEP = r"""["'`]?[ \t]*(?::=|=>|=(?!=)|:(?!:))[ \t]*"""  # key"  =  / key: / key := / key =>
_ASSIGN = rf"""(?:{_SEP}|["'`]?\s*,\s*)["'`]?"""


def _rule(
    rule_id: str,
    kind: str,
    pattern: str,
    score: float,
    what: str,
    validator: Validator | None = None,
    *,
    trigger: str | None = None,
    ignore_case: bool = False,
    context: tuple[str, ...] = (),
    context_boost: float = 0.2,
    context_window: int = 48,
    window: int | None = 320,
) -> Rule:
    return Rule(
        id=rule_id,
        kind=f"secret.{kind}",
        pattern=pattern,
        score=score,
        description=f"{rule_id}: {what}",
        trigger=trigger,
        view=ViewName.CLEAN,
        ignore_case=ignore_case,
        validator=validator,
        context=context,
        context_boost=context_boost,
        context_window=context_window,
        window=window,
    )


_AWS_ID = r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}"
_PEM_NL = r"(?:[ \t]*(?:\r?\n|\\r\\n|\\n))+[ \t]*"  # real or JSON-escaped newlines, indentation allowed
_PEM_LINE = r"(?:[A-Z][A-Za-z\-]{1,30}:[ \t]?[^\r\n\\]{0,120}|[A-Za-z0-9+/=]{1,128})"  # header or base64
_PEM_END = r"-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----"
_PEM_BODY = (
    rf"(?:{_PEM_NL}{_PEM_LINE}|[ \t]+[A-Za-z0-9+/=]{{16,128}}|[ \t]+[A-Za-z0-9+/=]{{1,128}}(?=\s*{_PEM_END}))"
    r"{0,400}"
)
# "password" in other languages: de, es, fr, pt, nl, pl, ru, zh, ja, ko, tr, sv, fi, cs.
_PASSWORD_WORDS = (
    r"passwort|contrase(?:ñ|n)a|mot de passe|mdp|senha|wachtwoord|has(?:ł|l)o|пароль|密码|密碼|パスワード|"
    r"비밀번호|(?:ş|s)ifre|l(?:ö|o)senord|salasana|heslo"
)
_KEYWORD_LONG = (
    rf"passw(?:or)?d|passphrase|{_PASSWORD_WORDS}|secret|token|api[_.\-]?key|apikey|credentials?|"
    r"(?:secret|access|private|signing|encryption|master|auth|app|client|license|subscription|consumer|account|"
    r"session|service|admin)[_.\-]?key"
)
# The match starts at the separator and looks back for the keyword (the validator reads the key's prefix): a
# pattern that starts with a keyword alternation costs ~25x more per character in `regex`. Short keywords must
# start the key or follow a separator (not "bypass", "oauth").
_KEY = rf"(?<=(?P<key>(?:(?<=[_.\-])|(?<![\w.\-]))(?:pass|pwd|auth)|{_KEYWORD_LONG})[\"'`]?[ \t]*)"
_SEP_ONLY = r"(?::=|=>|=(?!=)|:(?!:))[ \t]*"
_VALUE = (  # a quoted value, or an unquoted one that does not end in a sentence's full stop
    r"""(?:(?P<q>["'`])(?P<span>(?:(?!(?P=q))[^\r\n]){1,1000})(?P=q)"""
    r"""|(?P<span>[^\s"'`,;&<>(){}\[\]]{0,499}[^\s"'`,;&<>(){}\[\].]))"""
)

# More tokens known by a distinctive public prefix: (rule id, kind, pattern, RE2 trigger, score, shown prefix).
_PREFIXED: tuple[tuple[str, str, str, str, float, int], ...] = (
    ("SEC-PYPI-TOKEN", "pypi_token", r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}", r"pypi-AgEIcHlwaS5vcmc", 0.95,
     4),
    ("SEC-DOCKER-PAT", "docker_token", r"dckr_pat_[A-Za-z0-9_\-]{27,}", r"dckr_pat_", 0.9, 4),
    ("SEC-SHOPIFY-TOKEN", "shopify_token", r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}", r"shp(?:at|ss|ca|pa)_", 0.92,
     4),
    ("SEC-DIGITALOCEAN-TOKEN", "digitalocean_token", r"do[por]_v1_[a-f0-9]{64}", r"do[por]_v1_", 0.95, 4),
    ("SEC-VAULT-TOKEN", "vault_token", r"hv[sb]\.[A-Za-z0-9_\-]{24,}", r"hv[sb]\.[A-Za-z0-9_\-]{24}", 0.85,
     4),
    ("SEC-SQUARE-TOKEN", "square_token", r"sq0(?:atp|csp)-[0-9A-Za-z_\-]{22,43}", r"sq0(?:atp|csp)-", 0.9, 4),
    ("SEC-POSTMAN-KEY", "postman_key", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}", r"PMAK-", 0.95, 4),
    ("SEC-GRAFANA-TOKEN", "grafana_token",
     r"(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})", r"glsa_|glc_[A-Za-z0-9+/]{32}",
     0.9, 4),
    ("SEC-XAI-KEY", "xai_key", r"xai-[A-Za-z0-9]{70,90}", r"xai-[A-Za-z0-9]{70}", 0.9, 4),
    ("SEC-GROQ-KEY", "groq_key", r"gsk_[A-Za-z0-9]{48,56}", r"gsk_", 0.9, 4),
    ("SEC-REPLICATE-TOKEN", "replicate_token", r"r8_[A-Za-z0-9]{37}", r"r8_[A-Za-z0-9]{37}", 0.9, 3),
    ("SEC-PERPLEXITY-KEY", "perplexity_key", r"pplx-[A-Za-z0-9]{48}", r"pplx-", 0.9, 4),
    ("SEC-OPENROUTER-KEY", "openrouter_key", r"sk-or-v1-[a-f0-9]{64}", r"sk-or-v1-", 0.95, 4),
    ("SEC-TAVILY-KEY", "tavily_key", r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}", r"tvly-", 0.9, 4),
    ("SEC-TELEGRAM-BOT-TOKEN", "telegram_bot_token", r"[0-9]{8,10}:AA[0-9A-Za-z_\-]{33}",
     r"[0-9]:AA[0-9A-Za-z_\-]{33}", 0.9, 0),
    ("SEC-DISCORD-WEBHOOK", "discord_webhook",
     r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,68}",
     r"discord(?:app)?\.com/api/webhooks/", 0.92, 0),
    ("SEC-DATABRICKS-TOKEN", "databricks_token", r"dapi[a-f0-9]{32}(?:-[0-9])?", r"dapi[a-f0-9]{32}", 0.88, 4),
    ("SEC-LINEAR-KEY", "linear_key", r"lin_api_[A-Za-z0-9]{40}", r"lin_api_", 0.9, 4),
    ("SEC-NOTION-TOKEN", "notion_token", r"(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})",
     r"ntn_[0-9]{11}|secret_[A-Za-z0-9]{43}", 0.88, 4),
    ("SEC-ATLASSIAN-TOKEN", "atlassian_token", r"ATATT3[A-Za-z0-9_\-=]{150,250}", r"ATATT3", 0.9, 4),
    ("SEC-SENTRY-TOKEN", "sentry_token", r"sntry[su]_[A-Za-z0-9+/=_\-]{60,}", r"sntry[su]_", 0.9, 4),
    ("SEC-SUPABASE-TOKEN", "supabase_token", r"sbp_[a-f0-9]{40}", r"sbp_[a-f0-9]{40}", 0.9, 4),
    ("SEC-NEWRELIC-KEY", "newrelic_key", r"NRAK-[A-Z0-9]{27}", r"NRAK-", 0.9, 4),
    ("SEC-FIGMA-TOKEN", "figma_token", r"figd_[A-Za-z0-9_\-]{40}", r"figd_", 0.9, 4),
    ("SEC-DOPPLER-TOKEN", "doppler_token", r"dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}",
     r"dp\.(?:pt|st|sa|ct|scim|audit)\.", 0.9, 3),
    ("SEC-AGE-SECRET-KEY", "age_secret_key", r"AGE-SECRET-KEY-1[0-9A-Z]{58}", r"AGE-SECRET-KEY-1", 0.95, 4),
    ("SEC-MAPBOX-SECRET", "mapbox_token", r"sk\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,}", r"sk\.eyJ", 0.9,
     4),
)

_RULES: tuple[Rule, ...] = (
    # --- cloud providers -------------------------------------------------------------------------------
    _rule("SEC-AWS-KEY-ID", "aws_access_key", rf"(?<![A-Za-z0-9]){_AWS_ID}(?![A-Za-z0-9])", 0.9,
          "AWS access key id", v.aws_access_key, trigger=_AWS_ID),
    _rule("SEC-AWS-SECRET", "aws_secret_key",  # starts with one literal: `regex` scans for it quickly
          r"secret(?:(?<=aws[_.\- ]?secret)(?:[_.\- ]?access)?(?:[_.\- ]?key)?|[_.\- ]?access[_.\- ]?key)"
          rf"(?:{_ASSIGN}|\s+)(?P<span>[A-Za-z0-9/+]{{40}})(?![A-Za-z0-9/+=])", 0.95,
          "AWS secret access key", v.aws_secret_key(0.95, "after an AWS secret keyword"),
          trigger=r"secret[_.\- ]?access[_.\- ]?key|aws[_.\- ]?secret", ignore_case=True),
    _rule("SEC-AWS-SECRET-NEAR-ID", "aws_secret_key",
          rf"{_AWS_ID}(?![A-Za-z0-9])[\s\S]{{1,240}}?(?<![A-Za-z0-9/+=])(?P<span>[A-Za-z0-9/+]{{40}})"
          r"(?![A-Za-z0-9/+=])", 0.85,
          "AWS secret access key", v.aws_secret_key(0.85, "within 240 chars of an AWS key id"),
          trigger=_AWS_ID),
    _rule("SEC-GCP-API-KEY", "gcp_api_key", rf"{_L}AIza[0-9A-Za-z_\-]{{35}}{_R}", 0.9,
          "Google API key", v.token(0.9, body_from=4), trigger=r"AIza[0-9A-Za-z_\-]{35}"),
    _rule("SEC-GCP-OAUTH-SECRET", "gcp_oauth_secret", rf"{_L}GOCSPX-[0-9A-Za-z_\-]{{28}}{_R}", 0.9,
          "Google OAuth client secret", v.token(0.9, body_from=7), trigger=r"GOCSPX-"),
    _rule("SEC-GCP-OAUTH-TOKEN", "gcp_oauth_token", rf"{_L}ya29\.[0-9A-Za-z_\-]{{30,2048}}{_R}", 0.85,
          "Google OAuth access token", v.token(0.85, body_from=5, min_entropy=3.5),
          trigger=r"ya29\.[0-9A-Za-z_\-]{30}", window=2100),
    _rule("SEC-GCP-SERVICE-ACCOUNT", "gcp_service_account",
          r'"private_key"\s*:\s*"(?P<span>-----BEGIN [A-Z ]*PRIVATE KEY-----[A-Za-z0-9+/=\\ \r\n]{64,10000}?'
          r'-----END [A-Z ]*PRIVATE KEY-----(?:\\n)?)"', 0.97,
          "Google service-account key", v.service_account, trigger=r'"private_key"\s*:\s*"-----BEGIN',
          window=None),
    _rule("SEC-AZURE-STORAGE-KEY", "azure_storage_key",
          r"(?i:AccountKey)\s*=\s*(?P<span>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])", 0.95,
          "Azure storage account key", v.azure_key(64), trigger=r"(?i)accountkey\s*="),
    _rule("SEC-AZURE-SHARED-KEY", "azure_connection_string",
          r"(?i:SharedAccessKey)\s*=\s*(?P<span>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])", 0.95,
          "Azure Service Bus / Event Hubs shared access key", v.azure_key(32),
          trigger=r"(?i)sharedaccesskey\s*="),
    _rule("SEC-AZURE-SAS", "azure_sas_token",
          r"[?&]sv=\d{4}-\d{2}-\d{2}[^\s\"'<>]{0,400}?[?&]sig=(?P<span>[A-Za-z0-9%+/]{20,}(?:=|%3[Dd]){0,2})",
          0.85, "Azure SAS token signature", v.token(0.85, prefix_len=0, min_entropy=4.0),
          trigger=r"sv=\d{4}-\d{2}-\d{2}", window=800),
    # --- code hosting and package registries -----------------------------------------------------------
    _rule("SEC-GITHUB-TOKEN", "github_token", r"(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])",
          0.9, "GitHub token", v.github_token, trigger=r"gh[pousr]_[A-Za-z0-9]{36}"),
    _rule("SEC-GITHUB-FINE-GRAINED", "github_fine_grained",
          r"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{60,120}(?![A-Za-z0-9_])", 0.93,
          "GitHub fine-grained personal access token", v.token(0.93, body_from=11, min_entropy=4.0),
          trigger=r"github_pat_"),
    _rule("SEC-GITLAB-TOKEN", "gitlab_token",
          rf"{_L}gl(?:pat|dt|rt|ptt|cbt|oas|soat|ffct|imt|agent|ft)-[0-9A-Za-z_\-]{{20,64}}"
          rf"(?:\.[0-9a-z]{{2}}\.[0-9a-z]{{9}})?{_R}", 0.9,
          "GitLab token", v.token(0.9, min_entropy=3.2),
          trigger=r"gl(?:pat|dt|rt|ptt|cbt|oas|soat|ffct|imt|agent|ft)-[0-9A-Za-z_\-]{20}"),
    _rule("SEC-NPM-TOKEN", "npm_token", rf"{_L}npm_[A-Za-z0-9]{{36}}{_R}", 0.9, "npm access token",
          v.token(0.9, body_from=4, min_entropy=3.5), trigger=r"npm_[A-Za-z0-9]{36}"),
    _rule("SEC-HUGGINGFACE-TOKEN", "huggingface_token", rf"{_L}hf_[A-Za-z0-9]{{30,40}}{_R}", 0.9,
          "Hugging Face token", v.token(0.9, prefix_len=3, body_from=3, min_entropy=3.5),
          trigger=r"hf_[A-Za-z0-9]{30}"),
    # --- SaaS APIs ---------------------------------------------------------------------------------------
    _rule("SEC-SLACK-TOKEN", "slack_token",
          rf"{_L}(?:xox[abposr]|xoxe\.xox[bp]|xoxe|xapp)-[0-9]+-[0-9A-Za-z\-]{{16,250}}{_R}", 0.92,
          "Slack token", v.token(0.92, body_from=5), trigger=r"(?:xox[abposre]|xapp)[.\-]"),
    _rule("SEC-SLACK-WEBHOOK", "slack_webhook",
          r"https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/\-]{20,200}", 0.92,
          "Slack incoming webhook URL", v.token(0.92, prefix_len=0), trigger=r"hooks\.slack\.com/"),
    _rule("SEC-STRIPE-KEY", "stripe_key", rf"{_L}[sr]k_live_[0-9A-Za-z]{{20,247}}{_R}", 0.93,
          "Stripe secret/restricted live key", v.token(0.93, body_from=8), trigger=r"[sr]k_live_"),
    _rule("SEC-STRIPE-WEBHOOK", "stripe_webhook_secret", rf"{_L}whsec_[A-Za-z0-9+/=]{{32,}}{_R}", 0.88,
          "Stripe webhook signing secret", v.token(0.88, body_from=6, min_entropy=3.5), trigger=r"whsec_"),
    _rule("SEC-OPENAI-KEY", "openai_key", rf"{_L}sk-[A-Za-z0-9]{{20}}T3BlbkFJ[A-Za-z0-9]{{20}}{_R}", 0.97,
          "OpenAI API key", v.openai_key, trigger=r"T3BlbkFJ"),
    _rule("SEC-OPENAI-PROJECT-KEY", "openai_key",
          rf"{_L}sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{{20,300}}{_R}", 0.9,
          "OpenAI project/service-account key", v.openai_key, trigger=r"sk-(?:proj|svcacct|admin|None)-"),
    _rule("SEC-ANTHROPIC-KEY", "anthropic_key", rf"{_L}sk-ant-[a-z]{{2,8}}\d{{2}}-[A-Za-z0-9_\-]{{20,200}}{_R}",
          0.9, "Anthropic API key", v.anthropic_key, trigger=r"sk-ant-"),
    _rule("SEC-SK-API-KEY", "api_key", rf"{_L}sk-[A-Za-z0-9]{{32,64}}{_R}", 0.6,
          "sk- prefixed API key (OpenAI-compatible provider)",
          v.token(0.6, prefix_len=3, body_from=3, min_entropy=3.0), trigger=r"sk-[A-Za-z0-9]{32}",
          context=("openai", "api_key", "api key", "apikey", "bearer", "deepseek"), context_boost=0.15),
    _rule("SEC-SENDGRID-KEY", "sendgrid_key", rf"{_L}SG\.[A-Za-z0-9_\-]{{22}}\.[A-Za-z0-9_\-]{{43}}{_R}", 0.95,
          "SendGrid API key", v.token(0.95, prefix_len=3, body_from=3, min_entropy=3.5),
          trigger=r"SG\.[A-Za-z0-9_\-]{22}\."),
    *(_rule(f"SEC-TWILIO-{name}-SID", "twilio", rf"(?<![A-Za-z0-9]){prefix}[0-9a-f]{{32}}(?![A-Za-z0-9])", 0.45,
            f"Twilio {name.lower().replace('-', ' ')} SID", v.twilio_sid, trigger=rf"{prefix}[0-9a-f]{{32}}",
            context=("twilio", "account_sid", "accountsid", "auth_token", "authtoken", "api_key_sid"),
            context_boost=0.4, context_window=80)
      for name, prefix in (("ACCOUNT", "AC"), ("API-KEY", "SK"))),
    _rule("SEC-TWILIO-AUTH-TOKEN", "twilio",
          rf"(?i:twilio[\w.\- ]{{0,30}}?(?:auth[_\- ]?token|secret)){_ASSIGN}(?P<span>[0-9a-f]{{32}})"
          r"(?![0-9A-Za-z])",
          0.85, "Twilio auth token", v.token(0.85, prefix_len=0, classes=1), trigger=r"(?i)twilio"),
    *(_rule(rid, kind, rf"{_L}{pattern}{_R}", score, f"{kind.replace('_', ' ')} (distinctive prefix)",
            v.token(score, prefix_len=shown), trigger=trigger, window=1024)
      for rid, kind, pattern, trigger, score, shown in _PREFIXED),
    _rule("SEC-MAILGUN-KEY", "mailgun_key", rf"{_L}key-[0-9a-f]{{32}}{_R}", 0.45, "Mailgun API key",
          v.token(0.45, prefix_len=4), trigger=r"key-[0-9a-f]{32}", context=("mailgun",), context_boost=0.4,
          context_window=80),
    _rule("SEC-AZURE-AD-SECRET", "azure_client_secret",
          r"(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.\-]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])", 0.85,
          "Azure AD (Entra) client secret", v.token(0.85, prefix_len=0),
          trigger=r"[0-9]Q~[A-Za-z0-9_~.\-]{31}"),
    # --- structured credentials ------------------------------------------------------------------------
    _rule("SEC-JWT", "jwt", rf"{_L}eyJ[A-Za-z0-9_\-]{{8,}}\.[A-Za-z0-9_\-]{{2,}}\.[A-Za-z0-9_\-]*{_R}", 0.9,
          "JSON Web Token", v.jwt, trigger=r"eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.", window=None),
    _rule("SEC-PRIVATE-KEY", "private_key",
          rf"-----BEGIN (?P<label>(?:[A-Z0-9]+ ){{0,3}})PRIVATE KEY(?: BLOCK)?-----(?P<body>{_PEM_BODY})"
          rf"(?P<end>(?:{_PEM_NL}|[ \t]*){_PEM_END})?", 0.95,
          "PEM private key block", v.private_key, trigger=r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY", window=None),
    _rule("SEC-CONNECTION-PASSWORD", "connection_password",
          r"(?<![A-Za-z0-9+.\-])(?P<scheme>(?:jdbc:)?[A-Za-z][A-Za-z0-9+.\-]{1,30})://"
          r"(?P<user>[^\s:/@'\"`<>,]{0,64}):(?P<span>[^\s/'\"`<>,]{1,128})@"
          r"(?P<host>[A-Za-z0-9][A-Za-z0-9.\-_]*|\[[0-9A-Fa-f:.]+\])", 0.85,
          "password in a connection URL", v.connection_password, trigger=r"://[^\s:/@]*:[^\s/]+@"),
    _rule("SEC-BEARER-TOKEN", "bearer_token",
          r"(?i:\bbearer)\s+(?P<span>[A-Za-z0-9\-._~+/]{19,}[A-Za-z0-9\-_~+/]=*)(?![A-Za-z0-9\-._~+/=])", 0.75,
          "Bearer token", v.bearer_token, trigger=r"(?i)bearer\s+[A-Za-z0-9\-._~+/]{20}", window=None),
    _rule("SEC-BASIC-AUTH", "basic_auth",
          r"(?i:authorization)[^\n]{0,20}?(?i:basic)\s+(?P<span>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])",
          0.85,
          "HTTP Basic credentials", v.basic_auth, trigger=r"(?i)authorization[^\n]*basic\s"),
    _rule("SEC-GENERIC-ASSIGNMENT", "generic_assignment", rf"{_KEY}{_SEP_ONLY}{_VALUE}", 0.7,
          "secret-named assignment", v.generic_assignment, ignore_case=True, window=1100,
          trigger=rf"(?:pass|pwd|auth|{_KEYWORD_LONG})[\"'`]?[ \t]*(?::|=)"),
)

# Higher rank wins an overlap: a specific format beats a URL password, which beats a generic assignment.
_RANK = {
    "secret.generic_assignment": 0,
    "secret.bearer_token": 1,
    "secret.basic_auth": 1,
    "secret.api_key": 1,
    "secret.twilio": 1,
    "secret.connection_password": 2,
    "secret.gcp_service_account": 4,
}
_MIN_REPORTED = 0.25


class SecretScanner(RuleScanner):
    """Finds credentials: cloud and SaaS API keys, tokens, JWTs, private keys, URL and config passwords."""

    name = "secret"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES

    def postprocess(self, findings: list[Finding], text: NormalizedText) -> list[Finding]:
        """Keep one finding per region: the most specific format, then the highest score, then the longest."""
        ordered = sorted(
            findings, key=lambda f: (-_RANK.get(f.kind, 3), -f.score, f.span.start - f.span.end, f.span.start)
        )
        kept: list[Finding] = []
        for finding in ordered:
            if not any(finding.span.overlaps(k.span) for k in kept):
                kept.append(finding)
        reported = (f for f in kept if f.score >= _MIN_REPORTED)
        return sorted(reported, key=lambda f: (f.span.start, f.kind, f.rule))
