"""Booth staff change their own entries: validation of every field, publish, preview, restore, add and remove
projects, the images they upload (media) and the pictures of an entry (gallery). Checks who may change what, then
hands the change to the writer. Imports `common`, `store` and `access`.
"""
