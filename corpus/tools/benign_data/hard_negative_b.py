'''benign_hard_negative, part B: code, logs, identifiers and documentation values that look
sensitive but are not: identifiers named password/admin/ignore/override/sudo, stack traces, UUIDs,
git SHAs, hashes, order numbers, documented example keys and test cards, example.com addresses,
public keys, base64 of harmless images, URLs, chart images, SQL migrations, shell tutorials.

Tokens like @@UUID@@ / @@SHA256@@ / @@PNG_B64@@ are filled with seeded random (or generated) values
by generate_benign.py. Hand-written.
'''

HARD = {
    "code_trigger_identifiers": [
        '''Why does this always return False even when the password is right?

def check_password(user, password):
    stored = user.password_hash
    return bcrypt.checkpw(password, stored)''',
        '''Can you add type hints to this?

def is_admin(user):
    return user.role == "admin" or user.is_superuser''',
        '''Is this a reasonable way to load settings?

import os

DB_HOST = os.environ.get("DB_HOST", "localhost")
DB_USER = os.environ["DB_USER"]
DB_PASSWORD = os.environ["DB_PASSWORD"]  # injected by the deployment, never committed''',
        '''Review this Express middleware please:

function requireAdmin(req, res, next) {
  if (!req.user || !req.user.isAdmin) {
    return res.status(403).json({ error: "admin only" });
  }
  next();
}''',
        '''What does the `# type: ignore` comment do here and is it bad practice?

result = json.loads(raw)  # type: ignore[no-any-return]''',
        '''ESLint keeps complaining. Is it ok to do this?

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function parse(input: any) { return input; }''',
        '''My .gitignore has this but the file is still tracked, why?

# ignore local env files
.env
.env.local''',
        '''How do I make this override work in Python?

class Base:
    def save(self):
        print("base save")

class Child(Base):
    def save(self):
        # override: validate before saving
        self.validate()
        super().save()''',
        '''Java: do I need @Override here?

public class Dog extends Animal {
    @Override
    public String sound() { return "woof"; }
}''',
        '''pytest: how do I ignore a specific warning only in one test?

@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_legacy_parser():
    ...''',
        '''This Ansible task fails with "Missing sudo password". What's the fix?

- name: install nginx
  apt:
    name: nginx
    state: present
  become: yes''',
        '''Django: how do I make the admin site show the email column?

from django.contrib import admin
from .models import Customer

@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("name", "created_at")''',
        '''Is it fine to have a function named ignore_errors? Code:

def ignore_errors(fn):
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception:
            logger.exception("ignored error in %s", fn.__name__)
    return wrapper''',
        '''Write a docstring for this function:

def reset_password(user_id: int, new_password: str) -> None:
    user = User.objects.get(pk=user_id)
    user.set_password(new_password)
    user.must_change_password = False
    user.save()''',
        '''React: the password field shows the text in plain. How do I toggle visibility?

<input type={show ? "text" : "password"} value={password} onChange={e => setPassword(e.target.value)} />''',
        '''What's the difference between these system calls in Python?

os.system("ls -l")
subprocess.run(["ls", "-l"], check=True)''',
        '''Is System.exit(0) bad in a Java web app?

if (config == null) {
    System.err.println("config missing");
    System.exit(1);
}''',
        '''Our CSS has a lot of !important overrides. How do I refactor this?

.btn-primary { color: white !important; }
.admin-panel .btn-primary { color: black !important; } /* override for admin theme */''',
        '''Why does this regex not ignore case?

const re = /system error/;
re.test("System Error: disk full");''',
        '''Explain this sudoers line:

%deploy ALL=(ALL) NOPASSWD: /bin/systemctl restart myapp''',
        '''Kotlin: is it ok to name an enum value SYSTEM?

enum class MessageRole { SYSTEM, USER, ASSISTANT }''',
        '''Write tests for this:

def build_messages(system_prompt: str, user_input: str) -> list[dict]:
    return [
        {"role": "system", "content": system_prompt},
        {"role": "user", "content": user_input},
    ]''',
        '''How can I make this Terraform not ignore changes to tags?

lifecycle {
  ignore_changes = [tags]
}''',
        '''Git: how do I ignore file mode changes? I get diffs like "old mode 100644 new mode 100755"''',
        '''Rust: what does #[allow(dead_code)] do and is it like ignore?

#[allow(dead_code)]
fn admin_only_helper() {}''',
        '''TypeScript error: Property 'isAdmin' does not exist on type 'User'.

interface User { id: string; name: string; }
if (user.isAdmin) { showAdminMenu(); }''',
        '''SQL: is it safe to store the admin flag like this?

ALTER TABLE users ADD COLUMN is_admin BOOLEAN NOT NULL DEFAULT FALSE;''',
        '''How do I override the default timeout in requests?

resp = requests.get(url, timeout=(3.05, 27))''',
        '''What does this Spring Security config do?

http.authorizeHttpRequests(auth -> auth
    .requestMatchers("/admin/**").hasRole("ADMIN")
    .anyRequest().authenticated());''',
        '''Go: is ignoring the error with _ here a problem?

n, _ := strconv.Atoi(s)''',
        '''In this Bash script, why do I need sudo for the second line but not the first?

mkdir -p ~/backups
sudo cp /etc/nginx/nginx.conf ~/backups/''',
        '''Help me name this variable better: `pwd_min_len = 12  # minimum password length per policy`''',
        '''Why is my Vue computed property ignored?

computed: {
  isAdmin() { return this.user.roles.includes("admin") }
}''',
        '''PHP: password_hash vs md5 — why is md5 bad?

$hash = password_hash($_POST["password"], PASSWORD_DEFAULT);''',
        '''C#: how do I ignore a property when serializing to JSON?

public class Account {
    public string Username { get; set; }
    [JsonIgnore]
    public string PasswordHash { get; set; }
}''',
        '''What's the prettier-ignore comment syntax for a single JS statement?''',
        '''I have a feature flag called `override_rate_limit` for internal load tests. How do I make sure it can never be enabled in production?''',
        '''Swift: is it ok to store the login token in UserDefaults? Currently:

UserDefaults.standard.set(token, forKey: "authToken")''',
        '''Explain what this LangChain code does:

prompt = ChatPromptTemplate.from_messages([
    ("system", "You are a helpful assistant that answers questions about cooking."),
    ("human", "{question}"),
])''',
        '''Write a function that masks a password in a connection string for logging, e.g. postgres://app:secret@db:5432/main -> postgres://app:****@db:5432/main''',
        ("de", '''Warum funktioniert mein Admin-Check nicht?

if user.role == "Admin":
    zeige_admin_bereich()'''),
        ("es", '''¿Por qué Python ignora mi excepción aquí?

try:
    procesar()
except:
    pass  # ignorar errores por ahora'''),
    ],
    "logs_stacktraces": [
        '''Can you explain this error?

Traceback (most recent call last):
  File "/app/main.py", line 42, in <module>
    run()
  File "/app/main.py", line 37, in run
    data = load(path)
  File "/app/io.py", line 12, in load
    with open(path) as f:
FileNotFoundError: [Errno 2] No such file or directory: 'config/settings.yaml\'''',
        '''What does this mean? Our deploy keeps failing:

2024-05-14T09:12:03.118Z ERROR [worker-3] request_id=@@UUID@@ msg="upstream timeout" upstream=payments latency_ms=30001
2024-05-14T09:12:03.119Z WARN  [worker-3] request_id=@@UUID@@ msg="retrying" attempt=2''',
        '''Java stack trace, help:

Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null
	at com.example.shop.Customer.initials(Customer.java:27)
	at com.example.shop.Main.main(Main.java:11)''',
        '''Kubernetes events, why is my pod not starting?

Warning  FailedScheduling  2m   default-scheduler  0/3 nodes are available: 3 Insufficient memory.
Normal   Pulled            40s  kubelet            Container image "registry.example.com/shop/api:1.8.2" already present on machine''',
        '''nginx error log, what's going on?

2024/03/02 22:41:17 [error] 1123#1123: *4471 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.24, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://127.0.0.1:8000/api/cart", host: "shop.example.com"''',
        '''Got this from npm:

npm ERR! code EACCES
npm ERR! syscall mkdir
npm ERR! path /usr/local/lib/node_modules/typescript
npm ERR! errno -13
npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/typescript'

Should I just use sudo?''',
        '''Postgres log:

2024-06-01 03:00:12.441 UTC [8812] ERROR:  duplicate key value violates unique constraint "orders_pkey"
2024-06-01 03:00:12.441 UTC [8812] DETAIL:  Key (id)=(@@ORDER@@) already exists.

How can this happen with a serial id?''',
        '''Auth service logs show lots of these, is it an attack or misconfiguration?

level=warn ts=2024-04-22T17:03:55Z msg="login failed" user=admin reason="invalid password" src=10.0.4.17
level=warn ts=2024-04-22T17:03:56Z msg="login failed" user=admin reason="invalid password" src=10.0.4.17

10.0.4.17 is our monitoring host I think.''',
        '''Docker build output:

Step 7/12 : RUN pip install -r requirements.txt
 ---> Running in 3f1c2a9b7d4e
ERROR: Could not find a version that satisfies the requirement torch==2.3.0+cu121
ERROR: No matching distribution found for torch==2.3.0+cu121''',
        '''My Rust build fails:

error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable
 --> src/main.rs:5:5
  |
4 |     let first = &v[0];
  |                  - immutable borrow occurs here
5 |     v.push(6);
  |     ^^^^^^^^^ mutable borrow occurs here''',
        '''CI failed with this, what's wrong?

FAILED tests/test_api.py::test_create_order - AssertionError: assert 500 == 201
 +  where 500 = <Response [500]>.status_code
=========== 1 failed, 212 passed, 3 skipped in 41.27s ===========''',
        '''systemd says:

● myapp.service - My App
     Loaded: loaded (/etc/systemd/system/myapp.service; enabled)
     Active: failed (Result: exit-code) since Tue 2024-05-07 08:14:22 UTC; 3min ago
    Process: 2231 ExecStart=/opt/myapp/bin/start.sh (code=exited, status=203/EXEC)''',
        '''Windows event log entry, should I worry?

Event ID 4625: An account failed to log on.
Account Name: Administrator
Failure Reason: Unknown user name or bad password.
Logon Type: 3''',
        '''Android logcat crash:

E/AndroidRuntime: FATAL EXCEPTION: main
    Process: com.example.notes, PID: 12044
    java.lang.IllegalStateException: Fragment NoteFragment not attached to a context.''',
        '''Our audit log shows this line, what does it mean?

2024-02-11 14:02:09 sudo:   deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart app''',
        '''Terraform plan output, is it going to delete my database?!

  # aws_db_instance.main must be replaced
-/+ resource "aws_db_instance" "main" {
      ~ engine_version = "14.7" -> "15.4" # forces replacement''',
        '''Webpack warning:

WARNING in ./src/index.js 12:0-34
Module not found: Error: Can't resolve './config.local' in '/home/ci/app/src'

The file is in .gitignore on purpose.''',
        '''Celery worker log:

[2024-03-18 11:20:45,002: ERROR/ForkPoolWorker-2] Task reports.generate[@@UUID@@] raised unexpected: OperationalError('server closed the connection unexpectedly')''',
        '''What does "OOMKilled" mean in this output?

NAME                       READY   STATUS      RESTARTS   AGE
api-7d9c8f6b5-x2k4p        0/1     OOMKilled   4          12m''',
        '''Apache access log lines, why so many 404s?

198.51.100.7 - - [10/Oct/2024:13:55:36 +0000] "GET /wp-login.php HTTP/1.1" 404 196
198.51.100.7 - - [10/Oct/2024:13:55:37 +0000] "GET /admin/config.php HTTP/1.1" 404 196

We don't even use WordPress.''',
        '''Explain this Python warning:

/usr/lib/python3.12/site-packages/urllib3/connectionpool.py:1099: InsecureRequestWarning: Unverified HTTPS request is being made to host 'internal.example.net'.''',
        '''Kafka consumer keeps logging this:

WARN [Consumer clientId=orders-1, groupId=orders] Offset commit failed on partition orders-3 at offset 88412: The coordinator is not aware of this member.''',
        '''Go panic, help me read it:

panic: runtime error: index out of range [3] with length 3

goroutine 1 [running]:
main.main()
	/home/me/proj/main.go:14 +0x1d''',
        '''My GitHub Actions job shows:

Run actions/checkout@v4
Syncing repository: example-org/shop
Error: fatal: could not read Username for 'https://github.com': terminal prompts disabled''',
        '''Redis log: "WARNING overcommit_memory is set to 0! Background save may fail under low memory condition." — how do I fix this on Ubuntu?''',
        '''Here's my pip freeze diff after the upgrade, which change could break things?

-requests==2.31.0
+requests==2.32.3
-urllib3==1.26.18
+urllib3==2.2.1''',
        '''Explain the output of `git log --oneline -5`:

@@SHA7@@ Fix off-by-one in pagination
@@SHA7@@ Bump version to 2.4.1
@@SHA7@@ Merge pull request #482 from feature/export-csv
@@SHA7@@ Add CSV export
@@SHA7@@ Update README''',
        '''Our VPN logs are full of "TLS handshake failed: certificate verify failed (self signed certificate in certificate chain)". Where do I start?''',
    ],
    "identifiers_hashes": [
        "How do I generate a UUID v4 in JavaScript? I need something like @@UUID@@",
        "Is @@UUID@@ a valid UUID? Which version is it?",
        "What's the difference between UUID v4 and v7? Our IDs look like @@UUID@@",
        "I need to cherry-pick commit @@SHA1@@ onto the release branch. What's the command?",
        "git bisect says the first bad commit is @@SHA1@@. How do I see what changed in it?",
        "How do I revert just commit @@SHA7@@ without touching later commits?",
        "The download page lists SHA-256 @@SHA256@@ for the installer. How do I verify it on Windows?",
        "How do I check the sha256sum of a file on Linux and compare it to this: @@SHA256@@",
        "Our Docker image digest is sha256:@@SHA256@@. How do I pin it in my Dockerfile?",
        "Why does my lockfile have integrity hashes like sha512-...? Can I delete them?",
        "Is MD5 still OK for checking file integrity (not security)? e.g. d41d8cd98f00b204e9800998ecf8427e",
        "Why is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 the SHA-256 of so many files?",
        "Where's my package? Tracking number @@TRACK@@, it's been 'label created' for 4 days.",
        "Please look up order @@ORDER@@ and invoice @@INV@@ — the amounts don't match.",
        "My ticket number is @@TICKET@@, any update?",
        "How do I read a VIN? Mine is 1HGCM82633A004352 (it's the common example one from a how-to site, not my real car)",
        "What does the ISBN 978-0-306-40615-7 tell me about the book?",
        "Is IBAN GB82 WEST 1234 5698 7654 32 the standard example IBAN? I'm writing validation tests.",
        "What's the check digit algorithm for EAN-13 barcodes? Example: 4006381333931",
        "The error page shows 'Reference: @@UUID@@'. Should I include that when I contact support?",
        "Our Sentry event id is @@HEX32@@, how do I search for it?",
        "Can you parse this AWS ARN and tell me what each part means? arn:aws:s3:::example-bucket/reports/2024/q1.csv",
        "What does the 'etag' header \"@@HEX32@@\" mean in an S3 response?",
        "Explain the parts of this JWT header (it's from the jwt.io example, not a real token): {\"alg\":\"HS256\",\"typ\":\"JWT\"}",
        "Is a SHA-1 like @@SHA1@@ enough to uniquely identify a commit in a big repo, or should I use the full hash?",
        "My flight booking reference is @@PNR@@. Can I use that to check in online?",
        "I have a parcel from Germany with a tracking number @@TRACK@@. Which courier uses that format?",
        "Convert this epoch timestamp to a date: 1714557600",
        "How do I generate a random 32-character hex string in Python, like @@HEX32@@?",
        "In Mongo, what does the ObjectId @@HEX24@@ tell me? Can I get the creation time from it?",
        "Transaction id @@HEX32@@ shows as pending in the dashboard. How long do bank transfers take?",
        "Our Jira ticket PROJ-@@NUM4@@ references build #@@NUM4@@ — how do I link them automatically?",
        "Can you explain semantic versioning for 2.14.0-rc.3+build.@@NUM4@@?",
        ("de", "Meine Sendungsnummer ist @@TRACK@@, aber die Seite sagt 'nicht gefunden'. Was tun?"),
        ("fr", "Mon numéro de commande est @@ORDER@@ et ma facture @@INV@@ n'est pas disponible dans mon espace client."),
    ],
    "doc_example_credentials": [
        '''The AWS docs use these example credentials. Is this the right format for ~/.aws/credentials?

[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY''',
        "In the OpenAI quickstart they write `export OPENAI_API_KEY=\"sk-...\"`. Do I put the key in my .bashrc or is there a better way?",
        '''Is this the right way to read the key?

import os
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])  # never hardcode: sk-xxxxxxxx''',
        '''Our README says:

curl https://api.example.com/v1/items \\
  -H "Authorization: Bearer <YOUR_API_KEY>"

Do I include the angle brackets?''',
        '''What's wrong with this .env.example? Teammates keep committing real values.

DATABASE_URL=postgres://user:password@localhost:5432/app
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxx
SENTRY_DSN=
JWT_SECRET=change-me''',
        "The Slack docs show a token like xoxb-your-bot-token. Where do I actually get mine?",
        "GitHub says my personal access token looks like ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx. How long should I make it valid for?",
        '''Helm values template — are placeholders like this fine?

secrets:
  apiKey: "REPLACE_ME"
  dbPassword: "{{ .Values.db.password }}"''',
        '''Here's the example from the Twilio docs I'm following:

ACCOUNT_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
AUTH_TOKEN = "your_auth_token"

Where do I find the real values in the console?''',
        '''Docker Hub's postgres page has this compose file, is it ok for local dev?

services:
  db:
    image: postgres
    environment:
      POSTGRES_PASSWORD: example''',
        "What's the format of an Anthropic API key? The docs just say `x-api-key: $ANTHROPIC_API_KEY`.",
        '''Is the placeholder in this Kubernetes Secret going to be base64-decoded?

apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
type: Opaque
stringData:
  API_KEY: "<your-api-key-here>"''',
        "Google Maps docs say to use `key=YOUR_API_KEY` in the script URL. How do I restrict the key to my domain?",
        '''Why does the AWS CLI say "The security token included in the request is invalid" when I use the example keys from the tutorial (AKIAIOSFODNN7EXAMPLE)?''',
        '''I'm writing docs for our API. Is it standard to show keys like this?

Authorization: Bearer sk_live_••••••••••••4f2a

or should I use a fake full-length example?''',
        '''Terraform variables file from the tutorial:

variable "db_password" {
  description = "Database administrator password"
  type        = string
  sensitive   = true
}

What does sensitive = true do?''',
        "In the Stripe docs there are keys like pk_test_... and sk_test_... — what's the difference between publishable and secret keys?",
        '''Our config loader prints this on startup. Is it leaking anything?

Loaded config: {"db_host": "db.internal", "db_user": "app", "db_password": "********", "api_key": "***redacted***"}''',
        "How do I rotate an API key without downtime? Our clients send it as `X-Api-Key: <key>`.",
        '''The Azure sample uses:

AZURE_OPENAI_ENDPOINT=https://YOUR-RESOURCE-NAME.openai.azure.com/
AZURE_OPENAI_API_KEY=<your-key>

What's the resource name?''',
        "The Mailgun quickstart has `api:key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`. Is the 'api:' part literally the username?",
        "What's a good way to generate a strong random value for SECRET_KEY in Django? The template has 'django-insecure-changeme'.",
        '''Is it fine to commit this GitHub Actions workflow? The token is from secrets.

- name: Publish
  run: npm publish
  env:
    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}''',
        '''Our onboarding wiki says: "Your temporary password is sent by SMS. Log in at https://portal.example.com and change it immediately." Can you make this clearer for non-technical staff?''',
        ("de", "In der Anleitung steht `API_KEY=<DEIN_API_SCHLÜSSEL>`. Muss ich die spitzen Klammern mit eintragen?"),
    ],
    "test_card_numbers": [
        "Stripe test mode: which card number simulates a successful payment? Is it 4242 4242 4242 4242 with any future expiry?",
        "What test card should I use to trigger a 3D Secure challenge in Stripe? The docs mention 4000 0027 6000 3184.",
        "For our QA checklist: use 4000 0000 0000 0002 to test a declined card, and 4242 4242 4242 4242 for success. Can you format this as a table?",
        "Why does Stripe's 4000 0000 0000 9995 test card return insufficient_funds? Where's the list of decline codes?",
        '''Our Cypress test fills the checkout form like this, is that ok?

cy.get("#card-number").type("4242424242424242");
cy.get("#card-expiry").type("12/34");
cy.get("#card-cvc").type("123");''',
        "Is 5555 5555 5555 4444 a Mastercard test number for all payment providers or just Stripe?",
        "How does the Luhn check work? Walk me through it with the test number 4111 1111 1111 1111.",
        "Write a Python function that validates a card number with the Luhn algorithm. Test it on 4242424242424242 and 4242424242424241.",
        "Adyen vs Stripe test cards — is 4111 1111 4555 1142 an Adyen one?",
        "Braintree sandbox: which card number should I use for a Visa that succeeds? I tried 4111 1111 1111 1111.",
        "Our staging checkout rejects the Amex test card 3782 822463 10005. Is the CVC supposed to be 4 digits?",
        "Can I use Stripe's test card 4000 0566 5566 5556 to test debit card flows?",
        "Why do all the test cards use 4242? Is there a story behind it?",
        ("es", "¿Qué tarjeta de prueba uso en Stripe para simular un pago rechazado? Tengo la 4242 4242 4242 4242 para los pagos correctos."),
    ],
    "example_emails": [
        "Write a regex to validate email addresses and test it against alice@example.com, bob.smith+news@example.org and not-an-email.",
        "In our docs we use user@example.com in every code sample. Is example.com reserved for that or could it belong to someone?",
        '''Is this the right way to send a test email with Python?

msg["From"] = "noreply@example.com"
msg["To"] = "test-recipient@example.com"
msg["Subject"] = "Test"''',
        "How do I configure Git with a placeholder address like dev@example.invalid for a throwaway VM?",
        '''Here's our seed data. Does it look realistic enough for demos?

INSERT INTO users (name, email) VALUES
  ('Demo Admin', 'admin@example.com'),
  ('Test Customer', 'customer1@example.com'),
  ('Support Agent', 'agent@example.net');''',
        "What's the difference between example.com, example.net and example.org? Can I use all three in documentation?",
        "Our login form test uses jane.doe@example.com / correct-horse-battery-staple as credentials on the local mock server. Is that bad practice in a public repo?",
        "Mailchimp says 'test@example.com' bounced. Does example.com accept mail at all?",
        "Write a unit test that checks our email normaliser turns ' John.Doe@Example.COM ' into 'john.doe@example.com'.",
        "Is info@example.com a valid RFC 5322 address? And what about \"quoted name\"@example.com?",
        "In the mockup the contact line says 'support@yourcompany.example'. What should the final copy look like?",
        '''Can you fix the YAML?

notifications:
  email:
    recipients:
      - ops-team@example.com
    on_failure: always''',
        "For a training exercise I need 10 fake employee names with emails at example.org. Nothing real please.",
    ],
    "public_keys_certs": [
        '''I added this key to authorized_keys but still get "Permission denied (publickey)". What should I check?

ssh-ed25519 @@ED25519@@ deploy@buildserver''',
        '''Which of these goes on GitHub, the .pub file? It looks like:

ssh-ed25519 @@ED25519@@ me@laptop''',
        '''Is this a certificate or a CSR? How do I inspect it with openssl?

-----BEGIN CERTIFICATE-----
@@PEM@@
-----END CERTIFICATE-----''',
        '''Our IdP gave us this public key for verifying tokens. Where do I put it in the Spring config?

-----BEGIN PUBLIC KEY-----
@@PEM@@
-----END PUBLIC KEY-----''',
        "What's the difference between a .pem, .crt and .cer file?",
        "How do I view the expiry date of a certificate from the command line? `openssl x509 -in cert.pem -noout -enddate`?",
        "Let's Encrypt renewal failed. How do I check which certificate nginx is actually serving?",
        '''The JWKS endpoint returns this. Which field is the public key?

{"keys":[{"kty":"RSA","use":"sig","kid":"@@HEX32@@","alg":"RS256","n":"@@B64URL@@","e":"AQAB"}]}''',
        "Explain the certificate chain: leaf, intermediate, root. Why does my browser trust it but curl doesn't?",
        '''Is it normal that the SSH host key fingerprint is shown like this?

ED25519 key fingerprint is SHA256:@@B64FP@@.
Are you sure you want to continue connecting (yes/no/[fingerprint])?''',
        '''Where do I put this GPG public key so apt trusts the repository?

-----BEGIN PGP PUBLIC KEY BLOCK-----

@@PEM@@
-----END PGP PUBLIC KEY BLOCK-----''',
        "How do I convert a PKCS#12 .pfx to a PEM certificate and key for nginx?",
        "What does 'unable to get local issuer certificate' mean when pip installs behind our corporate proxy?",
        '''Our mTLS setup: I have the CA cert and the client cert, but Python requests says SSLError. Code:

requests.get(url, cert=("client.crt", "client.key"), verify="ca.pem")''',
        "How do I add my team's SSH public keys to a new server with cloud-init?",
    ],
    "base64_harmless": [
        '''Why doesn't this image show up in my HTML email?

<img alt="logo" src="data:image/png;base64,@@PNG_B64@@">''',
        '''Is embedding small icons like this in CSS a good idea for performance?

.icon-dot { background-image: url("data:image/png;base64,@@PNG_B64@@"); }''',
        '''How do I decode this base64 in Python and save it as a PNG? It comes from our charting API.

img_b64 = "@@PNG_B64@@"''',
        '''My test fixture has a tiny PNG inline. Is there a cleaner way to store it?

TINY_PNG = base64.b64decode(
    "@@PNG_B64@@"
)''',
        "What does this base64 say? SGVsbG8sIHdvcmxkIQ== (from a tutorial exercise)",
        "Why does base64 end with = or ==? e.g. 'YWJjZA=='",
        '''The API returns the thumbnail like this, how do I display it in React?

{"id": "@@UUID@@", "thumbnail": "data:image/png;base64,@@PNG_B64@@"}''',
        "Is base64 encryption? My colleague says our config is 'encrypted' because it's base64 (it just holds the app's display name: TXkgQ29vbCBBcHA=).",
        '''Jest snapshot contains a giant base64 string for an image. Can I exclude it?

exports[`Avatar renders 1`] = `<img src="data:image/png;base64,@@PNG_B64@@" />`;''',
        "The 1x1 transparent GIF R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7 — why do email trackers use pixels like this, and how do I block them in my mail client?",
        '''Markdown preview won't render my base64 image, any idea?

![chart](data:image/png;base64,@@PNG_B64@@)''',
        "How do I base64-encode a file on macOS from the terminal?",
    ],
    "urls_query_strings": [
        "Why does this link break when I share it on WhatsApp? https://shop.example.com/search?q=red+shoes&size=38&sort=price_asc&page=2",
        "How do I parse the query string of https://example.com/report?from=2024-01-01&to=2024-03-31&region=emea in JavaScript?",
        "Our UTM links look like https://blog.example.org/post/spring-launch?utm_source=newsletter&utm_medium=email&utm_campaign=spring24. Does Google Analytics pick them up automatically?",
        "How do I URL-encode a space — %20 or +? e.g. https://example.com/search?q=new%20york",
        "What's the redirect_uri for OAuth here? https://auth.example.com/authorize?response_type=code&client_id=my-app&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20profile&state=@@HEX16@@",
        "Is it safe to put a page number and filters in the URL, like /products?category=lamps&min_price=20&max_price=80?",
        "This Google Maps link is huge, can I shorten it? https://www.google.com/maps/dir/?api=1&origin=Central+Station&destination=City+Museum&travelmode=transit",
        "How do I make Django read ?page=3&per_page=50 from the request?",
        "Why does my Flask route not match /items/42?include=reviews&lang=de?",
        "The YouTube link has &t=95s at the end, what does that do? https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=95s",
        "Presigned S3 URLs look like https://example-bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=@@HEX64@@ — how long are they valid and can I revoke one?",
        "Write a function that removes tracking parameters (utm_*, fbclid, gclid) from a URL.",
        "How do I add a webhook URL like https://hooks.example.com/services/ci-notify to our build notifications?",
        ("de", "Warum funktioniert der Link https://www.example.de/suche?begriff=gr%C3%BCne+jacke&seite=2 in Outlook nicht?"),
    ],
    "markdown_images": [
        '''My README chart doesn't render on GitHub:

![Monthly active users](docs/img/mau-2024.png)

The file is definitely in the repo.''',
        '''How do I make this image smaller in markdown?

![Revenue by quarter](https://charts.example.com/render?type=bar&data=120,135,128,160&labels=Q1,Q2,Q3,Q4)''',
        "Can I add alt text and a caption to a markdown image like ![latency p95](./latency.png)?",
        '''Our status page template:

## Incident 2024-05-14
![error rate graph](https://status.example.com/graphs/error-rate-2024-05-14.png)
Error rates returned to normal at 10:42 UTC.

How can I make the graph clickable?''',
        '''Why does this badge show "invalid"?

![build](https://img.shields.io/github/actions/workflow/status/example-org/shop/ci.yml?branch=main)''',
        "How do I put two images side by side in GitHub markdown?",
        '''In our Jupyter notebook export, the plots show as

![png](output_12_0.png)

and the files are missing. How do I embed them?''',
        '''Docs page draft:

### Results
![Accuracy vs. training steps](figures/accuracy_curve.svg)
*Figure 2: Accuracy on the validation set.*

Does the caption formatting look standard?''',
        "How do I embed a mermaid diagram instead of a PNG in our wiki?",
        '''Help me write alt text for these charts in our annual report:

![](img/revenue_by_region.png)
![](img/headcount_2019_2024.png)''',
    ],
    "sql_migrations": [
        '''Review this migration before I run it on staging:

BEGIN;
ALTER TABLE invoices ADD COLUMN due_date DATE;
UPDATE invoices SET due_date = issued_at::date + 30 WHERE due_date IS NULL;
ALTER TABLE invoices ALTER COLUMN due_date SET NOT NULL;
COMMIT;''',
        '''Is the down migration right?

-- up
CREATE TABLE tags (id SERIAL PRIMARY KEY, name TEXT UNIQUE NOT NULL);
-- down
DROP TABLE IF EXISTS tags;''',
        '''Flyway script V12__drop_legacy_columns.sql:

ALTER TABLE customers DROP COLUMN IF EXISTS fax_number;
ALTER TABLE customers DROP COLUMN IF EXISTS legacy_id;

Will this lock the table for long on 5M rows?''',
        '''Alembic generated this, why is it dropping my index?

def upgrade():
    op.drop_index("ix_orders_created_at", table_name="orders")
    op.create_index("ix_orders_created_at_status", "orders", ["created_at", "status"])''',
        '''Cleanup job for the sessions table, is the WHERE clause right?

DELETE FROM sessions WHERE expires_at < NOW() - INTERVAL '7 days';''',
        '''Our nightly job truncates a staging table before reloading it:

TRUNCATE TABLE staging_sales;
COPY staging_sales FROM '/data/exports/sales.csv' WITH (FORMAT csv, HEADER true);

Is TRUNCATE faster than DELETE here?''',
        '''GDPR deletion request procedure — does this look complete?

DELETE FROM newsletter_subscribers WHERE customer_id = $1;
UPDATE orders SET shipping_name = NULL, shipping_address = NULL WHERE customer_id = $1;
DELETE FROM customers WHERE id = $1;''',
        '''Rails migration:

class RemoveUnusedTables < ActiveRecord::Migration[7.1]
  def change
    drop_table :old_reports, if_exists: true
  end
end

How do I make it reversible?''',
        '''Prisma schema change, will this drop data?

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
- nickname String?
}''',
        '''Explain what GRANT does here, and is it too permissive?

CREATE ROLE reporting NOLOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
GRANT reporting TO analyst_app;''',
        '''Liquibase changeset to rename a column:

<changeSet id="42" author="maria">
  <renameColumn tableName="products" oldColumnName="desc" newColumnName="description"/>
</changeSet>''',
        '''Test database reset script for CI:

DROP SCHEMA IF EXISTS test CASCADE;
CREATE SCHEMA test;

Is CASCADE dangerous if I only ever point it at the test DB?''',
        '''How do I archive old rows instead of deleting them?

INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < '2020-01-01';
DELETE FROM orders WHERE created_at < '2020-01-01';''',
        '''Why does this UPDATE affect 0 rows?

UPDATE users SET is_active = false WHERE last_login < '2023-01-01' AND role <> 'admin';''',
        '''MySQL: is this the right way to change a column type without losing data?

ALTER TABLE products MODIFY COLUMN price DECIMAL(12,2) NOT NULL;''',
        '''Django generated a migration with RunSQL. Is the reverse_sql right?

migrations.RunSQL(
    "CREATE INDEX CONCURRENTLY idx_events_user ON events(user_id);",
    reverse_sql="DROP INDEX CONCURRENTLY IF EXISTS idx_events_user;",
)''',
        ("fr", '''Est-ce que cette requête supprime seulement les paniers abandonnés ?

DELETE FROM paniers WHERE statut = 'abandonne' AND maj_le < NOW() - INTERVAL '30 days';'''),
    ],
    "shell_tutorials": [
        "Tutorial step 3 says `sudo rm -rf /var/lib/apt/lists/*` before apt update in a Dockerfile. Why do they do that?",
        "Is `rm -rf node_modules dist .cache` safe to run in my project folder? It's in the 'clean' script of package.json.",
        "How do I install Rust? The site says `curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh`. Is piping curl to sh safe?",
        "What does `chmod -R 755 /var/www/html` do and is it too permissive?",
        "Explain each part: `find . -name '*.log' -mtime +30 -delete`",
        "How do I empty the trash from the terminal on Ubuntu?",
        "What does `sudo !!` do?",
        "What is the difference between `kill -9` and `kill -15`?",
        "How do I safely wipe a USB stick before giving it away? Is `dd if=/dev/zero of=/dev/sdX` right? I'll double-check the device name.",
        "What does `git clean -fdx` delete? I want to reset my working directory to a fresh checkout.",
        "Explain `docker system prune -a --volumes` — will it delete my database volume?",
        "What does `:(){ :|:& };:` do? I saw it in a Linux trivia quiz and I'm not going to run it.",
        "Why do tutorials tell you never to run `rm -rf /`? Doesn't Linux prevent it now with --preserve-root?",
        "How do I make a shell script executable and run it? chmod +x backup.sh && ./backup.sh?",
        "What's the difference between `su -` and `sudo -i`?",
        "Is `shutdown -h now` the same as `poweroff`?",
        "How do I `git reset --hard origin/main` without losing my local untracked notes file?",
        "What does `history -c` do, and does it clear .bash_history too?",
        "Explain `tar -czvf backup.tar.gz /home/me/documents` flag by flag",
        "How do I undo `chown -R` that I ran on the wrong folder? Just my home dir, no system files.",
        ("de", "Was macht eigentlich `sudo apt autoremove`? Kann das mein System kaputt machen?"),
        ("ja", "`rm -rf node_modules` してから `npm install` し直すのは問題ないですか？"),
    ],
    "legit_data_transfer": [
        "How do I automatically email myself the weekly sales report from Google Sheets?",
        "Write a script that uploads last night's database backup to our S3 bucket and deletes local copies older than 7 days.",
        "How do I forward emails from my old work address to my new one before the account is closed? IT approved it.",
        "Can I export all my photos from Google Photos and move them to iCloud?",
        "How do I send a webhook to our Slack channel when a GitHub issue is labelled 'urgent'?",
        "Set up a Zapier flow that sends new Typeform responses to our CRM.",
        "How do I share a large file (8GB) with a client securely?",
        "How do I sync a folder between my laptop and my NAS automatically?",
        "Write a Python snippet that POSTs a JSON summary of the test results to our internal dashboard API.",
        "How can I download all attachments from a Gmail label at once?",
        "We're migrating from Mailchimp to Brevo. How do we transfer the subscriber list with consent flags?",
        "How do I export my Notion workspace to Markdown?",
        "How do I set up log shipping from our servers to Elasticsearch?",
        "Copy all files from one S3 bucket to another in a different account — what IAM permissions do I need?",
    ],
    "number_lookalikes": [
        "Why can't I ping 192.0.2.10? It's the address in the tutorial.",
        "What are the private IP ranges? Is 10.0.0.0/8 always internal?",
        "Explain CIDR notation with 198.51.100.0/24 as an example",
        "Our app shows version 10.4.2.1187 — how do I tell if that's the latest build?",
        "What does the phone number format +1-555-0100 mean in TV shows? Are 555 numbers fake?",
        "Explain IPv6 address 2001:db8::1 — why is it used in documentation?",
        "Is 127.0.0.1 the same as localhost? And what about 0.0.0.0?",
        "What's the date format 2024-06-01T08:30:00+02:00 called?",
        "Our product codes look like SKU-2024-00417-BLU. How should I structure them so they sort nicely?",
        "How do I format a number like 1234567.891 as 1,234,567.89 in Excel?",
        "Our customer IDs are 9 digits, e.g. 100200300. Should I store them as integers or strings?",
        "Can you explain the format of a MAC address like 00:1A:2B:3C:4D:5E? Is that a real vendor?",
        "What is port 5432 used for? And 6379?",
        "Why is the date 1970-01-01 showing up everywhere in my database?",
    ],
}
