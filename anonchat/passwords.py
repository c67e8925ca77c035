"""Admin password hashes: PBKDF2-SHA256 from the standard library, salted and slow.

Format: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``, so the cost can rise later without
invalidating old hashes.
"""

import hashlib
import hmac
import secrets

ITERATIONS = 600_000  # OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256


def hash_password(password, iterations=ITERATIONS):
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password, stored):
    try:
        scheme, iterations, salt, expected = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), expected)
