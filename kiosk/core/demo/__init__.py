"""The demo data set (the ASCN 2019 show, from `db/`) built into a database, and synthetic booths for load tests.
Imports `common` and `store`.
"""
