-- Township API keys. A key is shown once, at issuance, as tk_{id}_{secret}; only the id and a hash of the
-- secret are kept, so a copy of this file does not let anyone submit.
-- secret_hash: SHA-256 of the secret's 32 bytes. The secret is 256 bits from a CSPRNG, not a password:
-- nothing can be guessed or looked up in a dictionary, so a slow, salted password hash (bcrypt, Argon2)
-- would add cost to every request and no protection; a plain, fast SHA-256 is enough and is what is checked.
-- id: the key's short public name (16 hex digits), recorded as report_revisions.submitted_by.
CREATE TABLE township_keys (
    id            TEXT NOT NULL PRIMARY KEY,
    township_code TEXT NOT NULL,
    secret_hash   BLOB NOT NULL CHECK (length(secret_hash) = 32),
    created_at    TEXT NOT NULL,               -- UTC, ISO 8601 with 'Z'
    revoked_at    TEXT                         -- NULL while the key is valid
) STRICT;

CREATE INDEX township_keys_by_township ON township_keys (township_code, created_at);
