import QtQuick
import QtQuick.Controls.Basic
import Expo

// An entry's logo and photos (entityId "city:bangkok"): remove them (and put them back), or add pictures from a USB
// stick or the kiosk's picture folder. Every picture is checked and cleaned before visitors see it
// (kiosk.core.editing.media), on a worker thread while a busy sign shows. What sits above the picker keeps its height
// whatever happens, so the picker never moves under the finger.
Item {
    id: screen
    objectName: "staffPicturesScreen"
    property string kind
    property string entityId
    readonly property var entry: Screens.split(entityId)  // "city:bangkok"
    readonly property string entryKind: entry.name
    readonly property string entryId: entry.id
    property int revision: 0
    readonly property var current: (revision, StaffSession.pictures(entryKind, entryId))
    readonly property bool busy: StaffSession.pictureBusy
    property var found: []
    property var sources: ({})
    property int picked: -1
    property string notice: ""
    property bool failed: false
    property string undoId: ""  // the picture the last removal took off: "Undo" puts it back

    property int generation: 0  // in each picture's address: another stick's picture n is another picture
    function look() {
        generation += 1
        found = StaffSession.findPictures()
        sources = StaffSession.pictureSources()
        picked = -1
    }
    function say(result, done) {
        failed = !result.ok
        notice = result.ok ? done : (result.message || "")
        revision += 1
    }
    function use(role) {
        notice = ""  // the last "Done" goes at once: the busy sign takes its place
        undoId = ""
        const result = StaffSession.usePicture(entryKind, entryId, picked, role)
        if (!result.busy)
            say(result, "")
    }
    function remove(mediaId, isLogo) {
        const result = StaffSession.removePicture(mediaId)
        undoId = result.ok ? mediaId : ""
        say(result, isLogo ? qsTr("The logo was removed. Visitors no longer see it.")
                           : qsTr("The photo was removed. Visitors no longer see it."))
    }
    function putBack(mediaId) {
        undoId = ""
        say(StaffSession.restorePicture(mediaId), qsTr("Put back. Visitors see it again."))
    }
    Component.onCompleted: look()
    Connections {
        target: StaffSession
        function onPictureDone(result) { screen.say(result, qsTr("Done. Visitors see it now.")) }
    }

    TouchButton { id: probe; visible: false; text: qsTr("Remove") }  // how tall a button is at this text size
    FontMetrics { id: noticeFont; font.pixelSize: Theme.body; font.bold: true }

    Flickable {
        id: flick
        objectName: "picturesFlick"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: noticeBox.top
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        clip: true
        Column {
            id: column
            width: flick.width
            spacing: Theme.gap
            ScreenHeader { width: parent.width; title: qsTr("Logo and photos") }
            SectionLabel { text: qsTr("Logo") }
            Item {
                width: parent.width
                height: Math.max(120, probe.implicitHeight)  // the same with a logo or without
                Row {
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.gap
                    Image {
                        objectName: "currentLogo"
                        visible: screen.current.logo.path !== undefined
                        source: visible ? "image://media/" + screen.current.logo.path : ""
                        height: 120
                        width: 240
                        fillMode: Image.PreserveAspectFit
                        asynchronous: false  // a Python image provider: loading it on Qt's reader thread can deadlock on the GIL
                    }
                    PlainText { visible: screen.current.logo.path === undefined; text: qsTr("No logo yet."); color: Theme.textMuted }
                    TouchButton {
                        objectName: "removeLogo"
                        visible: screen.current.logo.path !== undefined
                        enabled: !screen.busy
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Remove")
                        onClicked: screen.remove(screen.current.logo.id, true)
                    }
                }
            }
            SectionLabel { text: qsTr("Photos") }
            Item {
                id: photoArea
                width: parent.width
                // Room for every photo an entry may have: adding one never pushes the picker down.
                readonly property real cellHeight: 160 + Theme.gap * 0.5 + probe.implicitHeight
                readonly property int perRow: Math.max(1, Math.floor((width + Theme.gap) / (240 + Theme.gap)))
                readonly property int rows: Math.ceil(screen.current.most / perRow)
                height: Math.max(photoFlow.implicitHeight, rows * cellHeight + (rows - 1) * Theme.gap)
                Flow {
                    id: photoFlow
                    width: parent.width
                    spacing: Theme.gap
                    PlainText { visible: screen.current.photos.length === 0; text: qsTr("No photos yet."); color: Theme.textMuted }
                    Repeater {
                        model: screen.current.photos
                        delegate: Column {
                            required property var modelData
                            required property int index
                            spacing: Theme.gap * 0.5
                            Image {
                                objectName: "currentPhoto-" + index
                                source: "image://media/" + modelData.path
                                height: 160
                                width: 240
                                fillMode: Image.PreserveAspectFit
                                asynchronous: false  // a Python image provider: loading it on Qt's reader thread can deadlock on the GIL
                            }
                            TouchButton {
                                objectName: "removePhoto-" + index
                                enabled: !screen.busy
                                text: qsTr("Remove")
                                onClicked: screen.remove(modelData.id, false)
                            }
                        }
                    }
                }
            }
            SectionLabel { width: parent.width; text: qsTr("Add a picture from a USB stick or the kiosk's picture folder") }
            PlainText {
                objectName: "pictureSources"
                width: parent.width
                color: Theme.textMuted
                text: qsTr("Pictures are looked for on USB sticks as they are plugged in, and in the kiosk's picture folder: %1.")
                          .arg((screen.sources.folders || []).join(", "))
                      + " " + ((screen.sources.sticks || []).length > 0
                               ? qsTr("USB sticks found now: %1.").arg(screen.sources.sticks.join(", "))
                               : qsTr("No USB stick is plugged in now."))
            }
            Flow {
                width: parent.width
                spacing: Theme.gap
                TouchButton { objectName: "lookAgain"; enabled: !screen.busy; text: qsTr("Look again"); onClicked: screen.look() }
                TouchButton { objectName: "useAsLogo"; enabled: screen.picked >= 0 && !screen.busy; primary: true; text: qsTr("Use as logo"); onClicked: screen.use("logo") }
                TouchButton { objectName: "addAsPhoto"; enabled: screen.picked >= 0 && !screen.busy; primary: true; text: qsTr("Add as photo"); onClicked: screen.use("photo") }
            }
            PlainText {
                visible: screen.found.length === 0
                width: parent.width
                text: qsTr("No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.")
                color: Theme.textMuted
            }
            Flow {
                objectName: "pickerGrid"
                width: parent.width
                spacing: Theme.gap
                Repeater {
                    model: screen.found
                    delegate: Rectangle {
                        required property var modelData
                        objectName: "pick-" + modelData.index
                        width: 260
                        height: 230
                        radius: Theme.radius
                        color: screen.picked === modelData.index ? Theme.highlight : Theme.surface
                        border.color: screen.picked === modelData.index ? Theme.primary : Theme.line
                        border.width: 3
                        Image {
                            anchors.top: parent.top
                            anchors.horizontalCenter: parent.horizontalCenter
                            anchors.topMargin: 10
                            width: 240
                            height: 170
                            fillMode: Image.PreserveAspectFit
                            asynchronous: false  // a Python image provider: loading it on Qt's reader thread can deadlock on the GIL
                            source: "image://pick/" + screen.generation + "/" + modelData.index
                            cache: false
                        }
                        PlainText {
                            anchors.bottom: parent.bottom
                            anchors.bottomMargin: 8
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: parent.width - 16
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.NoWrap
                            elide: Text.ElideMiddle
                            text: modelData.name
                            font.pixelSize: Theme.small
                        }
                        MouseArea { objectName: "pickTap-" + modelData.index; anchors.fill: parent; onClicked: screen.picked = modelData.index }
                    }
                }
            }
            // Below the picker: a list that grows here never moves it.
            SectionLabel { visible: screen.current.removed.length > 0; width: parent.width; text: qsTr("Removed pictures") }
            Flow {
                objectName: "removedPictures"
                visible: screen.current.removed.length > 0
                width: parent.width
                spacing: Theme.gap
                Repeater {
                    model: screen.current.removed
                    delegate: Column {
                        required property var modelData
                        required property int index
                        width: 260
                        spacing: Theme.gap * 0.5
                        Image {
                            objectName: "removedPicture-" + index
                            source: "image://media/" + modelData.path
                            height: 160
                            width: 240
                            fillMode: Image.PreserveAspectFit
                            asynchronous: false  // a Python image provider: loading it on Qt's reader thread can deadlock on the GIL
                        }
                        PlainText {
                            width: parent.width
                            font.pixelSize: Theme.small
                            color: Theme.textMuted
                            text: (modelData.kind === "logo" ? qsTr("Logo") : qsTr("Photo")) + " · "
                                  + (modelData.organizer ? qsTr("removed %1 by the organizer").arg(modelData.at)
                                     : modelData.name !== "" ? qsTr("removed %1 by %2").arg(modelData.at).arg(modelData.name)
                                     : qsTr("removed %1 by booth staff").arg(modelData.at))
                        }
                        TouchButton {
                            objectName: "putBack-" + index
                            enabled: !screen.busy
                            text: qsTr("Put back")
                            onClicked: screen.putBack(modelData.id)
                        }
                    }
                }
            }
        }
    }
    // The message, its Undo and the busy sign: below the list, always in view wherever the finger is, and of
    // constant height (two lines, or a button's).
    Rectangle {
        id: noticeBox
        objectName: "picturesNoticeBox"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(Math.ceil(noticeFont.lineSpacing * 1.15 * 2), probe.implicitHeight,
                         noticeText.implicitHeight, busyRow.implicitHeight) + Theme.gap
        color: Theme.surfaceAlt
        Row {
            id: busyRow
            objectName: "picturesBusy"
            visible: screen.busy
            x: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.gap
            BusyIndicator {
                running: screen.busy
                width: Theme.touch
                height: Theme.touch
                anchors.verticalCenter: parent.verticalCenter
            }
            PlainText {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Preparing the picture…")
                font.bold: true
                color: Theme.primary
            }
        }
        PlainText {
            id: noticeText
            objectName: "picturesNotice"
            visible: !screen.busy && text !== ""
            x: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - 2 * Theme.margin - (undo.visible ? undo.width + Theme.gap : 0)
            text: screen.notice
            font.bold: true
            color: screen.failed ? "#b3261e" : Theme.now
        }
        TouchButton {
            id: undo
            objectName: "undoRemove"
            visible: !screen.busy && screen.undoId !== ""
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Undo")
            onClicked: screen.putBack(screen.undoId)
        }
    }
}
