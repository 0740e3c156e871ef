import QtQuick
import Expo

// A big tappable tile of the home screen: a title and a caption at its foot, a figure in its corner.
Rectangle {
    id: tile
    property string title
    property string caption
    property string figure
    property color tint: Theme.primary
    signal tapped()
    readonly property int pad: Math.round(Theme.margin * 0.75)
    radius: Theme.radius * 1.5
    color: tap.pressed ? (Theme.highContrast ? Theme.pressed : Qt.darker(tint, 1.25)) : tint
    border.color: Theme.highContrast ? Theme.line : "transparent"
    border.width: 3
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.onPressAction: tile.tapped()
    PlainText {
        id: figureText
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: tile.pad
        visible: text !== ""
        text: tile.figure
        color: Theme.highContrast ? Theme.primary : Qt.rgba(1, 1, 1, 0.85)
        font.pixelSize: Theme.display
        font.bold: true
    }
    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: tile.pad
        spacing: Theme.gap * 0.5
        TitleText { id: titleText; width: parent.width; text: tile.title; color: Theme.highContrast ? Theme.primary : "#ffffff" }
        PlainText {
            width: parent.width
            // Whole or not at all: on a short tile the caption goes and the title stays.
            visible: implicitHeight <= tile.height - tile.pad * 2 - titleText.height - parent.spacing
                                       - (figureText.visible ? figureText.height : 0)
            text: tile.caption
            color: Theme.highContrast ? Theme.text : Qt.rgba(1, 1, 1, 0.9)
            font.pixelSize: Theme.body
        }
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: tile.tapped()
    }
}
