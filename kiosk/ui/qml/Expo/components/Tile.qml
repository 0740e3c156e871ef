import QtQuick
import Expo

Rectangle {
    id: tile
    property string title
    property string caption
    property string figure
    property color tint: Theme.primary
    signal tapped()
    radius: Theme.radius * 1.5
    color: tap.pressed ? (Theme.highContrast ? Theme.pressed : Qt.darker(tint, 1.25)) : tint
    border.color: Theme.highContrast ? Theme.line : "transparent"
    border.width: 3
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.onPressAction: tile.tapped()
    PlainText {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        text: tile.figure
        color: Theme.highContrast ? Theme.primary : Qt.rgba(1, 1, 1, 0.85)
        font.pixelSize: Theme.display
        font.bold: true
    }
    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.gap * 0.5
        PlainText { width: parent.width; text: tile.title; color: Theme.highContrast ? Theme.primary : "#ffffff"; font.pixelSize: Theme.title; font.bold: true; maximumLineCount: 2; elide: Text.ElideRight }
        PlainText { width: parent.width; text: tile.caption; color: Theme.highContrast ? Theme.text : Qt.rgba(1, 1, 1, 0.9); font.pixelSize: Theme.body; maximumLineCount: 2; elide: Text.ElideRight }
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: tile.tapped()
    }
}
