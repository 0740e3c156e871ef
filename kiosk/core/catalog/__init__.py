"""What visitors read: content queries for pages and lists, search queries over the index, QR payloads and codes.
Reads only; imports `common` and `store`.
"""
