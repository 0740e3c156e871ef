"""Running kiosks unattended: backups and recovery, health checks (`kiosk doctor`), the systemd notifications.
Imports `common`, `store`, `access` and `floor`.
"""
