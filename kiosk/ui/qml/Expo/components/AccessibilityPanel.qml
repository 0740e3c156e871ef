import QtQuick
import Expo

// Text size, contrast and reach, one tap away on every screen (the "Aa" button in the bottom bar).
Rectangle {
    id: panel
    objectName: "accessibilityPanel"
    signal done()
    implicitHeight: column.implicitHeight + Theme.margin * 2
    radius: Theme.radius * 1.5
    color: Theme.surface
    border.color: Theme.line
    border.width: 2
    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        PlainText { width: parent.width; text: qsTr("Text size"); font.bold: true }
        Flow {
            width: parent.width
            spacing: Theme.gap * 0.5
            Chip { objectName: "textSize-0"; text: qsTr("Normal"); selected: Theme.textStep === 0; onClicked: Theme.textStep = 0 }
            Chip { objectName: "textSize-1"; text: qsTr("Large"); selected: Theme.textStep === 1; onClicked: Theme.textStep = 1 }
            Chip { objectName: "textSize-2"; text: qsTr("Largest"); selected: Theme.textStep === 2; onClicked: Theme.textStep = 2 }
        }
        PlainText { width: parent.width; text: qsTr("Display"); font.bold: true }
        Flow {
            width: parent.width
            spacing: Theme.gap * 0.5
            Chip { objectName: "highContrast"; text: qsTr("High contrast"); selected: Theme.highContrast; onClicked: Theme.highContrast = !Theme.highContrast }
            Chip { objectName: "reachMode"; text: qsTr("Everything within reach"); selected: Theme.reachMode; onClicked: Theme.reachMode = !Theme.reachMode }
        }
        TouchButton {
            objectName: "accessibilityDone"
            primary: true
            text: qsTr("Done")
            onClicked: panel.done()
        }
    }
}
