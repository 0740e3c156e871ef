"""The fleet: many kiosks that stay one show. Each kiosk appends every change made at it to an edit journal of its
own (one file per entry, checksummed, stamped with a hybrid logical clock); every kiosk applies every journal in the
same order, so kiosks holding the same files show the same content. Syncthing (or a USB stick) moves the files.
Imports `common` and `store`.
"""
