import QtQuick
import QtQuick.Controls.Basic
import Expo

Button {
    id: chip
    property bool selected: false
    implicitHeight: Theme.touch
    implicitWidth: contentItem.implicitWidth + 2 * Theme.margin * 0.75
    font.pixelSize: Theme.body
    Accessible.name: text
    Accessible.role: Accessible.RadioButton
    Accessible.checked: selected
    contentItem: Text {
        text: chip.text
        font: chip.font
        textFormat: Text.PlainText
        color: chip.selected ? Theme.inkOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: height / 2
        color: chip.down ? Theme.pressed : chip.selected ? Theme.primary : Theme.surface
        border.color: chip.selected ? Theme.primary : Theme.line
        border.width: 2
    }
}
