import QtQuick
import Expo

// An entry's logo and photos (entityId "city:bangkok"): remove them, or add pictures from a USB stick or a folder.
// Every picture is checked and cleaned before visitors see it (kiosk.core.media).
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
    property var found: []
    property int picked: -1
    property string notice: ""
    property bool failed: false

    property int generation: 0  // in each picture's address: another stick's picture n is another picture
    function look() {
        generation += 1
        found = StaffSession.findPictures()
        picked = -1
    }
    function use(role) {
        const result = StaffSession.usePicture(entryKind, entryId, picked, role)
        failed = !result.ok
        notice = result.ok ? qsTr("Done. Visitors see it now.")
                           : (result.message || ((result.problems || [])[0] || {}).message || "")
        revision += 1
    }
    Component.onCompleted: look()

    Flickable {
        id: flick
        objectName: "picturesFlick"
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        clip: true
        Column {
            id: column
            width: flick.width
            spacing: Theme.gap
            ScreenHeader { width: parent.width; title: qsTr("Logo and photos") }
            PlainText {
                objectName: "picturesNotice"
                width: parent.width
                visible: text !== ""
                text: screen.notice
                font.bold: true
                color: screen.failed ? "#b3261e" : Theme.now
            }
            SectionLabel { text: qsTr("Logo") }
            Row {
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
                    text: qsTr("Remove")
                    onClicked: { StaffSession.removePicture(screen.current.logo.id); screen.revision += 1 }
                }
            }
            SectionLabel { text: qsTr("Photos") }
            Flow {
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
                            text: qsTr("Remove")
                            onClicked: { StaffSession.removePicture(modelData.id); screen.revision += 1 }
                        }
                    }
                }
            }
            SectionLabel { text: qsTr("Add a picture from a USB stick or the kiosk's picture folder") }
            Row {
                spacing: Theme.gap
                TouchButton { objectName: "lookAgain"; text: qsTr("Look again"); onClicked: screen.look() }
                TouchButton { objectName: "useAsLogo"; enabled: screen.picked >= 0; primary: true; text: qsTr("Use as logo"); onClicked: screen.use("logo") }
                TouchButton { objectName: "addAsPhoto"; enabled: screen.picked >= 0; primary: true; text: qsTr("Add as photo"); onClicked: screen.use("photo") }
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
        }
    }
}
