"""The database: connections and pragmas, schema migrations, the search index, the mapping of records onto tables,
what an entry's versions hold, and the writer, the one module through which every change to a content table passes
(written, versioned, audited and indexed in one transaction). Imports only `common`.
"""
