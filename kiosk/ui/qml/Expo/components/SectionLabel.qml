import QtQuick
import Expo

Rectangle {
    property alias text: label.text
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitWidth: label.implicitWidth
    implicitHeight: label.implicitHeight + Theme.gap * 1.5
    color: Theme.background
    PlainText {
        id: label
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap * 0.5
        font.pixelSize: Theme.large
        font.bold: true
        color: Theme.primary
    }
}
