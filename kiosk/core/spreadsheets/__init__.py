"""Spreadsheets in and out: reading and writing CSV, XLSX and JSON files, the column schema, the organizer's import
(all or nothing, every problem reported) and exports and templates. Imports `common`, `store`, `editing`
(validation) and `floor` (booths must fit their hall).
"""
