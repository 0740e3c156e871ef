import QtQuick
import Expo

// A filter chip: light enough that a row of twenty costs nothing to create. It grows with the text size.
Rectangle {
    id: chip
    property alias text: label.text
    property alias font: label.font
    property bool selected: false
    readonly property bool down: tap.pressed
    signal clicked()
    implicitHeight: Math.max(Theme.touch, Math.round(label.implicitHeight + Theme.gap * 1.5))
    implicitWidth: label.implicitWidth + Theme.margin * 1.5
    radius: height / 2
    color: down ? Theme.pressed : selected ? Theme.primary : Theme.surface
    border.color: selected ? Theme.primary : Theme.line
    border.width: 2
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checked: selected
    Accessible.onPressAction: chip.clicked()
    Text {
        font.family: Theme.family
        id: label
        anchors.centerIn: parent
        textFormat: Text.PlainText
        font.pixelSize: Theme.body
        color: chip.selected && !chip.down ? Theme.inkOnPrimary : Theme.text
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: chip.clicked()
    }
}
