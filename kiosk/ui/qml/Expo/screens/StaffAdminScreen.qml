import QtQuick
import Expo

// The organizer's admin screen: this kiosk's place, software, database, backups and disk; reload, restart, exit.
Item {
    id: screen
    objectName: "staffAdminScreen"
    property string kind
    property string entityId
    readonly property var s: Admin.status
    property bool confirmExit: false
    function checkText(state) {
        switch (state) {
        case "recovered": return qsTr("Damaged: started from a backup")
        case "damaged_running": return qsTr("Damaged, and no good backup: running on it as it is")
        case "passed": return qsTr("Passed")
        case "damaged": return qsTr("Damaged: the kiosk restarts and recovers from a backup")
        case "waiting": case "running": return qsTr("Running in the background…")
        }
        return qsTr("Not run")
    }

    property string reloadedAt: ""  // when "Reload content" was tapped on this visit
    function dated(at, message) { return at + " · " + message }  // "10:42 · Backup written and checked."

    Component.onCompleted: { Admin.forgetMessages(); Admin.refresh() }
    Connections {
        target: Show
        function onLangChanged() { Admin.refresh() }
    }

    Flickable {
        id: flick
        objectName: "adminFlick"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: actions.top
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        clip: true
        Column {
            id: column
            width: flick.width
            spacing: Theme.gap
            ScreenHeader {
                width: parent.width
                title: qsTr("Kiosk administration")
            }
            Rectangle {
                objectName: "recoveryNotice"
                visible: (screen.s.recovery || "") !== ""
                width: parent.width
                height: recoveryText.implicitHeight + Theme.gap * 2
                radius: Theme.radius
                color: Theme.highlight
                PlainText {
                    id: recoveryText
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    text: qsTr("At start the database was found damaged. %1").arg(screen.s.recovery || "")
                }
            }
            Flow {
                width: parent.width
                spacing: Theme.gap
                readonly property real cardWidth: screen.width > screen.height ? (width - spacing) / 2 : width

                AdminCard {
                    objectName: "adminKioskCard"
                    width: parent.cardWidth
                    title: qsTr("This kiosk")
                    AdminFact { width: parent.width; label: qsTr("Kiosk id"); value: screen.s.kioskId || qsTr("Not set: the map uses the plan's first kiosk. Set one with “kiosk config set kiosk_id”.") }
                    AdminFact { width: parent.width; label: qsTr("Place"); value: screen.s.hall ? qsTr("%1 · %2 · %3 m, %4 m · facing %5°").arg(screen.s.kioskName).arg(screen.s.hallName).arg(Number(screen.s.x).toFixed(1)).arg(Number(screen.s.y).toFixed(1)).arg(Math.round(screen.s.facing)) : "" }
                    TouchButton {
                        id: placeButton
                        objectName: "adminPlaceButton"
                        enabled: (screen.s.kioskId || "") !== ""
                        text: qsTr("Set the position on the map")
                        onClicked: Nav.open("staffPlace", "")
                    }
                    PlainText {
                        objectName: "adminPlaceWhy"
                        visible: !placeButton.enabled
                        width: parent.width
                        color: Theme.textMuted
                        text: qsTr("The position can be set once this kiosk has an id (see above).")
                    }
                }
                AdminCard {
                    objectName: "adminLocksCard"
                    width: parent.cardWidth
                    title: qsTr("Sign-in locks")
                    PlainText {
                        visible: (screen.s.locks || []).length === 0
                        width: parent.width
                        text: qsTr("No sign-in is locked on this kiosk.")
                    }
                    Repeater {
                        model: screen.s.locks || []
                        Item {
                            width: parent.width
                            implicitHeight: Math.max(lockText.implicitHeight, clearLock.height)
                            height: implicitHeight
                            PlainText {
                                id: lockText
                                width: parent.width - clearLock.width - Theme.gap
                                anchors.verticalCenter: parent.verticalCenter
                                wrapMode: Text.Wrap
                                text: (modelData.key === "organizer" ? qsTr("Organizer") : qsTr("%1 (booth %2)").arg(modelData.who).arg(modelData.booths))
                                      + " · " + qsTr("%n wrong PIN(s) in a row", "", modelData.failures)
                                      + (modelData.seconds > 0 ? " · " + qsTr("waits %n second(s) more", "", modelData.seconds) : "")
                            }
                            TouchButton {
                                id: clearLock
                                objectName: "adminClearLock"
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                text: qsTr("Clear the lock")
                                onClicked: Admin.clearLock(modelData.key)
                            }
                        }
                    }
                }
                AdminCard {
                    id: fleetCard
                    objectName: "adminFleetCard"
                    readonly property var f: screen.s.fleet || ({})
                    visible: f.name !== undefined
                    width: parent.cardWidth
                    title: qsTr("Fleet")
                    AdminFact { width: parent.width; label: qsTr("Fleet"); value: qsTr("%1 · this kiosk is %2").arg(fleetCard.f.name || "").arg(fleetCard.f.me || "") }
                    AdminFact {
                        width: parent.width
                        label: qsTr("Connected")
                        value: !fleetCard.f.syncthing ? qsTr("Syncthing is not installed: USB stick only")
                             : fleetCard.f.connected === null || fleetCard.f.connected === undefined ? qsTr("Starting…")
                             : qsTr("%1 of the %2 other members").arg(fleetCard.f.connected).arg(Math.max(0, (fleetCard.f.members || 1) - 1))
                    }
                    AdminFact {
                        objectName: "adminFleetPackage"
                        width: parent.width
                        label: qsTr("Content package")
                        value: (fleetCard.f.package ? qsTr("Version %1").arg(fleetCard.f.package) : qsTr("None yet: the content this kiosk started with"))
                               + (fleetCard.f.newest && fleetCard.f.newest !== fleetCard.f.package ? " · " + qsTr("version %1 is waiting for the attract screen").arg(fleetCard.f.newest) : "")
                    }
                    AdminFact { width: parent.width; label: qsTr("Edits"); value: qsTr("%1 made here · %2 from others not applied yet").arg(fleetCard.f.journal || 0).arg(fleetCard.f.pending || 0) }
                    AdminFact { width: parent.width; visible: (fleetCard.f.problems || []).length > 0; label: qsTr("Problems"); value: (fleetCard.f.problems || []).join("\n") }
                }
                AdminCard {
                    objectName: "adminSoftwareCard"
                    width: parent.cardWidth
                    title: qsTr("Software")
                    AdminFact { width: parent.width; label: qsTr("Kiosk version"); value: screen.s.version || "" }
                    AdminFact { width: parent.width; label: qsTr("Database schema"); value: screen.s.schemaVersion !== undefined ? String(screen.s.schemaVersion) : "" }
                    AdminFact { width: parent.width; label: qsTr("Runs on"); value: screen.s.software || "" }
                }
                AdminCard {
                    objectName: "adminDatabaseCard"
                    width: parent.cardWidth
                    title: qsTr("Database")
                    AdminFact { width: parent.width; label: qsTr("File"); value: screen.s.dbPath ? screen.s.dbPath + " (" + screen.s.dbSize + ")" : "" }
                    AdminFact { objectName: "adminCheck"; width: parent.width; label: qsTr("Integrity check"); value: screen.checkText(screen.s.check) }
                    AdminFact {
                        width: parent.width
                        label: qsTr("Contents")
                        value: screen.s.counts ? qsTr("%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions").arg(screen.s.counts.booths).arg(screen.s.counts.exhibitors).arg(screen.s.counts.cities).arg(screen.s.counts.projects).arg(screen.s.counts.sessions) : ""
                    }
                    PlainText { objectName: "adminReloaded"; visible: screen.reloadedAt !== ""; width: parent.width; color: Theme.now; text: screen.dated(screen.reloadedAt, qsTr("Content read again.")) }
                }
                AdminCard {
                    objectName: "adminBackupCard"
                    width: parent.cardWidth
                    title: qsTr("Backups and disk")
                    AdminFact {
                        width: parent.width
                        label: qsTr("Newest backup")
                        value: screen.s.backupCount > 0 ? qsTr("%1 (%n backup(s) kept)", "", screen.s.backupCount).arg(screen.s.backupNewest) : qsTr("None yet")
                    }
                    AdminFact {
                        width: parent.width
                        label: qsTr("Automatic backups")
                        value: screen.s.backupEvery > 0 ? qsTr("Every %n minute(s), in %1", "", screen.s.backupEvery).arg(screen.s.backupsDir) : qsTr("Off")
                    }
                    AdminFact {
                        objectName: "adminDisk"
                        width: parent.width
                        label: qsTr("Free disk space")
                        value: screen.s.diskFree ? (screen.s.diskLow ? qsTr("%1 of %2 — low: make room soon").arg(screen.s.diskFree).arg(screen.s.diskTotal)
                                                                       : qsTr("%1 of %2").arg(screen.s.diskFree).arg(screen.s.diskTotal)) : ""
                    }
                    PlainText {
                        objectName: "adminBackupResult"
                        width: parent.width
                        visible: (screen.s.lastBackup || "") !== ""
                        color: screen.s.lastBackup === "ok" ? Theme.now : Theme.next
                        text: screen.dated(screen.s.lastBackupAt || "", screen.s.lastBackup === "ok" ? qsTr("Backup written and checked.")
                                                                                  : qsTr("The backup failed: %1").arg(screen.s.lastBackup || ""))
                    }
                }
            }
        }
    }

    Flow {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.gap
        TouchButton {
            objectName: "adminReload"
            text: qsTr("Reload content")
            onClicked: screen.reloadedAt = Admin.reloadContent() ? Qt.formatTime(new Date(), "hh:mm") : ""
        }
        TouchButton {
            objectName: "adminBackupNow"
            enabled: !Admin.busy
            text: Admin.busy ? qsTr("Backing up…") : qsTr("Back up now")
            onClicked: Admin.backupNow()
        }
        TouchButton { objectName: "adminRestart"; text: qsTr("Restart the kiosk"); onClicked: Admin.restart() }
        TouchButton {
            objectName: "adminExit"
            text: screen.confirmExit ? qsTr("Tap again to close the kiosk") : qsTr("Exit to desktop")
            tint: screen.confirmExit ? Theme.highlight : Theme.surface
            onClicked: {
                if (screen.confirmExit)
                    Admin.exitToDesktop()
                else
                    screen.confirmExit = true
            }
        }
    }
    Timer { running: screen.confirmExit; interval: 5000; onTriggered: screen.confirmExit = false }
}
