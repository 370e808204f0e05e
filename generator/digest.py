"""Hashes from CPython's own modules, not hashlib's OpenSSL ones: loading
libcrypto is a tenth of a cold rebuild's start-up.

- `sha1` names what the archive shows (article ids, agency page URLs): those
  must never change.  CPython's SHA-1 is slow on large data (300 MB/s here).
- `fingerprint` tells whether content changed (a page's bytes for the parse
  cache, a generated file's bytes for the build state): BLAKE2b, 1.4 GB/s,
  where a full build hashes 150 MB.
"""
from functools import partial

try:
    from _blake2 import blake2b
    from _sha1 import sha1
except ImportError:         # an interpreter built without them
    from hashlib import blake2b, sha1

fingerprint = partial(blake2b, digest_size=20)

__all__ = ["sha1", "fingerprint"]
