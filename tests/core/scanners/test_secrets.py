"""Table-driven tests for the ``secret`` scanner.

Every key here is fake and built at run time from parts (prefixes are split, bodies come from a seeded RNG,
GitHub checksums are computed), so no realistic token appears literally in the source.
"""

from __future__ import annotations

import base64
import functools
import json
import random
import string
import zlib
from dataclasses import dataclass

import pytest

from infershield.core.matcher import MultiMatcher
from infershield.core.normalize import normalize
from infershield.core.scanners import secret_validators as sv
from infershield.core.scanners.secrets import SecretScanner
from infershield.core.types import Finding

_RNG = random.Random(20240611)
_ALNUM = string.ascii_letters + string.digits
_B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
_HEX = "0123456789abcdef"
_URLSAFE = _ALNUM + "-_"


def _rand(n: int, alphabet: str = _ALNUM) -> str:
    while True:
        value = "".join(_RNG.choice(alphabet) for _ in range(n))
        if not sv.is_placeholder(value):  # a seeded draw could contain e.g. "xxxx"; redraw
            return value


def _crc_b62(body: str) -> str:
    n, out = zlib.crc32(body.encode()), ""
    while n:
        n, r = divmod(n, 62)
        out = _B62[r] + out
    return out.rjust(6, "0")


def _github(kind: str, *, valid: bool = True) -> str:
    body = _rand(30)
    checksum = _crc_b62(body)
    if not valid:
        checksum = checksum[:-1] + ("A" if checksum[-1] != "A" else "B")
    return "gh" + kind + "_" + body + checksum


def _b64(nbytes: int) -> str:
    return base64.b64encode(_RNG.randbytes(nbytes)).decode()


def _b64url_json(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def _jwt(header: dict[str, str], payload: dict[str, object], signature: str | None = None) -> str:
    sig = _rand(43, _ALNUM + "-_") if signature is None else signature
    return f"{_b64url_json(header)}.{_b64url_json(payload)}.{sig}"


def _pem(label: str, lines: int, newline: str = "\n", indent: str = "") -> str:
    body = _b64(48 * lines)
    rows = [body[i : i + 64] for i in range(0, len(body), 64)]
    kind = f"{label} PRIVATE KEY" if label else "PRIVATE KEY"
    parts = [f"-----BEGIN {kind}-----", *rows, f"-----END {kind}-----"]
    return (newline + indent).join(parts)


def _aws_id(prefix: str = "AK" + "IA") -> str:
    return prefix + _rand(16, string.ascii_uppercase + "234567")


def _aws_secret() -> str:
    while True:
        value = _rand(40, _ALNUM + "/+")
        if sum(c.isdigit() for c in value) and sum(c.isupper() for c in value):
            return value


@dataclass(frozen=True)
class S:
    """A secret piece of a test text: its expected kind and value."""

    kind: str
    value: str


@dataclass(frozen=True)
class Case:
    """One table row: the text, the expected (kind, start, end) findings and the secrets it contains."""

    id: str
    text: str
    expected: tuple[tuple[str, int, int], ...]
    secrets: tuple[str, ...]


def case(case_id: str, *parts: str | S) -> Case:
    text, expected, secrets = "", [], []
    for part in parts:
        if isinstance(part, S):
            expected.append((f"secret.{part.kind}", len(text), len(text) + len(part.value)))
            secrets.append(part.value)
            text += part.value
        else:
            text += part
    return Case(case_id, text, tuple(expected), tuple(secrets))


_ID1, _ID2 = _aws_id(), _aws_id("AS" + "IA")
_SEC1, _SEC2 = _aws_secret(), _aws_secret()
_PROJ = "sk-" + "proj-" + _rand(74, _ALNUM + "-_") + "T3Blbk" + "FJ" + _rand(74, _ALNUM + "-_")
_SA_KEY = _pem("", 8, newline="\\n") + "\\n"

POSITIVES = [
    case("aws-env", "export AWS_ACCESS_KEY_ID=", S("aws_access_key", _ID1),
         "\nexport AWS_SECRET_ACCESS_KEY=", S("aws_secret_key", _SEC1), "\n"),
    case("aws-credentials-file", "[default]\naws_access_key_id = ", S("aws_access_key", _ID2),
         "\naws_secret_access_key = ", S("aws_secret_key", _SEC2)),
    case("aws-csv-near-id", "User,Key,Secret\nci-bot,", S("aws_access_key", _ID1), ",",
         S("aws_secret_key", _SEC2)),
    case("aws-id-then-hash", "key ", S("aws_access_key", _ID2), " at commit " + _rand(40, _HEX)),
    case("aws-sts-json", '{"Credentials": {"SecretAccessKey": "', S("aws_secret_key", _SEC1), '"}}'),
    case("gcp-api-key", "const firebase = { apiKey: '", S("gcp_api_key", "AI" + "za" + _rand(35, _URLSAFE)),
         "' };"),
    case("gcp-oauth", "client secret is ", S("gcp_oauth_secret", "GOC" + "SPX-" + _rand(28)), " ok"),
    case("gcp-oauth-token", '{"access_token": "', S("gcp_oauth_token", "ya" + "29." + _rand(120, _URLSAFE)),
         '"}'),
    case("gcp-service-account",
         '{"type": "service_account", "project_id": "demo", "private_key": "',
         S("gcp_service_account", _SA_KEY),
         '", "client_email": "bot@demo.iam.gserviceaccount.com"}'),
    case("azure-storage", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=",
         S("azure_storage_key", _b64(64)), ";EndpointSuffix=core.windows.net"),
    case("azure-servicebus",
         "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=",
         S("azure_connection_string", _b64(32)), "\n"),
    case("azure-sas", "https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&sp=r&se=2025-01-01&sig=",
         S("azure_sas_token", _rand(43, _ALNUM + "%") + "%3D"), " expired"),
    *(case(f"github-{k}", "token: ", S("github_token", _github(k)), " fails") for k in "pousr"),
    case("github-in-url", "git remote set-url origin https://x-access-token:", S("github_token", _github("s")),
         "@github.com/org/repo.git"),
    case("github-fine-grained", "gh auth login --with-token <<< ",
         S("github_fine_grained", "github" + "_pat_" + _rand(22) + "_" + _rand(59))),
    case("gitlab", "CI uses ", S("gitlab_token", "gl" + "pat-" + _rand(20, _ALNUM + "_-")), "."),
    case("npm", "//registry.npmjs.org/:_authToken=", S("npm_token", "np" + "m_" + _rand(36)), "\n"),
    case("huggingface", "login(token='", S("huggingface_token", "h" + "f_" + _rand(34, string.ascii_letters)),
         "')"),
    case("slack-bot", "SLACK_BOT=", S("slack_token", "xo" + "xb-" + _rand(12, string.digits) + "-"
                                      + _rand(13, string.digits) + "-" + _rand(24))),
    case("slack-user", "use ",
         S("slack_token", "xo" + "xp-" + "-".join(_rand(12, string.digits) for _ in range(3)) + "-" + _rand(32, _HEX)),
         " here"),
    case("slack-webhook", "curl -X POST ",
         S("slack_webhook", "https://hooks.slack.com/services/T" + _rand(8, string.ascii_uppercase)
           + "/B" + _rand(10, string.ascii_uppercase) + "/" + _rand(24)), " -d '{}'"),
    case("stripe-secret", "Stripe.api_key = '", S("stripe_key", "sk" + "_live_" + _rand(24)), "'"),
    case("stripe-restricted", "key ", S("stripe_key", "rk" + "_live_" + _rand(99)), " leaked"),
    case("stripe-webhook", "STRIPE_WEBHOOK=", S("stripe_webhook_secret", "wh" + "sec_" + _rand(32))),
    case("openai-legacy", "key=", S("openai_key", "sk-" + _rand(20) + "T3Blbk" + "FJ" + _rand(20)),
         " in notebook"),
    case("openai-project", "OPENAI_API_KEY: ", S("openai_key", _PROJ)),
    case("openai-svcacct", "use ", S("openai_key", "sk-" + "svcacct-" + _rand(64, _ALNUM + "_-")), " please"),
    case("anthropic", "client = Anthropic(api_key=\"",
         S("anthropic_key", "sk-" + "ant-api03-" + _rand(93, _URLSAFE) + "AA"), "\")"),
    case("sk-generic", "DEEPSEEK_API_KEY=", S("api_key", "sk-" + _rand(32, "0123456789abcdef"))),
    case("sendgrid", "sg = SendGrid('", S("sendgrid_key", "S" + "G." + _rand(22, _URLSAFE) + "." + _rand(43, _URLSAFE)),
         "')"),
    case("twilio-sid", "twilio client: ", S("twilio", "A" + "C" + _rand(32, "0123456789abcdef"))),
    case("twilio-api-key-sid", "const twilio = require('twilio')(", S("twilio", "S" + "K" + _rand(32, _HEX)),
         ", secret)"),
    case("twilio-auth-token", "TWILIO_AUTH_TOKEN=", S("twilio", _rand(32, "0123456789abcdef"))),
    case("jwt", "Cookie: session=", S("jwt", _jwt({"alg": "HS256", "typ": "JWT"}, {"sub": "42", "exp": 1900000000})),
         "; path=/"),
    case("jwt-rs256", "id_token: ",
         S("jwt", _jwt({"alg": "RS256", "kid": "k1"}, {"iss": "https://idp", "aud": "app"}, _rand(342, _URLSAFE)))),
    case("pem-rsa", "Convert this:\n", S("private_key", _pem("RSA", 12)), "\nthanks"),
    case("pem-pkcs8-crlf", "key:\r\n", S("private_key", _pem("", 6, newline="\r\n"))),
    case("pem-ec-indented", "tls:\n  key: |\n    ", S("private_key", _pem("EC", 3, indent="    ")), "\n"),
    case("pem-openssh", "cat id_ed25519\n", S("private_key", _pem("OPENSSH", 5))),
    case("pem-truncated", "here is my key\n", S("private_key", _pem("RSA", 6).rsplit("\n", 1)[0])),
    case("pem-pgp", "", S("private_key", "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n"
                          + "\n".join(_b64(48) for _ in range(5)) + "\n=" + _rand(4)
                          + "\n-----END PGP PRIVATE KEY BLOCK-----")),
    case("postgres-url", "DATABASE_URL=postgres://app:", S("connection_password", "Vq7#tLp2!xZ9"),
         "@db.internal:5432/prod"),
    case("mongodb-srv", "mongodb+srv://admin:", S("connection_password", "Kp9vW2mXq4Lt"),
         "@cluster0.ab12c.mongodb.net/test"),
    case("redis-no-user", "REDIS=redis://:", S("connection_password", "rT5kP8wQ2zN6"), "@cache:6379/0"),
    case("amqp", "broker amqp://svc:", S("connection_password", "hQ4n@Lw8Zp"), "@mq.local:5672"),
    case("https-basic-in-url", "pip install --index-url https://ci:", S("connection_password", "9fG2kLmQ7vXw"),
         "@pypi.corp.internal/simple pkg"),
    case("bearer", "curl -H 'Authorization: Bearer ", S("bearer_token", _rand(40, _URLSAFE)), "' https://api"),
    case("basic-auth", "Authorization: Basic ",
         S("basic_auth", base64.b64encode(b"deploy:Wq8zL2pX9vKr").decode())),
    *(case(f"prefixed-{kind}", "config value ", S(kind, token), " leaked") for kind, token in (
        ("pypi_token", "py" + "pi-AgEIcHlwaS5vcmc" + _rand(60, _ALNUM + "-_")),
        ("docker_token", "dckr" + "_pat_" + _rand(27)),
        ("shopify_token", "shp" + "at_" + _rand(32, _HEX)),
        ("digitalocean_token", "do" + "p_v1_" + _rand(64, _HEX)),
        ("vault_token", "hv" + "s." + _rand(90, _ALNUM + "_-")),
        ("square_token", "sq0" + "atp-" + _rand(22, _ALNUM + "_-")),
        ("postman_key", "PM" + "AK-" + _rand(24, _HEX) + "-" + _rand(34, _HEX)),
        ("grafana_token", "gl" + "sa_" + _rand(32) + "_" + _rand(8, _HEX)),
        ("xai_key", "x" + "ai-" + _rand(80)),
        ("groq_key", "g" + "sk_" + _rand(52)),
        ("replicate_token", "r" + "8_" + _rand(37)),
        ("perplexity_key", "pp" + "lx-" + _rand(48)),
        ("openrouter_key", "sk-" + "or-v1-" + _rand(64, _HEX)),
        ("tavily_key", "tv" + "ly-" + _rand(32)),
        ("telegram_bot_token", _rand(10, string.digits) + ":A" + "A" + _rand(33, _ALNUM + "_-")),
        ("discord_webhook", "https://discord.com/api/web" + "hooks/" + _rand(18, string.digits) + "/"
         + _rand(68, _ALNUM + "_-")),
        ("databricks_token", "da" + "pi" + _rand(32, _HEX)),
        ("linear_key", "lin" + "_api_" + _rand(40)),
        ("notion_token", "nt" + "n_" + _rand(11, string.digits) + _rand(35)),
        ("atlassian_token", "ATA" + "TT3" + _rand(186, _ALNUM + "_-=")),
        ("sentry_token", "sntr" + "ys_" + _rand(80, _ALNUM + "+/")),
        ("supabase_token", "sb" + "p_" + _rand(40, _HEX)),
        ("newrelic_key", "NR" + "AK-" + _rand(27, string.ascii_uppercase + string.digits)),
        ("figma_token", "fi" + "gd_" + _rand(40, _ALNUM + "_-")),
        ("doppler_token", "dp" + ".pt." + _rand(43)),
        ("age_secret_key", "AGE-" + "SECRET-KEY-1" + _rand(58, string.ascii_uppercase + string.digits)),
        ("mapbox_token", "s" + "k.eyJ" + _rand(60) + "." + _rand(22)),
        ("azure_client_secret", _rand(3) + "8" + "Q~" + _rand(34, _ALNUM + "_~.-")),
    )),
    case("mailgun", "mailgun api: ", S("mailgun_key", "ke" + "y-" + _rand(32, _HEX))),
    case("env-password", "DB_USER=app\nDB_PASSWORD=", S("generic_assignment", "Xk9#mP2vL8qT"),
         "\nDB_HOST=db\n"),
    case("yaml-password", "database:\n  password: \"", S("generic_assignment", "Zq8!rT4#kW2m"), "\"\n"),
    case("json-api-key", '{"apiKey": "', S("generic_assignment", _rand(32)), '", "region": "eu"}'),
    case("python-secret", "SECRET_KEY = '", S("generic_assignment", _rand(50, _ALNUM + "!@#%^&*(-_=+)")),
         "'\n"),
    case("hex-client-secret", "client_secret: ", S("generic_assignment", _rand(40, "0123456789abcdef"))),
    case("sts-session-token", '"SessionToken": "', S("generic_assignment", _b64(180)), '"'),
    case("ini-unquoted-sentence", "set db_password=", S("generic_assignment", "Tq7vK2pX9wLm"),
         ". Then restart."),
    case("query-param", "GET /login?user=bob&password=", S("generic_assignment", "Rw3xQ8zV1nKp"),
         "&next=/home"),
    case("cli-flag", "mysqldump --password=", S("generic_assignment", "Hn4#Lz8qWv2e"), " shop > dump.sql"),
    case("german-password", "Mein Passwort: ", S("generic_assignment", "Wq8#zL2pX9vK"),
         " (bitte nicht teilen)"),
    case("spanish-password", "contraseña=", S("generic_assignment", "Lm3$kP9qRt7w"), "\n"),
    case("french-password", "mot de passe : \"", S("generic_assignment", "Zx4!vN8mQp2r"), "\""),
    case("two-secrets", "A=", S("npm_token", "np" + "m_" + _rand(36)), " and B=",
         S("github_token", _github("p"))),
]

_PLACEHOLDER_GH = "gh" + "p_" + "X" * 36
NEGATIVES = [
    case("aws-doc-id", "Docs sample credential AK" + "IAIOSFODNN7EXAMPLE: why?"),
    case("aws-doc-secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"),
    case("aws-placeholder", "replace AK" + "IA" + "X" * 16 + " with your key"),
    case("github-placeholder", f"export GITHUB_TOKEN={_PLACEHOLDER_GH}"),
    case("stripe-publishable", "pk" + "_live_" + _rand(24) + " is in my page source"),
    case("stripe-placeholder", "replace sk" + "_live_REPLACE_ME with your key"),
    case("md5", 'ETag is "' + _rand(32, "0123456789abcdef") + '"'),
    case("sha1", "commit " + _rand(40, "0123456789abcdef") + " broke it"),
    case("sha256", "expected " + _rand(64, "0123456789abcdef") + "."),
    case("docker-digest", "image@sha256:" + _rand(64, "0123456789abcdef")),
    case("sri", '<script integrity="sha384-' + _b64(48) + '" crossorigin></script>'),
    case("uuid", "Generate a UUID like 9b2d6f3e-4c1a-4e8b-9f0d-2a7c5e1b3d4f in Postgres."),
    case("base64-blob", "Base64 decode this config blob: " + _b64(90)),
    case("public-key", "-----BEGIN PUBLIC KEY-----\n" + _b64(200) + "\n-----END PUBLIC KEY-----"),
    case("certificate", "-----BEGIN CERTIFICATE-----\n" + _b64(300) + "\n-----END CERTIFICATE-----"),
    case("ssh-public", "authorized_keys: ssh-rsa AAAAB3NzaC1yc2E" + _b64(200) + " me@laptop"),
    case("pem-doc-sentence",
         "The file starts with -----BEGIN RSA PRIVATE KEY----- and ends with the END line."),
    case("pem-truncated-example",
         "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----"),
    case("env-reference", "password = os.environ['DB_PASSWORD']\napi_key = os.getenv('API_KEY')"),
    case("js-env", "const apiKey = process.env.API_KEY;"),
    case("shell-var", 'curl -H "Authorization: Bearer $TOKEN" https://api'),
    case("template-vars",
         "password: ${DB_PASSWORD}\ntoken: ${{ secrets.GITHUB_TOKEN }}\nsecret: {{ .Values.secret }}"),
    case("angle-placeholder", "api_key = '<YOUR_API_KEY>'\nAuthorization: Bearer <token>"),
    case("stars", "password: ********\nDB_PASSWORD=xxxxxxxx"),
    case("changeme", "password = 'changeme'\nAPI_KEY=your-api-key-here"),
    case("code-identifiers",
         "token = get_token(user)\npassword = request.form['password']\nself.api_key = api_key"),
    case("kwargs", "login(username=user, password=password)\nclient = Client(api_key=settings.API_KEY)"),
    case("type-annotations", "class Cfg:\n    api_key: str\n    password: Optional[str] = None\n"),
    case("max-tokens", "max_tokens=1024, temperature=0.2, token_count: 512"),
    case("password-hash", 'password_hash = "' + _rand(64, "0123456789abcdef") + '"'),
    case("bcrypt", "password = '$2b$12$" + _rand(53, _ALNUM + "./") + "'"),
    case("prose", "The password is incorrect. Your token: expired. Secret: be kind to people."),
    case("url-no-password", "see https://user@example.com/path and postgres://localhost:5432/db"),
    case("url-placeholder", "postgres://user:password@localhost:5432/db and mysql://root:<password>@db/app"),
    case("url-env", "postgresql://${DB_USER}:${DB_PASS}@db:5432/app"),
    case("jwt-io-example",
         _jwt({"alg": "HS256", "typ": "JWT"}, {"sub": "1234567890", "name": "John Doe", "iat": 1516239022})),
    case("not-a-jwt", "eyJ" + _rand(20) + "." + _rand(10) + "." + _rand(20)),
    case("uuid-api-key", 'api_key = "3f2b8c1e-9d4a-4b7e-8c2f-1a6d5e9b0c3d"'),
    case("twilio-sid-no-context", "row id A" + "C" + _rand(32, "0123456789abcdef") + " in the table"),
    case("hf-identifier", "from huggingface_hub import hf_hub_download; hf_hub_download_cached_files_lookup"),
    case("code-kwargs-with-digits", "connect(password=pw_2024, token=tok1)\nobj = {password: hashed1, user}"),
    case("docs-defaults", "postgresql://scott:tiger@localhost/mydatabase\nredis://:foobared@localhost\n"
                          "amqp://guest:guest@localhost:5672//"),
    case("here-placeholders", 'api_key = "API_KEY_HERE"\nsecret: "my-secret-key"\ntoken = "sk-..."'),
    case("tokenizer-config",
         '{"bos_token": "<s>", "pad_token": "[PAD]", "eos_token": "</s>", "max_tokens": 4096}'),
    case("python-secrets-module", "secret = secrets.token_hex(32)\npassword = re.compile(r'^.{8,}$')"),
    case("comparison", 'if token == "abc" or password != "x": pass'),
    case("mailgun-no-context", "cache key-" + _rand(32, _HEX) + " expired"),
    case("secret-identifier", "secret_" + "a" * 43 + " and secret_key_file_path_for_the_service_account_json"),
    case("sk-words", "the sk-learn package and sk-" + "a" * 40),
]


@functools.cache
def _scanner() -> SecretScanner:
    return SecretScanner()


def _secret(text: str) -> list[Finding]:
    return _scanner().scan(normalize(text))


def _flagged(text: str) -> list[tuple[str, int, int]]:
    return [(f.kind, f.span.start, f.span.end) for f in _secret(text) if f.score >= 0.5]


@pytest.mark.parametrize("c", POSITIVES, ids=lambda c: c.id)
def test_positive(c: Case) -> None:
    assert _flagged(c.text) == list(c.expected)


@pytest.mark.parametrize("c", NEGATIVES, ids=lambda c: c.id)
def test_negative(c: Case) -> None:
    assert _flagged(c.text) == []


@pytest.mark.parametrize("c", POSITIVES, ids=lambda c: c.id)
def test_why_names_rule_and_never_the_secret(c: Case) -> None:
    findings = _secret(c.text)
    assert findings
    for finding in findings:
        assert finding.why.startswith(finding.rule + ":")
        assert finding.rule.startswith("SEC-")
        for secret in c.secrets:
            assert secret not in finding.why
            assert secret[-10:] not in finding.why  # not even a piece past the public prefix


def test_every_rule_has_a_positive_case() -> None:
    fired = {f.rule for c in POSITIVES for f in _secret(c.text)}
    assert fired == {rule.id for rule in SecretScanner().rules()}


def test_github_checksum_failure_scores_low() -> None:
    token = _github("p", valid=False)
    (finding,) = _secret(f"export GITHUB_TOKEN={token}")
    assert finding.kind == "secret.github_token"
    assert finding.score < 0.5
    assert "CRC32 checksum mismatch" in finding.why


def test_github_checksum_valid_is_noted() -> None:
    (finding,) = _secret(_github("o"))
    assert finding.score >= 0.95
    assert "CRC32 checksum valid" in finding.why


def test_generic_assignment_reports_entropy() -> None:
    (finding,) = _secret("API_TOKEN=" + _rand(40))
    assert finding.kind == "secret.generic_assignment"
    assert 0.6 <= finding.score <= 0.8
    assert "bits/char" in finding.why


@pytest.mark.parametrize(
    ("text", "max_score"),
    [
        ("amqp://svc:svc@mq.local:5672", 0.45),  # password equals the user name
        ("password=Password123!", 0.45),  # common password
        ('api_key = "3f2b8c1e-9d4a-4b7e-8c2f-1a6d5e9b0c3d"', 0.49),  # UUID
        ("-----BEGIN PRIVATE KEY-----\n" + _b64(30) + "\n-----END PRIVATE KEY-----", 0.49),  # too short
    ],
)
def test_weak_shapes_are_informational(text: str, max_score: float) -> None:
    findings = _secret(text)
    assert findings
    assert all(0.25 <= f.score <= max_score for f in findings)


def test_specific_format_wins_overlap_with_generic_assignment() -> None:
    token = "sk" + "_live_" + _rand(30)
    findings = _secret(f'STRIPE_SECRET_KEY="{token}"')
    assert [(f.kind, f.rule) for f in findings] == [("secret.stripe_key", "SEC-STRIPE-KEY")]


def test_spans_map_to_original_text_through_invisible_characters() -> None:
    token = _github("p")
    text = "tok\u200ben " + token
    (finding,) = _secret(text)
    assert text[finding.span.start : finding.span.end] == token


def test_rules_compile_into_one_re2_set() -> None:
    rules = SecretScanner().rules()
    assert len(MultiMatcher(rules).rules) == len(rules)
    assert all(rule.kind.startswith("secret.") and rule.view.value == "clean" for rule in rules)
    assert SecretScanner.name == "secret"


@pytest.mark.parametrize(
    ("value", "placeholder"),
    [("<YOUR_KEY>", True), ("xxxxxxxx", True), ("********", True), ("changeme", True),
     ("your-api-key-here", True), ("${VAR}", True), ("None", True), (_rand(24), False)],
)
def test_is_placeholder(value: str, placeholder: bool) -> None:
    assert sv.is_placeholder(value) is placeholder


def test_base62_crc32_matches_reference() -> None:
    body = _rand(30)
    assert sv.base62_crc32(body) == _crc_b62(body)


def test_entropy() -> None:
    assert sv.entropy("") == 0.0
    assert sv.entropy("aaaa") == 0.0
    assert sv.entropy("abcd") == pytest.approx(2.0)
