"""Anonymous visitor counts in a file of their own: recording events, merging kiosks' files, the report and its
charts. Imports `common`, `store`, `catalog` and `spreadsheets` (CSV output).
"""
