"""SHA-1, for ids, URLs and change detection.

CPython's own SHA-1 module gives the same digests as hashlib's OpenSSL one,
without loading libcrypto: that load is a tenth of a cold rebuild's start-up,
and the data hashed here is small.
"""
try:
    from _sha1 import sha1
except ImportError:         # an interpreter built without it
    from hashlib import sha1

__all__ = ["sha1"]
